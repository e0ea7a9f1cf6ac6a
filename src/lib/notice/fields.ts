import { notice } from '../i18n/en/notice.ts';

/**
 * The visible label of every control the notice generator reads, by field. The coverage check
 * names these labels, so they live here and the page uses the same strings. The first six are a
 * contract with tests outside this repository: "Company name", "Postal address", "Privacy contact
 * email", "Source of the data", "Recipient country", "Output language". No other label may contain
 * one of them (Playwright's getByLabel matches substrings).
 */
export const FIELD_LABELS = {
  // The shared sender profile (labels set by <SenderProfileForm>).
  legalName: 'Company name',
  postalAddress: 'Postal address',
  privacyEmail: 'Privacy contact email',
  privacyNoticeUrl: 'Privacy notice URL',
  country: 'Country of establishment',
  dpoContact: 'Data protection officer (optional)',
  euRepresentative: 'EU representative (optional)',
  ukRepresentative: 'UK representative (optional)',
  // The campaign.
  purpose: 'What you offer and why it fits them',
  interest: 'Legitimate interest pursued',
  customInterest: 'The interest in your own words',
  dataCategories: 'Data you hold',
  otherData: 'Other data held',
  sourceKind: 'Type of source',
  source: 'Source of the data',
  emailPlatform: 'Email platform',
  crm: 'CRM',
  transfer: 'Transfers outside the EU/UK',
  transferDestination: 'Destination country',
  retentionMonths: 'Delete after (months since last contact)',
  retentionRule: 'Retention rule in your own words',
  recipientCountry: 'Recipient country',
  optOut: 'How recipients opt out',
  unsubscribeLink: 'Unsubscribe link or placeholder',
  language: 'Output language',
} as const;

/** A control the notice generator reads, e.g. `legalName`. */
export type FieldKey = keyof typeof FIELD_LABELS;

/**
 * What the full notice shows, in the interface's language, where the transfer question is
 * still open: a visible gap the user must fill, never a sentence a recipient could take as fact.
 * Copying an incomplete notice warns first. The words are the catalog's (`notice.gaps`); this is
 * the English, which the generator uses when it is given no other.
 */
export const TRANSFER_PLACEHOLDERS = notice.gaps;
