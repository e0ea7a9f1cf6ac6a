import { formatIssues } from '../schema/format-issues.ts';
import { languageCodesOf, languageRegistry, type LanguageCodeOf } from '../languages/recipients.ts';
import { noticeTemplateSchema, type NoticeTemplate, type NoticeTemplateInput } from './template-schema.ts';
import de from './templates/de.ts';
import en from './templates/en.ts';
import es from './templates/es.ts';
import fr from './templates/fr.ts';
import it from './templates/it.ts';
import nl from './templates/nl.ts';
import pl from './templates/pl.ts';
import pt from './templates/pt.ts';
import sv from './templates/sv.ts';

/**
 * The notice generator's languages (see `languages/recipients.ts` for the shape both tools
 * share). Unlike the reply composer's, the templates ship with the page: it composes the texts
 * as the user types, so every template is imported here at once and `load()` resolves from them.
 * To add a language, write `templates/<code>.ts`, mark it `notice: true` in the recipient
 * languages, add it to `LANGUAGE_FILES` and run the unit tests: they check it against the schema
 * and prove it covers every item.
 */

/** The output languages, in the order the "Output language" select lists them. */
export const LANGUAGE_CODES = languageCodesOf('notice');

/** One of the output languages. */
export type LanguageCode = LanguageCodeOf<'notice'>;

/** The template file of each language, as written. */
export const LANGUAGE_FILES: Record<LanguageCode, NoticeTemplateInput> = { en, de, fr, es, it, nl, pl, pt, sv };

/** Validates one language template; the error names the language and every field at fault. */
export function parseLanguageFile(code: string, input: unknown): NoticeTemplate {
  const result = noticeTemplateSchema.safeParse(input);
  if (!result.success) throw new Error(formatIssues(`Notice template "${code}"`, result.error));
  if (result.data.code !== code) throw new Error(`Notice template "${code}" is invalid: code: expected "${code}", found "${result.data.code}"`);
  return result.data;
}

const cache = new Map<LanguageCode, NoticeTemplate>();

/** The validated template of a language (validated once, on first use). */
export function languageText(code: LanguageCode): NoticeTemplate {
  let template = cache.get(code);
  if (!template) {
    template = parseLanguageFile(code, LANGUAGE_FILES[code]);
    cache.set(code, template);
  }
  return template;
}

/** Every language's template, validated, in the order of `LANGUAGE_CODES` (English first). */
export function languageTexts(): NoticeTemplate[] {
  return LANGUAGE_CODES.map(languageText);
}

const registry = languageRegistry(LANGUAGE_CODES, async (code) => languageText(code));

/** Code, English name and `load()` of each output language, in the order of `LANGUAGE_CODES`. */
export const LANGUAGES = registry.languages;
/** One language's template, validated. */
export const loadLanguage = registry.loadLanguage;
/** Every language's template, validated, by code. */
export const loadLanguages = registry.loadLanguages;

/**
 * The word each language's notice asks recipients to reply to opt out (the `replyKeyword` field
 * of each template), e.g. `pt` → "remover". A contract with the reply composer, which must detect
 * each of them as an objection; change one only together with its detector.
 */
export const REPLY_KEYWORDS: Readonly<Record<LanguageCode, string>> = Object.fromEntries(
  LANGUAGE_CODES.map((code) => [code, LANGUAGE_FILES[code].replyKeyword]),
) as Record<LanguageCode, string>;

/**
 * The language most recipients in a country read, where one language clearly dominates and we
 * have a template for it. Countries with several official languages (Belgium, Switzerland,
 * Luxembourg, Finland) get no suggestion: ask the recipient's team page.
 */
export const COUNTRY_LANGUAGE: Readonly<Record<string, LanguageCode>> = {
  AT: 'de',
  DE: 'de',
  LI: 'de',
  FR: 'fr',
  ES: 'es',
  IT: 'it',
  NL: 'nl',
  PL: 'pl',
  PT: 'pt',
  SE: 'sv',
  GB: 'en',
  IE: 'en',
  MT: 'en',
};
