import { RULE_LABELS } from '../../jurisdictions/labels.ts';

/**
 * The campaign planner's words (English): the questions of the checklist, the readiness items,
 * the advice, the country rule sentences, the buttons and messages, and the example campaign.
 * `src/lib/planner` builds the form's structure and the record from these; the island renders
 * every visible string from them. `{name}` is a placeholder (`format`), an object with `one` and
 * `other` is counted (`plural`). Placeholders such as `{link}` or `{term}` are filled with links
 * by the island and with plain text in the exported record.
 */
export const planner = {
  /** Section titles, numbered as on the page. */
  sections: {
    about: 'The campaign',
    segment: '1. Segment',
    rules: '2. Country rules',
    data: '3. Data minimisation',
    relevance: '4. Relevance',
    lia: '5. Legitimate interests assessment',
    record: '6. The campaign record',
  },
  /** The accessible name of the list of sections beside the form. */
  sectionsNav: 'Sections of the planner',

  /** Where the answers are kept, under the example button. */
  saved: {
    typing: 'Your answers are saved in this browser as you type, and never sent anywhere.',
    restored: 'Restored the answers saved in this browser.',
    failed: 'This browser does not let the page save: export the record to keep it.',
  },

  /** A free-text question's example, under its label. */
  forExample: 'For example: {example}',
  /** A link to the playbook section that explains a question. */
  see: 'See {link}.',

  /** Header questions: which campaign, who prepared and approved it, when. */
  about: {
    campaign: { label: 'Campaign name', example: 'IT leads in French and Irish logistics, spring' },
    preparedBy: { label: 'Prepared by' },
    approvedBy: { label: 'Approved by', help: 'Who read this assessment and agreed that the campaign can go ahead.' },
    date: { label: 'Date of the assessment', help: 'Redo the assessment when the offer or the segment changes.' },
  },

  /** Step 1: the segment, one part per filter, each with its "why these?" note. */
  segment: {
    intro: 'Write the segment down before you collect anything: who you will email, and why each of them. See {link}.',
    introLink: 'Step 1: Define the segment',
    /** Says that other tools read the segment; {notice} and {cleaner} are links to them. */
    workspace: 'Used by the {notice} and the {cleaner}: the target countries, the offer and the segment you set here are saved in this browser, and those tools take them from there.',
    workspaceNotice: 'notice generator',
    workspaceCleaner: 'list cleaner',
    /** Headings of the parts. */
    parts: {
      offer: 'The offer',
      countries: 'Countries',
      industries: 'Industries',
      specialists: 'Specialists',
      size: 'Company size',
      positions: 'Positions and decision power',
    },
    /** The main questions, keyed by record field. */
    fields: {
      offer: {
        label: 'Your offer in one sentence',
        help: 'What you sell, and the problem it solves for whom.',
        example: 'A managed email gateway that stops fake-invoice emails at mid-size logistics firms.',
      },
      countries: {
        label: 'Target countries',
        help: 'Type a country in English or in its own language, for example Austria, Österreich or Австрия, then choose it from the list with the mouse or the arrow keys and Enter.',
      },
      industries: { label: 'Industries you target', example: 'Freight forwarding, road haulage, warehousing.' },
      specialists: {
        label: 'Specialists who can judge the need',
        help: 'Who meets the problem in their daily work?',
        example: 'IT security staff, who handle the phishing reports.',
      },
      employees: { label: 'Employees', example: '50 to 500' },
      revenue: { label: 'Annual revenue', example: '€5m to €100m' },
      positions: {
        label: 'Positions you write to, and their decision power',
        help: 'Within the right team, who decides or strongly influences the purchase?',
        example: 'Head of IT or IT security manager; they choose and budget security tools.',
      },
    },
    /** The "why these?" notes, keyed by record field. */
    why: {
      offerWhy: {
        label: 'Why would this segment want it?',
        example: 'Freight firms send thousands of invoices by email, and payment fraud by email costs them real money.',
      },
      countriesWhy: {
        label: 'Why these countries?',
        example: "We serve customers in English and French, and both countries allow B2B email about the recipient's work.",
      },
      industriesWhy: {
        label: 'Why these industries?',
        example: 'Our best customers are in logistics; their invoice traffic is what the product protects.',
      },
      specialistsWhy: {
        label: 'Why these specialists?',
        example: 'They see the fake invoices first and can tell at once whether the product helps.',
      },
      sizeWhy: {
        label: 'Why this company size?',
        example: 'Smaller firms have no IT team; groups above 500 staff run their own mail security.',
      },
      positionsWhy: {
        label: 'Why these positions?',
        example: 'A head of IT signs off security tools below €20,000 a year without a board decision.',
      },
    },
  },

  /** The country search in the segment. */
  picker: {
    listLabel: 'Matching countries',
    chosenLabel: 'Chosen countries',
    remove: 'Remove {country}',
    noMatch: 'No country matches “{query}”. Try its English name or ISO code.',
    matches: { one: '{count} country matches.', other: '{count} countries match.' },
    /** Beside an option: its other name and its rule. */
    meta: '{native} · {rule}',
    /** Read after an option's name. */
    ruleDescription: 'named address: {rule}',
    ruleDescriptionNative: '{native}, named address: {rule}',
  },

  /** Step 1 continued: each target country's rule. */
  rules: {
    intro: "Each target country's rule for marketing email to a business address, from the {link}, with its sources and the date it was last checked.",
    introLink: 'country table',
    consentTitle: 'Consent required.',
    /** {countries} is a list of names ("Italy, Germany and Spain"); {assessment} is the glossary term. */
    consentWarning: {
      one: "Cold email needs prior consent in {countries}: the national rule there requires the recipient's consent before marketing email to a named business address, and a {assessment} does not change that. Remove that country from the segment, or write only to people there who have consented.",
      other:
        "Cold email needs prior consent in {countries}: the national rules there require the recipient's consent before marketing email to a named business address, and a {assessment} does not change that. Remove those countries from the segment, or write only to people there who have consented.",
    },
    assessment: 'legitimate interests assessment',
    unclearNote: {
      one: 'The rule for a named address in {countries} is unclear: the sources disagree or were not verified. Treat it as needing consent until you have checked it with a local adviser.',
      other: 'The rules for a named address in {countries} are unclear: the sources disagree or were not verified. Treat them as needing consent until you have checked them with a local adviser.',
    },
    empty: "Choose target countries above to see each country's rule here.",
    /** {rule} is the rule's badge. */
    named: 'Named address: {rule}',
    generic: 'Generic address: {rule}',
    /** Plain-language label of each rule (the badge text everywhere on the site). */
    labels: RULE_LABELS,
    /** `{reviewed}`: the record's review date, written for the locale ("12 June 2025"). */
    confidence: 'Confidence: {confidence}. Reviewed {reviewed}.',
    confidenceLevels: { high: 'high', medium: 'medium', low: 'low' },
    sourcesFor: 'Sources for {country}',
    /** The folded list of a country's sources. */
    sources: { one: '{count} source', other: '{count} sources' },
    enforcement: {
      authority: 'Data protection authority (GDPR complaints)',
      enforcer: 'Enforces the email rule',
      maxFine: 'Maximum fine',
      noMaxFine: 'No maximum stated in the sources checked.',
      /** After an amount, naming where it is stated. */
      fineSource: '(source: {link})',
    },
    unknownCountry: 'No record for this country code: check its national rule yourself.',
  },

  /** Step 1: data minimisation, asked for every field. */
  data: {
    /** {personalData} is the glossary term, {article} the GDPR article, {link} the playbook section. */
    intro:
      'Tick every field your list will hold and say what you will do with it. A field you cannot give a use for should not be in the list. {personalData} must be limited to what is necessary for the purpose ({article}). See {link}.',
    personalData: 'Personal data',
    article: 'GDPR Art. 5(1)(c)',
    link: 'Step 1: Collect only the fields you will use',
    fields: {
      name: 'Name',
      workEmail: 'Work email',
      personalEmail: 'Personal email',
      jobTitle: 'Job title',
      company: 'Company',
      phone: 'Phone',
      linkedin: 'LinkedIn URL',
      postalAddress: 'Postal address',
      other: 'Other',
    },
    collect: 'We collect this',
    use: 'What will you use it for?',
    willCall: 'Someone will call these numbers',
    kind: 'Whose address is it?',
    kindOptions: { '': 'Not said', business: "The company's address", home: 'A home address' },
    what: 'Which field?',
    /** Example uses, shown as placeholders. */
    useExamples: {
      name: 'To address the email.',
      workEmail: 'To send the email.',
      jobTitle: 'To check that the role fits the offer.',
      company: 'To check the company fits the segment and to personalise the email.',
      phone: 'To call people who reply and ask for a call.',
      linkedin: 'To check the role before writing.',
    },
    /** In the record: whether a field is collected. */
    yes: 'Yes',
    no: 'No',
    notNamed: '(not named)',
  },

  /** Advice on a field, with the title of the source it rests on; {pecr} and {corporate} are glossary terms. */
  advice: {
    'no-use': {
      text: "Don't collect it: no use is given. Data you have no use for should not be in the list.",
      source: 'GDPR Art. 5(1)(c) (data minimisation)',
    },
    'unnamed-field': {
      text: 'Name the field, so the record says what you hold.',
      source: 'GDPR Art. 5(1)(c) (data minimisation)',
    },
    'personal-email': {
      text: "A personal address (Gmail, Outlook.com ...) is the person's private mailbox, not a business contact. People do not expect sales email there, and the B2B exemptions in national email rules are written for business subscribers: under the UK rules ({pecr}), for example, the exemption covers {corporate} only, and a private mailbox is held by an individual, for whom marketing email needs consent. Use the work address.",
      source: 'ICO: Business-to-business marketing',
    },
    'home-address': {
      text: "A home address is private. A business contact does not expect to be reached at home, which weighs against you in the balancing test. Use the company's address, and only if you will really send post.",
      source: 'GDPR Recital 47 (reasonable expectations)',
    },
    'phone-not-called': {
      text: "Don't collect phone numbers nobody will call: they add risk and no value to an email campaign.",
      source: 'GDPR Art. 5(1)(c) (data minimisation)',
    },
    pecr: 'PECR',
    corporate: 'corporate subscribers',
  },

  /** Step 1 and 2: relevance. */
  relevance: {
    surprised: {
      label: 'Would they be surprised to hear from you?',
      help: 'Read your first email as the recipient would. If some of them would wonder why you wrote, narrow the segment or drop those records.',
      link: 'Step 1: Run the surprise test',
      options: { no: 'No: the offer fits their job', some: 'Some of them might be', yes: 'Yes' },
    },
    surpriseNote: {
      label: 'What makes your email expected?',
      example: 'They run IT for a firm whose invoice traffic is a known fraud target, and we write about exactly that.',
    },
    evidence: {
      label: 'Evidence you will record for each lead',
      help: 'Record at least one concrete reason next to every lead, so you can say why you wrote to that person.',
      link: 'Step 2: Have a reason for each prospect',
    },
    evidenceOther: { label: 'Other evidence' },
    evidenceWhere: { label: 'Where you record it', example: 'A "reason" column in the CRM, with the source URL and date.' },
    /** Names of the kinds of evidence. */
    evidenceKinds: {
      profileFit: 'Their profile or company website shows a fit',
      funding: 'The company recently raised funding',
      pastClients: 'We have past clients in the same industry',
      referral: 'Someone referred us to them',
      expansion: 'The company is expanding into a region we serve',
      inquiry: 'They made an inquiry about this kind of service',
    },
  },

  /** Step 2: the three-part test, after the ICO's legitimate interests assessment. */
  lia: {
    /** {interests}, {basis} and {lia} are glossary terms, {article} the GDPR article, {ico} the ICO's guidance, {link} the playbook section. */
    intro:
      "{interests} ({article}) is a {basis} only if you pursue a legitimate interest, the processing is necessary for it, and the interests and rights of the people you email do not override it. The ICO breaks this into three tests and recommends writing the answers down before you start, as a {lia} ({ico}). The prompts below are our paraphrase of the questions in the ICO's sample assessment; answer in your own words. See {link}.",
    interests: 'Legitimate interests',
    article: 'GDPR Art. 6(1)(f)',
    basis: 'lawful basis',
    liaTerm: 'legitimate interests assessment (LIA)',
    ico: 'ICO: How do we apply legitimate interests in practice?',
    link: 'Step 2: The three-part test',
    exampleAnswer: 'Example answer',
    parts: {
      purpose: {
        label: 'Purpose: what is your legitimate interest?',
        help: 'Say what you want to achieve and who gains from it.',
        prompts: [
          'Why do you want to email these people, and what do you expect to gain?',
          "Does anyone else benefit, such as the recipient's company?",
          'What would happen if you could not run this campaign?',
          'Which other rules apply (the national email rule of each country, industry codes), and do you meet them?',
          'Is there anything about it you would not want to explain in public?',
        ],
        example:
          "We want to offer our email gateway to IT leads at logistics firms, whose invoice email is a target for payment fraud. Their companies gain protection against a costly fraud; we gain customers. Without email we rely on trade fairs, which reach few of them. France and Ireland allow B2B email about the recipient's work.",
      },
      necessity: {
        label: 'Necessity: is emailing these people needed for it?',
        help: 'Show that this campaign actually serves the purpose, and that a lighter way would not do.',
        prompts: [
          'Does emailing these people really help you reach the goal?',
          'Is it a proportionate way to do it: the fewest people and the least data?',
          'Could you reach the goal with less data, or in a less intrusive way?',
        ],
        example:
          'One email, and one follow-up at most, to the person who owns email security, using name, work email, job title and company only. A generic info@ address rarely reaches IT, and adverts cannot explain a specialist product.',
      },
      balancing: {
        label: 'Balancing: do their interests override yours?',
        help: 'Weigh the impact on the people you email against your interest.',
        prompts: [
          'Do you have a relationship with them already, or have you used their data before?',
          'Where did you get their data, and what did that source tell them about its reuse?',
          'Is any of the data private or sensitive, such as a home address or a personal account?',
          'Would they expect to hear from you about this? Would you be happy to explain how you found them?',
          'Could some of them find it intrusive or object? Could anyone be vulnerable?',
          'What is the impact on them, and what reduces it?',
        ],
        example:
          "No prior relationship. Names and roles come from each company's own team page; we hold work data only. An IT lead at a freight firm can expect security vendors to write about email fraud, and we would gladly explain how we found them. The impact is two short emails at most, and anyone who says no is never contacted again.",
      },
    },
    /** Safeguards, as the balancing test asks about them. */
    safeguards: {
      label: 'Safeguards',
      help: 'What reduces the impact on the people you email? Each one is explained in the playbook.',
      noteLabel: 'Other safeguards or details',
      noteExample: 'Replies go to a shared inbox that is checked every working day.',
    },
    safeguardLabels: {
      optOut: 'An opt-out line of its own in every email',
      notice: 'A short privacy notice in the first email, linking to the full notice',
      suppression: 'A suppression list checked before every send',
      provenance: 'The source, date and method recorded for every lead',
      retention: 'A retention limit: leads you no longer use are deleted',
      requests: 'Objections and rights requests answered within a month',
    },
    /** The conclusion of the assessment. */
    outcome: {
      label: 'Outcome',
      help: 'Having weighed it all, can you rely on legitimate interests for this campaign?',
      options: {
        proceed: 'Go ahead: our interest is not overridden',
        'proceed-with-changes': 'Go ahead only after the changes below',
        stop: 'Do not go ahead',
      },
      noteLabel: 'Reasons and changes',
      noteExample: 'Go ahead once the opt-out line is in the template. Review in six months or when the offer changes.',
    },
  },

  /** The playbook sections the readiness items and safeguards link to (link texts). */
  playbook: {
    defineSegment: 'Step 1: Define the segment before you collect anything',
    collectOnly: 'Step 1: Collect only the fields you will use',
    relevance: 'Step 1: Relevance is what makes legitimate interest hold',
    surpriseTest: 'Step 1: Run the surprise test',
    reasonPerProspect: 'Step 2: Have a reason for each prospect',
    threePartTest: 'Step 2: The three-part test',
    shortNotice: 'Step 2: Put a short notice in the email and link the full one',
    onePageLia: 'Step 2: Write a one-page LIA before the first send',
    optOut: 'Step 3: Offer a reply-based opt-out, a link, or both',
    suppression: 'Step 3: Keep a suppression list',
    provenance: 'Step 4: Know where every record came from',
    retention: 'Step 4: Do not keep leads you are not using',
    requests: 'Step 5: One month, sometimes three',
  },

  /** The readiness count beside the form. */
  readiness: {
    count: 'Readiness: {done} of {total} done',
    /** A section's share of the count, beside its name. */
    sectionCount: '{done} of {total} done',
    /** Before anything is answered: what the panel will show. */
    empty: 'As you answer, this panel counts the checks that are done and lists what is still missing, each with a link to its field. Start with the segment, or try the example.',
    allDone: 'Every check is done. Export the record and keep it with the campaign files; redo it when the offer or the segment changes.',
    /** Before the list of fields an item still needs. */
    missing: 'Missing:',
    done: { one: '{count} check done', other: '{count} checks done' },
    /** On phones the panel is below the form; this line at the top leads to it. */
    jump: 'See what is missing',
    /** Each item states what must be true before the first send. */
    items: {
      offer: 'The offer is written down in one sentence.',
      segment: 'The segment names its countries, industries, specialists, company size and positions.',
      why: 'Every part of the segment says why.',
      countries: 'No target country needs prior consent or has an unclear rule.',
      fields: 'Every field you collect has a stated use.',
      'risky-fields': 'The list holds no personal email, no home address and no phone number nobody will call.',
      surprise: 'The people you email would not be surprised to hear from you.',
      evidence: 'You record a reason for every lead.',
      purpose: 'The purpose test is answered.',
      necessity: 'The necessity test is answered.',
      balancing: 'The balancing test is answered.',
      outcome: 'The assessment concludes that you can go ahead, and has a date and an approver.',
    },
    /** A safeguard as a readiness item. */
    safeguard: '{safeguard}.',
  },

  /** Export, print, import and clear, in the panel beside the form. */
  record: {
    formatLegend: 'Export format',
    formatMarkdown: 'Markdown, to read and keep (can be imported again)',
    formatJson: 'JSON, to import again or process',
    formatNames: { md: 'Markdown', json: 'JSON' },
    export: 'Export record',
    print: 'Print',
    import: 'Import record',
    importHelp: 'A .json or .md file made with "Export record". It replaces the answers on this page.',
    clearHelp: 'Removes your answers from this browser and empties the form. Export the record first to keep it.',
    clearQuestion: 'Delete your answers from this browser and empty the form?',
    clearConfirm: 'Yes, delete them',
    exported: 'Exported the record as {format}.',
    imported: 'Imported the record from {file}.',
    importFailed: '{file}: {reason}',
    /** Puts back the answers an import replaced. */
    undoImport: 'Undo the import',
    importUndone: 'The import was undone: your earlier answers are back.',
    cleared: 'Saved data cleared: nothing from this planner is stored in this browser, and the form is empty.',
    /** The words of the Markdown record "Export record" downloads (the record's own headings come from the questions). */
    markdown: {
      /** `{date}`: the day of the export, written for the locale ("2 March 2026"). */
      exportedOn: 'Exported from the campaign planner of the Cold Email GDPR Kit on {date}.',
      notAnswered: '_Not answered._',
      machineCopy: 'Machine-readable copy',
      machineCopyIntro: 'Import this file with "Import record" in the campaign planner to continue editing. The block below holds the same answers as JSON.',
    },
    importErrors: {
      'no-record': 'This file holds no campaign record. Choose a .json or .md file made with "Export record".',
      'not-json': 'This file is not valid JSON. Choose a .json or .md file made with "Export record".',
      'not-record': 'This file is not a campaign record. Choose a .json or .md file made with "Export record".',
      /** {details} says which answers are wrong, e.g. `about.campaign: Invalid input`. */
      invalid: 'This campaign record is invalid: {details}',
    },
  },

  /** "Try an example": a worked campaign to look at before writing one's own. */
  example: {
    question: 'Replace your answers with the example campaign?',
    confirm: 'Yes, replace them',
    loaded: 'Loaded the example: a Canadian email-security company writing to heads of finance at logistics firms in France, Ireland and the United Kingdom. Approved by is left empty: only you can approve a campaign.',
    /** The example's answers; lib/planner/example.ts adds the countries, ticks and options. */
    answers: {
      campaign: 'Example: finance leads in French, Irish and UK logistics',
      preparedBy: 'Sam Tremblay, sales lead',
      offer: 'A managed email gateway that stops fake-invoice and payment-redirection emails before they reach the finance team.',
      offerWhy:
        'Logistics firms pay many carriers and suppliers by invoice sent by email, so a forged "new bank details" email can divert a real payment; the finance team is the one that pays.',
      countriesWhy:
        "We sell in English and French from Montreal. In France, Ireland and the United Kingdom a cold email to a named work address is allowed without consent under conditions, among them that it is about the recipient's job, names us and offers a free opt-out; in the UK only to companies (corporate subscribers), so we check each firm's legal form.",
      industries: 'Freight forwarding, road haulage and contract logistics.',
      industriesWhy: 'Our current customers are carriers and forwarders; their supplier payments are the traffic the gateway protects.',
      specialists: 'Finance staff who pay supplier invoices, and the IT staff who run email.',
      specialistsWhy: 'They see the forged invoices first and can tell at once whether a gateway would have stopped them.',
      employees: '100 to 1,000',
      revenue: '€20m to €500m',
      sizeWhy: 'Below 100 staff there is rarely a separate finance team; large groups buy mail security centrally.',
      positions: 'Head of finance or finance director; they own payment fraud risk and co-decide with IT on tools of this price.',
      positionsWhy: 'A head of finance carries the loss of a diverted payment and can put a gateway on the agenda with IT.',
      nameUse: 'To address the email.',
      workEmailUse: 'To send the email.',
      jobTitleUse: 'To check that the person heads finance.',
      companyUse: 'To check the firm is in logistics and of the right size, and to name it in the email.',
      surpriseNote: 'They pay carrier invoices by email every day, and we write only about fake invoices and payment redirection, which is their job.',
      evidenceWhere: 'A "reason" column in the CRM with the page we read, its URL and the date.',
      purpose:
        'We want to offer our email gateway to heads of finance at logistics firms, whose invoice payments are a common target of payment-redirection fraud. Their companies gain protection against a costly fraud; we gain customers. Without email we would rely on trade fairs, which reach few of them. France, Ireland and the UK allow B2B email about the recipient\'s job under conditions that we meet (see "Why these countries?").',
      necessity:
        'One email and at most one follow-up, to the person who owns payment risk, using name, work email, job title and company only. A generic accounts@ address reaches the clerks who process invoices, not the person who decides on tools.',
      balancing:
        "No prior relationship. Names and roles come from each company's own website; we hold work data only. A head of finance at a freight firm can expect vendors to write about invoice fraud, and we would gladly explain how we found them. The impact is two short emails at most; anyone who says no is never contacted again.",
      safeguardsNote: 'Replies go to a shared inbox checked every working day; leads who do not reply within 90 days are deleted.',
      outcomeNote: 'Go ahead. Review in six months, or when the offer or the segment changes.',
    },
  },

  /** The printed and exported record. */
  print: {
    title: 'Campaign record: {campaign}',
    untitled: 'untitled campaign',
    notAnswered: 'Not answered',
    warning: 'Warning',
    unclear: 'Unclear rules',
  },

  /** Shown instead of the tool when JavaScript is off; {link} is the country table. */
  noscript:
    'Without JavaScript you can read the checklist and print it to fill in by hand. Saving your answers, the country rules, the readiness count, export and import need JavaScript; the rules are also in the {link}.',
  noscriptLink: 'country table',
  /** The caption under the map of target countries. */
  mapCaption: 'Your target countries are outlined; select a country to read its record.',
} as const;
