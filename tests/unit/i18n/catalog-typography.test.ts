import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRANSLATED_AREAS, TRANSLATIONS } from '../../../src/lib/i18n/catalogs';

/**
 * The punctuation each language's readers expect (issue #16, second review). A first translation
 * pass tends to carry English punctuation over: the Latin comma and question mark into Arabic
 * (which writes ، ؛ ؟), straight or curly English quotes into Russian (which writes «…», and „…“
 * inside them), a hyphen where Russian sets a dash. These checks run over every message of every
 * translated area, so a new string that slips back fails here with its path.
 */

/** Every message of a catalog area with its path (`replies.log.intro`, `site.map.title.few`). */
function messagesOf(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => messagesOf(inner, `${path}.${key}`));
}

function catalog(locale: 'ru' | 'ar'): [string, string][] {
  return TRANSLATED_AREAS.flatMap((area) => messagesOf(TRANSLATIONS[locale][area], area));
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** Bidi controls and spaces, which sit between a mark and the letter it follows. */
const INVISIBLE = /[\s\u200e\u200f\u2066-\u2069]/u;

/** The nearest visible character before (`step` -1) or after (+1) index `i`. */
function neighbour(text: string, i: number, step: 1 | -1): string {
  for (let j = i + step; j >= 0 && j < text.length; j += step) {
    if (!INVISIBLE.test(text[j]!)) return text[j]!;
  }
  return '';
}

/**
 * Latin `,` `;` `?` in an Arabic message, unless both sides are Latin or digits: "1,000" and a
 * Latin list such as "Lemlist SAS, HubSpot Inc." keep theirs; after an Arabic word it is ، ؛ ؟.
 */
function latinPunctuationInArabic(text: string): string[] {
  const found: string[] = [];
  for (const [i, char] of [...text].entries()) {
    if (char !== ',' && char !== ';' && char !== '?') continue;
    const before = neighbour(text, i, -1);
    const after = neighbour(text, i, 1);
    if (ARABIC_LETTER.test(before) || ARABIC_LETTER.test(after) || after === '' || after === '«' || before === '»') {
      found.push(`"${char}" in «…${text.slice(Math.max(0, i - 15), i + 15)}…»`);
    }
  }
  return found;
}

describe('the Arabic catalog', () => {
  const messages = catalog('ar');

  it('is not empty (the check below reads real messages)', () => {
    expect(messages.length).toBeGreaterThan(300);
  });

  it('writes the Arabic comma, semicolon and question mark (، ؛ ؟) after Arabic words, not the Latin ones', () => {
    const found = messages.flatMap(([path, text]) => latinPunctuationInArabic(text).map((f) => `${path}: ${f}`));
    expect(found).toEqual([]);
  });

  it('quotes with «…», not with English quotes', () => {
    expect(messages.filter(([, text]) => /["“”]/.test(text)).map(([path]) => path)).toEqual([]);
  });

  it('keeps a Latin mailbox name that ends in "@" (info@) isolated, so it does not read "@info" right to left', () => {
    const bare = messages.filter(([, text]) => /[A-Za-z0-9._-]@(?![A-Za-z0-9])(?!\u2069)/.test(text)).map(([path]) => path);
    expect(bare).toEqual([]);
  });

  it('keeps a Latin name with a number (RFC 8058, SHA-256, SI 2026/82) isolated, so it does not read "8058 RFC" right to left', () => {
    const bare = messages
      .filter(([, text]) => /[A-Za-z][ /-][0-9]/.test(text.replace(/\u2066[^\u2069]*\u2069/g, '')))
      .map(([path]) => path);
    expect(bare).toEqual([]);
  });
});

describe('the Arabic country conditions (src/content/jurisdiction-texts/ar.json)', () => {
  const texts = JSON.parse(readFileSync(new URL('../../../src/content/jurisdiction-texts/ar.json', import.meta.url), 'utf8')) as Record<string, { conditions: string }>;

  it('keep a mailbox name such as info@ isolated, as the catalogs do', () => {
    const bare = Object.entries(texts).filter(([, t]) => /[A-Za-z0-9._-]@(?![A-Za-z0-9])(?!\u2069)/.test(t.conditions)).map(([code]) => code);
    expect(bare).toEqual([]);
  });
});

describe('the Russian catalog', () => {
  const messages = catalog('ru');

  it('is not empty (the checks below read real messages)', () => {
    expect(messages.length).toBeGreaterThan(300);
  });

  it('quotes with «…» (and „…“ inside them), never with straight or English quotes', () => {
    expect(messages.filter(([, text]) => /["“”]/.test(text.replace(/„[^“„]*“/g, ''))).map(([path, text]) => `${path}: ${text}`)).toEqual([]);
  });

  it('sets a dash (—), not a hyphen, between words', () => {
    expect(messages.filter(([, text]) => / - /.test(text)).map(([path, text]) => `${path}: ${text}`)).toEqual([]);
  });
});
