/**
 * The site's own words around the content (issue #16): sidebar groups, footer, offline note,
 * country map, country cards and home cards. Each reading page's prose is Markdown in its
 * locale's folder; these are the labels the components put around it.
 */
export const site = {
  /** The sidebar's group headings (astro.config.mjs). */
  sidebar: {
    startHere: 'Start here',
    playbook: 'The playbook',
    tools: 'Tools',
    reference: 'Reference',
  },
  footer: {
    legalNote:
      'Not legal advice. This site explains the law and links its sources; for a decision about your own campaign, ask a lawyer in the country you are writing to.',
    privacyLink: "This site's privacy",
  },
  /** The footer's note on the offline copy, and the offer to load a new version. */
  offline: {
    saving: 'Saving this site for offline use…',
    ready: 'Works offline: this site is saved in your browser.',
    failed: 'The offline copy could not be saved; it will be tried again on your next visit.',
    unavailable: 'Offline copy not available in this browser.',
    updateAvailable: 'A new version is available.',
    reload: 'Reload',
  },
  /** A national rule for unsolicited B2B email, as a badge or a legend entry. */
  rules: {
    allowed: 'Allowed',
    conditions: 'Conditions',
    'consent-required': 'Consent required',
    unclear: 'Unclear',
  },
  /** The same rules inside a sentence ("Germany: consent required for a named address"). */
  rulesInSentence: {
    allowed: 'allowed',
    conditions: 'conditions',
    'consent-required': 'consent required',
    unclear: 'unclear',
  },
  regions: {
    EU: 'EU member states',
    EEA: 'EEA (Iceland, Liechtenstein, Norway)',
    UK: 'United Kingdom',
    CH: 'Switzerland',
  },
  /** How sure the research is, as a filter option. */
  confidence: {
    high: 'High',
    medium: 'Medium',
    low: 'Low',
  },
  /** How sure the research is, on a card and in a map title. */
  confidenceLevel: {
    high: 'high confidence',
    medium: 'medium confidence',
    low: 'low confidence',
  },
  map: {
    /** The map's accessible name. */
    title: {
      one: 'Map of {count} country, coloured by the rule for a named business address',
      other: 'Map of the {count} countries, coloured by the rule for a named business address',
    },
    /** A country's tooltip: `{rule}` from `rulesInSentence`, `{confidence}` from `confidenceLevel`. */
    countryTitle: '{name}: {rule} for a named address ({confidence})',
    legend: 'Legend',
    hatched: 'Hatched: low confidence',
    ring: 'Ring: a small country',
  },
  countries: {
    filterLabel: 'Filter countries',
    filterPlaceholder: 'Name, code or native name',
    ruleLabel: 'Rule for a named address',
    anyRule: 'Any rule',
    confidenceLabel: 'Confidence',
    anyConfidence: 'Any confidence',
    regionLabel: 'Region',
    allRegions: 'All regions',
    count: { one: '{count} country', other: '{count} countries' },
    /** `{shown}` of the `{count}` cards match the filters. */
    countOf: { one: '{shown} of {count} country', other: '{shown} of {count} countries' },
    none: 'No country matches these filters.',
    namedAddress: 'Named address',
    genericAddress: 'Generic address',
    enforcer: 'Enforces the email rule',
    alsoAuthority: '(also the data protection authority)',
    maxFine: 'Maximum fine',
    complaints: 'GDPR complaints',
    lawAndSources: { one: 'Law and {count} source', other: 'Law and {count} sources' },
    /** `{date}` is the record's review date, written for the locale. */
    reviewed: 'reviewed {date}',
  },
  /** The home page's cards: what each tool and each step promises, by page slug. */
  home: {
    tools: {
      'campaign-planner': 'Pick your countries and segment, see each national rule, and keep a legitimate interests record.',
      'notice-generator': 'Write the first-email notice and opt-out footer in the recipient’s language, with every required item checked.',
      'list-cleaner': 'Remove opt-outs, suppressed addresses and duplicates from a lead list without uploading it.',
      'reply-composer': 'Answer “where did you get my email?” or “delete me” with a complete reply and its legal deadline.',
    },
    steps: {
      'target-and-minimise': 'Choose people with a real reason to hear from you, and collect only the fields you use.',
      'legitimate-interest': 'Record why you may write to them, and give the notice in the first email.',
      'opt-out': 'One reply or one click stops all mail, at once, and lands on your suppression list.',
      'clean-and-secure': 'Drop stale and unverified contacts, record sources, limit who sees the list.',
      'answer-requests': 'Answer complaints and rights requests completely and within the legal deadline.',
    },
  },
} as const;
