import { describe, expect, it } from 'vitest';
import { lawOf } from '../../../src/lib/notice/countries';
import { COUNTRY_LANGUAGE, LANGUAGE_CODES } from '../../../src/lib/notice/languages';
import { COUNTRIES } from './fixtures';

describe('the country data the page receives', () => {
  it('has every jurisdiction, sorted by name, with only the fields the generator needs', () => {
    expect(COUNTRIES).toHaveLength(32);
    expect(COUNTRIES.map((c) => c.name)).toEqual([...COUNTRIES.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'en')));
    for (const country of COUNTRIES) {
      expect(Object.keys(country).sort()).toEqual(['authority', 'code', 'conditions', 'name', 'namedAddress', 'region', 'sources']);
      expect(country.sources.length).toBeGreaterThan(0);
    }
  });

  it('uses UK wording for the UK only', () => {
    expect(COUNTRIES.filter((c) => lawOf(c) === 'uk').map((c) => c.code)).toEqual(['GB']);
    expect(lawOf(undefined)).toBe('eu');
  });

  it('suggests only languages it has, for countries it knows', () => {
    const codes = new Set(COUNTRIES.map((c) => c.code));
    for (const [country, language] of Object.entries(COUNTRY_LANGUAGE)) {
      expect(codes).toContain(country);
      expect(LANGUAGE_CODES).toContain(language);
    }
  });

  it('marks Germany, Spain, Italy and Poland consent-required (the warning the page shows)', () => {
    const rule = (code: string) => COUNTRIES.find((c) => c.code === code)?.namedAddress;
    for (const code of ['DE', 'ES', 'IT', 'PL']) expect(rule(code)).toBe('consent-required');
  });
});
