import { countryName } from '../i18n/country-names.ts';
import { INTL_LOCALE, type Locale } from '../i18n/locales.ts';
import { COUNTRY_NAMES, ISO_COUNTRY_CODES } from './countries.ts';

/** Every ISO country as `[code, name]`, in the order a select lists them. */
export type CountryNameList = readonly (readonly [code: string, name: string])[];

/**
 * The country names of the "country of establishment" and "destination country" selects in
 * `locale`, sorted for that language, for the server to pass into an island (issue #16). Computed
 * once at build time, so the island shows exactly the list the server wrote (no hydration
 * mismatch, whatever the browser's ICU). English needs none: the islands carry the English table
 * (`COUNTRY_NAMES`), so `undefined`.
 */
export function countryNameList(locale: Locale): CountryNameList | undefined {
  if (locale === 'en') return undefined;
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  return ISO_COUNTRY_CODES.map((code) => [code, localName(code, locale)] as const).sort((a, b) => collator.compare(a[1], b[1]));
}

function localName(code: string, locale: Locale): string {
  try {
    return countryName(code, locale);
  } catch {
    return COUNTRY_NAMES[code] ?? code;
  }
}
