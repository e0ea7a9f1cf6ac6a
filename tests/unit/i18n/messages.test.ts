import { describe, expect, it } from 'vitest';
import { EN } from '../../../src/lib/i18n/en';
import { getMessages, pendingAreas, TRANSLATED_AREAS } from '../../../src/lib/i18n/catalogs';
import { formatDate, formatNumber, plural } from '../../../src/lib/i18n/format';
import { LOCALE_DIR, LOCALES, localePath, toLocale } from '../../../src/lib/i18n/locales';

describe('getMessages', () => {
  it('gives the English catalog for English', () => {
    expect(getMessages('en')).toBe(EN);
  });

  it.each([
    ['ru', 'Разрешено', 'Очистить сохранённые данные'],
    ['ar', 'مسموح', 'مسح البيانات المحفوظة'],
  ] as const)('gives the %s words of every translated area', (locale, allowed, clear) => {
    const messages = getMessages(locale);
    expect(messages.site.rules.allowed).toBe(allowed);
    expect(messages.common.clearSavedData).toBe(clear);
  });

  it.each(LOCALES)('has every area of the English catalog in %s (a tool never gets undefined)', (locale) => {
    expect(Object.keys(getMessages(locale)).sort()).toEqual(Object.keys(EN).sort());
  });

  it('takes an area not translated yet from English, and only such an area', () => {
    const pending = pendingAreas();
    for (const locale of LOCALES) {
      for (const area of pending) expect(getMessages(locale)[area]).toBeDefined();
    }
    expect(pending.filter((area) => (TRANSLATED_AREAS as readonly string[]).includes(area))).toEqual([]);
  });

  it('builds each catalog once', () => {
    expect(getMessages('ru')).toBe(getMessages('ru'));
  });
});

describe('the locales', () => {
  it.each([
    [undefined, 'en'],
    ['en', 'en'],
    ['ru', 'ru'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['RU', 'ru'],
    ['de', 'en'],
  ] as const)('reads %s as %s', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect(LOCALE_DIR).toEqual({ en: 'ltr', ru: 'ltr', ar: 'rtl' });
  });

  it.each([
    ['en', '/reference/countries/#de', '/reference/countries/#de'],
    ['ru', '/reference/countries/#de', '/ru/reference/countries/#de'],
    ['ar', '/', '/ar/'],
  ] as const)('puts %s pages in their folder: %s → %s', (locale, path, expected) => {
    expect(localePath(locale, path)).toBe(expected);
  });

  it('refuses a path that is not root-relative', () => {
    expect(() => localePath('ru', 'reference/')).toThrow(/root-relative/);
    expect(() => localePath('ru', '//evil.example/')).toThrow(/root-relative/);
  });
});

describe('numbers, dates and plurals for the locale', () => {
  it('writes Arabic numbers in Latin digits, like the article numbers around them', () => {
    expect(formatNumber(12345, 'ar')).toBe('12,345');
    expect(formatNumber(12345, 'ru')).toBe('12\u00a0345');
  });

  it.each([
    ['en', '12 June 2025'],
    ['ru', '12 июня 2025 г.'],
    ['ar', '12 يونيو 2025'],
  ] as const)('writes a record date in %s words: %s', (locale, text) => {
    expect(formatDate('2025-06-12', locale)).toBe(text);
  });

  it('keeps the calendar day in every time zone (read and written in UTC)', () => {
    expect(formatDate('2025-01-01', 'en')).toBe('1 January 2025');
  });

  it('refuses a date it cannot read', () => {
    expect(() => formatDate('June 2025', 'en')).toThrow(/2025-06-12/);
  });

  it.each([
    [1, '1 страна'],
    [3, '3 страны'],
    [5, '5 стран'],
    [21, '21 страна'],
    [32, '32 страны'],
  ])('counts countries in Russian: %i → %s', (n, text) => {
    expect(plural(getMessages('ru').site.countries.count, n, {}, 'ru')).toBe(text);
  });

  it.each([
    [1, 'دولة واحدة'],
    [2, 'دولتان'],
    [5, '5 دول'],
    [32, '32 دولة'],
    [100, '100 دولة'],
  ])('counts countries in Arabic: %i → %s', (n, text) => {
    expect(plural(getMessages('ar').site.countries.count, n, {}, 'ar')).toBe(text);
  });
});
