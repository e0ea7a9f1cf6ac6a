import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consentRequiredAmong, createCountrySearch, listNames, pick, shownName, toPlannerCountries, unclearAmong } from '../../../src/lib/planner/countries';
import { countryName } from '../../../src/lib/i18n/country-names';
import { consentWarning, unclearNote } from '../../../src/lib/planner/rules';
import { COUNTRIES, FAKE, country } from './fixtures';

const search = createCountrySearch(COUNTRIES);
const first = (query: string) => search(query)[0]?.code;

describe('finding a country by what a reader types', () => {
  describe.each([
    ['the English name', 'Germany', 'DE'],
    ['the native name', 'Deutschland', 'DE'],
    ['the Russian name', 'Германия', 'DE'],
    ['lower case', 'germany', 'DE'],
    ['a prefix', 'Germ', 'DE'],
    ['two letters of the name', 'Ge', 'DE'],
    ['the ISO code', 'DE', 'DE'],
    ['the ISO code in lower case', 'gb', 'GB'],
    ['a common abbreviation', 'UK', 'GB'],
    ['another common name', 'Great Britain', 'GB'],
    ['a part of the name', 'Kingdom', 'GB'],
    ['a name without its accents', 'Osterreich', 'AT'],
    ['a name with its accents', 'Österreich', 'AT'],
    ['a Greek native name', 'Ελλάδα', 'GR'],
    ['the Arabic name', 'ألمانيا', 'DE'],
    ['another Arabic name', 'النمسا', 'AT'],
    ['an informal name', 'Holland', 'NL'],
    ['surrounding spaces', '  Spain ', 'ES'],
  ])('%s', (_name, query, code) => {
    it(`"${query}" → ${code} first`, () => expect(first(query)).toBe(code));
  });

  describe.each([
    ['a missing letter', 'Germny', 'DE'],
    ['a missing letter in the native name', 'Deutchland', 'DE'],
    ['swapped letters', 'Frnace', 'FR'],
    ['a doubled letter', 'Sweeden', 'SE'],
    ['a wrong vowel', 'Germani', 'DE'],
    ['a misspelt two-word name', 'Great Britian', 'GB'],
    ['a missing letter in Cyrillic', 'Гермния', 'DE'],
  ])('typos: %s', (_name, query, code) => {
    it(`"${query}" → ${code} first`, () => expect(first(query)).toBe(code));
  });

  it('finds the same country for the three spellings of Germany, and only Germany', () => {
    for (const query of ['Deutschland', 'Germany', 'Германия']) expect(search(query).map((c) => c.code)).toEqual(['DE']);
  });

  it('returns every country, in the given order, for an empty query', () => {
    expect(search('')).toEqual(COUNTRIES);
    expect(search('   ')).toEqual(COUNTRIES);
  });

  it('returns nothing for text that is no country', () => {
    expect(search('xyzzy')).toEqual([]);
    expect(search('12345')).toEqual([]);
  });

  it('finds every country first by its English name, and lists it for each of its other names', () => {
    for (const c of COUNTRIES) {
      expect(first(c.name), c.name).toBe(c.code);
      for (const name of [...c.nativeNames, ...c.aliases]) expect(search(name).map((r) => r.code), `${name} → ${c.code}`).toContain(c.code);
    }
    // A few hundred fuzzy searches: well under a second alone, several seconds on a busy shared machine.
  }, 30_000);

  it('survives a dropped letter in any English name of six letters or more (property)', () => {
    const long = COUNTRIES.filter((c) => c.name.length >= 6);
    fc.assert(
      fc.property(fc.constantFrom(...long), fc.nat(), (c, n) => {
        const i = 1 + (n % (c.name.length - 1));
        const typo = c.name.slice(0, i) + c.name.slice(i + 1);
        expect(search(typo).slice(0, 3).map((r) => r.code)).toContain(c.code);
      }),
      { numRuns: 200 },
    );
  });

  it('never returns a country twice (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (query) => {
        const codes = search(query).map((c) => c.code);
        expect(new Set(codes).size).toBe(codes.length);
      }),
    );
  });

  it('works on any list it is given, not only the site data', () => {
    const own = createCountrySearch([country('XA', 'Atlantis', 'allowed', { nativeNames: ['Ἀτλαντίς'], aliases: ['Atlantida'] })]);
    expect(own('Atlantida').map((c) => c.code)).toEqual(['XA']);
    expect(own('Atlantsi').map((c) => c.code)).toEqual(['XA']);
    expect(own('Germany')).toEqual([]);
  });
});

describe('the records the page receives', () => {
  it('carry only the fields the planner shows, sorted by English name', () => {
    const required = ['aliases', 'authority', 'code', 'conditions', 'confidence', 'enforcer', 'genericAddress', 'name', 'namedAddress', 'nativeNames', 'reviewed', 'sources'];
    const optional = ['maxFine'];
    for (const c of COUNTRIES) {
      expect(Object.keys(c).filter((key) => !optional.includes(key)).sort(), c.code).toEqual(required);
    }
    expect(COUNTRIES.map((c) => c.name)).toEqual([...COUNTRIES.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(toPlannerCountries([])).toEqual([]);
  });
});

describe('the consent warning', () => {
  it('names Germany when Germany is chosen, and says cold email needs prior consent there', () => {
    const text = consentWarning(['GB', 'DE'], COUNTRIES);
    expect(text).toMatch(/^Cold email needs prior consent in Germany:/);
    expect(text).not.toContain('United Kingdom');
  });

  it('is absent when only the United Kingdom is chosen, or nothing', () => {
    expect(consentWarning(['GB'], COUNTRIES)).toBeUndefined();
    expect(consentWarning([], COUNTRIES)).toBeUndefined();
  });

  it('lists several countries in the order chosen', () => {
    expect(consentWarning(['IT', 'FR', 'DE', 'ES'], COUNTRIES)).toMatch(/^Cold email needs prior consent in Italy, Germany and Spain: the national rules there require/);
    expect(consentWarning(['DE'], COUNTRIES)).toContain('Remove that country');
  });

  it('goes by the rule for a named address (Belgium allows generic addresses but not named ones)', () => {
    const be = COUNTRIES.find((c) => c.code === 'BE')!;
    expect([be.namedAddress, be.genericAddress]).toEqual(['consent-required', 'allowed']);
    expect(consentWarning(['BE'], COUNTRIES)).toContain('Belgium');
  });

  it('treats unclear countries separately, as a note', () => {
    expect(consentRequiredAmong(['AA', 'CC', 'UU'], FAKE).map((c) => c.code)).toEqual(['CC']);
    expect(unclearAmong(['AA', 'CC', 'UU'], FAKE).map((c) => c.code)).toEqual(['UU']);
    expect(consentWarning(['UU'], FAKE)).toBeUndefined();
    expect(unclearNote(['UU', 'AA'], FAKE)).toMatch(/^The rule for a named address in Unclearia is unclear/);
    expect(unclearNote(['AA'], FAKE)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('pick keeps the chosen order and skips unknown codes', () => {
    expect(pick(['UU', 'ZZ', 'AA'], FAKE).map((c) => c.code)).toEqual(['UU', 'AA']);
  });

  it.each([
    [[], ''],
    [['Germany'], 'Germany'],
    [['Germany', 'Italy'], 'Germany and Italy'],
    [['Germany', 'Italy', 'Spain'], 'Germany, Italy and Spain'],
  ])('listNames(%j) → "%s"', (names, text) => expect(listNames(names)).toBe(text));
});

describe('the planner in Russian and Arabic (issue #16)', () => {
  const inLocale = (locale: 'ru' | 'ar') => COUNTRIES.map((c) => ({ ...c, label: countryName(c.code, locale) }));

  it.each([
    ['ru', 'Германия'],
    ['ru', 'герм'],
    ['ar', 'ألمانيا'],
    ['ar', 'المانيا'],
    ['ar', 'ألما'],
    ['ar', 'الما'],
  ] as const)('finds Germany first by its %s name typed as "%s"', (locale, query) => {
    expect(createCountrySearch(inLocale(locale))(query)[0]?.code).toBe('DE');
  });

  it('still finds a country by its English and native names on a translated page', () => {
    const search = createCountrySearch(inLocale('ar'));
    expect(search('Germany')[0]?.code).toBe('DE');
    expect(search('Deutschland')[0]?.code).toBe('DE');
  });

  it('shows the label where the page gave one, the English name otherwise', () => {
    expect(shownName({ name: 'Germany', label: 'Германия' })).toBe('Германия');
    expect(shownName({ name: 'Germany' })).toBe('Germany');
  });

  it.each([
    ['ru', ['Германия', 'Италия', 'Испания'], 'Германия, Италия и Испания'],
    ['ar', ['ألمانيا', 'إيطاليا'], 'ألمانيا وإيطاليا'],
  ] as const)('joins names as %s prose', (locale, names, text) => {
    expect(listNames(names, locale)).toBe(text);
  });

  it('names the countries of the consent warning in the page language', () => {
    const warning = consentWarning(['DE'], inLocale('ru'), undefined, 'ru');
    expect(warning).toContain('Германия');
    expect(warning).not.toContain('Germany');
  });
});
