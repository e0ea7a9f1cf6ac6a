import type { Body } from './schema.ts';

/** The names of a public body a letter can choose from: its own, its English one, its names in other official languages. */
export type BodyNames = Pick<Body, 'name' | 'englishName' | 'localNames'>;

/**
 * The body's name as a letter in `language` (ISO 639-1) writes it: in an English letter its
 * English name where the record has one; in any other letter its name in that language where it
 * has one (the Swiss FDPIC is the "PFPDT" in French), else the name it uses at home.
 */
export function bodyNameIn(body: BodyNames, language: string): string {
  if (language === 'en') return body.englishName ?? body.name;
  return body.localNames?.[language] ?? body.name;
}
