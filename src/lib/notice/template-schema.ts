import { z } from 'zod';

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/**
 * A sentence of a language template. Values go in as `{name}` placeholders, and a sentence must
 * use exactly the placeholders listed: the renderer leaves out a sentence whose value is empty,
 * so a sentence may only depend on values it actually shows.
 * @example needs('email') accepts 'Write to {email}.' and refuses 'Write to us.' or 'Write to {mail}.'
 */
export function needs(...names: string[]) {
  return z
    .string()
    .min(1)
    .superRefine((value, ctx) => {
      const used = [...value.matchAll(PLACEHOLDER)].map((m) => m[1]!);
      for (const name of used) {
        if (!names.includes(name)) {
          const allowed = names.length > 0 ? names.map((n) => `{${n}}`).join(', ') : 'none';
          ctx.addIssue({ code: 'custom', message: `unknown placeholder {${name}} (allowed here: ${allowed})` });
        }
      }
      for (const name of names) {
        if (!used.includes(name)) ctx.addIssue({ code: 'custom', message: `missing placeholder {${name}}` });
      }
      if (/[{}]/.test(value.replace(PLACEHOLDER, ''))) {
        ctx.addIssue({ code: 'custom', message: 'stray "{" or "}": placeholders are written {name}' });
      }
      if (value !== value.trim()) ctx.addIssue({ code: 'custom', message: 'leading or trailing space' });
    });
}

/** A short label shown in bold before a paragraph of the full notice, e.g. "Who we are". */
const label = z.string().min(2).max(60).regex(/^[^{}:]+$/, 'a label has no placeholder and no colon (the separator adds it)');

/** One sentence per opt-out method. */
const byMethod = (key: string) => z.object({ reply: needs(key), link: needs('link'), both: needs(key, 'link') });

/** The wording of a source kind with and without the sender's detail (page, vendor, event…). */
const sourceWording = z.object({
  /** Used when the "Source of the data" text is given; shows it as `{detail}`. */
  withDetail: needs('detail'),
  /** Used when it is not; `null` when the kind means nothing without it. */
  withoutDetail: needs().nullable(),
});

/** Wording that depends on which law applies: the EU GDPR, or the UK GDPR. */
const regionTermsSchema = z.object({
  /**
   * The legal basis as cited in this language, e.g. "Art. 6 Abs. 1 lit. f DSGVO". It follows a
   * preposition in `notice.basis`, never brackets, so it may contain its own.
   */
  legalBasis: z.string().min(5),
  /** The Art. 27 representative sentence. */
  representative: needs('representative'),
  /** The sender is established in `{country}`, outside the EEA (or the UK), and processes the data there. */
  processedAbroad: needs('country'),
  /** No data leave the EEA (or the UK). Never written for a sender established outside it. */
  transferNone: needs(),
  /** Data go to a third country, named in brackets: "… a third country ({destination})". */
  transferTo: needs('destination'),
  /** Data go to one or more third countries, not named. */
  transferToUnnamed: needs(),
  /** What the transfers rely on, one sentence each, after `transferTo` or `transferToUnnamed`. */
  basis: z.object({
    /** An adequacy decision of the Commission (Art. 45 GDPR); UK: regulations under Art. 45A UK GDPR. */
    adequacy: needs(),
    /** US companies certified under the EU-U.S. Data Privacy Framework (Commission decision 2023/1795); UK: the UK Extension. */
    dpf: needs(),
    /** Standard contractual clauses (Art. 46(2)(c) GDPR); UK: the IDTA or the UK Addendum (Art. 46 UK GDPR). */
    scc: needs(),
    /** Binding corporate rules (Art. 47). */
    bcr: needs(),
    /** A derogation for a specific situation (Art. 49). */
    derogation: needs(),
  }),
  /**
   * The right to complain to the supervisory authority. EU: Art. 77, in the words of this
   * language's version of the Regulation, "in particular in the Member State of your habitual
   * residence, place of work or place of the alleged infringement". UK: DPA 2018 s. 165.
   */
  complaint: needs(),
  /** The same, then the recipient country's authority: "… The supervisory authority in your country: {authority}, {url}." */
  complaintAuthority: needs('authority', 'url'),
});

/**
 * UK wording. Since 19 June 2026 the UK right to complain to the regulator is in the Data
 * Protection Act 2018 s. 165 (UK GDPR Art. 77 was omitted by the Data (Use and Access) Act 2025
 * s. 103(6)), so `complaint` and `complaintAuthority` cite s. 165 and say nothing of "the Member
 * State". UK GDPR Art. 14(2)(da) (DUAA Sch. 10 para. 4) adds the right to complain to the
 * controller (DPA 2018 s. 164A): https://www.legislation.gov.uk/ukpga/2025/18/schedule/10
 */
const ukTermsSchema = regionTermsSchema.extend({
  /**
   * The right to complain to the sender (DPA 2018 s. 164A), which must acknowledge a complaint
   * within 30 days and tell the outcome, with the privacy contact to write to.
   */
  complaintToUs: needs('email'),
  /** The same without a privacy email: the sender's identity and address above are the contact. */
  complaintToUsNoEmail: needs(),
});

/**
 * One output language: every sentence the generator writes, as data. A file per language in
 * `src/lib/notice/templates/`, registered in `languages.ts`. Use the terms of the GDPR's own
 * language version (e.g. "berechtigtes Interesse", "intérêt légitime").
 */
export const noticeTemplateSchema = z.object({
  /** ISO 639-1 code, e.g. "de". */
  code: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter lower-case ISO 639-1 code such as "de"'),
  /** The language's English name, shown in the "Output language" select, e.g. "German". */
  englishName: z.string().min(2),
  /** The language's own name, e.g. "Deutsch". */
  nativeName: z.string().min(2),
  /** BCP 47 locale for lists, plurals and country names, e.g. "de-DE". */
  locale: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/, 'expected a locale such as "de-DE"'),
  /** What follows a bold label, e.g. ": " (French: non-breaking space, colon, space). */
  labelSeparator: z.string().min(1).max(4),
  /**
   * What the recipient replies to opt out, e.g. "no thanks". A contract: the reply composer
   * (`src/lib/replies`) must recognise this exact word as an objection, and its tests import it.
   */
  replyKeyword: z.string().min(2).max(40),
  /** Wording for EU/EEA recipients (also used for Switzerland and an unknown country) and for UK recipients. */
  regions: z.object({ eu: regionTermsSchema, uk: ukTermsSchema }),
  /** Names of the data categories, as they read in a list after a colon. */
  dataCategories: z.object({
    name: z.string().min(2),
    workEmail: z.string().min(2),
    jobTitle: z.string().min(2),
    company: z.string().min(2),
    phone: z.string().min(2),
    linkedin: z.string().min(2),
    location: z.string().min(2),
  }),
  /** "{n} months" in each plural category the language uses (Intl.PluralRules); `other` is required. */
  months: z.object({
    zero: needs('n').optional(),
    one: needs('n').optional(),
    two: needs('n').optional(),
    few: needs('n').optional(),
    many: needs('n').optional(),
    other: needs('n'),
  }),
  /** The legitimate interest sentence (Art. 14(2)(b)) for each common interest, and for the sender's own words. */
  interests: z.object({ directMarketing: needs(), partnership: needs(), custom: needs('interest') }),
  /** The source sentence (Art. 14(2)(f)) for each kind of source. */
  sources: z.object({
    other: sourceWording,
    website: sourceWording,
    linkedin: sourceWording,
    register: sourceWording,
    vendor: sourceWording,
    referral: sourceWording,
    event: sourceWording,
    /** The sender worked the address out from the name and the company's public address format; `{detail}` is where both were found. */
    pattern: sourceWording,
  }),
  /** The short disclaimer woven into the email. */
  short: z.object({
    /** Why you are writing, when the sender wrote no purpose. */
    whyGeneric: needs(),
    /** How to opt out. */
    optOut: byMethod('keyword'),
  }),
  /** The full notice, Art. 14(1) and 14(2). */
  notice: z.object({
    heading: z.string().min(5),
    labels: z.object({
      identity: label,
      purpose: label,
      data: label,
      source: label,
      recipients: label,
      transfers: label,
      retention: label,
      rights: label,
      automated: label,
      more: label,
    }),
    identityWithAddress: needs('company', 'address'),
    identityOnly: needs('company'),
    /** The privacy contact, when the company's address is the only contact so far or in addition to it. */
    contact: needs('email'),
    dpo: needs('dpo'),
    purpose: needs(),
    basis: needs('basis'),
    data: needs('categories'),
    recipientsNamed: needs('list'),
    recipientsGeneric: needs(),
    emailPlatform: needs('name'),
    crm: needs('name'),
    /** How to get a copy of the safeguards (Art. 14(1)(f): standard contractual clauses, binding corporate rules). */
    transferCopy: needs('email'),
    retentionMonths: needs('period'),
    suppression: needs(),
    rights: needs(),
    rightsContact: needs('email'),
    /** For recipients in Switzerland: a suspected breach may be reported to the FDPIC (Art. 49 FADP). */
    swissAuthority: needs('authority', 'url'),
    automated: needs(),
  }),
  /** The objection line, shown apart from everything else (Art. 21(4)). */
  objection: z.object({
    label,
    /** One sentence: the right to object to direct marketing at any time, then how. */
    reply: needs('keyword'),
    link: needs('link'),
    both: needs('keyword', 'link'),
    email: needs('email'),
  }),
  /** The opt-out footer under the signature. */
  footer: z.object({
    optOut: byMethod('keyword'),
    privacyUrl: needs('url'),
    privacyEmail: needs('email'),
  }),
});

/** A language template as written in its file. */
export type NoticeTemplateInput = z.input<typeof noticeTemplateSchema>;
/** A validated language template. */
export type NoticeTemplate = z.output<typeof noticeTemplateSchema>;
