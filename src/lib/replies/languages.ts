import { formatIssues } from '../schema/format-issues.ts';
import { languageCodesOf, languageRegistry, type LanguageCodeOf } from '../languages/recipients.ts';
import { languagePackSchema, type LanguagePack, type LanguagePackInput } from './schema.ts';

/**
 * The reply composer's languages (see `languages/recipients.ts` for the shape both tools share).
 * The page loads each language file on demand (they are most of its weight): it fetches them from
 * its own origin once the page is idle, before the user pastes anything, and each file becomes
 * its own chunk of the built site. The build, the tests and the CLI import every file at once
 * (`language-files.ts`) instead.
 */

/** The languages the composer writes and detects, English first. */
export const LANGUAGE_CODES = languageCodesOf('replies');
/** A language the composer writes and detects. */
export type LanguageCode = LanguageCodeOf<'replies'>;

/** Validates one language file; the error names the file and every field at fault. */
export function parseLanguageFile(code: LanguageCode, input: unknown): LanguagePack {
  const result = languagePackSchema.safeParse(input);
  if (!result.success) throw new Error(formatIssues(`Reply language file "${code}"`, result.error));
  if (result.data.code !== code) throw new Error(`Reply language file "${code}" is invalid: code: expected "${code}", found "${result.data.code}"`);
  return result.data;
}

/** Each language file, imported on demand; the record's type asks for one per code. */
const FILES: Record<LanguageCode, () => Promise<{ default: LanguagePackInput }>> = {
  en: () => import('./languages/en.ts'),
  de: () => import('./languages/de.ts'),
  fr: () => import('./languages/fr.ts'),
  es: () => import('./languages/es.ts'),
  it: () => import('./languages/it.ts'),
  nl: () => import('./languages/nl.ts'),
  pl: () => import('./languages/pl.ts'),
  pt: () => import('./languages/pt.ts'),
  sv: () => import('./languages/sv.ts'),
  ru: () => import('./languages/ru.ts'),
};

const registry = languageRegistry(LANGUAGE_CODES, async (code) => parseLanguageFile(code, (await FILES[code]()).default));

/** Code, English name and `load()` of each language, in the order of `LANGUAGE_CODES`. */
export const LANGUAGES = registry.languages;
/** One language's pack, validated, loaded once. */
export const loadLanguage = registry.loadLanguage;
/** Every language's pack, validated, by code: loaded once and shared by every caller (a failed load is tried again on the next call). */
export const loadLanguages = registry.loadLanguages;
