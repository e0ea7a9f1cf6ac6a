import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jurisdictionTextsSchema, localConditions, localMaxFine, missingTexts } from '../../../src/lib/i18n/jurisdiction-texts';
import { LOCALES } from '../../../src/lib/i18n/locales';
import { formatIssues } from '../../../src/lib/schema/format-issues';

const RECORDS = new URL('../../../src/content/jurisdictions/', import.meta.url);
const TEXTS = new URL('../../../src/content/jurisdiction-texts/', import.meta.url);
const DOCS = new URL('../../../src/content/docs/', import.meta.url);

const records = readdirSync(RECORDS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, RECORDS), 'utf8')) as { code: string; conditions: string });

/** The languages the site has pages in (a folder under src/content/docs): each must have its country texts. */
const localesWithPages = LOCALES.filter((l) => l !== 'en' && existsSync(new URL(l, DOCS)) && statSync(new URL(l, DOCS)).isDirectory());

/** A language's file, validated the way the content collection validates it. */
function load(locale: string) {
  const file = new URL(`${locale}.json`, TEXTS);
  if (!existsSync(file)) return { texts: undefined, error: `src/content/jurisdiction-texts/${locale}.json is missing` };
  const result = jurisdictionTextsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return result.success ? { texts: result.data, error: undefined } : { texts: undefined, error: formatIssues(`${locale}.json`, result.error) };
}

describe('the jurisdiction texts schema', () => {
  it('accepts conditions and an optional maximum fine for each upper-case code', () => {
    expect(jurisdictionTextsSchema.safeParse({ AT: { conditions: 'Нужно согласие.' }, SE: { conditions: 'x', maxFine: 'до 10 млн SEK' } }).success).toBe(true);
  });

  it.each([
    ['empty conditions', { AT: { conditions: '  ' } }, 'AT.conditions: the translated conditions are empty'],
    ['no conditions', { AT: {} }, 'AT.conditions'],
    ['a lower-case code', { at: { conditions: 'x' } }, 'at: Invalid key in record'],
    ['a misspelt field', { AT: { conditions: 'x', condition: 'y' } }, 'condition'],
  ])('refuses %s, naming the place', (_name, data, message) => {
    const result = jurisdictionTextsSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(formatIssues('ru.json', result.error!)).toContain(message);
  });
});

describe('a country card in another language', () => {
  const record = { code: 'AT', conditions: 'Prior consent is needed.' };
  it('shows the translated conditions, and the English ones only where the translation lacks the country', () => {
    expect(localConditions(record, { AT: { conditions: 'Нужно согласие.' } })).toBe('Нужно согласие.');
    expect(localConditions(record, { BE: { conditions: 'x' } })).toBe('Prior consent is needed.');
    expect(localConditions(record, undefined)).toBe('Prior consent is needed.');
  });

  it('shows a translated maximum fine where there is one', () => {
    expect(localMaxFine(record, { AT: { conditions: 'x', maxFine: 'до 50 000 евро' } })).toBe('до 50 000 евро');
    expect(localMaxFine(record, { AT: { conditions: 'x' } })).toBeUndefined();
  });

  it('names the countries a translation lacks', () => {
    expect(missingTexts([{ code: 'AT' }, { code: 'BE' }, { code: 'DE' }], { BE: { conditions: 'x' } })).toEqual(['AT', 'DE']);
  });
});

// Once a language has pages, its country cards must not fall back to English: every record needs
// its translated conditions in src/content/jurisdiction-texts/<locale>.json.
describe.each(localesWithPages.map((l) => [l]))('the %s country texts', (locale) => {
  const { texts, error } = load(locale);
  it('exist and validate', () => {
    expect(error).toBeUndefined();
  });

  it('cover every country record (no card falls back to English)', () => {
    expect(missingTexts(records, texts)).toEqual([]);
  });

  it('name no country without a record', () => {
    const codes = new Set(records.map((r) => r.code));
    expect(Object.keys(texts ?? {}).filter((code) => !codes.has(code))).toEqual([]);
  });
});
