import { describe, expect, it } from 'vitest';
import { CsvError, createCsvParser, parseCsv } from '../../../src/lib/csv/parse.ts';
import { parsePieces, splitText } from './byte-fixtures.ts';

/** Every way of cutting `text` into two pieces, plus one character at a time. */
function everySplit(text: string): string[][] {
  const splits: string[][] = [];
  for (let cut = 0; cut <= text.length; cut++) splits.push(splitText(text, [cut]));
  splits.push(Array.from({ length: text.length }, (_, i) => text.charAt(i)));
  return splits;
}

/** Asserts the rows, whole and under every chunk split. */
function expectRows(text: string, delimiter: string, rows: string[][]): void {
  expect(parseCsv(text, { delimiter })).toEqual(rows);
  for (const pieces of everySplit(text)) {
    expect(parsePieces(pieces, delimiter), `pieces ${JSON.stringify(pieces)}`).toEqual(rows);
  }
}

describe('line endings', () => {
  it.each([
    ['LF', 'a,b\nc,d\n', [['a', 'b'], ['c', 'd']]],
    ['CRLF', 'a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['lone CR (old Mac)', 'a,b\rc,d\r', [['a', 'b'], ['c', 'd']]],
    ['LF header, CRLF body', 'email,name\nx@y.z,X\r\nq@r.s,Q\r\n', [['email', 'name'], ['x@y.z', 'X'], ['q@r.s', 'Q']]],
    ['mixed in one file', 'a\nb\r\nc\rd', [['a'], ['b'], ['c'], ['d']]],
    ['no final line break', 'a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['CRLF rows with LF inside quoted cells (Excel Alt+Enter)', 'name,note\r\nAnn,"line 1\nline 2"\r\nBob,x\r\n', [['name', 'note'], ['Ann', 'line 1\nline 2'], ['Bob', 'x']]],
    ['CRLF kept verbatim inside quotes', '"a\r\nb",c\r\n', [['a\r\nb', 'c']]],
    ['lone CR kept verbatim inside quotes', '"a\rb",c\r', [['a\rb', 'c']]],
  ])('%s', (_name, text, rows) => {
    expectRows(text, ',', rows);
  });
});

describe('blank lines (returned as [""] so the caller can count them)', () => {
  it.each([
    ['blank line between rows', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['leading blank lines', '\n\r\na,b\n', [[''], [''], ['a', 'b']]],
    ['many trailing blank lines', 'a\n\n\n', [['a'], [''], ['']]],
    ['one trailing line break adds no row', 'a\n', [['a']]],
    ['a row of delimiters is not blank', ',,\n', [['', '', '']]],
    ['empty input', '', []],
    ['only a line break', '\r\n', [['']]],
  ])('%s', (_name, text, rows) => {
    expectRows(text, ',', rows);
  });
});

describe('quoting', () => {
  it.each([
    ['quoted delimiter', '"Acme, Inc.",x\n', [['Acme, Inc.', 'x']]],
    ['escaped quotes', '"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['only an escaped quote', '""""\n', [['"']]],
    ['empty quoted field', '"",""\n', [['', '']]],
    ['quoted field at end of input', 'a,"b"', [['a', 'b']]],
    ['quoted line breaks', '"1\n2\r\n3",x\n', [['1\n2\r\n3', 'x']]],
    ['lenient: quote inside an unquoted field is literal', '6\'5",x\n', [['6\'5"', 'x']]],
    ['lenient: text after a closing quote is appended', '"ab"cd,e\n', [['abcd', 'e']]],
    ['lenient: a space before the opening quote makes it unquoted', 'a, "x",b\n', [['a', ' "x"', 'b']]],
    ['single quotes are not quoting', "'a,b',c\n", [["'a", "b'", 'c']]],
    ['BOM before a quoted header is dropped', '\uFEFF"email","name"\r\na@b.c,A\r\n', [['email', 'name'], ['a@b.c', 'A']]],
    ['U+FEFF later in the file is kept', 'a\n\uFEFFb\n', [['a'], ['\uFEFFb']]],
  ])('%s', (_name, text, rows) => {
    expectRows(text, ',', rows);
  });

  it('quoted semicolons in a ; file', () => {
    expectRows('"a;b";c\n', ';', [['a;b', 'c']]);
  });
});

describe('ragged rows and empty columns are returned as they are', () => {
  it.each([
    ['too few and too many fields', 'a,b,c\n1\n1,2,3,4\n', [['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]],
    ['trailing empty columns', 'a,b,,\n1,2,,\n', [['a', 'b', '', ''], ['1', '2', '', '']]],
    ['trailing delimiter at end of input', 'a,', [['a', '']]],
    ['leading empty column', ',a\n', [['', 'a']]],
    ['whitespace is kept', ' a , b \n', [[' a ', ' b ']]],
  ])('%s', (_name, text, rows) => {
    expectRows(text, ',', rows);
  });
});

describe('delimiters', () => {
  it.each([
    [',', 'a,b\n'],
    [';', 'a;b\n'],
    ['\t', 'a\tb\n'],
    ['|', 'a|b\n'],
  ])('%j', (delimiter, text) => {
    expectRows(text, delimiter, [['a', 'b']]);
  });

  it.each(['', ',,', '"', '\n', '\r'])('rejects %j', (delimiter) => {
    expect(() => createCsvParser({ delimiter })).toThrow(RangeError);
  });
});

describe('chunk boundaries', () => {
  it('regression (Papa Parse #1103, #1132): \\r\\n split across pushes gives no stray \\r and no extra row', () => {
    const parser = createCsvParser({ delimiter: ',' });
    expect(parser.push('a,b\r')).toEqual([['a', 'b']]);
    expect(parser.push('\nc,d\r')).toEqual([['c', 'd']]);
    expect(parser.push('\n')).toEqual([]);
    expect(parser.end()).toEqual([]);
  });

  it('a quote split from its pair is still an escaped quote', () => {
    const parser = createCsvParser({ delimiter: ',' });
    expect(parser.push('"a"')).toEqual([]);
    expect(parser.push('"b",c\n')).toEqual([['a"b', 'c']]);
  });

  it('a closing quote at the end of a push closes the field', () => {
    const parser = createCsvParser({ delimiter: ',' });
    expect(parser.push('"a"')).toEqual([]);
    expect(parser.push(',b\n')).toEqual([['a', 'b']]);
  });

  it('rows are returned as soon as their line break arrives', () => {
    const parser = createCsvParser({ delimiter: ',' });
    expect(parser.push('a,b\nc')).toEqual([['a', 'b']]);
    expect(parser.push(',d')).toEqual([]);
    expect(parser.push('\n')).toEqual([['c', 'd']]);
  });

  it('empty pushes change nothing', () => {
    const parser = createCsvParser({ delimiter: ',' });
    expect(parser.push('"a\r')).toEqual([]);
    expect(parser.push('')).toEqual([]);
    expect(parser.push('\nb"\r')).toEqual([['a\r\nb']]);
    expect(parser.push('')).toEqual([]);
    expect(parser.push('\nc')).toEqual([]);
    expect(parser.end()).toEqual([['c']]);
  });

  it('a field spanning many pushes', () => {
    const long = 'x'.repeat(10_000);
    const text = `id,note\n1,"${long}, ""quoted"" ${long}"\n2,${long}\n`;
    const pieces = splitText(text, [5, 100, 4000, 10_012, 10_013, 15_000, 20_010, 20_030]);
    expect(parsePieces(pieces, ',')).toEqual([
      ['id', 'note'],
      ['1', `${long}, "quoted" ${long}`],
      ['2', long],
    ]);
  });

  it('the parser can be reused after end()', () => {
    const parser = createCsvParser({ delimiter: ',' });
    parser.push('a,b\nc');
    expect(parser.end()).toEqual([['c']]);
    expect(parser.push('\uFEFFx\n')).toEqual([['x']]);
    expect(parser.end()).toEqual([]);
  });
});

/** The CsvError thrown by `fn`, or a failure if it did not throw one. */
function csvErrorOf(fn: () => unknown): CsvError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error('expected a CsvError');
}

describe('unbalanced quote', () => {
  it.each([
    ['on the first line', '"a,b\nc,d\n', 1],
    ['after plain rows', 'a\nb\n"c\nd\n', 3],
    ['after CRLF rows', 'a\r\nb\r\n"c\r\nd\r\n', 3],
    ['after lone-CR rows', 'a\rb\r"c\rd\r', 3],
    ['after blank lines', '\n\n\nx,"y\n', 4],
    ['after a quoted cell with line breaks (lines, not rows)', 'a,"1\n2\r\n3\r4"\nb,"open', 5],
    ['after a quoted CRLF', '"x\r\ny"\n"z', 3],
    ['in the middle of a row', 'a,b,"c\n', 1],
    ['a closing quote that was really an escaped one', 'a\n"b""\n', 2],
  ])('%s: names the line where the quote opens', (_name, text, line) => {
    for (const pieces of everySplit(text)) {
      const error = csvErrorOf(() => parsePieces(pieces, ','));
      expect(error.code).toBe('unbalanced-quote');
      expect(error.row, `pieces ${JSON.stringify(pieces)}`).toBe(line);
      expect(error.message).toBe(
        `Unbalanced quote: the quoted field that starts on line ${line} never closes. Check that line for a stray " character.`,
      );
    }
  });

  it('push() does not throw; the error comes at end()', () => {
    const parser = createCsvParser({ delimiter: ',' });
    expect(parser.push('a\n"b\nc\n')).toEqual([['a']]);
    expect(() => parser.end()).toThrow(CsvError);
  });

  it('a runaway quoted field fails early with field-too-long instead of filling memory', () => {
    const parser = createCsvParser({ delimiter: ',', maxFieldLength: 100 });
    parser.push('ok\nok\n"stray');
    const error = csvErrorOf(() => {
      for (let i = 0; i < 10; i++) parser.push('x'.repeat(20));
    });
    expect(error.code).toBe('field-too-long');
    expect(error.row).toBe(3);
    expect(error.message).toMatch(/starts on line 3 is longer than 100 characters/);
  });
});

describe('Unicode', () => {
  it.each([
    ['Cyrillic', 'Имя;Компания\nИван;ООО "Ромашка"\n', ';', [['Имя', 'Компания'], ['Иван', 'ООО "Ромашка"']]],
    ['quoted Cyrillic company', 'Имя;Компания\nИван;"ООО ""Ромашка"""\n', ';', [['Имя', 'Компания'], ['Иван', 'ООО "Ромашка"']]],
    ['emoji and combining marks', 'a,b\n👍🏽,e\u0301\n', ',', [['a', 'b'], ['👍🏽', 'e\u0301']]],
    ['U+FFFD already in the input', 'a\uFFFDb,c\n', ',', [['a\uFFFDb', 'c']]],
    ['NUL characters are data', 'a\u0000b,c\n', ',', [['a\u0000b', 'c']]],
  ])('%s', (_name, text, delimiter, rows) => {
    expectRows(text, delimiter, rows);
  });
});

describe('a quoted field longer than the pieces it arrives in', () => {
  /** 3 MiB of quoted text with line breaks, in 64 KiB pieces as a browser reads a file. */
  const long = `x\n"${'0123456789abcde\n'.repeat(3 * 65536)}",y\nz,"open\n`;
  const pieces = Array.from({ length: Math.ceil(long.length / 65536) }, (_, i) => long.slice(i * 65536, (i + 1) * 65536));

  it('comes back whole, and the line numbers after it stay exact', () => {
    const parser = createCsvParser({ delimiter: ',' });
    const rows = pieces.flatMap((piece) => parser.push(piece));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['0123456789abcde\n'.repeat(3 * 65536), 'y']);
    const error = csvErrorOf(() => parser.end());
    expect(error.row).toBe(3 + 3 * 65536);
  });

  it('still fails with field-too-long when it never closes', () => {
    const parser = createCsvParser({ delimiter: ',', maxFieldLength: 2 * 1024 * 1024 });
    const error = csvErrorOf(() => pieces.forEach((piece) => parser.push(piece)));
    expect(error.code).toBe('field-too-long');
    expect(error.row).toBe(2);
  });
});
