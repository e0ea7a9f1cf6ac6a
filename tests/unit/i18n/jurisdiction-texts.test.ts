import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jurisdictionSchema, type Jurisdiction } from '../../../src/lib/jurisdictions/schema';

/**
 * The country records' conditions, translated: one file per locale in
 * src/content/jurisdiction-texts/<locale>.json, `{ "AT": { "conditions": "…" }, … }` (issue #16).
 */
const RECORDS = new URL('../../../src/content/jurisdictions/', import.meta.url);
const TEXTS = new URL('../../../src/content/jurisdiction-texts/', import.meta.url);

const records: Jurisdiction[] = readdirSync(RECORDS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => jurisdictionSchema.parse(JSON.parse(readFileSync(new URL(f, RECORDS), 'utf8'))));
const byCode = new Map(records.map((r) => [r.code, r]));
const locales = readdirSync(TEXTS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

type Texts = Record<string, { conditions: string }>;
const load = (locale: string): Texts => JSON.parse(readFileSync(new URL(`${locale}.json`, TEXTS), 'utf8')) as Texts;

/** A word in Latin letters (diacritics included), with the punctuation around it dropped. */
const LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}'’.-]*$/u;
/** English words that only a leftover English sentence would contain. */
const ENGLISH_WORDS = /\b(the|and|of|is|are|must|may|with|without|only|unless|which|should|needs?)\b/i;

/**
 * What a translation may keep in its original Latin-letter form: the record's statute (`law`)
 * and the native names of its bodies. Removed before looking for English.
 */
function originalNames(record: Jurisdiction): string[] {
  return [record.law, record.authority.name, record.enforcer.name, ...record.nativeNames];
}

/** The runs of `min` or more consecutive Latin-letter words in `text`. */
function latinRuns(text: string, min = 6): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  for (const token of [...text.split(/\s+/), '']) {
    const word = token.replace(/^[(«"'“]+|[)»"'”,;:]+$/g, '');
    if (word && LATIN_WORD.test(word)) {
      run.push(word);
      continue;
    }
    if (run.length >= min) runs.push(run.join(' '));
    run = [];
  }
  return runs;
}

/** `text` with every original name of the record cut out. */
function withoutOriginalNames(text: string, record: Jurisdiction): string {
  return originalNames(record).reduce((t, name) => t.split(name).join(' '), text);
}

describe('latinRuns', () => {
  it('finds a leftover English sentence and ignores short names', () => {
    expect(latinRuns('Правило: prior consent is needed for marketing email.')).toEqual([
      'prior consent is needed for marketing email.',
    ]);
    expect(latinRuns('Закон (UWG § 7(3), OLG Dresden, 4 U 168/24) и soft opt-in.')).toEqual([]);
  });
});

describe('the translation files', () => {
  it('include the Russian one', () => {
    expect(locales).toContain('ru');
  });
});

describe.each(locales)('%s.json', (locale) => {
  const texts = load(locale);

  it('has the conditions of every country record, and no other code', () => {
    expect(Object.keys(texts).sort()).toEqual([...byCode.keys()].sort());
  });

  it.each([...byCode.keys()].sort())('%s: conditions of 20 to 900 characters, no English sentence left', (code) => {
    const conditions = texts[code]?.conditions ?? '';
    expect(conditions.trim().length).toBeGreaterThanOrEqual(20);
    expect(conditions.length).toBeLessThanOrEqual(900);
    const rest = withoutOriginalNames(conditions, byCode.get(code)!);
    expect(latinRuns(rest)).toEqual([]);
    expect(rest.match(ENGLISH_WORDS)?.[0]).toBeUndefined();
  });
});
