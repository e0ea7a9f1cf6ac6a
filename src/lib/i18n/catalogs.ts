import { EN, type Area, type Messages } from './en/index.ts';
import { RU } from './ru/index.ts';
import { AR } from './ar/index.ts';
import type { Locale } from './locales.ts';

/**
 * The areas every language has in full. An area joins this list once its `ru/<area>.ts` and
 * `ar/<area>.ts` exist (the lead adds it when merging the translations); from then on
 * `RU`/`AR` without it, or with a key missing, is a type error, and the catalogs test
 * (tests/unit/i18n/catalogs.test.ts) names every missing key or empty string.
 */
export const TRANSLATED_AREAS = [
  'common',
  'site',
  'profile',
  'planner',
  'replies',
  'notice',
  'cleaner',
] as const satisfies readonly Area[];

/** An area every language has in full. */
export type TranslatedArea = (typeof TRANSLATED_AREAS)[number];

/**
 * What a language other than English supplies: every translated area, complete, and any other
 * area already translated (complete too). An area not yet translated is taken from English.
 */
export type Translation = Pick<Messages, TranslatedArea> & Partial<Messages>;

/** Each language's own catalog, as written (English is complete by definition). */
export const TRANSLATIONS: Record<Exclude<Locale, 'en'>, Translation> = { ru: RU, ar: AR };

/** Areas of the English catalog that some language does not have yet, e.g. `['planner']`. */
export function pendingAreas(): Area[] {
  return (Object.keys(EN) as Area[]).filter((area) => Object.values(TRANSLATIONS).some((t) => t[area] === undefined));
}

const cache = new Map<Locale, Messages>();

/**
 * The catalog of `locale`, every area present: the language's own areas, and English for an area
 * not translated yet (see `pendingAreas`). Pass an area's messages into an island as a prop:
 * `getMessages(locale).planner`.
 */
export function getMessages(locale: Locale): Messages {
  if (locale === 'en') return EN;
  const cached = cache.get(locale);
  if (cached) return cached;
  const messages: Messages = { ...EN, ...TRANSLATIONS[locale] };
  cache.set(locale, messages);
  return messages;
}
