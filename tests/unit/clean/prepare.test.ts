/**
 * A prepared batch writes each record as `formatCsvRow` writes its cells, whether it copies the
 * record's text (canonical records) or not, and counts the cells `isFormulaLike` flags.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreparedRow } from '../../../src/lib/clean/preparer.ts';
import { hashedKey } from '../../../src/lib/collections/key-index.ts';
import { BAD_BYTES, BLANK, CANONICAL } from '../../../src/lib/clean/row-codes.ts';
import { ByteWriter } from '../../../src/lib/bytes/byte-writer.ts';
import { writeKept, writeProtected, type PreparedBatch } from '../../../src/lib/clean/batch.ts';
import { prepareBatch, type PrepareSetup } from '../../../src/lib/clean/batch-builder.ts';
import { prepareBytes } from '../../../src/lib/clean/decode-piece.ts';
import { parseCsv } from '../../../src/lib/csv/parse.ts';
import { formatCsvRow, isFormulaLike } from '../../../src/lib/csv/write.ts';

const formulaCells = (row: readonly string[]) => row.filter((cell) => isFormulaLike(cell)).length;

/** What a writer writes, as text. */
function written(write: (out: ByteWriter) => void): string {
  const out = new ByteWriter(16);
  write(out);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(out.take());
}
/** Record i's line in the cleaned list. */
const keptLine = (batch: PreparedBatch, i: number, protectFormulas: boolean) => written((out) => writeKept(batch, i, protectFormulas, out));
/** Record i's cells in the report, with CRLF. */
const reportCells = (batch: PreparedBatch, i: number) => written((out) => writeProtected(batch, i, out));

const unit = fc.constantFrom('a', ' ', ',', ';', '"', '\n', '\r\n', '=', '+', '-', '@', '\t', 'é', '\uFEFF');
const cell = fc.record({ text: fc.string({ unit, maxLength: 8 }), quote: fc.boolean() });
/** A CSV text with random (not only necessary) quoting, and its rows. */
const csv = fc
  .record({
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
    delimiter: fc.constantFrom(',', ';'),
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
  })
  .map(({ rows, delimiter, newline, bom }) => ({
    delimiter,
    text:
      (bom ? '\uFEFF' : '') +
      rows
        .map((cells) =>
          cells
            .map(({ text, quote }) => {
              const must = /["\r\n]/.test(text) || text.includes(delimiter) || text.startsWith('\uFEFF');
              return quote || must ? `"${text.replaceAll('"', '""')}"` : text;
            })
            .join(delimiter),
        )
        .join(newline),
  }));

/** Every row is "valid": this test is about the text, not the decisions. */
const VALID_ROW: PreparedRow = { status: 'valid', detail: '', key: hashedKey('k'), suppressedBy: null, classBits: 0, removal: null, removalDetail: '' };
const prepare: PrepareSetup['prepare'] = {
  many: (emails, _countries, each) => emails.forEach((cell, i) => cell !== undefined && each(i, VALID_ROW)),
};
/** A setup whose preparer says every row is valid. */
const setupOf = (delimiter: string, protectFormulas: boolean): PrepareSetup => ({ delimiter, protectFormulas, emailColumn: 0, countryColumn: null, prepare });

describe('prepareBatch', () => {
  it('a piece that failed half-way leaves nothing behind for the next one', () => {
    // The email column is read per record: the third read throws, in the middle of the scan.
    let reads = 0;
    const failing: PrepareSetup = {
      ...setupOf(',', false),
      get emailColumn() {
        if (++reads === 3) throw new Error('stop');
        return 0;
      },
    };
    expect(() => prepareBatch('a@x.com,1\nb@x.com,2\n"c@x.com",3\nd@x.com,4\n', false, failing)).toThrow('stop');
    const batch = prepareBatch('e@x.com,5\nf@x.com,6\n', false, setupOf(',', false));
    expect(batch.count).toBe(2);
    expect([keptLine(batch, 0, false), keptLine(batch, 1, false)]).toEqual(['e@x.com,5\r\n', 'f@x.com,6\r\n']);
  });

  it('kept lines, report cells and formula counts match formatCsvRow and countFormulaCells', () => {
    fc.assert(
      fc.property(csv, fc.boolean(), ({ text, delimiter }, protectFormulas) => {
        const batch = prepareBatch(text, true, setupOf(delimiter, protectFormulas));
        const rows = parseCsv(text, { delimiter });
        expect(batch.count).toBe(rows.length);
        rows.forEach((values, i) => {
          if (batch.status[i] === BLANK) {
            expect(values).toEqual(['']);
            return;
          }
          expect(keptLine(batch, i, protectFormulas)).toBe(formatCsvRow(values, delimiter, { protectFormulas }));
          expect(reportCells(batch, i)).toBe(formatCsvRow(values, delimiter, { protectFormulas: true }));
          expect(batch.formulaFrom[i + 1]! - batch.formulaFrom[i]!).toBe(formulaCells(values));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it.each<[string, number]>([
    ['jane@acme.com,Acme,', 0],
    ['=1+1,+49 30 1234,-5,@SUM(A1)', 4],
    ['"  =HYPERLINK(""x"")","\tx","\rx","\nx"', 4],
    ["'=1+1,a=b,x-y,", 0],
  ])('counts the formula-like cells of %j: %i', (line, n) => {
    const batch = prepareBatch(`${line}\n`, true, setupOf(',', false));
    expect(batch.formulaFrom[1]! - batch.formulaFrom[0]!).toBe(n);
  });

  it('copies a canonical record and rewrites the others', () => {
    const batch = prepareBatch('a,"b,c"\n"a",b\n', true, setupOf(',', false));
    expect([batch.flags[0]! & CANONICAL, batch.flags[1]! & CANONICAL]).toEqual([CANONICAL, 0]);
    expect(keptLine(batch, 1, false)).toBe('a,b\r\n');
  });

  it('gives the preparer the email and country cells of each row, and undefined for a blank line', () => {
    const seen: unknown[] = [];
    const many: PrepareSetup['prepare']['many'] = (emails, countries, each) => {
      seen.push([...emails], countries && [...countries]);
      prepare.many(emails, countries, each);
    };
    prepareBatch('x,"y@z.com"\n\nlast,row', true, { ...setupOf(',', false), emailColumn: 1, countryColumn: 0, prepare: { many } });
    expect(seen).toEqual([['y@z.com', undefined, 'row'], ['x', undefined, 'last']]);
  });
});

describe('prepareBytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  /** Text units whose UTF-8 is 1, 2, 3 and 4 bytes long, and line breaks and quotes around them. */
  const wide = fc.constantFrom('a', ',', '"', '\n', '\r\n', 'é', '€', '\uFEFF', '😀', '=');
  const piece = fc.array(fc.string({ unit: wide, maxLength: 12 }), { minLength: 1, maxLength: 6 }).map((cells) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(','));
  /** Rows, each ended by LF, CRLF, CR or nothing (the last): copied rows are pointed at or appended. */
  const lines = fc
    .array(fc.tuple(piece, fc.constantFrom('\n', '\r\n', '\r', '')), { minLength: 1, maxLength: 8 })
    .map((rows) => rows.map(([row, end], i) => row + (i < rows.length - 1 ? end || '\n' : end)).join(''));

  it('writes exactly what the text path writes, copying valid UTF-8 instead of encoding it', () => {
    fc.assert(
      fc.property(lines, fc.boolean(), fc.constantFrom('', '\uFEFF', '\uFEFF\uFEFF'), (text, first, bom) => {
        // Byte order marks open the file: only its first piece has them.
        const bytes = utf8((first ? bom : '') + text);
        const setup = setupOf(',', false);
        const copied = prepareBytes(bytes, first, { encoding: 'utf-8', watch: true }, setup);
        const encoded = prepareBatch(new TextDecoder('utf-8', { ignoreBOM: !first }).decode(bytes), first, setup);
        expect(copied.count).toBe(encoded.count);
        for (let i = 0; i < copied.count; i++) {
          expect(keptLine(copied, i, true)).toBe(keptLine(encoded, i, true));
          expect(reportCells(copied, i)).toBe(reportCells(encoded, i));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('regression: bytes that are not UTF-8 were written as U+FFFD; they are read as the code page they look like, and their rows flagged', () => {
    const bytes = new Uint8Array([...utf8('a@b.com,x'), 0xff, ...utf8(',é\r\nc@d.com,ok\r\ne@f.com,J'), 0xfc, ...utf8('rgen\n')]);
    const batch = prepareBytes(bytes, true, { encoding: 'utf-8', watch: true }, setupOf(',', false));
    expect([0, 1, 2].map((i) => keptLine(batch, i, false))).toEqual(['a@b.com,xÿ,é\r\n', 'c@d.com,ok\r\n', 'e@f.com,Jürgen\r\n']);
    expect([0, 1, 2].map((i) => (batch.flags[i]! & BAD_BYTES) !== 0)).toEqual([true, false, true]);
    expect([batch.ascii, batch.suggests, batch.badAs]).toEqual([false, 'utf-8', 'windows-1252']);
  });

  it('a piece of ASCII says so, and one of valid UTF-8 beyond ASCII suggests nothing', () => {
    const ascii = prepareBytes(utf8('a@b.com,x\n'), false, { encoding: 'utf-8', watch: true }, setupOf(',', false));
    const accented = prepareBytes(utf8('a@b.com,é\n'), false, { encoding: 'utf-8', watch: true }, setupOf(',', false));
    expect([ascii.ascii, ascii.suggests, accented.ascii, accented.suggests]).toEqual([true, null, false, null]);
  });

  it('a piece of a detected code page that reads as another script suggests it; a chosen one is taken as it is', () => {
    const bytes = Uint8Array.from(Array.from('i@x.ru;Иванов Иван Иванович, ООО Ромашка, Санкт-Петербург\n'), (ch) => windows1251(ch));
    const watched = prepareBytes(bytes, false, { encoding: 'windows-1252', watch: true }, setupOf(';', false));
    const chosen = prepareBytes(bytes, false, { encoding: 'windows-1252', watch: false }, setupOf(';', false));
    expect([watched.suggests, chosen.suggests]).toEqual(['windows-1251', null]);
  });
});

/** The windows-1251 byte of a character. */
function windows1251(ch: string): number {
  const decoder = new TextDecoder('windows-1251');
  for (let b = 0; b < 256; b++) if (decoder.decode(Uint8Array.of(b)) === ch) return b;
  throw new Error(`${ch} is not in windows-1251`);
}
