import { z } from 'zod';
import { format } from '../i18n/format.ts';
import { profile } from '../i18n/en/profile.ts';
import { issueList } from '../schema/format-issues.ts';

/**
 * `localStorage` key of the sender profile shared by the notice generator and the reply
 * composer. The value is the JSON of a {@link SenderProfile}; "Export profile" downloads the
 * same JSON, and "Import profile" reads it back.
 */
export const PROFILE_STORAGE_KEY = 'coldkit:sender-profile:v1';

const text = (max: number) => z.string().trim().max(max).default('');

/**
 * Who is writing: the controller's identity and contacts, as GDPR Art. 14(1)(a)–(b) requires
 * them in the first email. Every field is a string; an empty string means "not given".
 */
export const senderProfileSchema = z.object({
  /** Registered legal name of the sending company, e.g. "Fernhill Security Ltd". */
  legalName: text(200),
  /** The name the company trades under, if different from the legal name. */
  tradingName: text(200),
  /** Postal address of the company (several lines allowed). */
  postalAddress: text(500),
  /** ISO 3166-1 alpha-2 code of the country where the company is established, e.g. "CA". */
  country: z
    .string()
    .trim()
    .regex(/^([A-Z]{2})?$/, 'expected a two-letter upper-case ISO country code such as "CA", or nothing')
    .default(''),
  /** Address for privacy questions and requests, e.g. privacy@fernhill.example. */
  privacyEmail: text(254),
  /** The company website. */
  website: text(500),
  /** URL of the full privacy notice, linked from the short notice in the email (layering). */
  privacyNoticeUrl: text(500),
  /** Contact of the data protection officer, when one is appointed (Art. 37–39). */
  dpoContact: text(300),
  /** Name and contact of the EU representative (Art. 27), for senders outside the EU/EEA. */
  euRepresentative: text(300),
  /** Name and contact of the UK representative (UK GDPR Art. 27), for senders outside the UK. */
  ukRepresentative: text(300),
});

/** A sender profile after defaults are applied. */
export type SenderProfile = z.output<typeof senderProfileSchema>;

/** A profile with every field empty. */
/**
 * True when the profile has what every notice and reply needs to say who is writing: the legal
 * name, the postal address, the privacy contact and the country. The form then folds to one line.
 */
export function isProfileFilled(profile: SenderProfile): boolean {
  return [profile.legalName, profile.postalAddress, profile.privacyEmail, profile.country].every((v) => v.trim() !== '');
}

export function emptyProfile(): SenderProfile {
  return senderProfileSchema.parse({});
}

/**
 * What a profile file turned out to be: a profile, or why not (`reason`, a key of the catalog's
 * `profile.importErrors`; `message` the English sentence, `details` what the schema found).
 */
export type ParsedProfile = { ok: true; profile: SenderProfile } | { ok: false; reason: 'notJson' | 'invalid'; message: string; details?: string };

/** Reads a profile from JSON text (an import or the saved value); never throws. */
export function parseProfileJson(json: string): ParsedProfile {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'notJson', message: profile.importErrors.notJson };
  }
  const result = senderProfileSchema.strict().safeParse(value);
  if (!result.success) {
    const details = issueList(result.error);
    return { ok: false, reason: 'invalid', details, message: format(profile.importErrors.invalid, { details }) };
  }
  return { ok: true, profile: result.data };
}

/** The profile as the JSON "Export profile" downloads. */
export function profileToJson(profile: SenderProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
