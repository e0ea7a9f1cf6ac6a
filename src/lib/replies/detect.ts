import Fuse from 'fuse.js';
import { REQUEST_KINDS, type RequestKind } from './kinds.ts';
import { normaliseForMatch } from './normalise.ts';
import type { LanguageCode, LanguagePack } from './schema.ts';

/**
 * Detection: which kinds of request a reply to a cold email contains, and in which language.
 *
 * The phrase index holds every detection phrase of every language, normalised (see
 * `normaliseForMatch`). For a message, the quoted earlier email is cut off, the rest is split
 * into clauses, and Fuse (bitap, fuzzy) looks for each phrase of the index in the clauses. A
 * phrase may match with a few typing errors, more for longer phrases, none for short ones; very
 * short phrases ("stop", "dsar") must match a whole word. Each match counts for its kind with a
 * strength that grows with the phrase's length and falls with its errors; a match that lies
 * inside a stronger match of another kind is dropped ("remove my data" is erasure, not the
 * "remove me" of an unsubscribe). A kind's score is the noisy-or of its matches, so several
 * independent signals add up without passing 1.
 */

/** One phrase of the index, ready to search. */
export interface PhraseEntry {
  /** The phrase as written in the language file. */
  phrase: string;
  /** What Fuse searches: the normalised phrase, and a trailing space when it must be a whole word. */
  pattern: string;
  kind: RequestKind;
  language: LanguageCode;
  /** How many typing errors a match may have. */
  maxErrors: number;
  /** How much one exact match says (0–1): longer phrases are more specific. */
  strength: number;
  /**
   * `maxErrors + 1` disjoint pieces of the pattern. A match with at most `maxErrors` edits
   * contains at least one piece unchanged (each edit touches one piece), so a text that holds
   * none of them cannot match, and Fuse is not asked: most phrases are ruled out this way.
   */
  pieces: string[];
}

/** Everything detection needs, built once from the language packs. */
export interface PhraseIndex {
  entries: PhraseEntry[];
  /** Normalised stopword → the languages it belongs to. */
  stopwords: Map<string, LanguageCode[]>;
  /** Lower-case markers of a quoted earlier message, from every language (see `opensQuote`). */
  quoteMarkers: string[];
}

/** A kind found in a message. */
export interface KindMatch {
  kind: RequestKind;
  /** 0–1: how strongly the message signals this kind. */
  score: number;
  /** The phrases that matched, strongest first, without duplicates. */
  phrases: string[];
}

/** What detection found. */
export interface Detection {
  /** The kinds found, best first (ties in reply order). Kinds with no match are absent. */
  kinds: KindMatch[];
  /** The message's language, or null when nothing points to one. */
  language: LanguageCode | null;
}

/** Phrases of at most this many characters must match a whole word, with no error. */
const WHOLE_WORD_MAX = 5;
/** Fuse's own cut-off; each phrase then applies its own, stricter one. */
const FUSE_THRESHOLD = 0.2;
/** Longest message text searched; a rights request is short, a pasted thread is not. */
const MAX_MESSAGE_CHARS = 8000;

/** Typing errors allowed for a phrase of `length` letters (normalised, without the leading space). */
export function allowedErrors(length: number): number {
  if (length <= 7) return 0;
  if (length <= 14) return 1;
  if (length <= 23) return 2;
  return 3;
}

/** Builds the phrase index from the language packs. */
export function buildPhraseIndex(packs: readonly LanguagePack[]): PhraseIndex {
  const entries: PhraseEntry[] = [];
  const stopwords = new Map<string, LanguageCode[]>();
  const quoteMarkers = new Set<string>();
  for (const pack of packs) {
    for (const kind of REQUEST_KINDS) {
      for (const phrase of pack.detection.phrases[kind]) {
        const normal = normaliseForMatch(phrase);
        const length = normal.length - 1;
        const pattern = length <= WHOLE_WORD_MAX ? `${normal} ` : normal;
        const maxErrors = length <= WHOLE_WORD_MAX ? 0 : allowedErrors(length);
        entries.push({
          phrase,
          pattern,
          kind,
          language: pack.code,
          maxErrors,
          strength: Math.min(0.9, Math.max(0.45, 0.3 + 0.03 * length)),
          pieces: splitInto(pattern, maxErrors + 1),
        });
      }
    }
    for (const word of pack.detection.stopwords) {
      const key = normaliseForMatch(word).trim();
      if (key === '') continue;
      stopwords.set(key, [...(stopwords.get(key) ?? []), pack.code]);
    }
    for (const marker of pack.detection.quoteMarkers) quoteMarkers.add(marker.toLowerCase());
  }
  return { entries, stopwords, quoteMarkers: [...quoteMarkers] };
}

/** `text` cut into `n` consecutive pieces of (nearly) equal length. */
function splitInto(text: string, n: number): string[] {
  const size = Math.ceil(text.length / n);
  return Array.from({ length: n }, (_, i) => text.slice(i * size, (i + 1) * size)).filter((p) => p !== '');
}

/**
 * The part of a reply its author wrote: lines quoted with `>` are dropped, and everything from
 * the first line that opens a quoted earlier message ("On … wrote:", "-----Original Message-----",
 * "From: …") is cut off.
 */
export function ownText(message: string, quoteMarkers: readonly string[]): string {
  const kept: string[] = [];
  for (const raw of message.slice(0, MAX_MESSAGE_CHARS).split(/\r\n|\r|\n/)) {
    const line = raw.trim().toLowerCase();
    if (line.startsWith('>')) continue;
    if (kept.some((l) => l.trim() !== '') && quoteMarkers.some((m) => opensQuote(line, m))) break;
    kept.push(raw);
  }
  return kept.join('\n');
}

/**
 * True if a (trimmed, lower-case) line opens a quoted message: it starts with the marker
 * ("from:", "-----original message-----"), or it is an attribution line that ends with ":" and
 * contains the marker's verb ("Am 3. März 2026 um 09:12 schrieb Maya <maya@…>:"). Only verbs of
 * five letters or more count this way, so "de:" does not cut a line that merely contains "de".
 */
function opensQuote(line: string, marker: string): boolean {
  if (line.startsWith(marker)) return true;
  const verb = marker.replace(/[:\s\u00a0]+$/, '');
  return verb.length >= 5 && !verb.startsWith('-') && line.endsWith(':') && line.includes(verb);
}

/**
 * The clauses of a text, normalised, each with a trailing space so whole-word patterns can end
 * there. A clause ends at a line break or at . ! ? ; : followed by a space, except before a digit,
 * so that "Art. 15" stays one clause.
 */
function clausesOf(text: string): string[] {
  return text
    .split(/[.!?;:]+(?=\s+[^\s\d]|\s*$)|[\n\r]+/)
    .map((c) => normaliseForMatch(c))
    .filter((c) => c !== '')
    .map((c) => `${c} `);
}

interface Hit {
  entry: PhraseEntry;
  clause: number;
  start: number;
  end: number;
  strength: number;
}

/** Finds every phrase of the index in the clauses, with the errors each phrase allows. */
function findHits(clauses: string[], index: PhraseIndex): Hit[] {
  const fuse = new Fuse(clauses, {
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    isCaseSensitive: true,
    threshold: FUSE_THRESHOLD,
  });
  const hits: Hit[] = [];
  const haystack = clauses.join('');
  for (const entry of index.entries) {
    if (!entry.pieces.some((piece) => haystack.includes(piece))) continue;
    for (const result of fuse.search(entry.pattern)) {
      const errors = Math.round((result.score ?? 1) * entry.pattern.length);
      if (errors > entry.maxErrors) continue;
      const ranges = result.matches?.[0]?.indices ?? [];
      const start = ranges.length > 0 ? Math.min(...ranges.map((r) => r[0])) : 0;
      const end = ranges.length > 0 ? Math.max(...ranges.map((r) => r[1])) : entry.pattern.length - 1;
      const quality = errors === 0 ? 1 : 0.8 - 0.1 * (errors - 1);
      hits.push({ entry, clause: result.refIndex, start, end, strength: entry.strength * quality });
    }
  }
  return hits;
}

/**
 * Keeps the hits that explain the text: strongest first, a hit is dropped when it overlaps a kept
 * hit of the same kind (one signal, counted once) or lies mostly inside a kept hit of another
 * kind (a shorter phrase inside a longer, more specific one).
 */
function keepExplaining(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  const sorted = [...hits].sort((a, b) => b.strength - a.strength || b.end - b.start - (a.end - a.start));
  for (const hit of sorted) {
    const length = hit.end - hit.start + 1;
    const shadowed = kept.some((k) => {
      if (k.clause !== hit.clause) return false;
      const overlap = Math.min(k.end, hit.end) - Math.max(k.start, hit.start) + 1;
      if (overlap <= 0) return false;
      return k.entry.kind === hit.entry.kind || overlap >= 0.8 * length;
    });
    if (!shadowed) kept.push(hit);
  }
  return kept;
}

/** The language whose stopwords and phrases the message uses most, or null when there is no sign. */
function detectLanguage(text: string, hits: Hit[], index: PhraseIndex, languages: readonly LanguageCode[]): LanguageCode | null {
  const scores = new Map<LanguageCode, number>(languages.map((l) => [l, 0]));
  for (const token of normaliseForMatch(text).split(' ')) {
    for (const language of index.stopwords.get(token) ?? []) scores.set(language, (scores.get(language) ?? 0) + 1);
  }
  for (const hit of hits) scores.set(hit.entry.language, (scores.get(hit.entry.language) ?? 0) + 3 * hit.strength);
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  let best: LanguageCode | null = null;
  let bestScore = 0.99;
  for (const language of languages) {
    if ((language === 'ru') !== cyrillic > latin) continue;
    const score = scores.get(language) ?? 0;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

/** Detects the kinds of request in `message` and its language. */
export function detectRequests(message: string, index: PhraseIndex): Detection {
  const text = ownText(message, index.quoteMarkers);
  const clauses = clausesOf(text);
  const languages = [...new Set(index.entries.map((e) => e.language))];
  if (clauses.length === 0) return { kinds: [], language: null };
  const hits = keepExplaining(findHits(clauses, index));
  const byKind = new Map<RequestKind, Hit[]>();
  for (const hit of hits) byKind.set(hit.entry.kind, [...(byKind.get(hit.entry.kind) ?? []), hit]);
  const kinds: KindMatch[] = [...byKind].map(([kind, kindHits]) => ({
    kind,
    score: 1 - kindHits.reduce((rest, h) => rest * (1 - h.strength), 1),
    phrases: [...new Set(kindHits.map((h) => h.entry.phrase))],
  }));
  kinds.sort((a, b) => b.score - a.score || REQUEST_KINDS.indexOf(a.kind) - REQUEST_KINDS.indexOf(b.kind));
  return { kinds, language: detectLanguage(text, hits, index, languages) };
}
