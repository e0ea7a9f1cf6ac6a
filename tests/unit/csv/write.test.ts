import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv/parse.ts';
import { FORMULA_TRIGGERS, UTF8_BOM, formatCsvRow, isFormulaLike } from '../../../src/lib/csv/write.ts';

describe('quoting only where needed', () => {
  it.each([
    ['plain cells', ['a@b.c', 'Anna', 'Acme'], ',', 'a@b.c,Anna,Acme\r\n'],
    ['the delimiter', ['Acme, Inc.', 'x'], ',', '"Acme, Inc.",x\r\n'],
    ['another delimiter is not special', ['Acme, Inc.', 'x'], ';', 'Acme, Inc.;x\r\n'],
    ['a quote is doubled', ['say "hi"'], ',', '"say ""hi"""\r\n'],
    ['LF', ['line 1\nline 2'], ',', '"line 1\nline 2"\r\n'],
    ['CR', ['a\rb'], ',', '"a\rb"\r\n'],
    ['tab delimiter', ['a\tb', 'c'], '\t', '"a\tb"\tc\r\n'],
    ['spaces stay unquoted', [' a ', ' b'], ',', ' a , b\r\n'],
    ['empty cells', ['', 'x', ''], ',', ',x,\r\n'],
    ['a leading U+FEFF is quoted so it is not taken for a BOM', ['\uFEFFa'], ',', '"\uFEFFa"\r\n'],
    ['one empty cell is a blank line', [''], ',', '\r\n'],
    ['no cells is a blank line', [], ',', '\r\n'],
    ['Cyrillic and emoji', ['ООО "Ромашка"', '👍'], ';', '"ООО ""Ромашка""";👍\r\n'],
  ])('%s', (_name, cells, delimiter, line) => {
    expect(formatCsvRow(cells, delimiter)).toBe(line);
  });
});

describe('formula injection', () => {
  it.each([
    ['=1+1', true],
    ['+49 30 1234567', true],
    ['-5', true],
    ['@SUM(A1)', true],
    ['\t=1', true],
    ['\r=1', true],
    ['\n=1', true],
    ['  =HYPERLINK("http://x")', true],
    ['=2+2\nsecond line', true],
    ['a=1', false],
    ['', false],
    ['   ', false],
    ["'=1", false],
    ['anna@example.com', false],
    ['Müller', false],
  ])('isFormulaLike(%j) = %s', (cell, expected) => {
    expect(isFormulaLike(cell)).toBe(expected);
  });

  it('exports the trigger set (OWASP: = + - @ tab CR LF)', () => {
    expect([...FORMULA_TRIGGERS].sort()).toEqual(['\t', '\n', '\r', '+', '-', '=', '@'].sort());
  });

  it.each([
    ['a formula gets a leading apostrophe', ['=1+1', 'x'], "'=1+1,x\r\n"],
    ['then quoted if needed', ['=HYPERLINK("http://evil","click")'], '"\'=HYPERLINK(""http://evil"",""click"")"\r\n'],
    ['a multi-line value starting with =', ['=2+2\nx'], '"\'=2+2\nx"\r\n'],
    ['leading spaces before the trigger', ['  @cmd'], "'  @cmd\r\n"],
    ['a tab trigger is quoted only for a tab delimiter', ['\tx'], "'\tx\r\n"],
    ['ordinary cells are untouched', ['anna@example.com', 'Anna'], 'anna@example.com,Anna\r\n'],
  ])('%s', (_name, cells, line) => {
    expect(formatCsvRow(cells, ',', { protectFormulas: true })).toBe(line);
  });

  it('off by default', () => {
    expect(formatCsvRow(['=1+1'], ',')).toBe('=1+1\r\n');
  });

  it('the escaped file reads back with the apostrophe, the original value is not lost', () => {
    const cells = ['=1+1', '-5', 'plain'];
    const line = formatCsvRow(cells, ';', { protectFormulas: true });
    expect(parseCsv(line, { delimiter: ';' })).toEqual([["'=1+1", "'-5", 'plain']]);
  });
});

describe('byte order mark', () => {
  it('is U+FEFF, and a file that starts with it parses without it', () => {
    expect(UTF8_BOM).toBe('\uFEFF');
    const file = UTF8_BOM + formatCsvRow(['email', 'name'], ';') + formatCsvRow(['a@b.c', 'A'], ';');
    expect(parseCsv(file, { delimiter: ';' })).toEqual([
      ['email', 'name'],
      ['a@b.c', 'A'],
    ]);
  });
});
