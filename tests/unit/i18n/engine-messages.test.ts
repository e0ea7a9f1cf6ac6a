import { describe, expect, it } from 'vitest';
import type { EngineCode, EngineMessage } from '../../../src/lib/clean/messages';
import { emptySummary } from '../../../src/lib/clean/summary';
import { EN } from '../../../src/lib/i18n/en';
import { getMessages } from '../../../src/lib/i18n/catalogs';
import { engineMessage, engineText, summaryJson } from '../../../src/lib/i18n/engine-messages';
import { LOCALES, type Locale } from '../../../src/lib/i18n/locales';

/**
 * The list cleaner engine's messages (issue #16): every code worded in every language, with no
 * English left in Russian or Arabic, and the English exactly as the CLI printed it before.
 */

/** Messages of every code, in the shapes that pick different wordings. A code without one is a type error. */
const SAMPLES: { [C in EngineCode]: Extract<EngineMessage, { code: C }>[] } = {
  empty: [{ code: 'empty', file: 'leads.csv' }],
  blank: [{ code: 'blank', file: 'leads.csv' }],
  firstLineTooLong: [{ code: 'firstLineTooLong', file: 'leads.csv', megabytes: 64 }],
  notCsv: (['xlsx', 'numbers', 'ods', 'zip', 'xls', 'pdf', 'binary'] as const).map((kind) => ({ code: 'notCsv', file: 'leads.csv', kind })),
  addressInHeader: [{ code: 'addressInHeader', file: 'leads.csv', cell: 'jane@acme.com' }],
  noEmailColumn: [
    { code: 'noEmailColumn', file: 'leads.csv', columns: ['Name', 'Company'], more: 0 },
    { code: 'noEmailColumn', file: 'leads.csv', columns: ['Name', 'Company'], more: 388 },
  ],
  noColumnNumber: [1, 2, 3, 5, 11, 21].map((count) => ({ code: 'noColumnNumber', number: 30, count })),
  noColumnNamed: [
    { code: 'noColumnNamed', name: 'Mail', columns: ['Email', 'Name'], more: 0 },
    { code: 'noColumnNamed', name: 'Mail', columns: ['Email', 'Name'], more: 1 },
  ],
  unbalancedQuote: [{ code: 'unbalancedQuote', file: 'leads.csv', line: 5 }],
  fieldTooLong: [{ code: 'fieldTooLong', file: 'leads.csv', line: 5, max: 67_108_864 }],
  encodingChanges: [{ code: 'encodingChanges', file: 'leads.csv', row: 9000, before: 'windows-1252', after: 'windows-1251' }],
  reading: [
    { code: 'reading', file: null, encoding: 'windows-1251', asciiBytes: null, sure: false },
    { code: 'reading', file: null, encoding: 'windows-1251', asciiBytes: 300 * 1024, sure: true },
    { code: 'reading', file: null, encoding: 'windows-1251', asciiBytes: 3 * 1024 * 1024, sure: false },
    { code: 'reading', file: 'stop.csv', encoding: 'koi8-r', asciiBytes: null, sure: false },
    { code: 'reading', file: 'stop.csv', encoding: 'koi8-r', asciiBytes: 812, sure: true },
    { code: 'reading', file: 'stop.csv', encoding: 'koi8-r', asciiBytes: 812, sure: false },
  ],
  badRows: [
    { code: 'badRows', rows: [4], count: 1, encoding: 'utf-8', readAs: ['windows-1252'] },
    { code: 'badRows', rows: [4, 17, 230], count: 3, encoding: 'utf-8', readAs: ['windows-1252', 'windows-1250'] },
    { code: 'badRows', rows: [2, 3, 4], count: 1240, encoding: 'windows-1251', readAs: [] },
    { code: 'badRows', rows: [7], count: 1, encoding: 'windows-1251', readAs: [] },
  ],
  skipped: [1, 2, 3, 5, 11, 21, 100].map((count) => ({ code: 'skipped', count })),
  suppressionBadLines: [
    { code: 'suppressionBadLines', file: 'stop.csv', lines: [4], count: 1, encoding: 'utf-8' },
    { code: 'suppressionBadLines', file: 'stop.csv', lines: [4, 9], count: 2, encoding: 'utf-8' },
    { code: 'suppressionBadLines', file: 'stop.csv', lines: [4], count: 1, encoding: 'windows-1252' },
    { code: 'suppressionBadLines', file: 'stop.csv', lines: [1, 2], count: 30, encoding: 'windows-1252' },
  ],
};

const ALL: EngineMessage[] = Object.values(SAMPLES).flat();
const texts = (locale: Locale) => getMessages(locale).cleaner.engine;

/**
 * Latin words a Russian or Arabic sentence rightly keeps: product and format names, the CLI's
 * flags, the header an example suggests ("Email", a column name that detection knows) and
 * "email", as the Russian catalog writes it ("колонка email", "email-адрес").
 */
const KEPT_LATIN = /\b(?:CSV UTF-8|CSV|UTF-8|ASCII|Excel|Apple Numbers|Numbers|OpenDocument|LibreOffice|ZIP|PDF|CRM|Windows|[Ee]mail|xlsx|xls|ods)\b|--email-column|--encoding/g;

describe('every engine message, in every language', () => {
  it('has a sample of every code the renderer knows', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...new Set(ALL.map((m) => m.code))].sort());
  });

  describe.each(LOCALES)('%s', (locale) => {
    it.each(ALL.map((message) => [JSON.stringify(message), message] as const))('words %s with every placeholder filled', (_name, message) => {
      const text = engineText(message, texts(locale), locale);
      expect(text.trim().length).toBeGreaterThan(20);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toContain('undefined');
    });
  });

  describe.each(['ru', 'ar'] as const)('%s has no English left', (locale) => {
    it.each(ALL.map((message) => [JSON.stringify(message), message] as const))('in %s', (_name, message) => {
      const { text, ltr } = engineMessage(message, texts(locale), locale);
      // The left-to-right values (file and column names, cells, encodings) are still placeholders here.
      expect(Object.keys(ltr).every((key) => text.includes(`{${key}}`))).toBe(true);
      const words = text.replace(/\{\w+\}/g, '').replace(KEPT_LATIN, '');
      expect(words.match(/[A-Za-z]{2,}/g)).toBeNull();
    });
  });
});

describe('the English words, exactly as the CLI has always printed them', () => {
  const en = (message: EngineMessage) => engineText(message, EN.cleaner.engine, 'en');

  it.each<[EngineMessage, string]>([
    [{ code: 'empty', file: 'leads.csv' }, '"leads.csv" is empty (0 bytes). Export the list again as CSV and load that file.'],
    [{ code: 'firstLineTooLong', file: 'leads.csv', megabytes: 64 }, 'The first line of "leads.csv" is longer than 64 MB: this is not a list of rows. Check that it is the CSV export.'],
    [{ code: 'noColumnNamed', name: 'Mail', columns: ['Email', 'Name'], more: 3 }, 'There is no column named "Mail". The columns are: Email, Name and 3 more.'],
    [{ code: 'reading', file: null, encoding: 'windows-1251', asciiBytes: 300 * 1024, sure: true }, 'The list holds only ASCII characters for its first 300 KB; the rest reads as windows-1251, and so it was read.'],
    [{ code: 'reading', file: 'stop.csv', encoding: 'koi8-r', asciiBytes: 3 * 1024 * 1024, sure: true }, 'The suppression file "stop.csv" holds only ASCII characters for its first 3.0 MB; the rest reads as koi8-r, and so it was read.'],
    [{ code: 'badRows', rows: [4, 17, 230], count: 3, encoding: 'utf-8', readAs: ['windows-1252'] }, 'Rows 4, 17 and 230 hold bytes that are not valid utf-8: they were read as windows-1252 characters, where they most likely come from. Check them.'],
    [{ code: 'badRows', rows: [7], count: 1, encoding: 'windows-1251', readAs: [] }, 'Row 7 holds bytes that are not valid windows-1251: each was written as �. Check it.'],
    [{ code: 'skipped', count: 1 }, '1 line above the header row was skipped; the report lists it.'],
    [{ code: 'skipped', count: 2 }, '2 lines above the header row were skipped; the report lists them.'],
    [{ code: 'suppressionBadLines', file: 'stop.csv', lines: [4, 9], count: 2, encoding: 'windows-1252' }, 'The suppression file "stop.csv": Lines 4 and 9 hold bytes that are not valid windows-1252; they were read as �.'],
  ])('%j', (message, sentence) => {
    expect(en(message)).toBe(sentence);
  });
});

describe('numbers, plurals and lists follow the language', () => {
  it('Russian picks the form of each count', () => {
    const skipped = (count: number) => engineText({ code: 'skipped', count }, texts('ru'), 'ru');
    expect([1, 3, 5, 21].map(skipped)).toEqual([
      '1 строка над строкой заголовков пропущена; она указана в отчёте.',
      '3 строки над строкой заголовков пропущены; они указаны в отчёте.',
      '5 строк над строкой заголовков пропущено; они указаны в отчёте.',
      '21 строка над строкой заголовков пропущена; она указана в отчёте.',
    ]);
  });

  it('Arabic says one and two in words, and 11 with the singular accusative', () => {
    const skipped = (count: number) => engineText({ code: 'skipped', count }, texts('ar'), 'ar');
    expect(skipped(1)).toContain('سطر واحد');
    expect(skipped(2)).toContain('سطرين');
    expect(skipped(3)).toContain('3 أسطر');
    expect(skipped(11)).toContain('11 سطرًا');
  });

  it('lists rows with the language’s "and", and many rows with the total written for the locale', () => {
    const rows = (locale: Locale, shown: number[], count: number) => engineText({ code: 'badRows', rows: shown, count, encoding: 'utf-8', readAs: ['windows-1252'] }, texts(locale), locale);
    expect(rows('ru', [4, 17, 230], 3)).toContain('В строках 4, 17 и 230 ');
    expect(rows('ar', [4, 17, 230], 3)).toContain('4 و17 و230');
    expect(rows('ru', [2, 3], 1240)).toContain('2, 3 … (всего 1\u00a0240)');
    expect(rows('ar', [2, 3], 1240)).toContain('2، 3 … (المجموع 1,240)');
  });

  it('sizes in the language’s units and decimal sign', () => {
    const size = (locale: Locale) => engineText({ code: 'reading', file: null, encoding: 'koi8-r', asciiBytes: 1.5 * 1024 * 1024, sure: true }, texts(locale), locale);
    expect(size('ru')).toContain('Первые 1,5 МБ списка');
    expect(size('ar')).toContain('أول 1.5 ميغابايت');
  });
});

describe('text from the file stays a value apart from the sentence', () => {
  it('a file name is a left-to-right value, never part of the translated text', () => {
    const { text, ltr } = engineMessage({ code: 'empty', file: 'قائمة {count}.csv' }, texts('ar'), 'ar');
    expect(text).toContain('«{file}»');
    expect(ltr).toEqual({ file: 'قائمة {count}.csv' });
    expect(engineText({ code: 'empty', file: 'قائمة {count}.csv' }, texts('ar'), 'ar')).toContain('«قائمة {count}.csv»');
  });

  it('each encoding in a list of encodings is a value of its own, joined by the language’s "or"', () => {
    const { text, ltr } = engineMessage({ code: 'badRows', rows: [4], count: 1, encoding: 'utf-8', readAs: ['windows-1252', 'windows-1250'] }, texts('ar'), 'ar');
    expect(text).toContain('{enc0} أو {enc1}');
    expect(ltr).toMatchObject({ encoding: 'utf-8', enc0: 'windows-1252', enc1: 'windows-1250' });
  });
});

describe('the summary as JSON', () => {
  it('keeps the contract keys in order and words the notes in the language asked for', () => {
    const summary = { ...emptySummary({ rows: 3, skipped: 2, rowsWithBadBytes: 0, encoding: 'utf-8', delimiter: ',', emailColumn: 'Email' }), notes: [{ code: 'skipped', count: 2 } as const] };
    const ru = summaryJson(summary, texts('ru'), 'ru');
    expect(Object.keys(ru)).toEqual(['input', 'kept', 'removed', 'flagged', 'suppression', 'notes']);
    expect(ru.notes).toEqual(['2 строки над строкой заголовков пропущены; они указаны в отчёте.']);
    expect(summaryJson(summary, EN.cleaner.engine, 'en').notes).toEqual(['2 lines above the header row were skipped; the report lists them.']);
  });
});
