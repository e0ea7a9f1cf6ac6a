import { z } from 'zod';
import type { Jurisdiction } from '../jurisdictions/schema.ts';

/**
 * The country records' texts in another language (issue #16). A record
 * (src/content/jurisdictions/<code>.json) is written in English; its translated texts live in
 * one file per language, src/content/jurisdiction-texts/<locale>.json:
 * `{ "AT": { "conditions": "…" }, "BE": { … }, … }`, one entry for every record.
 */

/** One country's translated texts. */
export const jurisdictionTextSchema = z.strictObject({
  /** The record's `conditions`, written in the file's language; never empty. */
  conditions: z.string().trim().min(1, 'the translated conditions are empty'),
  /** The record's `maxFine.amount` in the file's language, where the record states a fine. */
  maxFine: z.string().trim().min(1, 'the translated maximum fine is empty').optional(),
});

/** A language's file: the texts of each country, keyed by its upper-case ISO code. */
export const jurisdictionTextsSchema = z.record(
  z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter upper-case ISO code such as "DE"'),
  jurisdictionTextSchema,
);

/** A language's translated texts of the country records. */
export type JurisdictionTexts = z.infer<typeof jurisdictionTextsSchema>;

/**
 * A record's conditions in a language: its entry in `texts`, or the English record's own where
 * the file (or its entry) is missing. A unit test fails for every missing entry, so the English
 * text only ever shows while a translation is being written.
 */
export function localConditions(record: Pick<Jurisdiction, 'code' | 'conditions'>, texts: JurisdictionTexts | undefined): string {
  return texts?.[record.code]?.conditions ?? record.conditions;
}

/** A record's maximum fine in a language, or `undefined` where it has no translation (the page then shows the English amount, marked as English). */
export function localMaxFine(record: Pick<Jurisdiction, 'code'>, texts: JurisdictionTexts | undefined): string | undefined {
  return texts?.[record.code]?.maxFine;
}

/** The codes of `records` that `texts` has no entry for, sorted. */
export function missingTexts(records: Iterable<Pick<Jurisdiction, 'code'>>, texts: JurisdictionTexts | undefined): string[] {
  return [...records].map((r) => r.code).filter((code) => !texts?.[code]).sort();
}
