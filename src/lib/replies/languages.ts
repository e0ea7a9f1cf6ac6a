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
import { LANGUAGE_CODES, type LanguageCode, type LanguagePack } from './schema.ts';
import { validateLanguagePacks } from './validate-languages.ts';

/**
 * Every language file, imported at once: for the build, the tests and the CLI. The page loads the
 * same files on demand instead (`load-languages.ts`), so a new language is added in both places.
 */
export { validateLanguagePacks };

/** Every language pack, validated, by code. */
export const LANGUAGE_PACKS: Record<LanguageCode, LanguagePack> = validateLanguagePacks([en, de, fr, es, it, nl, pl, pt, sv, ru]);

/** The packs in the order of {@link LANGUAGE_CODES} (English first). */
export const LANGUAGE_LIST: readonly LanguagePack[] = LANGUAGE_CODES.map((code) => LANGUAGE_PACKS[code]);
