import { describe, expect, it } from 'vitest';
import { foldForSearch, searchTerms } from '../../../src/lib/jurisdictions/labels';
import { countryName } from '../../../src/lib/i18n/country-names';

const germany = { code: 'DE', name: 'Germany', nativeNames: ['Deutschland'], aliases: ['Allemagne'] };

describe('the country filter in every language', () => {
  it.each([
    ['Österreich', 'osterreich'],
    ['ČESKO', 'cesko'],
    ['Германия', 'германия'],
    // Most people type Arabic without the hamza or madda, and without short vowels.
    ['ألمانيا', 'المانيا'],
    ['إسبانيا', 'اسبانيا'],
    ['آيسلندا', 'ايسلندا'],
    ['فَرَنْسا', 'فرنسا'],
    ['ألمـــانيا', 'المانيا'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it.each(['ru', 'ar'] as const)('matches the %s name of a country once it is added to its terms', (locale) => {
    const terms = searchTerms(germany, [countryName('DE', locale)]);
    expect(terms).toContain(foldForSearch(countryName('DE', locale)));
    expect(terms).toContain('germany');
    expect(terms).toContain('deutschland');
  });

  it('finds "المانيا" typed without the hamza', () => {
    const terms = searchTerms(germany, [countryName('DE', 'ar')]);
    expect(terms.some((t) => t.includes(foldForSearch('المانيا')))).toBe(true);
  });

  it('lists each term once', () => {
    const terms = searchTerms(germany, ['Germany']);
    expect(terms.length).toBe(new Set(terms).size);
  });
});
