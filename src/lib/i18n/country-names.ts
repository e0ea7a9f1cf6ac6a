import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { LOCALES, type Locale } from './locales.ts';

/**
 * Country names in the reader's language, from `i18n-iso-countries` (the CLDR-based names it
 * maintains). Only the site's three languages are registered, and statically, so the build and
 * an island in the browser hold the same table and write the same name (no hydration mismatch).
 */
for (const data of [en, ru, ar]) countries.registerLocale(data);

/**
 * Where the library lists several names for a country and the site uses another than its first,
 * the one to use. Every entry must be one of the library's own names for that country (a unit
 * test checks it). "Czechia" is the short name the EU's Interinstitutional Style Guide and our
 * records use; the library lists it second.
 */
const PREFERRED: Partial<Record<Locale, Record<string, string>>> = {
  en: { CZ: 'Czechia' },
};

/**
 * The name of a country (ISO 3166-1 alpha-2 code, any case) in `locale`: `countryName('DE', 'ar')`
 * is "ألمانيا". Throws for a code the library does not know, so a typo fails the build.
 */
export function countryName(code: string, locale: Locale): string {
  const upper = code.toUpperCase();
  const name = PREFERRED[locale]?.[upper] ?? countries.getName(upper, locale);
  if (!name) throw new Error(`No ${locale} name is known for the country code "${code}".`);
  return name;
}

/** Every name the library gives a country in any of the site's languages ("Czech Republic", "Czechia", "Чехия", "جمهورية التشيك"). */
export function allCountryNames(code: string): string[] {
  const upper = code.toUpperCase();
  const names = LOCALES.flatMap((locale) => countries.getName(upper, locale, { select: 'all' }) ?? []);
  return [...new Set(names)];
}
