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
    /** The data protection supervisory authority that handles GDPR complaints. */
    authority: z.object({
      /** Its name in English or the country's language. */
      name: z.string().min(3),
      /** Its website. */
      url: z.url({ protocol: /^https?$/ }),
    }),
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
