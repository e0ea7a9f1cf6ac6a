import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/lib/i18n/country-names';
import { countryNameList } from '../../src/lib/profile/country-options';
import { ISO_COUNTRY_CODES } from '../../src/lib/profile/countries';

describe('the country selects in Russian and Arabic (issue #16)', () => {
  it('English needs no list: the islands carry the English table', () => {
    expect(countryNameList('en')).toBeUndefined();
  });

  it.each(['ru', 'ar'] as const)('%s lists every ISO country once, named in the language, in its alphabetical order', (locale) => {
    const list = countryNameList(locale)!;
    expect(list.map(([code]) => code).sort()).toEqual([...ISO_COUNTRY_CODES].sort());
    expect(list.find(([code]) => code === 'DE')?.[1]).toBe(countryName('DE', locale));
    const collator = new Intl.Collator(locale);
    for (let i = 1; i < list.length; i++) expect(collator.compare(list[i - 1]![1], list[i]![1])).toBeLessThanOrEqual(0);
  });
});
