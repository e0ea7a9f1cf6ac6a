import { describe, expect, it } from 'vitest';
import { MESSAGE_KINDS } from '../../../src/lib/replies/kinds';
import { LANGUAGE_FILES, languageText, languageTexts } from '../../../src/lib/replies/language-files';
import { LANGUAGE_CODES, parseLanguageFile } from '../../../src/lib/replies/languages';
import en from '../../../src/lib/replies/languages/en';
import { languagePackSchema, type LanguagePackInput } from '../../../src/lib/replies/schema';
import { placeholdersIn } from '../../../src/lib/replies/template';

/** Every template string of a reply tree, by its path ("access.items.g[1]"). */
function leaves(node: unknown, path = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const visit = (value: unknown, at: string, lineAt: string) => {
    if (typeof value === 'string') out.set(lineAt, [...(out.get(lineAt) ?? []), value]);
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${at}[${i}]`, typeof v === 'string' ? at : `${at}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, `${at}.${k}`, `${at}.${k}`);
  };
  visit(node, path, path);
  return out;
}

const placeholdersOf = (templates: string[]) => [...new Set(templates.flatMap(placeholdersIn))].sort();

describe('the language files', () => {
  it('cover every language, each once, all valid', () => {
    expect(languageTexts().map((p) => p.code)).toEqual([...LANGUAGE_CODES]);
    expect(LANGUAGE_CODES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(LANGUAGE_CODES)('%s uses the same facts as English in every sentence, so no translation drops one', (code) => {
    const english = leaves(languageText('en').reply);
    const other = leaves(languageText(code).reply);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, templates] of english) {
      // Polish greets without the name: "Dzień dobry, Jonas Berg" would need the vocative case.
      if (code === 'pl' && path === '.greeting') continue;
      expect(placeholdersOf(other.get(path)!), `${code} ${path}`).toEqual(placeholdersOf(templates));
    }
  });

  it.each(LANGUAGE_CODES)('%s: each access item (a)–(h), UK (ea) and (f), and each transfer line ends with an alternative that needs no fact of the user’s, or shows the missing marker', (code) => {
    const t = languageText(code).reply.access;
    const lines = { ...t.items, ...Object.fromEntries(Object.entries(t.itemsUk).map(([k, line]) => [`uk.${k}`, line])), ...Object.fromEntries(Object.entries(t.transfers).flatMap(([region, v]) => Object.entries(v).map(([k, line]) => [`${region}.${k}`, line]))) };
    for (const [key, line] of Object.entries(lines)) {
      const last = typeof line === 'string' ? line : line[line.length - 1]!;
      const needs = placeholdersIn(last);
      const allowed = key === 'c' || key.endsWith('.unknown') ? ['gdpr', 'missing'] : ['gdpr'];
      expect(needs.filter((p) => !allowed.includes(p)), `${code} ${key}`).toEqual([]);
    }
    // Recipients and transfers are never guessed: their last resort is the visible marker.
    expect(placeholdersIn(String(t.items.c.at(-1)))).toContain('missing');
    expect(placeholdersIn(String(t.transfers.eu.unknown))).toContain('missing');
  });

  it.each(LANGUAGE_CODES)('%s: detection patterns are unique within a kind', (code) => {
    for (const kind of MESSAGE_KINDS) {
      const patterns = languageText(code).detection.patterns[kind];
      expect(new Set(patterns).size, `${code} ${kind}`).toBe(patterns.length);
    }
  });

  it.each(LANGUAGE_CODES)('%s: locale formats dates', (code) => {
    expect(() => new Intl.DateTimeFormat(languageText(code).locale)).not.toThrow();
    expect(Intl.DateTimeFormat.supportedLocalesOf([languageText(code).locale])).toHaveLength(1);
  });
});

describe('the schema turns a broken file into one readable sentence', () => {
  const broken = (change: (p: LanguagePackInput) => void) => {
    const copy = structuredClone(en);
    change(copy);
    return copy;
  };

  it.each([
    ['an unknown placeholder', (p: LanguagePackInput) => void (p.reply.thanks = 'Thanks for {recievedDate}.'), 'unknown placeholder {recievedDate}'],
    ['an unbalanced brace', (p: LanguagePackInput) => void (p.reply.closing = 'Regards {name'), 'unbalanced brace'],
    ['a missing kind', (p: LanguagePackInput) => void delete (p.detection.patterns as Partial<typeof p.detection.patterns>).complaint, 'detection.patterns.complaint'],
    ['an empty group in a pattern', (p: LanguagePackInput) => void p.detection.patterns.source.push('where + '), 'pattern "where + ": a group is empty'],
    ['a weight out of range', (p: LanguagePackInput) => void p.detection.patterns.source.push('where @1.5'), 'the weight @1.5 is not between 0 and 1'],
    ['a stem too short', (p: LanguagePackInput) => void p.detection.patterns.erasure.push('de* + data'), 'the partial term "de*" is shorter than 3 letters'],
    ['an unknown field', (p: LanguagePackInput) => void Object.assign(p.reply, { signature: 'x' }), 'signature'],
  ])('%s', (_name, change, message) => {
    expect(() => parseLanguageFile('en', broken(change))).toThrow(/^Reply language file "en" is invalid: .+/);
    expect(() => parseLanguageFile('en', broken(change))).toThrow(message);
  });

  it('refuses a file given for another language', () => {
    expect(() => parseLanguageFile('fr', LANGUAGE_FILES.de)).toThrow('Reply language file "fr" is invalid: code: expected "fr", found "de"');
  });

  it('accepts the English file as it is', () => {
    expect(languagePackSchema.safeParse(en).success).toBe(true);
  });
});
