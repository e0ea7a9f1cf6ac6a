import { describe, expect, it } from 'vitest';
import { languageText } from '../../../src/lib/replies/language-files';
import { LANGUAGE_CODES, LANGUAGES, loadLanguage, loadLanguages } from '../../../src/lib/replies/languages';

describe('the language files loaded on demand (the page ships without them)', () => {
  it('list every language code once, in order, with its English name', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual([...LANGUAGE_CODES]);
    for (const { code, name } of LANGUAGES) expect(name, code).toBe(languageText(code).englishName);
  });

  it('give exactly the packs the build and the tests use, validated the same way', async () => {
    expect(await loadLanguages()).toEqual(Object.fromEntries(LANGUAGE_CODES.map((code) => [code, languageText(code)])));
    await expect(loadLanguage('ru')).resolves.toEqual(languageText('ru'));
  });

  it('load once, however many callers ask', async () => {
    expect(loadLanguages()).toBe(loadLanguages());
    expect(await loadLanguage('de')).toBe(await loadLanguage('de'));
  });
});
