import { MESSAGE_KINDS, REQUEST_KINDS, type MessageKind } from './kinds.ts';
import { normaliseWord, tokenize, type Token } from './normalise.ts';
import { FUZZY_MIN_LENGTH, MAX_SPAN, parsePattern, termQuality, type Alternative, type Term } from './patterns.ts';
import type { LanguageCode } from './languages.ts';
import type { LanguagePack } from './schema.ts';

/**
 * Detection: which kinds of request a reply to a cold email contains, and in which language.
 *
 * Each language file lists patterns per kind (see `patterns.ts`): word stems that must occur
 * together in one sentence, in any order, so that "Löschen Sie bitte alles, was Sie über mich
 * gespeichert haben" and "bitte alles löschen" are both erasure requests. The quoted earlier
 * email is cut off, the rest split into words and sentences; every distinct word is looked up
 * once against every term of every language (exact, by prefix, and with one typing error for
 * long terms). A pattern matches where all its groups occur in one sentence within a few words
 * and none of its excluded groups does. A match that lies inside a stronger match of another
 * kind is dropped; a kind's score is the noisy-or of its matches. An automatic reply (out of
 * office) outranks everything: its text asks for nothing, whatever words it uses.
 */

/** A pattern of the index, its terms resolved to ids. */
interface Rule {
  source: string;
  kind: MessageKind;
  language: LanguageCode;
  weight: number;
  groups: number[][][];
  excluded: number[][][];
}

/** Everything detection needs, built once from the language packs. */
export interface PhraseIndex {
  rules: Rule[];
  /** Every distinct term, by id. */
  terms: Term[];
  /** Term ids by text, for the exact lookups. */
  words: Map<string, number[]>;
  prefixes: Map<string, number[]>;
  /** Suffix and infix terms (few), checked one by one. */
  partials: number[];
  /** Terms long enough to tolerate a typing error, by first letter. */
  fuzzy: Map<string, number[]>;
  /** Normalised stopword → the languages it belongs to. */
  stopwords: Map<string, LanguageCode[]>;
  /** Lower-case markers of a quoted earlier message, from every language (see `opensQuote`). */
  quoteMarkers: string[];
  /** Letters typical of a language (ñ, ą, å …) → the languages they point to. */
  letters: Map<string, LanguageCode[]>;
  languages: LanguageCode[];
}

/** A kind found in a message. */
export interface KindMatch {
  kind: MessageKind;
  /** 0–1: how strongly the message signals this kind. */
  score: number;
  /** The patterns that matched, strongest first, without duplicates. */
  phrases: string[];
  /** The words of the message that matched, as written there, strongest first, without duplicates. */
  matched: string[];
}

/** What detection found. */
export interface Detection {
  /**
   * The kinds found, best first (ties in reply order). Kinds with no match are absent. When the
   * message is an automatic reply, this is that kind alone.
   */
  kinds: KindMatch[];
  /** The message's language, or null when nothing points to one. */
  language: LanguageCode | null;
}

/** Longest message text read; a rights request is short, a pasted thread is not. */
const MAX_MESSAGE_CHARS = 8000;
/** Longest matched text shown as the trigger of a kind. */
const MAX_TRIGGER_CHARS = 90;
/**
 * How much a pattern of another language than the message's counts. Short words travel ("me" is
 * Portuguese, Spanish, French and English): "Please remove me" is an English objection, not the
 * Portuguese "remov* + me" of an erasure request.
 */
const FOREIGN_FACTOR = 0.7;

/** Builds the index from the language packs: every pattern parsed, every term given an id. */
export function buildPhraseIndex(packs: readonly LanguagePack[]): PhraseIndex {
  const index: PhraseIndex = {
    rules: [],
    terms: [],
    words: new Map(),
    prefixes: new Map(),
    partials: [],
    fuzzy: new Map(),
    stopwords: new Map(),
    quoteMarkers: [],
    letters: new Map(),
    languages: packs.map((p) => p.code),
  };
  const ids = new Map<string, number>();
  const idOf = (term: Term): number => {
    const key = `${term.mode}:${term.text}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = index.terms.length;
      ids.set(key, id);
      index.terms.push(term);
      addTo(term.mode === 'word' ? index.words : term.mode === 'prefix' ? index.prefixes : null, term.text, id);
      if (term.mode === 'suffix' || term.mode === 'infix') index.partials.push(id);
      if ((term.mode === 'word' || term.mode === 'prefix') && term.text.length >= FUZZY_MIN_LENGTH) addTo(index.fuzzy, term.text[0]!, id);
    }
    return id;
  };
  const resolve = (groups: Alternative[][]) => groups.map((alternatives) => alternatives.map((terms) => terms.map(idOf)));
  const quoteMarkers = new Set<string>();
  for (const pack of packs) {
    for (const kind of MESSAGE_KINDS) {
      for (const source of pack.detection.patterns[kind]) {
        const pattern = parsePattern(source);
        index.rules.push({ source, kind, language: pack.code, weight: pattern.weight, groups: resolve(pattern.groups), excluded: resolve(pattern.excluded) });
      }
    }
    // The word the notice asks people to reply with is an objection, whatever else it could mean.
    const keyword: Term[] = tokenize(pack.optOutKeyword).map((t) => ({ text: t.word, mode: 'word' }));
    index.rules.push({ source: pack.optOutKeyword, kind: 'objection', language: pack.code, weight: 0.7, groups: resolve([[keyword]]), excluded: [] });
    for (const word of pack.detection.stopwords) {
      const key = normaliseWord(word);
      if (key !== '') addTo(index.stopwords, key, pack.code);
    }
    for (const marker of pack.detection.quoteMarkers) quoteMarkers.add(marker.toLowerCase());
    for (const letter of pack.detection.letters.toLowerCase()) addTo(index.letters, letter, pack.code);
  }
  index.quoteMarkers = [...quoteMarkers];
  return index;
}

function addTo<T>(map: Map<string, T[]> | null, key: string, value: T) {
  if (!map) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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

/** For each distinct word of the message, the terms it matches and how well (1 exact, 0.8 with a typo). */
function matchWords(tokens: readonly Token[], index: PhraseIndex): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const { word } of tokens) {
    if (out.has(word)) continue;
    const found = new Map<number, number>();
    const take = (id: number, quality: number) => {
      if (quality > (found.get(id) ?? 0)) found.set(id, quality);
    };
    for (const id of index.words.get(word) ?? []) take(id, 1);
    // Stems have three letters or more (the pattern parser refuses shorter ones).
    for (let length = 3; length <= word.length; length++) for (const id of index.prefixes.get(word.slice(0, length)) ?? []) take(id, 1);
    for (const id of index.partials) take(id, termQuality(index.terms[id]!, word));
    for (const id of index.fuzzy.get(word[0]!) ?? []) if (!found.has(id)) take(id, termQuality(index.terms[id]!, word));
    out.set(word, found);
  }
  return out;
}

/** Where one group matched: token positions (inclusive) and the worst term quality. */
interface Occurrence {
  start: number;
  end: number;
  clause: number;
  quality: number;
}

/** What matching a rule needs to know about the message. */
interface Matched {
  tokens: readonly Token[];
  /** How well the word at a position matches a term (0 when it does not). */
  quality(position: number, term: number): number;
  /** The positions whose word matches a term. */
  positions(term: number): readonly number[];
}

/** Every place in the message where one alternative of a group matches. */
function occurrences(group: number[][], m: Matched): Occurrence[] {
  const out: Occurrence[] = [];
  for (const terms of group) {
    for (const p of m.positions(terms[0]!)) {
      if (p + terms.length > m.tokens.length) continue;
      const clause = m.tokens[p]!.clause;
      let worst = 1;
      for (let k = 0; k < terms.length && worst > 0; k++) {
        worst = Math.min(worst, m.tokens[p + k]!.clause === clause ? m.quality(p + k, terms[k]!) : 0);
      }
      if (worst > 0) out.push({ start: p, end: p + terms.length - 1, clause, quality: worst });
    }
  }
  return out;
}

interface Hit {
  rule: Rule;
  clause: number;
  start: number;
  end: number;
  strength: number;
}

/** The best match of a rule in each sentence: all groups present, close together, nothing excluded. */
function ruleHits(rule: Rule, m: Matched, factor: number): Hit[] {
  const perGroup: Occurrence[][] = [];
  for (const group of rule.groups) {
    const found = occurrences(group, m);
    if (found.length === 0) return [];
    perGroup.push(found);
  }
  const excludedClauses = new Set(rule.excluded.flatMap((group) => occurrences(group, m).map((o) => o.clause)));
  const hits: Hit[] = [];
  const clauses = new Set(perGroup[0]!.map((o) => o.clause));
  for (const clause of clauses) {
    if (excludedClauses.has(clause)) continue;
    let best: Hit | null = null;
    const choose = (g: number, start: number, end: number, q: number, used: number[]) => {
      if (g === perGroup.length) {
        if (end - start > MAX_SPAN) return;
        const strength = rule.weight * q * factor;
        if (!best || strength > best.strength || (strength === best.strength && end - start < best.end - best.start)) best = { rule, clause, start, end, strength };
        return;
      }
      for (const o of perGroup[g]!) {
        if (o.clause !== clause || used.some((u) => u >= o.start && u <= o.end)) continue;
        choose(g + 1, Math.min(start, o.start), Math.max(end, o.end), Math.min(q, o.quality), [...used, o.start, o.end]);
      }
    };
    choose(0, Infinity, -Infinity, 1, []);
    if (best) hits.push(best);
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
      return k.rule.kind === hit.rule.kind || overlap >= 0.8 * length;
    });
    if (!shadowed) kept.push(hit);
  }
  return kept;
}

/** The language whose stopwords and patterns the message uses most, or null when there is no sign. */
function detectLanguage(text: string, tokens: readonly Token[], hits: readonly Hit[], index: PhraseIndex): LanguageCode | null {
  const scores = new Map<LanguageCode, number>(index.languages.map((l) => [l, 0]));
  for (const { word } of tokens) {
    for (const language of index.stopwords.get(word) ?? []) scores.set(language, (scores.get(language) ?? 0) + 1);
  }
  for (const hit of hits) scores.set(hit.rule.language, (scores.get(hit.rule.language) ?? 0) + 3 * hit.strength);
  for (const letter of text.toLowerCase()) {
    for (const language of index.letters.get(letter) ?? []) scores.set(language, (scores.get(language) ?? 0) + 1);
  }
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  let best: LanguageCode | null = null;
  let bestScore = 0.99;
  for (const language of index.languages) {
    if ((language === 'ru') !== cyrillic > latin) continue;
    const score = scores.get(language) ?? 0;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

/** The text a hit covers, as the author wrote it, shortened in the middle when long. */
function triggerText(text: string, tokens: readonly Token[], hit: Hit): string {
  const raw = text.slice(tokens[hit.start]!.start, tokens[hit.end]!.end).replace(/\s+/g, ' ');
  if (raw.length <= MAX_TRIGGER_CHARS) return raw;
  const half = Math.floor((MAX_TRIGGER_CHARS - 1) / 2);
  return `${raw.slice(0, half).trimEnd()}…${raw.slice(-half).trimStart()}`;
}

/** Detects the kinds of request in `message` and its language. */
export function detectRequests(message: string, index: PhraseIndex): Detection {
  const text = ownText(message, index.quoteMarkers);
  const tokens = tokenize(text);
  if (tokens.length === 0) return { kinds: [], language: null };
  const matches = matchWords(tokens, index);
  const byTerm = new Map<number, number[]>();
  tokens.forEach((token, position) => {
    for (const term of matches.get(token.word)!.keys()) {
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      list.push(position);
    }
  });
  const matched: Matched = {
    tokens,
    quality: (position, term) => matches.get(tokens[position]!.word)!.get(term) ?? 0,
    positions: (term) => byTerm.get(term) ?? [],
  };
  // A first guess of the language from its common words and letters alone weighs the patterns.
  const guess = detectLanguage(text, tokens, [], index);
  const rawHits = index.rules.flatMap((rule) => ruleHits(rule, matched, guess === null || rule.language === guess ? 1 : FOREIGN_FACTOR));
  const hits = keepExplaining(rawHits);
  const byKind = new Map<MessageKind, Hit[]>();
  for (const hit of hits) byKind.set(hit.rule.kind, [...(byKind.get(hit.rule.kind) ?? []), hit]);
  let kinds: KindMatch[] = [...byKind].map(([kind, kindHits]) => ({
    kind,
    score: 1 - kindHits.reduce((rest, h) => rest * (1 - h.strength), 1),
    phrases: [...new Set(kindHits.map((h) => h.rule.source))],
    matched: [...new Set(kindHits.map((h) => triggerText(text, tokens, h)))],
  }));
  const order = (kind: MessageKind) => (kind === 'autoReply' ? REQUEST_KINDS.length : REQUEST_KINDS.indexOf(kind));
  kinds.sort((a, b) => b.score - a.score || order(a.kind) - order(b.kind));
  if (kinds.some((k) => k.kind === 'autoReply')) kinds = kinds.filter((k) => k.kind === 'autoReply');
  return { kinds, language: detectLanguage(text, tokens, rawHits, index) };
}
