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
import { LANGUAGE_CODES, parseLanguageFile, type LanguageCode } from './languages.ts';
import type { LanguagePack, LanguagePackInput } from './schema.ts';

/**
 * Every reply language file, imported at once: for the build, the tests and the CLI. The page
 * loads the same files on demand instead (`languages.ts`), so a new language is added in both.
 */
export const LANGUAGE_FILES: Record<LanguageCode, LanguagePackInput> = { en, de, fr, es, it, nl, pl, pt, sv, ru };

const cache = new Map<LanguageCode, LanguagePack>();

/** The validated pack of a language (validated once, on first use). */
export function languageText(code: LanguageCode): LanguagePack {
  let pack = cache.get(code);
  if (!pack) {
    pack = parseLanguageFile(code, LANGUAGE_FILES[code]);
    cache.set(code, pack);
  }
  return pack;
}

/** Every language's pack, validated, in the order of `LANGUAGE_CODES` (English first). */
export function languageTexts(): LanguagePack[] {
  return LANGUAGE_CODES.map(languageText);
}
