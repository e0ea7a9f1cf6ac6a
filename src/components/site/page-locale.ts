import { TRANSLATED_FRAGMENTS } from '../../lib/i18n/anchors';
import type { AstroGlobal } from 'astro';
import { localePath, toLocale, type Locale } from '../../lib/i18n/locales';
import { sitePath } from '../shared/site-path';

/**
 * The language of the page's address, from Starlight's route data: `ru` under `/ru/`, `ar` under
 * `/ar/`, English at the root. The page chrome (footer) speaks it, and links stay in it.
 */
export function routeLocale(astro: Pick<AstroGlobal, 'locals'>): Locale {
  return toLocale(astro.locals.starlightRoute.lang);
}

/**
 * The language of the page's content: the route's, except on a page not translated yet, where
 * Starlight shows the English text (marked `lang="en" dir="ltr"`). A component inside the content
 * (map, cards, a tool) speaks this language, so its words match the text and the `lang` and `dir`
 * around them.
 */
export function contentLocale(astro: Pick<AstroGlobal, 'locals'>): Locale {
  return toLocale(astro.locals.starlightRoute.entryMeta.lang);
}

/** A page of the site in `locale`, as a link under the base path: `localeHref('ru', '/reference/countries/#de')` → `/ru/reference/countries/#de` (or `/kit/ru/…`). */
export function localeHref(locale: Locale, path: string): string {
  return sitePath(localePath(locale, path, locale === 'en' ? {} : TRANSLATED_FRAGMENTS[locale]));
}
