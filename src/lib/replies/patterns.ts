import { normaliseWord } from './normalise.ts';

/**
 * Detection patterns: a small language for "these words, in any order, in one sentence",
 * written in the language data files and read once when the index is built.
 *
 *     delet*|eras*|remov* + data|details|everything|me
 *     │       │             │
 *     │       │             └ `+` joins groups: every group must match in the same sentence,
 *     │       │               in any order, within {@link MAX_SPAN} words of each other
 *     │       └ `|` separates alternatives within a group
 *     └ a term: `word` is that word; `stem*` any word starting with it; `*end` any word ending
 *       with it; `*part*` any word containing it (German compounds: `*auskunft*`)
 *
 * An alternative may be several words in a row (`take me off`, `von der liste`). A group written
 * with a leading `!` must NOT occur in the sentence (`was + gespeichert + !losch*`: "was Sie
 * gespeichert haben" asks for a copy, unless the same sentence asks to delete it). A trailing
 * `@0.4` sets how much one match says (0–1); without it, the more groups, the stronger.
 *
 * Terms are normalised like the message (lower case, no accents, `ß` = `ss`; hyphens and
 * apostrophes split words: "don't" is "don t", "e-mail" is "e mail"), so data and message meet. Write
 * German terms with their umlauts: `lösch*` matches "löschen", "loschen" and "loeschen".
 */

/** How a term matches one word of the message (both normalised). */
export type TermMode = 'word' | 'prefix' | 'suffix' | 'infix';

/** One term: a normalised text and how it matches. */
export interface Term {
  text: string;
  mode: TermMode;
}

/** One alternative: one or more terms that must be consecutive words. */
export type Alternative = Term[];

/** A parsed pattern. */
export interface Pattern {
  /** The pattern as written. */
  source: string;
  /** Groups that must all match (each: alternatives). */
  groups: Alternative[][];
  /** Groups that must not occur in the same sentence. */
  excluded: Alternative[][];
  /** How much one match says, 0–1. */
  weight: number;
}

/** The largest distance, in words, between the first and the last matched word of one pattern. */
export const MAX_SPAN = 14;

/** Default weight by the number of required groups: one specific phrase, or words that co-occur. */
const DEFAULT_WEIGHTS = [0, 0.6, 0.8, 0.9, 0.95];

/** Reads one term (`word`, `stem*`, `*end`, `*part*`). */
function parseTerm(raw: string): Term {
  const starts = raw.startsWith('*');
  const ends = raw.endsWith('*') && raw.length > 1;
  const core = raw.slice(starts ? 1 : 0, ends ? -1 : undefined);
  const text = normaliseWord(core);
  if (text === '') throw new Error(`the term "${raw}" has no letters or digits of its own`);
  if (/[^\p{L}\p{N}]/u.test(text)) throw new Error(`the term "${raw}" holds a character that is not a letter or digit`);
  const mode: TermMode = starts && ends ? 'infix' : starts ? 'suffix' : ends ? 'prefix' : 'word';
  if (mode !== 'word' && text.length < 3) throw new Error(`the partial term "${raw}" is shorter than 3 letters`);
  return { text, mode };
}

/** Reads one alternative: the words that must follow each other. Apostrophes split words, as in messages. */
function parseAlternative(raw: string): Alternative {
  const words = raw
    .replace(/['’`´‐‑-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) throw new Error('an alternative is empty (a "|" with nothing beside it)');
  return words.map(parseTerm);
}

/** German umlauts as people type them without the keys: "löschen" is also "loeschen". */
const UMLAUT_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/**
 * Reads one group: alternatives separated by `|`. An alternative written with ä, ö or ü also
 * matches its spelling with ae, oe, ue.
 */
function parseGroup(raw: string): Alternative[] {
  return raw.split('|').flatMap((a) => {
    const written = a.trim();
    const spelt = written.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT_SPELLING[c]!);
    return spelt === written ? [parseAlternative(written)] : [parseAlternative(written), parseAlternative(spelt)];
  });
}

/** Parsed patterns by source: the schema check and the index read the same patterns. */
const parsed = new Map<string, Pattern>();

/** Parses a pattern (once per source text); throws an Error whose message says what is wrong. */
export function parsePattern(source: string): Pattern {
  let pattern = parsed.get(source);
  if (!pattern) {
    pattern = parseUncached(source);
    parsed.set(source, pattern);
  }
  return pattern;
}

function parseUncached(source: string): Pattern {
  let body = source.trim();
  let weight: number | null = null;
  const weighted = /\s@(\d(?:\.\d+)?)$/.exec(body);
  if (weighted) {
    weight = Number(weighted[1]);
    if (!(weight > 0 && weight <= 1)) throw new Error(`the weight @${weighted[1]} is not between 0 and 1`);
    body = body.slice(0, weighted.index).trim();
  }
  const groups: Alternative[][] = [];
  const excluded: Alternative[][] = [];
  for (const part of body.split(/\s*\+\s*/)) {
    const raw = part.trim();
    if (raw === '') throw new Error('a group is empty (a "+" with nothing beside it)');
    if (raw.startsWith('!')) excluded.push(parseGroup(raw.slice(1).trim()));
    else groups.push(parseGroup(raw));
  }
  if (groups.length === 0) throw new Error('a pattern needs at least one group that must match');
  if (groups.length >= DEFAULT_WEIGHTS.length) throw new Error(`a pattern may join at most ${DEFAULT_WEIGHTS.length - 1} groups`);
  return { source, groups, excluded, weight: weight ?? DEFAULT_WEIGHTS[groups.length]! };
}

/** The error message of a pattern, or null when it parses. */
export function patternProblem(source: string): string | null {
  try {
    parsePattern(source);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Shortest term length that tolerates one typing error (a missing, extra, wrong or swapped letter). */
export const FUZZY_MIN_LENGTH = 7;

/**
 * True when `a` and `b` differ by at most one edit: one letter inserted, deleted or replaced, or
 * two neighbours swapped ("adress", "infromation").
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // replaced
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swapped
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1); // inserted or deleted
}

/**
 * How well a term matches a word: 1 exactly, 0.8 with one typing error (terms of
 * {@link FUZZY_MIN_LENGTH} letters or more whose first letter is right), 0 not at all.
 */
export function termQuality(term: Term, word: string): number {
  const { text, mode } = term;
  switch (mode) {
    case 'word':
      if (word === text) return 1;
      return text.length >= FUZZY_MIN_LENGTH && word[0] === text[0] && withinOneEdit(text, word) ? 0.8 : 0;
    case 'prefix': {
      if (word.startsWith(text)) return 1;
      if (text.length < FUZZY_MIN_LENGTH || word[0] !== text[0] || word.length < text.length - 1) return 0;
      for (const length of [text.length - 1, text.length, text.length + 1]) {
        if (length <= word.length && withinOneEdit(text, word.slice(0, length))) return 0.8;
      }
      return 0;
    }
    case 'suffix':
      return word.endsWith(text) ? 1 : 0;
    case 'infix':
      return word.includes(text) ? 1 : 0;
  }
}
