import { site } from '../i18n/en/site.ts';
import type { Jurisdiction, Rule } from './schema.ts';

/**
 * Plain-language label for each national rule, as shown on badges, in English. The words live in
 * the message catalog (`site.rules`); a page in another language takes `getMessages(locale).site.rules`.
 */
export const RULE_LABELS: Record<Rule, string> = site.rules;

/** Plain-language label for each region a record belongs to, in English (catalog: `site.regions`). */
export const REGION_LABELS: Record<Jurisdiction['region'], string> = site.regions;

/**
 * The BCP 47 language of each country's first native name, so a screen reader pronounces
 * "Österreich" in German (a country code is not a language code: AT, CZ, DK are not languages).
 */
export const NATIVE_NAME_LANG: Record<string, string> = {
  AT: 'de', BE: 'nl', BG: 'bg', CH: 'de', CY: 'el', CZ: 'cs', DE: 'de', DK: 'da', EE: 'et', ES: 'es', FI: 'fi',
  FR: 'fr', GB: 'en', GR: 'el', HR: 'hr', HU: 'hu', IE: 'ga', IS: 'is', IT: 'it', LI: 'de', LT: 'lt', LU: 'lb',
  LV: 'lv', MT: 'mt', NL: 'nl', NO: 'nb', PL: 'pl', PT: 'pt', RO: 'ro', SE: 'sv', SI: 'sl', SK: 'sk',
};

/**
 * Lower-cases and strips accents and other combining marks so "Österreich" matches "osterreich",
 * "Чехия" matches "чехия" and "ألمانيا" matches "المانيا" as most people type it (the hamza of
 * أ, إ and the madda of آ are combining marks once decomposed, like Arabic short vowels; the
 * tatweel ـ only stretches a word).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\p{M}\u0640]/gu, '').toLowerCase();
}

/**
 * Every name a reader might type for a country, folded for search; `localNames` adds the names of
 * the reader's language ("Германия", "ألمانيا": `countryName(code, locale)`).
 */
export function searchTerms(j: Pick<Jurisdiction, 'code' | 'name' | 'nativeNames' | 'aliases'>, localNames: readonly string[] = []): string[] {
  return [...new Set([j.code, j.name, ...localNames, ...j.nativeNames, ...j.aliases].map(foldForSearch))];
}

/** Sorts records by English name, the order every list on the site uses. */
export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name, 'en');
}
