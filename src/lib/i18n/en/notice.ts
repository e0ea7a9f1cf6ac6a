/**
 * The notice and footer generator (English): every string the tool shows. The texts it writes
 * for the recipient are not here: they are in `src/lib/notice/templates`. `labels` and the output
 * titles are a contract with tests outside this repository: keep them exactly.
 */
export const notice = {
  noscript: 'The notice generator runs in your browser and needs JavaScript. Nothing you type is sent anywhere.',
  jumpToTexts: 'Go to your texts',

  example: {
    button: 'Try an example',
    hint: 'Fills in a fictional company from Canada and its campaign, so you can see every text.',
    askProfile: 'Replace your sender profile and the campaign with the example? Your profile is saved in this browser and shared with the reply composer.',
    askCampaign: 'Replace the campaign with the example?',
    confirm: 'Yes, use the example',
    filled: 'Filled in a fictional example. Change any field; “Clear saved data” in the sender profile removes the example company.',
  },

  /** The campaign's controls (the sender profile's are in the `profile` area). */
  labels: {
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
  },

  /** The output languages, by template code. */
  languages: {
    en: 'English',
    de: 'German',
    fr: 'French',
    es: 'Spanish',
    it: 'Italian',
    nl: 'Dutch',
    pl: 'Polish',
    pt: 'Portuguese',
    sv: 'Swedish',
  },

  campaign: {
    legend: 'Campaign',
    intro: 'Not saved: the campaign stays in this tab only. Write free text in the output language; it goes into the texts as you type it.',
    chooseCountry: 'Choose a country',
    writeIn: 'Write in {language}',
    purposeHint:
      'One or two sentences to the recipient; they open the short disclaimer. E.g. “Your team sends thousands of invoices by email, and our gateway stops spoofed ones before they reach your customers.”',
    interestHint: 'The {legitimateInterest} the notice gives as your legal basis (GDPR Art. 6(1)(f)).',
    legitimateInterestTerm: 'legitimate interest',
    interests: {
      directMarketing: 'Offering relevant products and services to businesses',
      partnership: 'Building business partnerships',
      custom: 'In my own words',
    },
    categories: {
      name: 'Name',
      workEmail: 'Work email',
      jobTitle: 'Job title',
      company: 'Company',
      phone: 'Phone',
      linkedin: 'LinkedIn URL',
      location: 'Location',
      other: 'Other',
    },
    sources: {
      other: { label: 'Described below', hint: 'Say where the address came from, in the output language.' },
      website: { label: 'Company website', hint: 'The page, e.g. acme.example/team (optional).' },
      pattern: {
        label: 'Worked out from the company’s address pattern',
        hint: 'Where you found the name and the address format, e.g. acme.example/team (required). An address you worked out (firstname.lastname@company) is {personalData} you created: the notice duty applies to it as to any other ({art14}), and it must be accurate ({art5}): check it before sending, as a wrong guess reaches someone else or no one.',
      },
      linkedin: { label: 'LinkedIn profile', hint: 'The profile URL (optional).' },
      register: { label: 'Public register', hint: 'Which register, e.g. Companies House (optional).' },
      vendor: { label: 'Data vendor', hint: 'The vendor’s name (required: people are entitled to know who supplied their data).' },
      referral: { label: 'Referral', hint: 'Who referred you (optional).' },
      event: { label: 'Event attendee list', hint: 'The event’s name (optional).' },
    },
    personalDataTerm: 'personal data',
    art14: 'GDPR Art. 14',
    art5: 'Art. 5(1)(d)',
    recipientsHint:
      'Who receives the data: the names of the services that process it for you (your {processors}), e.g. lemlist, HubSpot. Without names the notice gives the categories.',
    processorsTerm: 'processors',
    retentionHint: 'Optional; replaces the months when given.',
    optOut: { reply: 'By replying “{keyword}”', link: 'With an unsubscribe link', both: 'Both' },
    unsubscribeHint: 'Your sending platform replaces a placeholder such as {placeholder} with each recipient’s own link: use the one its help pages give.',
    noLink: 'With no link, the texts offer the reply only.',
  },

  /** What the tool took from the campaign planner's saved record. */
  workspace: {
    from: 'From the campaign planner (“{campaign}”)',
    fromUnnamed: 'From the campaign planner',
    otherTargets: 'Other target countries in the campaign planner:',
    offer: 'The offer in the campaign planner: “{offer}”',
    useOffer: 'Start from this offer',
    offerHint: 'It goes into the email as you edit it: write it to the recipient, in the output language.',
  },

  transfer: {
    choose: 'Choose an answer',
    eu: {
      choices: {
        none: 'No transfer',
        adequacy: 'To a country with an adequacy decision',
        dpf: 'To a US company certified under the EU–US Data Privacy Framework',
        scc: 'Under standard contractual clauses',
        bcr: 'Under binding corporate rules',
        derogation: 'Under an Art. 49 derogation',
      },
      notPossible: '{choice} (not possible: you are established outside the EU/EEA)',
      hint: 'No default: the notice shows a gap until you answer. If your email platform, CRM or data source stores or accesses the data outside the EU/EEA, that is an {transfer}: check its data processing agreement.',
      abroad:
        'Your company is established in {country}, outside the EU/EEA: the data you hold are processed there, so the notice cannot say that they stay in the EU/EEA. Data that reach you from a source or service provider in the EU/EEA, and data you pass to a provider outside it, are transfers ({guidelines}): choose the basis they rely on. The notice also says where you are established.',
    },
    uk: {
      choices: {
        none: 'No transfer',
        adequacy: 'To a country approved by UK regulations (“data bridge”)',
        dpf: 'To a US company certified under the UK Extension to the Data Privacy Framework',
        scc: 'Under the UK IDTA or the UK Addendum to the EU clauses',
        bcr: 'Under binding corporate rules',
        derogation: 'Under an Art. 49 derogation',
      },
      notPossible: '{choice} (not possible: you are established outside the UK)',
      hint: 'No default: the notice shows a gap until you answer. If your email platform, CRM or data source stores or accesses the data outside the UK, that is an {transfer}: check its data processing agreement.',
      abroad:
        'Your company is established in {country}, outside the UK: the data you hold are processed there, so the notice cannot say that they stay in the UK. Data that reach you from a source or service provider in the UK, and data you pass to a provider outside it, are transfers ({guidelines}): choose the basis they rely on. The notice also says where you are established.',
    },
    transferTerm: 'international transfer',
    edpbTransfers: 'EDPB Guidelines 05/2021',
    basis: {
      adequacyEu: 'Only for countries with an {adequacyDecision} on the {list} (GDPR Art. 45).',
      adequacyDecisionTerm: 'adequacy decision',
      adequacyList: 'Commission’s list',
      adequacyUk: 'Only for countries approved by UK regulations ({article}, in force since 5 February 2026), such as the EEA countries.',
      adequacyUkArticle: 'UK GDPR Art. 45A',
      dpfEu: 'Only for US companies on the {list}.',
      dpfUk: 'Only for US companies on the {list} that have joined the UK Extension.',
      dpfList: 'Data Privacy Framework List',
      dpfCourt: 'The Commission’s {decision} was upheld by the General Court on 3 September 2025 ({judgment}); an {appeal} is pending.',
      dpfDecision: 'adequacy decision (EU) 2023/1795',
      dpfJudgment: 'T-553/23, Latombe',
      dpfAppeal: 'appeal (C-703/25 P)',
      sccEu: 'The {scc} of {decision}, signed with the recipient (GDPR Art. 46(2)(c)). The notice tells people how to get a copy.',
      sccTerm: 'standard contractual clauses',
      sccDecision: 'Commission decision (EU) 2021/914',
      sccUk: 'The ICO’s {idta}, signed with the recipient. The notice tells people how to get a copy.',
      sccUkIdta: 'International Data Transfer Agreement or UK Addendum',
      bcr: 'Only if your group’s binding corporate rules were approved by a supervisory authority (Art. 47). The notice tells people how to get a copy.',
      derogation:
        'Derogations (consent to the transfer, a contract with the person…) are for occasional transfers, not the routine flow of a campaign ({guidelines}). Choose this only if your adviser confirmed one applies.',
      derogationGuidelines: 'EDPB Guidelines 2/2018',
    },
    notNamed: 'Not named (third countries in general)',
    destinationHint: 'The letter names it in its own language. Naming it is clearer, and Swiss law requires it (FADP Art. 19(4)).',
  },

  /** What the recipient's country says about cold B2B email to a named address. */
  rule: {
    badgePrefix: 'Named business address in {country}:',
    badges: { allowed: 'Allowed', conditions: 'Conditions', 'consent-required': 'Consent required', unclear: 'Unclear' },
    lead: {
      'consent-required':
        'Consent required in {country}. A cold marketing email to a named business address there needs the recipient’s prior consent. No notice, however complete, makes such an email lawful in {country}.',
      unclear: 'The rule in {country} is unclear: the sources disagree or could not be verified. Treat it as consent required, to be safe.',
      conditions: 'Allowed in {country} only under conditions:',
      allowed: 'No prior consent is needed in {country} for B2B email to a named address; the GDPR duties (this notice, the right to object) still apply.',
    },
    uk: 'The texts cite the UK GDPR, which applies to people in the UK.',
    sources: 'Sources: {sources}. {authorityTerm}: {authority}. All countries: {rules}.',
    sourceSeparator: '; ',
    authorityTerm: 'Supervisory authority',
    countryRules: 'country rules',
  },

  /** Where the Swiss FADP asks for something other than the GDPR texts. */
  swiss: {
    intro:
      'Switzerland is not in the EU: people there are protected by the revised {fadp} (FADP, in force since 1 September 2023), alongside the GDPR where it applies to you. The texts follow the GDPR; under the FADP these parts differ:',
    fadp: 'Federal Act on Data Protection',
    article: 'Art. {number}',
    inform:
      'Duty to inform ({art19}): at least who you are and how to reach you, the purpose, the recipients or their categories, and the categories of data, at the latest one month after you obtained them. The notice covers these; the FADP does not ask for a legal basis.',
    abroad: 'Data sent abroad ({art19_4}): name the destination country and the safeguard you rely on ({art16_2}) or the exception ({art17}). Choose a “{destination}”.',
    authority:
      'Authority: the Federal Data Protection and Information Commissioner (FDPIC, in German EDÖB). The FADP has no GDPR-style right to complain; anyone can report a suspected breach to the FDPIC, who decides whether to investigate ({art49}). The notice says so.',
    representative:
      'Representative: no GDPR Art. 27 representative for Switzerland. A private company established abroad must name a representative in Switzerland only if its processing of data of people there is linked to offering them goods or services or to monitoring their behaviour, and is extensive, regular and high-risk, all four together ({art14}; {fdpic}).',
    fdpicOnArt14: 'FDPIC on Art. 14',
  },

  /**
   * What the full notice shows where the transfer question is still open: a visible gap in the
   * interface's language, which the user must fill (never a sentence a recipient could take as fact).
   */
  gaps: {
    /** "Transfers outside the EU/UK" not answered yet. */
    unanswered: { eu: '[Choose: do you transfer data outside the EU/EEA?]', uk: '[Choose: do you transfer data outside the UK?]' },
    /** "No transfer" chosen by a sender established outside the EEA (or the UK): that answer cannot be true. */
    basisNeeded: {
      eu: '[Choose the transfer basis: your company is established outside the EU/EEA, so the data do not stay there]',
      uk: '[Choose the transfer basis: your company is established outside the UK, so the data do not stay there]',
    },
  },

  coverage: {
    title: 'Coverage check',
    intro: 'Checks that your {notice} tells the recipient everything the GDPR lists.',
    introLinks: 'Each missing item links to the field that fills it.',
    noticeTerm: 'Art. 14 notice',
    complete: 'Notice complete: every Art. 14 item that applies is covered.',
    missingCount: { one: 'One item is missing from the notice.', other: '{count} items are missing from the notice.' },
    /** A missing item, words first: "Your company's name and contact details are missing — Art. 14(1)(a)". */
    line: '{what} — {article}',
    article: 'Art. {number}',
    allItems: 'Every item, and what covers it',
    status: { covered: 'Covered', missing: 'Missing', 'not-applicable': 'Not applicable' },
    coveredBy: 'Covered by {fields}',
    missingSoFar: 'Missing (so far: {fields})',
    quoted: '“{label}”',
    listSeparator: ', ',
    standardText: 'Standard text',
    /** Each Art. 14 item in plain words: its topic, and what the user reads when it is missing. */
    items: {
      '1a': { title: 'Who you are and how to reach you', missing: 'Your company’s name and contact details are missing' },
      '1b': { title: 'Your data protection officer, if you have one', missing: 'Your data protection officer’s contact is missing' },
      '1c': { title: 'Why you write, and the legal basis', missing: 'Why you write is missing' },
      '1d': { title: 'The kinds of data you hold', missing: 'The kinds of data you hold are missing' },
      '1e': { title: 'Who receives the data', missing: 'Who receives the data is missing' },
      '1f': { title: 'Transfers outside the EU/UK', missing: 'What the notice says about transfers outside the EU/UK is incomplete' },
      '2a': { title: 'How long you keep the data', missing: 'How long you keep the data is missing' },
      '2b': { title: 'Your legitimate interest', missing: 'Your legitimate interest is not described' },
      '2c': { title: 'Their rights: access, correction, erasure, objection and more', missing: 'Their rights are missing' },
      '2d': { title: 'Withdrawing consent', missing: 'How to withdraw consent is missing' },
      '2da': { title: 'Complaining to you (UK only)', missing: 'How to complain to you is missing' },
      '2e': { title: 'Complaining to a supervisory authority', missing: 'The right to complain to a supervisory authority is missing' },
      '2f': { title: 'Where you got their address', missing: 'Where you got their address is missing' },
      '2g': { title: 'Automated decisions', missing: 'Whether you decide by automated means is missing' },
    },
    /**
     * The check's remark on an item (what to do, or why it is covered). `{legalName}`, `{transfer}`
     * and every other `{fieldKey}` is the label of that field, as the form shows it.
     */
    notes: {
      transferUnansweredEu: 'Answer "{transfer}": say whether anyone outside the EU/EEA stores or accesses the data, and on what basis.',
      transferUnansweredUk: 'Answer "{transfer}": say whether anyone outside the UK stores or accesses the data, and on what basis.',
      transferBasisNeededEu:
        'Your company is established outside the EU/EEA, so the data are processed outside it: "No transfer" cannot be true. Choose the basis your transfers rely on under "{transfer}".',
      transferBasisNeededUk:
        'Your company is established outside the UK, so the data are processed outside it: "No transfer" cannot be true. Choose the basis your transfers rely on under "{transfer}".',
      transferCopyAddress: 'With standard contractual clauses or binding corporate rules the notice must say how to get a copy: add a "{privacyEmail}".',
      swissDestination: 'For recipients in Switzerland, the FADP (Art. 19(4)) asks you to name the destination country: choose the "{transferDestination}".',
      legalName: 'Add the "{legalName}".',
      addressOrEmail: 'Add a "{postalAddress}" or a "{privacyEmail}".',
      euRepresentative: 'Your company is established outside the EU/EEA: GDPR Art. 27 generally requires an EU representative, named in the notice. Add the "{euRepresentative}".',
      ukRepresentative: 'Your company is established outside the UK: UK GDPR Art. 27 generally requires a UK representative, named in the notice. Add the "{ukRepresentative}".',
      dpoOnlyIfAppointed: 'Only if you have appointed a data protection officer (GDPR Art. 37); then add their contact.',
      purposeStandard: 'Contacting the recipient about products and services relevant to their role; legal basis Art. 6(1)(f).',
      dataCategories: 'Tick at least one kind of data under "{dataCategories}" (and describe "Other").',
      recipientsStandard: 'Names the categories of recipients (your email and CRM providers); naming them is clearer.',
      retention: 'Say when you delete the data: "{retentionMonths}" or "{retentionRule}".',
      customInterest: 'Describe the interest in "{customInterest}", or pick a common one.',
      requestsAddress: 'Add a "{privacyEmail}" so people know where to send requests.',
      noConsent: 'Cold email relies on legitimate interest, not consent, so there is no consent to withdraw.',
      ukComplaintWithEmail: 'Tells UK recipients they can complain to you; acknowledge a complaint within 30 days (Data Protection Act 2018 s. 164A).',
      ukComplaintNoEmail: 'Tells UK recipients they can complain to you; add a "{privacyEmail}" so they know where to write.',
      /** `{authority}`: the authority's name in the output language. */
      authorityNamed: 'Names {authority}.',
      pickRecipientCountry: 'Pick the "{recipientCountry}" to name its supervisory authority.',
      sourceOther: 'Say where you got the address in "{source}".',
      sourceVendor: 'Name the data vendor in "{source}": people are entitled to know who supplied their data.',
      sourcePattern: 'Say in "{source}" where you found the name and the address format (e.g. the company\'s team page): the name came from a source too.',
      sourceVerifiable: 'Adding the page or register in "{source}" makes it verifiable.',
      noAutomated: 'States that no decisions are made solely by automated means.',
    },
    /** Where an item is missing for one particular field, what the user reads instead of the item's `missing`. */
    missingField: {
      euRepresentative: 'Your EU representative is missing',
      ukRepresentative: 'Your UK representative is missing',
      privacyEmail: 'An address to ask for a copy of the transfer safeguards is missing',
    },
  },

  outputs: {
    title: 'Your texts',
    emptyIntro: 'Your texts appear here as you fill in the form:',
    emptyExample: 'Or see them all at once:',
    titles: {
      short: 'Short disclaimer',
      notice: 'Full notice',
      objection: 'Objection line',
      footer: 'Opt-out footer',
      headers: 'List-Unsubscribe headers',
    },
    descriptions: {
      short: 'Two or three sentences to weave into the email itself: why you are writing, where the address came from, how to opt out.',
      notice: 'Every item of an {notice}, short enough for the end of the first email, with a link to your full privacy notice when you give one.',
      objection: 'The {rightToObject}, on its own line, apart from everything else (Art. 21(4)). Put it in every email.',
      footer: 'Who is writing and how to stop the emails, for under the signature.',
      headers:
        'For your own mail server only. One-click unsubscribe (RFC 8058) needs an HTTPS endpoint that records the opt-out, and a DKIM signature covering both headers; your sending platform has to provide that, a static page cannot.',
    },
    noticeTerm: 'Art. 14 notice',
    rightToObjectTerm: 'right to object',
    headersPlaceholder: 'The platform must replace the placeholder with an HTTPS link unique to each recipient.',
    noHeaders: 'No headers: give an unsubscribe link or a privacy contact email.',
    /** What keeps the headers from working; `{scheme}` is the link's scheme, e.g. "ftp". */
    headerProblems: {
      unsafeCharacters: 'The unsubscribe link contains spaces, line breaks or angle brackets, which a header cannot hold.',
      invalidUrl: 'The unsubscribe link is not a valid URL.',
      httpLink: 'One-click unsubscribe needs an https:// link (RFC 8058); an http:// link is left out.',
      otherScheme: 'The unsubscribe link must start with https:// (found "{scheme}:").',
      invalidEmail: 'The privacy contact email is not a valid address, so there is no mailto fallback.',
      nothingGiven: 'Give an unsubscribe link (or placeholder) or a privacy contact email.',
      noOneClick: 'Without an HTTPS link there is no one-click unsubscribe: List-Unsubscribe-Post is left out.',
    },
    copyText: 'Copy text',
    copyHtml: 'Copy HTML',
    copiedText: 'Copied the text.',
    copiedHtml: 'Copied the HTML.',
    htmlSource: 'HTML source',
    editedHtml: 'The HTML is made from your edit: a paragraph per line, with the links and bold labels the tool wrote wherever you kept them word for word.',
    incomplete: 'This notice is incomplete. Still missing: {items}.',
    incompleteItem: '{what} ({article})',
    itemSeparator: '; ',
    incompleteGap: 'The text shows a [Choose …] gap where the transfer sentence belongs.',
    resetQuestion: 'Drop your edit and go back to the generated text?',
    resetConfirm: 'Yes, reset it',
  },
} as const;
