import { LANGUAGE_CODES, type LanguageCode, type LanguagePack, type LanguagePackInput } from './schema.ts';
import { validateLanguagePacks } from './validate-languages.ts';

/**
 * The language files, loaded on demand: the reply composer's page ships without them (they are
 * most of its weight) and fetches them from its own origin once the page is idle, before the
 * user pastes anything. Each file becomes its own chunk of the built site. The record's type
 * asks for a loader per code of `LANGUAGE_CODES`, so a new language fails the type check until
 * it is added here as well as in `languages.ts`.
 */
export const LANGUAGE_LOADERS: Record<LanguageCode, () => Promise<{ default: LanguagePackInput }>> = {
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

let loading: Promise<Record<LanguageCode, LanguagePack>> | null = null;

/**
 * Every language pack, validated, by code: loaded once and shared by every caller. A failed load
 * (the page went offline before the files were cached) is not remembered, so the next call tries again.
 */
export function loadLanguagePacks(): Promise<Record<LanguageCode, LanguagePack>> {
  loading ??= Promise.all(LANGUAGE_CODES.map((code) => LANGUAGE_LOADERS[code]())).then(
    (modules) => validateLanguagePacks(modules.map((m) => m.default)),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
