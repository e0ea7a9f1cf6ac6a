import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCountryNames, countryName } from '../../../src/lib/i18n/country-names';
import { LOCALES } from '../../../src/lib/i18n/locales';

const DIR = new URL('../../../src/content/jurisdictions/', import.meta.url);
const records = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as { code: string; name: string });

describe('countryName', () => {
  it.each([
    ['DE', 'en', 'Germany'],
    ['DE', 'ru', 'Германия'],
    ['DE', 'ar', 'ألمانيا'],
    ['GB', 'ru', 'Великобритания'],
    ['CZ', 'en', 'Czechia'],
    ['ch', 'ar', 'سويسرا'],
  ] as const)('names %s in %s: %s', (code, locale, name) => {
    expect(countryName(code, locale)).toBe(name);
  });

  it('names every record in English exactly as the record does', () => {
    expect(records.filter((r) => countryName(r.code, 'en') !== r.name).map((r) => `${r.code}: ${countryName(r.code, 'en')} ≠ ${r.name}`)).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('names every record in %s, in its own script', (locale) => {
    const script = locale === 'ru' ? /^[\p{Script=Cyrillic}\s-]+$/u : /^[\p{Script=Arabic}\s-]+$/u;
    expect(records.filter((r) => !script.test(countryName(r.code, locale))).map((r) => r.code)).toEqual([]);
  });

  it.each(LOCALES)('uses only names the library itself gives (%s)', (locale) => {
    expect(records.filter((r) => !allCountryNames(r.code).includes(countryName(r.code, locale))).map((r) => r.code)).toEqual([]);
  });

  it('refuses a code it does not know, naming it', () => {
    expect(() => countryName('QQ', 'ru')).toThrow(/"QQ"/);
  });
});
