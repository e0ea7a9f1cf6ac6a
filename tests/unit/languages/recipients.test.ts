import { describe, expect, it } from 'vitest';
import { RECIPIENT_LANGUAGES, languageCodesOf, languageName, languageRegistry } from '../../../src/lib/languages/recipients';
import { LANGUAGE_CODES as NOTICE_CODES } from '../../../src/lib/notice/languages';
import { LANGUAGE_CODES as REPLY_CODES } from '../../../src/lib/replies/languages';

describe('the recipient languages', () => {
  it('list each code once, English first', () => {
    const codes = RECIPIENT_LANGUAGES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes[0]).toBe('en');
  });

  it('say which tool writes which language: the notice generator nine, the reply composer those and Russian', () => {
    expect(languageCodesOf('notice')).toEqual(['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'sv']);
    expect(languageCodesOf('replies')).toEqual([...languageCodesOf('notice'), 'ru']);
    expect(NOTICE_CODES).toEqual(languageCodesOf('notice'));
    expect(REPLY_CODES).toEqual(languageCodesOf('replies'));
  });

  it('name each language in English', () => {
    expect(languageName('de')).toBe('German');
    expect(languageName('ru')).toBe('Russian');
  });
});

describe('a language registry', () => {
  it('loads each language once, and every language as one shared promise', async () => {
    const calls: string[] = [];
    const registry = languageRegistry(['en', 'de'] as const, async (code) => {
      calls.push(code);
      return `text ${code}`;
    });
    expect(registry.languages.map(({ code, name }) => ({ code, name }))).toEqual([
      { code: 'en', name: 'English' },
      { code: 'de', name: 'German' },
    ]);
    await expect(registry.loadLanguage('de')).resolves.toBe('text de');
    expect(registry.loadLanguages()).toBe(registry.loadLanguages());
    await expect(registry.loadLanguages()).resolves.toEqual({ en: 'text en', de: 'text de' });
    expect(calls).toEqual(['de', 'en']);
  });

  it('forgets a failed load, so the next call tries again (the page went offline before the files were cached)', async () => {
    let fail = true;
    const registry = languageRegistry(['en'] as const, async () => {
      if (fail) throw new Error('offline');
      return 'text';
    });
    await expect(registry.loadLanguages()).rejects.toThrow('offline');
    await expect(registry.loadLanguage('en')).rejects.toThrow('offline');
    fail = false;
    await expect(registry.loadLanguages()).resolves.toEqual({ en: 'text' });
  });
});
