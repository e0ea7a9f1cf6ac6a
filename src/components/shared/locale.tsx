import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { localePath, type Locale } from '../../lib/i18n/locales';
import { COUNTRY_NAMES, ISO_COUNTRY_CODES } from '../../lib/profile/countries';
import type { CountryNameList } from '../../lib/profile/country-options';
import { sitePath } from './site-path';

/**
 * The language a tool speaks (issue #16), given once at the island's root: the page's content
 * locale and, outside English, the names of every country in it (computed by the server with
 * `countryNameList`, so the island writes exactly what the server wrote).
 */
interface ToolLocale {
  locale: Locale;
  countries?: CountryNameList;
  /** The page's `TRANSLATED_FRAGMENTS[locale]` (src/lib/i18n/anchors.ts), given by the server outside English. */
  fragments?: Readonly<Record<string, string>>;
}

const LocaleContext = createContext<ToolLocale>({ locale: 'en' });

/** Puts the tool's language around an island's content. */
export function ToolLocaleProvider({ locale, countries, fragments, children }: ToolLocale & { children: ReactNode }) {
  const value = useMemo(() => ({ locale, ...(countries ? { countries } : {}), ...(fragments ? { fragments } : {}) }), [locale, countries, fragments]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The tool's language: `'en'`, `'ru'` or `'ar'`. */
export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}

/** A page of the site in the tool's language, under the base path: `/playbook/` → `/ru/playbook/`. */
export function useSiteLink(): (path: string) => string {
  const { locale, fragments } = useContext(LocaleContext);
  return (path) => sitePath(localePath(locale, path, fragments));
}

/** Every ISO country in the select's order, and a code's name, in the tool's language. */
export interface CountryNames {
  codes: readonly string[];
  name(code: string): string;
}

const ENGLISH: CountryNames = { codes: ISO_COUNTRY_CODES, name: (code) => COUNTRY_NAMES[code] ?? code };

/** The names of every ISO country in the tool's language (English from the built-in table). */
export function useCountryNames(): CountryNames {
  const { countries } = useContext(LocaleContext);
  return useMemo(() => countryNamesOf(countries), [countries]);
}

/** The names of a server-made list (`countryNameList`), or the English table when there is none. */
export function countryNamesOf(countries: CountryNameList | undefined): CountryNames {
  if (!countries) return ENGLISH;
  const byCode = new Map(countries);
  return { codes: countries.map(([code]) => code), name: (code) => byCode.get(code) ?? code };
}
