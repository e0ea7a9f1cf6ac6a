/**
 * The sender profile form (English), shared by the notice generator and the reply composer.
 * `labels` are a contract with tests outside this repository: keep them exactly.
 */
export const profile = {
  legend: 'Sender profile',
  intro: 'Who is writing: your company is the {controller} of the data, and the texts name it. Saved in this browser only, and shared by the notice generator and the reply composer.',
  controllerTerm: 'controller',
  folded: 'Sending as {company} ({country})',
  foldedNoCountry: 'Sending as {company}',
  edit: 'Edit',
  editLabel: 'Edit the sender profile',
  foldedHint: 'The sender profile is saved in this browser and shared by the notice generator and the reply composer.',
  labels: {
    legalName: 'Company name',
    tradingName: 'Trading name (if different)',
    postalAddress: 'Postal address',
    country: 'Country of establishment',
    privacyEmail: 'Privacy contact email',
    website: 'Website',
    privacyNoticeUrl: 'Privacy notice URL',
    dpoContact: 'Data protection officer (optional)',
    euRepresentative: 'EU representative (optional)',
    ukRepresentative: 'UK representative (optional)',
  },
  hints: {
    legalName: 'The registered legal name.',
    privacyNoticeUrl: 'Your full privacy notice; the email links to it.',
    dpoContact: 'Name and email, if you have appointed one.',
    euRepresentative: 'Name and contact (GDPR Art. 27).',
    ukRepresentative: 'Name and contact (UK GDPR Art. 27).',
  },
  chooseCountry: 'Choose a country',
  euNeeded:
    'Your company is established outside the EU/EEA. If you target people in the EU, GDPR {articles} generally require you to designate an {representative} and name it in your notice.',
  euArticles: 'Art. 3(2) and Art. 27',
  euRepresentativeTerm: 'EU representative',
  euMissing: 'No EU representative is given.',
  ukNeeded: 'Your company is established outside the UK. If you target people in the UK, {article} generally requires a UK representative.',
  ukArticle: 'UK GDPR Art. 27',
  ukMissing: 'No UK representative is given.',
  exportProfile: 'Export profile',
  importProfile: 'Import profile',
  imported: 'Imported the profile from {file}.',
  /** Why a file could not be imported; `{details}` is what the check found, e.g. `privacyEmail: Invalid input`. */
  importErrors: { notJson: 'This file is not JSON. Choose a file made with "Export profile".', invalid: 'This profile is invalid: {details}' },
  clearSavedData: 'Clear saved data',
  clearQuestion: 'Delete the saved sender profile from this browser?',
  clearConfirm: 'Yes, delete it',
  keepIt: 'Keep it',
  cleared: 'The saved profile was deleted from this browser.',
  done: 'Done',
} as const;
