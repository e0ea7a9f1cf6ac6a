import type { FieldKey } from '../../lib/notice/fields';
import type { SenderProfile } from '../../lib/profile/schema';

/** The id of a campaign control, so the coverage check can link to it, e.g. `ng-source`. */
export const fieldId = (key: FieldKey) => `ng-${key}`;

/** The prefix of the sender profile's control ids on this page (`ng-profile-legalName`). */
export const PROFILE_ID_PREFIX = 'ng-profile';

/** The controls that belong to the sender profile rather than to the campaign. */
const PROFILE_FIELDS = new Set<string>(['legalName', 'tradingName', 'postalAddress', 'country', 'privacyEmail', 'website', 'privacyNoticeUrl', 'dpoContact', 'euRepresentative', 'ukRepresentative']);

/** Whether a field is one of the sender profile's. */
export function isProfileField(key: string): key is keyof SenderProfile {
  return PROFILE_FIELDS.has(key);
}

/** The element id of any field the generator reads. */
export function anyFieldId(key: FieldKey): string {
  return isProfileField(key) ? `${PROFILE_ID_PREFIX}-${key}` : fieldId(key);
}
