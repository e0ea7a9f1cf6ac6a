import { z } from 'zod';

/**
 * `localStorage` key of the campaign record. The value is the JSON of a {@link CampaignRecord},
 * written on every change while the user types; "Export record" (JSON) downloads the same JSON,
 * "Import record" reads it back, and "Clear saved data" removes the key.
 */
export const PLANNER_STORAGE_KEY = 'coldkit:campaign-planner:record:v1';

/** The `format` marker every exported record carries, so a wrong file is recognised on import. */
export const RECORD_FORMAT = 'coldkit-campaign-record';

/** A one-line answer (a name, a date, a short list). */
const line = () => z.string().max(500).default('');
/** A free-text answer of a few sentences. */
const prose = () => z.string().max(5000).default('');

/** The personal-data fields a prospect list may hold, in the order the planner asks about them. */
export const DATA_FIELDS = ['name', 'workEmail', 'personalEmail', 'jobTitle', 'company', 'phone', 'linkedin', 'postalAddress', 'other'] as const;
/** One of {@link DATA_FIELDS}. */
export type DataField = (typeof DATA_FIELDS)[number];

/** The kinds of evidence that a lead fits the offer, one of which is recorded per lead. */
export const EVIDENCE_KINDS = ['profileFit', 'funding', 'pastClients', 'referral', 'expansion', 'inquiry'] as const;
/** One of {@link EVIDENCE_KINDS}. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The safeguards the balancing test can rely on, each explained in a playbook step. */
export const SAFEGUARDS = ['optOut', 'notice', 'suppression', 'provenance', 'retention', 'requests'] as const;
/** One of {@link SAFEGUARDS}. */
export type Safeguard = (typeof SAFEGUARDS)[number];

/** Answers to "Would they be surprised to hear from you?"; `''` means not answered yet. */
export const surpriseSchema = z.enum(['', 'no', 'some', 'yes']);
/** Conclusions of the legitimate interests assessment; `''` means not decided yet. */
export const outcomeSchema = z.enum(['', 'proceed', 'proceed-with-changes', 'stop']);
/** Whose postal address a list holds; `''` means not said. */
export const addressKindSchema = z.enum(['', 'business', 'home']);

/** What the planner records about one personal-data field. */
const fieldPlanSchema = z.object({
  /** Whether the list will hold this field. */
  collect: z.boolean().default(false),
  /** What the field will be used for; empty means no use was given. */
  use: prose(),
});

const codeSchema = z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter upper-case ISO country code such as "DE"');

/**
 * One campaign's planning record: the segment, the data kept, the relevance evidence and the
 * legitimate interests assessment (LIA). It is the accountability record GDPR Art. 5(2) asks a
 * controller to be able to show. Every text answer is kept exactly as typed; an empty string
 * means "not answered".
 */
export const campaignRecordSchema = z
  .object({
    /** Always {@link RECORD_FORMAT}; tells a campaign record apart from other JSON files. */
    format: z.literal(RECORD_FORMAT),
    /** Version of this shape; a change of meaning gets a new number and a migration. */
    version: z.literal(1),
    /** Who and when: the header of the record. */
    about: z
      .object({
        /** A name for the campaign, e.g. "IT leads in French logistics, spring". */
        campaign: line(),
        /** Who filled in the record. */
        preparedBy: line(),
        /** Who approved the campaign after reading the assessment. */
        approvedBy: line(),
        /** When the assessment was made (YYYY-MM-DD), or empty. */
        date: z.union([z.iso.date(), z.literal('')]).default(''),
      })
      .strict()
      .default({ campaign: '', preparedBy: '', approvedBy: '', date: '' }),
    /** Step 1 of the playbook: who you will write to, and why them. */
    segment: z
      .object({
        /** The offer in one sentence. */
        offer: prose(),
        /** Why this segment would want the offer. */
        offerWhy: prose(),
        /** ISO codes of the target countries, in the order chosen, each at most once. */
        countries: z
          .array(codeSchema)
          .max(100)
          .default([])
          .refine((codes) => new Set(codes).size === codes.length, 'a country is listed twice'),
        /** Why these countries. */
        countriesWhy: prose(),
        /** The industries targeted. */
        industries: prose(),
        /** Why these industries. */
        industriesWhy: prose(),
        /** The specialists who meet the problem in their work and can judge the need. */
        specialists: prose(),
        /** Why these specialists. */
        specialistsWhy: prose(),
        /** Company size by headcount, e.g. "50–500". */
        employees: line(),
        /** Company size by annual revenue, e.g. "€5m–€100m". */
        revenue: line(),
        /** Why this company size. */
        sizeWhy: prose(),
        /** The positions written to and the decision power they hold. */
        positions: prose(),
        /** Why these positions. */
        positionsWhy: prose(),
      })
      .strict()
      .default(() => emptySegment()),
    /** Data minimisation: each field the list may hold, whether it is collected and for what. */
    data: z
      .object({
        /** First and last name. */
        name: fieldPlanSchema.strict().default({ collect: false, use: '' }),
        /** The work email address (the channel). */
        workEmail: fieldPlanSchema.strict().default({ collect: false, use: '' }),
        /** A personal email address (webmail); almost never justified for B2B email. */
        personalEmail: fieldPlanSchema.strict().default({ collect: false, use: '' }),
        /** Job title. */
        jobTitle: fieldPlanSchema.strict().default({ collect: false, use: '' }),
        /** Company name. */
        company: fieldPlanSchema.strict().default({ collect: false, use: '' }),
        /** Phone number, with whether anyone will actually call it. */
        phone: fieldPlanSchema
          .extend({
            /** Someone will really phone these numbers. */
            willCall: z.boolean().default(false),
          })
          .strict()
          .default({ collect: false, use: '', willCall: false }),
        /** LinkedIn profile URL. */
        linkedin: fieldPlanSchema.strict().default({ collect: false, use: '' }),
        /** Postal address, with whose address it is. */
        postalAddress: fieldPlanSchema
          .extend({
            /** The company's address or a home address. */
            kind: addressKindSchema.default(''),
          })
          .strict()
          .default({ collect: false, use: '', kind: '' }),
        /** Any other field, named in `what`. */
        other: fieldPlanSchema
          .extend({
            /** Which field it is, e.g. "Seniority score". */
            what: line(),
          })
          .strict()
          .default({ collect: false, use: '', what: '' }),
      })
      .strict()
      .default(() => emptyData()),
    /** Relevance: the surprise test and the evidence recorded per lead. */
    relevance: z
      .object({
        /** Answer to "Would they be surprised to hear from you?". */
        surprised: surpriseSchema.default(''),
        /** What makes the email expected (or who might be surprised, and what you will do). */
        surpriseNote: prose(),
        /** The kinds of evidence recorded for each lead. */
        evidence: z
          .array(z.enum(EVIDENCE_KINDS))
          .default([])
          .refine((list) => new Set(list).size === list.length, 'a kind of evidence is listed twice'),
        /** Any other evidence recorded per lead. */
        evidenceOther: prose(),
        /** Where the evidence is written down, e.g. a "reason" column in the CRM. */
        evidenceWhere: line(),
      })
      .strict()
      .default({ surprised: '', surpriseNote: '', evidence: [], evidenceOther: '', evidenceWhere: '' }),
    /** The legitimate interests assessment: purpose, necessity, balancing, safeguards, outcome. */
    lia: z
      .object({
        /** Purpose test: the interest pursued, its benefits, and the other rules that apply. */
        purpose: prose(),
        /** Necessity test: why emailing these people serves the purpose, and why no lighter way does. */
        necessity: prose(),
        /** Balancing test: expectations, relationship, source, impact on the people emailed. */
        balancing: prose(),
        /** The safeguards in place. */
        safeguards: z
          .array(z.enum(SAFEGUARDS))
          .default([])
          .refine((list) => new Set(list).size === list.length, 'a safeguard is listed twice'),
        /** Other safeguards, or details of the ones chosen. */
        safeguardsNote: prose(),
        /** The conclusion. */
        outcome: outcomeSchema.default(''),
        /** The reasons for the conclusion, and any changes it depends on. */
        outcomeNote: prose(),
      })
      .strict()
      .default({ purpose: '', necessity: '', balancing: '', safeguards: [], safeguardsNote: '', outcome: '', outcomeNote: '' }),
  })
  .strict();

/** A validated campaign record. */
export type CampaignRecord = z.output<typeof campaignRecordSchema>;
/** A campaign record as written in JSON (sections and fields may be missing). */
export type CampaignRecordInput = z.input<typeof campaignRecordSchema>;

function emptySegment(): CampaignRecord['segment'] {
  return {
    offer: '',
    offerWhy: '',
    countries: [],
    countriesWhy: '',
    industries: '',
    industriesWhy: '',
    specialists: '',
    specialistsWhy: '',
    employees: '',
    revenue: '',
    sizeWhy: '',
    positions: '',
    positionsWhy: '',
  };
}

function emptyData(): CampaignRecord['data'] {
  const plain = () => ({ collect: false, use: '' });
  return {
    name: plain(),
    workEmail: plain(),
    personalEmail: plain(),
    jobTitle: plain(),
    company: plain(),
    phone: { ...plain(), willCall: false },
    linkedin: plain(),
    postalAddress: { ...plain(), kind: '' },
    other: { ...plain(), what: '' },
  };
}

/**
 * A record with every answer empty, fresh each time: the schema's object defaults are shared
 * values, so the copy keeps a change to one record (a pushed country) out of the next.
 */
export function emptyRecord(): CampaignRecord {
  return structuredClone(campaignRecordSchema.parse({ format: RECORD_FORMAT, version: 1 }));
}

/** True when a text answer holds something other than white space. */
export function answered(text: string): boolean {
  return text.trim() !== '';
}
