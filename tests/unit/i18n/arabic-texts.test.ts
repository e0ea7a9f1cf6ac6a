import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TERMS_AR, TERM_ROWS_AR } from '../../../src/lib/i18n/terms/ar';

const ROOT = new URL('../../../', import.meta.url);

/** Share of the letters in `text` that are Arabic script: Latin statute names and acronyms are allowed, but not most of it. */
function arabicShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  const arabic = text.match(/\p{Script=Arabic}/gu) ?? [];
  return letters.length === 0 ? 0 : arabic.length / letters.length;
}

describe('the Arabic country conditions (src/content/jurisdiction-texts/ar.json)', () => {
  const codes = readdirSync(new URL('src/content/jurisdictions/', ROOT))
    .filter((file) => file.endsWith('.json'))
    .map((file) => (JSON.parse(readFileSync(new URL(`src/content/jurisdictions/${file}`, ROOT), 'utf8')) as { code: string }).code)
    .sort();
  const texts = JSON.parse(readFileSync(new URL('src/content/jurisdiction-texts/ar.json', ROOT), 'utf8')) as Record<string, { conditions?: unknown }>;

  it('has exactly the 32 codes of the country records', () => {
    expect(codes).toHaveLength(32);
    expect(Object.keys(texts).sort()).toEqual(codes);
  });

  it.each(codes)('%s has conditions of 20 to 900 characters, written mostly in Arabic script', (code) => {
    const conditions = texts[code]?.conditions;
    expect(typeof conditions).toBe('string');
    expect((conditions as string).length).toBeGreaterThanOrEqual(20);
    expect((conditions as string).length).toBeLessThanOrEqual(900);
    expect(arabicShare(conditions as string)).toBeGreaterThan(0.5);
  });
});

describe('the Arabic terminology table (TERMS_AR)', () => {
  it('holds 30 to 50 terms, including those issue #16 names', () => {
    expect(TERM_ROWS_AR.length).toBeGreaterThanOrEqual(30);
    expect(TERM_ROWS_AR.length).toBeLessThanOrEqual(50);
    for (const key of ['legitimateInterest', 'controller', 'processor', 'dataSubject', 'supervisoryAuthority', 'objection', 'rightToObject', 'erasure', 'suppressionList', 'lawfulBasis', 'consent', 'personalData', 'dataMinimisation', 'ePrivacy', 'softOptIn', 'representative', 'dpo', 'subjectAccessRequest', 'transfer', 'adequacyDecision', 'scc', 'lia']) {
      expect(TERMS_AR, key).toHaveProperty(key);
    }
  });

  it('gives every concept one Arabic term, written in Arabic script, and no term to two concepts', () => {
    for (const term of TERM_ROWS_AR) {
      expect(term.en.trim(), JSON.stringify(term)).not.toBe('');
      expect(arabicShare(term.ar), term.en).toBeGreaterThan(0.9);
      if (term.note !== undefined) expect(arabicShare(term.note), term.en).toBeGreaterThan(0.5);
    }
    const arabic = TERM_ROWS_AR.map((term) => term.ar);
    expect(arabic.filter((ar, i) => arabic.indexOf(ar) !== i)).toEqual([]);
  });

  it('is used consistently: no Arabic page uses a rendering the table rejects', () => {
    const dir = new URL('src/content/docs/ar/', ROOT);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      for (const term of TERM_ROWS_AR) {
        for (const word of term.avoid ?? []) {
          if (text.includes(word)) found.push(`${file}: «${word}» (use «${term.ar}» for ${term.en})`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
