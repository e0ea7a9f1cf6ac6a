import { readdirSync, readFileSync } from 'node:fs';
import { jurisdictionSchema } from '../../../src/lib/jurisdictions/schema';
import { campaignSchema, type Campaign } from '../../../src/lib/notice/campaign';
import type { NoticeContext } from '../../../src/lib/notice/compose';
import { toNoticeCountries } from '../../../src/lib/notice/countries';
import type { LanguageCode } from '../../../src/lib/notice/languages';
import { senderProfileSchema, type SenderProfile } from '../../../src/lib/profile/schema';

const DIR = new URL('../../../src/content/jurisdictions/', import.meta.url);

/** The real jurisdiction records, as the page gets them. */
export const COUNTRIES = toNoticeCountries(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => jurisdictionSchema.parse(JSON.parse(readFileSync(new URL(f, DIR), 'utf8')))),
);

/**
 * A sender with every field filled, each value distinctive so a test can find it in the output.
 * Established in Canada, so Art. 27 asks for representatives.
 */
export const FULL_PROFILE: SenderProfile = senderProfileSchema.parse({
  legalName: 'Fernhill Security Inc.',
  tradingName: 'Fernhill',
  postalAddress: '200 Example Street,\nToronto ON M5V 2T6\nCanada',
  country: 'CA',
  privacyEmail: 'privacy@fernhill.example',
  website: 'https://fernhill.example',
  privacyNoticeUrl: 'https://fernhill.example/prospect-privacy',
  dpoContact: 'Dana Reyes, dpo@fernhill.example',
  euRepresentative: 'Eurorep Ltd, 1 Sample Quay, Dublin',
  ukRepresentative: 'Britrep Ltd, 2 Sample Road, London',
});

/** A campaign with every field filled. */
export const FULL_CAMPAIGN: Campaign = campaignSchema.parse({
  purpose: 'PURPOSE-SENTENCE about invoice fraud',
  interest: 'directMarketing',
  dataCategories: ['name', 'workEmail', 'jobTitle', 'company', 'phone', 'linkedin', 'location', 'other'],
  otherData: 'OTHER-DATA company size',
  sourceKind: 'website',
  source: 'SOURCE-DETAIL acme.example/team',
  emailPlatform: 'PLATFORM-lemlist',
  crm: 'CRM-HubSpot',
  transfer: 'scc',
  transferDestination: 'US',
  retentionMonths: 6,
  recipientCountry: 'FR',
  optOut: 'both',
  unsubscribeLink: '{{unsubscribe_link}}',
  language: 'en',
});

/** A context with everything filled, in a language, with overrides. */
export function fullContext(language: LanguageCode, campaign: Partial<Campaign> = {}, profile: Partial<SenderProfile> = {}): NoticeContext {
  return { profile: { ...FULL_PROFILE, ...profile }, campaign: { ...FULL_CAMPAIGN, language, ...campaign }, countries: COUNTRIES };
}

/** The values a fully filled context must show in the full notice, with where they come from. */
export const NOTICE_VALUES = [
  'Fernhill Security Inc. (Fernhill)',
  '200 Example Street, Toronto ON M5V 2T6, Canada',
  'privacy@fernhill.example',
  'Dana Reyes, dpo@fernhill.example',
  'Eurorep Ltd, 1 Sample Quay, Dublin',
  'OTHER-DATA company size',
  'SOURCE-DETAIL acme.example/team',
  'PLATFORM-lemlist',
  'CRM-HubSpot',
  'https://www.cnil.fr/',
  'https://fernhill.example/prospect-privacy',
];
