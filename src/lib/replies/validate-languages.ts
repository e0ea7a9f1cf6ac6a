import { formatIssues } from '../schema/format-issues.ts';
import { LANGUAGE_CODES, languagePackSchema, type LanguageCode, type LanguagePack, type LanguagePackInput } from './schema.ts';

/**
 * Validates the language data files against the schema; a broken file fails the build and the
 * tests with one readable sentence naming the file and the field. Kept apart from the files
 * themselves so the page can load them on demand (`load-languages.ts`) and still check them.
 */
export function validateLanguagePacks(inputs: readonly LanguagePackInput[]): Record<LanguageCode, LanguagePack> {
  const packs = {} as Record<LanguageCode, LanguagePack>;
  for (const input of inputs) {
    const result = languagePackSchema.safeParse(input);
    if (!result.success) throw new Error(formatIssues(`Reply language file "${String(input.code)}"`, result.error));
    if (packs[result.data.code]) throw new Error(`Reply language file "${result.data.code}" is given twice.`);
    packs[result.data.code] = result.data;
  }
  const missing = LANGUAGE_CODES.filter((code) => !packs[code]);
  if (missing.length > 0) throw new Error(`Reply language files are missing for: ${missing.join(', ')}.`);
  return packs;
}
