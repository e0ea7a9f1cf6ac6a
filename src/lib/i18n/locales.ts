/**
 * The languages the site is written in (issue #16): English at the root, Russian at `/ru/`,
 * Arabic at `/ar/`, right to left. Astro's Starlight config (`locales` in astro.config.mjs) and
 * every locale-aware component and island take their locale from here.
 */

/** The site's languages, English first. */
export const LOCALES = ['en', 'ru', 'ar'] as const;

/** One of the site's languages. */
export type Locale = (typeof LOCALES)[number];

/** The locale a page falls back to: English, served at the site's root. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Writing direction of each locale. */
export const LOCALE_DIR: Record<Locale, 'ltr' | 'rtl'> = { en: 'ltr', ru: 'ltr', ar: 'rtl' };

/**
 * The BCP 47 tag `Intl` formats with. Arabic keeps Latin digits ("32", not "٣٢"), as Arabic
 * Wikipedia and most Arabic business sites do, so figures match the article and case numbers
 * in the text around them.
 */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ru: 'ru', ar: 'ar-u-nu-latn' };

/** Whether `value` is one of the site's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The site locale of a BCP 47 tag or a Starlight locale key (`'ru'`, `'ar-EG'`, `'ar'`); anything
 * else, `undefined` included (Starlight's root locale), is English.
 */
export function toLocale(tag: string | undefined): Locale {
  const language = tag?.toLowerCase().split('-')[0];
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/**
 * A root-relative path of the English site moved into `locale`'s folder:
 * `localePath('ru', '/reference/countries/#de')` → `/ru/reference/countries/#de`, with a heading's
 * fragment translated where `fragments` (the locale's `TRANSLATED_FRAGMENTS`, src/lib/i18n/anchors.ts)
 * names it otherwise: `/playbook/opt-out/#keep-a-suppression-list` → `/ru/playbook/opt-out/#ведите-стоп-лист`.
 * The map is passed in, so only the server and the islands of a translated page carry it.
 * English paths come back unchanged. The result is still root-relative: put the base path in front with
 * `withBase` (src/lib/site/base-path.ts) or `sitePath` in components.
 */
export function localePath(locale: Locale, path: string, fragments: Readonly<Record<string, string>> = {}): string {
  if (locale === DEFAULT_LOCALE) return path;
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`localePath needs a root-relative path such as /tools/, not "${path}".`);
  const translated = fragments[path];
  return translated === undefined ? `/${locale}${path}` : `/${locale}${path.slice(0, path.indexOf('#') + 1)}${translated}`;
}
