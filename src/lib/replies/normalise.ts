/**
 * The one text normalisation used by detection, on both sides: the terms of the patterns and the
 * words of the incoming message. Lower-cased, accents and other combining marks removed, letters
 * that do not decompose folded (`ł` → `l`, `ß` → `ss`).
 */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ё/g, 'е');
}

/**
 * A whole text normalised to its words joined by single spaces, with a space in front (so that
 * `includes(' stop')` finds "stop" only at the start of a word). Used for phrases in data.
 */
export function normaliseForMatch(text: string): string {
  const words = tokenize(text).map((t) => t.word);
  return words.length === 0 ? '' : ` ${words.join(' ')}`;
}

/** One word of a message: its normalised form, where it stands, and which sentence it is in. */
export interface Token {
  /** The normalised word. */
  word: string;
  /** Offset of its first character in the text. */
  start: number;
  /** Offset just after its last character. */
  end: number;
  /** Index of its sentence (clause), counted from 0. */
  clause: number;
}

/**
 * A word: letters and digits. A hyphen or an apostrophe ends it: "avez-vous" is two words, like
 * "l'adresse" and "don't"; "e-mail" is "e mail" (patterns write `e mail|email`).
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/**
 * What ends a sentence between two words: a line break, or . ! ? ; : … followed by a space and
 * not by a digit (so "Art. 15" and "10:30" stay inside one sentence).
 */
const SENTENCE_END = /[\n\r]|[.!?;:…]+\s+(?!\d)/;
/** A day of the month written as an ordinal ("12. März", "3. Oktober"): its full stop ends nothing. */
const ORDINAL_DAY = /^\d{1,2}$/;

/** The words of a text, in order, each with its sentence number. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const gap = text.slice(last, start);
    const previous = tokens[tokens.length - 1];
    const ordinal = previous !== undefined && ORDINAL_DAY.test(previous.word) && /^\.[ \t]+$/.test(gap);
    // The first letter of the word is part of the test: "Art. 15" is one sentence, "it. Then" two.
    if (previous !== undefined && !ordinal && SENTENCE_END.test(text.slice(last, start + 1))) clause++;
    const word = normaliseWord(m[0]);
    if (word !== '') tokens.push({ word, start, end: start + m[0].length, clause });
    last = start + m[0].length;
  }
  return tokens;
}
