import type { AstroGlobal } from 'astro';
import { localePath, toLocale, type Locale } from '../../lib/i18n/locales';
import { sitePath } from '../shared/site-path';

/**
 * The locale of the Starlight page being rendered, from its route data: `ru` under `/ru/`, `ar`
 * under `/ar/`, English at the root. A component in a page's content (MDX) or in the page chrome
 * renders its words in this language.
 */
export function pageLocale(astro: Pick<AstroGlobal, 'locals'>): Locale {
  return toLocale(astro.locals.starlightRoute.lang);
}

/** A page of the site in `locale`, as a link under the base path: `localeHref('ru', '/reference/countries/#de')` → `/ru/reference/countries/#de` (or `/kit/ru/…`). */
export function localeHref(locale: Locale, path: string): string {
  return sitePath(localePath(locale, path));
}
