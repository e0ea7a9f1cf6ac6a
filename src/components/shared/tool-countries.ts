import { getCollection, getEntry } from 'astro:content';
import { countryName } from '../../lib/i18n/country-names';
import { localConditions, localMaxFine } from '../../lib/i18n/jurisdiction-texts';
import { INTL_LOCALE, type Locale } from '../../lib/i18n/locales';
import type { Jurisdiction } from '../../lib/jurisdictions/schema';

/** A country record in the reader's language: `label` is its name there (absent in English, where `name` is shown). */
export type LocalJurisdiction = Jurisdiction & { label?: string };

/**
 * The country records for a tool on a page in `locale` (issue #16), read at build time: in
 * Russian and Arabic with the name (`countryName`), the conditions and the fine amount of that
 * language (src/content/jurisdiction-texts/<locale>.json), so the island shows what the server
 * wrote. English records come back as they are.
 */
export async function toolJurisdictions(locale: Locale): Promise<LocalJurisdiction[]> {
  const records = (await getCollection('jurisdictions')).map((e) => e.data);
  if (locale === 'en') return records;
  const texts = (await getEntry('jurisdictionTexts', locale))?.data;
  return records.map((data) => {
    const fine = localMaxFine(data, texts);
    return {
      ...data,
      label: countryName(data.code, locale),
      conditions: localConditions(data, texts),
      ...(data.maxFine && fine ? { maxFine: { ...data.maxFine, amount: fine } } : {}),
    };
  });
}

/**
 * Puts a tool's countries in the reader's alphabetical order (by `label`; English lists stay in
 * the order they came, by English name). Done by the server, so the island keeps that order.
 */
export function inLocaleOrder<T extends { name: string; label?: string }>(countries: T[], locale: Locale): T[] {
  if (locale === 'en') return countries;
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  return [...countries].sort((a, b) => collator.compare(a.label ?? a.name, b.label ?? b.name));
}
