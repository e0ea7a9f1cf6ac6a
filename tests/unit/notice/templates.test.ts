import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, LANGUAGE_FILES, LANGUAGES, loadLanguage, parseLanguageFile, languageText } from '../../../src/lib/notice/languages';
import { needs, type NoticeTemplateInput } from '../../../src/lib/notice/template-schema';

const DIR = new URL('../../../src/lib/notice/templates/', import.meta.url);

/** Every string in a template, however deep. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(leaves);
}

describe('the language templates', () => {
  it('has one file per language, each registered', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(files).toEqual([...LANGUAGE_CODES].sort());
  });

  it('offers at least the nine languages of the issue', () => {
    expect(LANGUAGES.map((l) => l.name)).toEqual(['English', 'German', 'French', 'Spanish', 'Italian', 'Dutch', 'Polish', 'Portuguese', 'Swedish']);
    expect(LANGUAGES.map((l) => l.code)).toEqual([...LANGUAGE_CODES]);
  });

  it.each(LANGUAGE_CODES)('%s: the template names its language as the shared list does, and loads as it validates', async (code) => {
    expect(LANGUAGE_FILES[code].englishName).toBe(LANGUAGES.find((l) => l.code === code)!.name);
    await expect(loadLanguage(code)).resolves.toBe(languageText(code));
  });

  it.each(LANGUAGE_CODES)('%s validates against the schema', (code) => {
    expect(() => parseLanguageFile(code, LANGUAGE_FILES[code])).not.toThrow();
    expect(languageText(code).code).toBe(code);
  });

  it.each(LANGUAGE_CODES.filter((c) => c !== 'en'))('%s: no sentence is a leftover copy of the English one', (code) => {
    const english = new Set(leaves(LANGUAGE_FILES.en));
    const copied = leaves(LANGUAGE_FILES[code]).filter((s) => english.has(s) && s.replace(/\{[a-zA-Z]+\}|[^\p{L}]/gu, '').length > 12);
    expect(copied).toEqual([]);
  });
});

describe('the template schema says what is wrong', () => {
  const broken = (mutate: (t: NoticeTemplateInput) => void) => {
    const copy = structuredClone(LANGUAGE_FILES.de);
    mutate(copy);
    return () => parseLanguageFile('de', copy);
  };

  it.each([
    ['an unknown placeholder', (t: NoticeTemplateInput) => (t.notice.contact = 'Kontakt: {mail}.'), 'Notice template "de" is invalid: notice.contact: unknown placeholder {mail} (allowed here: {email}); notice.contact: missing placeholder {email}'],
    ['a missing placeholder', (t: NoticeTemplateInput) => (t.sources.vendor.withDetail = 'Von einem Anbieter.'), 'Notice template "de" is invalid: sources.vendor.withDetail: missing placeholder {detail}'],
    ['a stray brace', (t: NoticeTemplateInput) => (t.notice.purpose = 'Zweck {'), 'Notice template "de" is invalid: notice.purpose: stray "{" or "}": placeholders are written {name}'],
    ['a placeholder where none is allowed', (t: NoticeTemplateInput) => (t.notice.rights = 'Rechte {email}.'), 'Notice template "de" is invalid: notice.rights: unknown placeholder {email} (allowed here: none)'],
    ['a missing sentence', (t: NoticeTemplateInput) => Reflect.deleteProperty(t.objection, 'both'), 'Notice template "de" is invalid: objection.both: Invalid input: expected string, received undefined'],
    ['a bad locale', (t: NoticeTemplateInput) => (t.locale = 'german'), 'Notice template "de" is invalid: locale: expected a locale such as "de-DE"'],
    ['a label with a colon', (t: NoticeTemplateInput) => (t.notice.labels.rights = 'Rechte:'), 'Notice template "de" is invalid: notice.labels.rights: a label has no placeholder and no colon (the separator adds it)'],
  ])('%s', (_name, mutate, message) => {
    expect(broken(mutate)).toThrow(message);
  });

  it('a file registered under the wrong code', () => {
    expect(() => parseLanguageFile('fr', LANGUAGE_FILES.de)).toThrow('Notice template "fr" is invalid: code: expected "fr", found "de"');
  });

  it('needs() accepts exactly the listed placeholders', () => {
    expect(needs('email').safeParse('Write to {email}.').success).toBe(true);
    expect(needs('email').safeParse('Write to {email} or {email}.').success).toBe(true);
    expect(needs('email').safeParse('Write to us.').success).toBe(false);
    expect(needs().safeParse(' Leading space.').success).toBe(false);
  });
});
