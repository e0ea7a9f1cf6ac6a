import type { Jurisdiction, Rule } from './schema.ts';

/** Plain-language label for each national rule, as shown on badges. */
export const RULE_LABELS: Record<Rule, string> = {
  allowed: 'Allowed',
  conditions: 'Conditions',
  'consent-required': 'Consent required',
  unclear: 'Unclear',
};

/** Plain-language label for each region a record belongs to. */
export const REGION_LABELS: Record<Jurisdiction['region'], string> = {
  EU: 'EU member states',
  EEA: 'EEA (Iceland, Liechtenstein, Norway)',
  UK: 'United Kingdom',
  CH: 'Switzerland',
};

/**
 * The BCP 47 language of each country's first native name, so a screen reader pronounces
 * "Österreich" in German (a country code is not a language code: AT, CZ, DK are not languages).
 */
export const NATIVE_NAME_LANG: Record<string, string> = {
  AT: 'de', BE: 'nl', BG: 'bg', CH: 'de', CY: 'el', CZ: 'cs', DE: 'de', DK: 'da', EE: 'et', ES: 'es', FI: 'fi',
  FR: 'fr', GB: 'en', GR: 'el', HR: 'hr', HU: 'hu', IE: 'ga', IS: 'is', IT: 'it', LI: 'de', LT: 'lt', LU: 'lb',
  LV: 'lv', MT: 'mt', NL: 'nl', NO: 'nb', PL: 'pl', PT: 'pt', RO: 'ro', SE: 'sv', SI: 'sl', SK: 'sk',
};

/** Lower-cases and strips accents so "Österreich" matches "osterreich". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Every name a reader might type for a country, folded for search. */
export function searchTerms(j: Pick<Jurisdiction, 'code' | 'name' | 'nativeNames' | 'aliases'>): string[] {
  return [j.code, j.name, ...j.nativeNames, ...j.aliases].map(foldForSearch);
}

/** Sorts records by English name, the order every list on the site uses. */
export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name, 'en');
}
