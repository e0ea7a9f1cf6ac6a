/**
 * The languages the tools write to recipients in: the notice generator's notices and footers, the
 * reply composer's replies (and the requests it detects). Not the site's own languages (those are
 * `i18n/locales.ts`). Each tool keeps one text module per language (`notice/templates/<code>.ts`,
 * `replies/languages/<code>.ts`) and describes them the same way, in its `languages.ts`:
 * `LANGUAGE_CODES`, `LanguageCode`, `LANGUAGES` (code, English name, `load()`), `loadLanguage`,
 * `loadLanguages` and `parseLanguageFile`; `languageText(code)` gives a text at once where the
 * files are imported eagerly.
 */

/**
 * Every recipient language, in the order the tools list them, with its English name and which
 * tool writes it. To add a language to a tool: its text module, a `true` here, and the tool's
 * loader (the type check names what is missing).
 */
export const RECIPIENT_LANGUAGES = [
  { code: 'en', name: 'English', notice: true, replies: true },
  { code: 'de', name: 'German', notice: true, replies: true },
  { code: 'fr', name: 'French', notice: true, replies: true },
  { code: 'es', name: 'Spanish', notice: true, replies: true },
  { code: 'it', name: 'Italian', notice: true, replies: true },
  { code: 'nl', name: 'Dutch', notice: true, replies: true },
  { code: 'pl', name: 'Polish', notice: true, replies: true },
  { code: 'pt', name: 'Portuguese', notice: true, replies: true },
  { code: 'sv', name: 'Swedish', notice: true, replies: true },
  { code: 'ru', name: 'Russian', notice: false, replies: true },
] as const;

/** A tool that writes to recipients. */
export type RecipientTool = 'notice' | 'replies';

type Listed = (typeof RECIPIENT_LANGUAGES)[number];

/** A code of any recipient language. */
export type RecipientLanguageCode = Listed['code'];

/** The codes of the languages a tool writes. */
export type LanguageCodeOf<T extends RecipientTool> = Extract<Listed, Record<T, true>>['code'];

/** The codes of the languages a tool writes, in the list's order (English first). */
export function languageCodesOf<T extends RecipientTool>(tool: T): readonly [LanguageCodeOf<T>, ...LanguageCodeOf<T>[]] {
  return RECIPIENT_LANGUAGES.filter((language) => language[tool]).map((language) => language.code) as unknown as [LanguageCodeOf<T>, ...LanguageCodeOf<T>[]];
}

/** The English name of a recipient language, e.g. `de` → "German". */
export function languageName(code: RecipientLanguageCode): string {
  return RECIPIENT_LANGUAGES.find((language) => language.code === code)!.name;
}

/** One language a tool writes in. */
export interface RecipientLanguage<Code extends string, Text> {
  /** ISO 639-1 code, e.g. "de". */
  readonly code: Code;
  /** The English name, e.g. "German". */
  readonly name: string;
  /** The language's text, validated: loaded on the first call and shared after (a failed load is tried again on the next). */
  load(): Promise<Text>;
}

/** A tool's languages, and loaders for one or all of them. */
export interface LanguageRegistry<Code extends string, Text> {
  /** One entry per code, in the order of the codes. */
  readonly languages: readonly RecipientLanguage<Code, Text>[];
  /** The text of one language (see `RecipientLanguage.load`). */
  loadLanguage(code: Code): Promise<Text>;
  /** Every language's text by code: one promise, shared by every caller until it fails. */
  loadLanguages(): Promise<Record<Code, Text>>;
}

/** Keeps a promise once made, and forgets it when it fails, so that the next call tries again. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= make().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}

/** The registry of a tool's languages, `load` giving one language's validated text. */
export function languageRegistry<Code extends RecipientLanguageCode, Text>(codes: readonly Code[], load: (code: Code) => Promise<Text>): LanguageRegistry<Code, Text> {
  const languages = codes.map((code): RecipientLanguage<Code, Text> => ({ code, name: languageName(code), load: once(() => load(code)) }));
  const byCode = new Map(languages.map((language) => [language.code, language]));
  const loadLanguage = (code: Code) => {
    const language = byCode.get(code);
    return language ? language.load() : Promise.reject(new Error(`No recipient language "${code}".`));
  };
  const loadLanguages = once(async () => Object.fromEntries(await Promise.all(languages.map(async ({ code, load }) => [code, await load()]))) as Record<Code, Text>);
  return { languages, loadLanguage, loadLanguages };
}
