import type { CampaignRecord, DataField, EvidenceKind, Safeguard } from './schema.ts';

/**
 * The planner's wording, in one table shared by the form, the printed record and the Markdown
 * export, so a question reads the same everywhere and none can be left out of the record.
 */

/** A link to a legal or regulatory source. */
export interface SourceLink {
  /** Link text, naming the article or page, e.g. "GDPR Art. 5(1)(c)". */
  title: string;
  url: string;
}

/** The official GDPR text; per-article link texts name the article. */
export const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';

/** The ICO's guidance on applying legitimate interests, where the three-part test and the LIA come from. */
export const ICO_LIA: SourceLink = {
  title: 'ICO: How do we apply legitimate interests in practice?',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/legitimate-interests/how-do-we-apply-legitimate-interests-in-practice/',
};

/** A free-text question. */
export interface TextQuestion {
  /** The visible label. */
  label: string;
  /** One or two sentences under the label. */
  help?: string;
  /** A worked answer, shown as "For example: …". */
  example?: string;
}

/** Header questions: which campaign, who prepared and approved it, when. */
export const ABOUT: Record<keyof CampaignRecord['about'], TextQuestion> = {
  campaign: { label: 'Campaign name', example: 'IT leads in French and Irish logistics, spring' },
  preparedBy: { label: 'Prepared by' },
  approvedBy: { label: 'Approved by', help: 'Who read this assessment and agreed that the campaign can go ahead.' },
  date: { label: 'Date of the assessment', help: 'Redo the assessment when the offer or the segment changes.' },
};

/** One part of the segment and its "why these?" note. */
export interface SegmentPart {
  /** Heading of the part. */
  title: string;
  /** The main question(s), keyed by record field. */
  fields: Partial<Record<keyof CampaignRecord['segment'], TextQuestion>>;
  /** The record field holding the "why these?" note. */
  why: keyof CampaignRecord['segment'];
  /** Label of the "why these?" note. */
  whyLabel: string;
  /** Example of a good "why" note. */
  whyExample: string;
}

/** Step 1: the segment, one part per filter, each with its "why these?" note. */
export const SEGMENT: SegmentPart[] = [
  {
    title: 'The offer',
    fields: {
      offer: {
        label: 'Your offer in one sentence',
        help: 'What you sell, and the problem it solves for whom.',
        example: 'A managed email gateway that stops fake-invoice emails at mid-size logistics firms.',
      },
    },
    why: 'offerWhy',
    whyLabel: 'Why would this segment want it?',
    whyExample: 'Freight firms send thousands of invoices by email, and payment fraud by email costs them real money.',
  },
  {
    title: 'Countries',
    fields: {
      countries: {
        label: 'Target countries',
        help: 'Type a country in English or in its own language, for example Austria, Österreich or Австрия, then choose it from the list with the mouse or the arrow keys and Enter.',
      },
    },
    why: 'countriesWhy',
    whyLabel: 'Why these countries?',
    whyExample: "We serve customers in English and French, and both countries allow B2B email about the recipient's work.",
  },
  {
    title: 'Industries',
    fields: { industries: { label: 'Industries you target', example: 'Freight forwarding, road haulage, warehousing.' } },
    why: 'industriesWhy',
    whyLabel: 'Why these industries?',
    whyExample: 'Our best customers are in logistics; their invoice traffic is what the product protects.',
  },
  {
    title: 'Specialists',
    fields: {
      specialists: {
        label: 'Specialists who can judge the need',
        help: 'Who meets the problem in their daily work?',
        example: 'IT security staff, who handle the phishing reports.',
      },
    },
    why: 'specialistsWhy',
    whyLabel: 'Why these specialists?',
    whyExample: 'They see the fake invoices first and can tell at once whether the product helps.',
  },
  {
    title: 'Company size',
    fields: {
      employees: { label: 'Employees', example: '50 to 500' },
      revenue: { label: 'Annual revenue', example: '€5m to €100m' },
    },
    why: 'sizeWhy',
    whyLabel: 'Why this company size?',
    whyExample: 'Smaller firms have no IT team; groups above 500 staff run their own mail security.',
  },
  {
    title: 'Positions and decision power',
    fields: {
      positions: {
        label: 'Positions you write to, and their decision power',
        help: 'Within the right team, who decides or strongly influences the purchase?',
        example: 'Head of IT or IT security manager; they choose and budget security tools.',
      },
    },
    why: 'positionsWhy',
    whyLabel: 'Why these positions?',
    whyExample: 'A head of IT signs off security tools below €20,000 a year without a board decision.',
  },
];

/** How each data field is named. */
export const FIELD_LABELS: Record<DataField, string> = {
  name: 'Name',
  workEmail: 'Work email',
  personalEmail: 'Personal email',
  jobTitle: 'Job title',
  company: 'Company',
  phone: 'Phone',
  linkedin: 'LinkedIn URL',
  postalAddress: 'Postal address',
  other: 'Other',
};

/** Step 1: data minimisation, asked for every field. */
export const DATA_QUESTIONS = {
  collect: 'We collect this',
  use: 'What will you use it for?',
  willCall: 'Someone will call these numbers',
  kind: 'Whose address is it?',
  kindOptions: { '': 'Not said', business: "The company's address", home: 'A home address' },
  what: 'Which field?',
  help: 'Tick every field your list will hold and say what you will do with it. A field you cannot give a use for should not be in the list.',
} as const;

/** Example uses, shown as placeholders. */
export const FIELD_USE_EXAMPLES: Partial<Record<DataField, string>> = {
  name: 'To address the email.',
  workEmail: 'To send the email.',
  jobTitle: 'To check that the role fits the offer.',
  company: 'To check the company fits the segment and to personalise the email.',
  phone: 'To call people who reply and ask for a call.',
  linkedin: 'To check the role before writing.',
};

/** Step 1 and 2: relevance. */
export const RELEVANCE = {
  surprised: {
    label: 'Would they be surprised to hear from you?',
    help: 'Read your first email as the recipient would. If some of them would wonder why you wrote, narrow the segment or drop those records.',
    options: { no: 'No: the offer fits their job', some: 'Some of them might be', yes: 'Yes' },
  },
  surpriseNote: {
    label: 'What makes your email expected?',
    example: 'They run IT for a firm whose invoice traffic is a known fraud target, and we write about exactly that.',
  },
  evidence: {
    label: 'Evidence you will record for each lead',
    help: 'Record at least one concrete reason next to every lead, so you can say why you wrote to that person.',
  },
  evidenceOther: { label: 'Other evidence' },
  evidenceWhere: { label: 'Where you record it', example: 'A "reason" column in the CRM, with the source URL and date.' },
} as const;

/** Names of the kinds of evidence. */
export const EVIDENCE_LABELS: Record<EvidenceKind, string> = {
  profileFit: 'Their profile or company website shows a fit',
  funding: 'The company recently raised funding',
  pastClients: 'We have past clients in the same industry',
  referral: 'Someone referred us to them',
  expansion: 'The company is expanding into a region we serve',
  inquiry: 'They made an inquiry about this kind of service',
};

/** One part of the legitimate interests assessment. */
export interface LiaPart extends TextQuestion {
  /** The questions to think through, in our words after the ICO's sample assessment. */
  prompts: string[];
  example: string;
}

/** Step 2: the three-part test, after the ICO's legitimate interests assessment (see {@link ICO_LIA}). */
export const LIA: { purpose: LiaPart; necessity: LiaPart; balancing: LiaPart } = {
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
};

/** Safeguards, as the balancing test asks about them. */
export const SAFEGUARDS_QUESTION = {
  label: 'Safeguards',
  help: 'What reduces the impact on the people you email? Each one is explained in the playbook.',
  noteLabel: 'Other safeguards or details',
  noteExample: 'Replies go to a shared inbox that is checked every working day.',
} as const;

/** Names of the safeguards. */
export const SAFEGUARD_LABELS: Record<Safeguard, string> = {
  optOut: 'An opt-out line of its own in every email',
  notice: 'A short privacy notice in the first email, linking to the full notice',
  suppression: 'A suppression list checked before every send',
  provenance: 'The source, date and method recorded for every lead',
  retention: 'A retention limit: leads you no longer use are deleted',
  requests: 'Objections and rights requests answered within a month',
};

/** The conclusion of the assessment. */
export const OUTCOME = {
  label: 'Outcome',
  help: 'Having weighed it all, can you rely on legitimate interests for this campaign?',
  options: {
    proceed: 'Go ahead: our interest is not overridden',
    'proceed-with-changes': 'Go ahead only after the changes below',
    stop: 'Do not go ahead',
  },
  noteLabel: 'Reasons and changes',
  noteExample: 'Go ahead once the opt-out line is in the template. Review in six months or when the offer changes.',
} as const;

/** Section titles, numbered as on the page. */
export const SECTION_TITLES = {
  about: 'The campaign',
  segment: '1. Segment',
  rules: '2. Country rules',
  data: '3. Data minimisation',
  relevance: '4. Relevance',
  lia: '5. Legitimate interests assessment',
  record: '6. The campaign record',
} as const;

/**
 * Every question the checklist asks, as plain labels, in page order. The page's HTML must contain
 * each of them before any script runs (content first); the end-to-end test checks it.
 */
export function checklistQuestions(): string[] {
  return [
    ...Object.values(ABOUT).map((q) => q.label),
    ...SEGMENT.flatMap((part) => [...Object.values(part.fields).map((q) => q!.label), part.whyLabel]),
    ...Object.values(FIELD_LABELS),
    DATA_QUESTIONS.use,
    DATA_QUESTIONS.willCall,
    DATA_QUESTIONS.kind,
    DATA_QUESTIONS.what,
    RELEVANCE.surprised.label,
    ...Object.values(RELEVANCE.surprised.options),
    RELEVANCE.surpriseNote.label,
    RELEVANCE.evidence.label,
    ...Object.values(EVIDENCE_LABELS),
    RELEVANCE.evidenceOther.label,
    RELEVANCE.evidenceWhere.label,
    ...Object.values(LIA).flatMap((part) => [part.label, ...part.prompts]),
    SAFEGUARDS_QUESTION.label,
    ...Object.values(SAFEGUARD_LABELS),
    SAFEGUARDS_QUESTION.noteLabel,
    OUTCOME.label,
    ...Object.values(OUTCOME.options),
    OUTCOME.noteLabel,
  ];
}
