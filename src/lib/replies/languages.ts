import { formatIssues } from '../schema/format-issues.ts';
import de from './languages/de.ts';
import en from './languages/en.ts';
import es from './languages/es.ts';
import fr from './languages/fr.ts';
import it from './languages/it.ts';
import nl from './languages/nl.ts';
import pl from './languages/pl.ts';
import pt from './languages/pt.ts';
import ru from './languages/ru.ts';
import sv from './languages/sv.ts';
import { LANGUAGE_CODES, languagePackSchema, type LanguageCode, type LanguagePack, type LanguagePackInput } from './schema.ts';

/**
 * Validates the language data files against the schema; a broken file fails the build and the
 * tests with one readable sentence naming the file and the field.
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

/** Every language pack, validated, by code. */
export const LANGUAGE_PACKS: Record<LanguageCode, LanguagePack> = validateLanguagePacks([en, de, fr, es, it, nl, pl, pt, sv, ru]);

/** The packs in the order of {@link LANGUAGE_CODES} (English first). */
export const LANGUAGE_LIST: readonly LanguagePack[] = LANGUAGE_CODES.map((code) => LANGUAGE_PACKS[code]);
