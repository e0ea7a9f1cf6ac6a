import { z } from 'zod';

/**
 * The national rule for unsolicited B2B marketing email, the ePrivacy layer on top of GDPR.
 * - `allowed`: may be sent without prior consent (GDPR duties still apply).
 * - `conditions`: allowed only when the conditions in `conditions` are met.
 * - `consent-required`: prior consent is needed; no notice makes a cold email lawful.
 * - `unclear`: the sources disagree or were not verified; treat as consent-required to be safe.
 */
export const ruleSchema = z.enum(['allowed', 'conditions', 'consent-required', 'unclear']);

/** How sure the research is about the rule: `low` means a vendor list or nothing better. */
export const confidenceSchema = z.enum(['high', 'medium', 'low']);

/** A primary or secondary source that supports the rule. */
export const sourceSchema = z.object({
  /** What the link is, e.g. "ICO: Business-to-business marketing". */
  title: z.string().min(3),
  /** Where to read it. */
  url: z.url({ protocol: /^https?$/ }),
});

/** A public body: a supervisory authority or the enforcer of the email rule. */
export const bodySchema = z.object({
  /**
   * Its name in the country's own language, as the body writes it, with its usual acronym, e.g.
   * "Commission nationale de l'informatique et des libertés (CNIL)". Letters in every language
   * name the body this way, so no English gloss belongs here.
   */
  name: z.string().min(3),
  /** Its English name, used only in English texts; leave it out where `name` is already English. */
  englishName: z.string().min(3).optional(),
  /**
   * Its official name in each other language it uses, by ISO 639-1 code, for bodies of countries
   * with more than one official language, e.g. the Swiss FDPIC: `{ "fr": "Préposé fédéral à la
   * protection des données et à la transparence (PFPDT)", "it": "Incaricato federale … (IFPDT)" }`.
   * A letter in one of these languages names the body this way; every other non-English letter
   * uses `name` (see `bodyNameIn`). Only names the body itself uses, never a translation of ours.
   */
  localNames: z.record(z.string().regex(/^[a-z]{2}$/, 'expected a two-letter lower-case ISO 639-1 code such as "fr"'), z.string().min(3)).optional(),
  /** Its website (the page on the email rule where there is one). */
  url: z.url({ protocol: /^https?$/ }),
});

/** The highest fine for breaking the national email rule, as a source states it. */
export const maxFineSchema = z.object({
  /** The amount in words, as the source gives it, e.g. "up to €300,000" or "up to 4 % of annual turnover". */
  amount: z.string().min(3),
  /** Where the amount is stated (the statute's penalty section, or the enforcer). */
  source: sourceSchema,
});

/** One country's record in `src/content/jurisdictions/<code>.json`. */
export const jurisdictionSchema = z
  .object({
    /** ISO 3166-1 alpha-2 code in upper case; the file is named after it in lower case. */
    code: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter upper-case ISO code such as "DE"'),
    /** English short name, e.g. "Germany". */
    name: z.string().min(2),
    /** Names in the country's own languages, e.g. ["Deutschland"]. */
    nativeNames: z.array(z.string().min(2)).default([]),
    /** Other common names and spellings, in any language, for search (e.g. "Германия"). */
    aliases: z.array(z.string().min(2)).default([]),
    /** EU member, other EEA member, the UK, or Switzerland. Decides whether Art. 27 applies. */
    region: z.enum(['EU', 'EEA', 'UK', 'CH']),
    /** Rule for a named business address such as jane.doe@acme.example. */
    namedAddress: ruleSchema,
    /** Rule for a generic company address such as info@acme.example. */
    genericAddress: ruleSchema,
    /** The conditions and caveats in one or two plain sentences. */
    conditions: z.string().min(20).max(600),
    /** The national provision, e.g. "UWG § 7(2) no. 2". */
    law: z.string().min(3),
    /** At least one link supporting the rule, primary sources first. */
    sources: z.array(sourceSchema).min(1),
    /** How sure the research is. */
    confidence: confidenceSchema,
    /** The data protection supervisory authority that handles GDPR complaints (Art. 77). */
    authority: bodySchema,
    /**
     * Who enforces the national email rule (the ePrivacy Art. 13 transposition). Often not the
     * data protection authority: a consumer, telecoms or competition body (ACM, RTR, UKE, …).
     */
    enforcer: bodySchema,
    /** The highest fine for breaking the email rule, where a source gives it. */
    maxFine: maxFineSchema.optional(),
    /** When the record was last checked against its sources (YYYY-MM-DD). */
    reviewed: z.iso.date(),
  })
  .refine((r) => !(r.confidence === 'low' && (r.namedAddress === 'allowed' || r.genericAddress === 'allowed')), {
    message: 'a low-confidence record cannot say "allowed"; use "unclear" until a source confirms it',
    path: ['confidence'],
  });

/** A validated jurisdiction record. */
export type Jurisdiction = z.output<typeof jurisdictionSchema>;
/** A jurisdiction record as written in its JSON file. */
export type JurisdictionInput = z.input<typeof jurisdictionSchema>;
/** One of the four national rules. */
export type Rule = z.output<typeof ruleSchema>;
/** A public body of a record: its supervisory authority or the enforcer of its email rule. */
export type Body = z.output<typeof bodySchema>;
