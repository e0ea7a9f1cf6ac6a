/**
 * Invariants over random input (fast-check):
 * - write → parse is the identity, however the text or its bytes are cut into chunks;
 * - on well-formed CSV our tokenizer agrees with Papa Parse, the project's reference parser.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvError, createCsvScanner, type CsvRecord } from '../../../src/lib/csv/parse.ts';
import { DELIMITERS } from '../../../src/lib/csv/sniff.ts';
import { UTF8_BOM, formatCsvRow, isFormulaLike } from '../../../src/lib/csv/write.ts';
import { decodeAndParse, parsePieces, splitAt, splitText, utf8 } from './byte-fixtures.ts';

/** Characters that stress a CSV writer and reader: every delimiter, quotes, line breaks, Unicode. */
const tricky = fc.constantFrom(
  'a', 'Z', '0', ' ', '"', "'", ',', ';', '\t', '|', '\r', '\n', '=', '-', '@',
  'é', 'Ж', '€', '中', '😀', '👍🏽', '\uFEFF', '\u00A0', '\uFFFD', '\u0000',
);
const cell = fc.oneof(
  fc.string({ unit: tricky, maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 12 });
const delimiter = fc.constantFrom(...DELIMITERS);

/** Sorted cut points within [0, length]. */
function cutsFor(length: number) {
  return fc.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 8 }).map((cuts) => cuts.sort((a, b) => a - b));
}

describe('round trip: formatCsvRow then parse gives back the same cells', () => {
  it('for any table, delimiter and text chunking', () => {
    fc.assert(
      fc.property(
        fc.record({ rows: table, delim: delimiter, bom: fc.boolean() }).chain(({ rows, delim, bom }) => {
          const text = (bom ? UTF8_BOM : '') + rows.map((r) => formatCsvRow(r, delim)).join('');
          return fc.tuple(fc.constant({ rows, delim, text }), cutsFor(text.length));
        }),
        ([{ rows, delim, text }, cuts]) => {
          expect(parsePieces(splitText(text, cuts), delim)).toEqual(rows);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('for any table encoded as UTF-8 and cut at any bytes', () => {
    fc.assert(
      fc.property(
        table.chain((rows) => {
          const bytes = utf8(rows.map((r) => formatCsvRow(r, ',')).join(''), true);
          return fc.tuple(fc.constant(rows), fc.constant(bytes), cutsFor(bytes.length));
        }),
        ([rows, bytes, cuts]) => {
          // Lone surrogates cannot survive UTF-8 (they become U+FFFD); compare what can.
          const expected = rows.map((r) => r.map((c) => c.toWellFormed()));
          expect(decodeAndParse(splitAt(bytes, cuts), 'utf-8', ',')).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('without the final line break, unless that would drop a blank last row', () => {
    fc.assert(
      fc.property(table, delimiter, (rows, delim) => {
        const last = rows.at(-1);
        fc.pre(last !== undefined && !(last.length === 1 && last[0] === ''));
        const text = rows.map((r) => formatCsvRow(r, delim)).join('').slice(0, -2);
        expect(parsePieces([text], delim)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('with formula protection, cells come back with exactly one leading apostrophe where needed', () => {
    fc.assert(
      fc.property(table, delimiter, (rows, delim) => {
        const text = rows.map((r) => formatCsvRow(r, delim, { protectFormulas: true })).join('');
        const expected = rows.map((r) => r.map((c) => (isFormulaLike(c) ? `'${c}` : c)));
        expect(parsePieces([text], delim)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

/** Papa Parse's rows for a complete string, minus the empty row it adds after a final line break. */
function papaRows(text: string, delim: string, newline: '\n' | '\r\n') {
  const result = Papa.parse<string[]>(text, { delimiter: delim, newline, quoteChar: '"' });
  const rows = result.data;
  if (text.endsWith(newline) && rows.length > 0) {
    const last = rows.at(-1);
    if (last?.length === 1 && last[0] === '') rows.pop();
  }
  return { rows, errors: result.errors };
}

/** A well-formed CSV with random (not only necessary) quoting and one kind of line break. */
const wellFormed = fc
  .record({
    rows: fc.array(
      fc.array(fc.record({ text: cell, quote: fc.boolean() }), { minLength: 1, maxLength: 6 }),
      { minLength: 1, maxLength: 10 },
    ),
    delim: delimiter,
    newline: fc.constantFrom('\n' as const, '\r\n' as const),
    finalNewline: fc.boolean(),
  })
  .map(({ rows, delim, newline, finalNewline }) => {
    const lines = rows.map((cells) =>
      cells
        .map(({ text, quote }) => {
          const mustQuote = /["\r\n]/.test(text) || text.includes(delim) || text.startsWith('\uFEFF');
          return quote || mustQuote ? `"${text.replaceAll('"', '""')}"` : text;
        })
        .join(delim),
    );
    let text = lines.join(newline) + (finalNewline ? newline : '');
    // A leading BOM is handled differently by design (we drop it; Papa keeps it unless header).
    if (text.startsWith('\uFEFF')) text = `x${text}`;
    return { text, delim, newline };
  });

describe('cross-check against Papa Parse', () => {
  it('agrees on well-formed CSV with random quoting, line breaks and chunking', () => {
    fc.assert(
      fc.property(
        wellFormed.chain((input) => fc.tuple(fc.constant(input), cutsFor(input.text.length))),
        ([{ text, delim, newline }, cuts]) => {
          const papa = papaRows(text, delim, newline);
          expect(papa.errors).toEqual([]);
          expect(parsePieces(splitText(text, cuts), delim)).toEqual(papa.rows);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('agrees on unquoted text, including stray quotes inside fields (both read them literally)', () => {
    const unquoted = fc
      .array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', "'", '\n', 'é'), maxLength: 40 }))
      .map((parts) => parts.join(''))
      // A quote at the start of a field opens a quoted field; keep those for the test above.
      .filter((text) => !/(^|[,\n])"/.test(text));
    fc.assert(
      fc.property(unquoted, (text) => {
        const papa = papaRows(text, ',', '\n');
        expect(parsePieces([text], ',')).toEqual(papa.rows);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Every record of `pieces` as the scanner reports it: its values, raw text and canonical flag. */
function scanPieces(pieces: readonly string[], delim: string) {
  const scanner = createCsvScanner({ delimiter: delim });
  const records: { values: string[]; raw: string; canonical: boolean }[] = [];
  const collect = (r: CsvRecord) => records.push({ values: r.values(), raw: r.text.slice(r.start, r.end), canonical: r.canonical });
  for (const piece of pieces) scanner.push(piece, collect);
  scanner.end(collect);
  return records;
}

describe('scanner: a record marked canonical can be copied instead of re-written', () => {
  it('its raw text plus CRLF is exactly formatCsvRow of its values, for any quoting and chunking', () => {
    fc.assert(
      fc.property(
        wellFormed.chain((input) => fc.tuple(fc.constant(input), cutsFor(input.text.length))),
        ([{ text, delim }, cuts]) => {
          for (const record of scanPieces(splitText(text, cuts), delim)) {
            if (record.canonical) expect(`${record.raw}\r\n`).toBe(formatCsvRow(record.values, delim));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('on lenient input too (stray quotes, text after a closing quote)', () => {
    const messy = fc
      .array(fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '\uFEFF', 'é'), maxLength: 30 }))
      .map((parts) => parts.join(''))
      .filter((text) => (text.match(/"/g)?.length ?? 0) % 2 === 0); // mostly balanced, so it parses
    fc.assert(
      fc.property(messy, cutsFor(60), (text, cuts) => {
        let records;
        try {
          records = scanPieces(splitText(text, cuts.filter((c) => c <= text.length)), ',');
        } catch (error) {
          if (error instanceof CsvError) return; // an unbalanced quote is not this test's concern
          throw error;
        }
        for (const record of records) {
          if (record.canonical) expect(`${record.raw}\r\n`).toBe(formatCsvRow(record.values, ','));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('every row our writer wrote is marked canonical, so the fast path is taken', () => {
    fc.assert(
      fc.property(
        fc.record({ rows: table, delim: delimiter }).chain(({ rows, delim }) => {
          const text = rows.map((r) => formatCsvRow(r, delim)).join('');
          return fc.tuple(fc.constant({ delim, text }), cutsFor(text.length));
        }),
        ([{ delim, text }, cuts]) => {
          for (const record of scanPieces(splitText(text, cuts), delim)) expect(record.canonical, record.raw).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a needlessly quoted cell or a stray quote makes the record non-canonical', () => {
    for (const text of ['a,"b"\n', '"a"\n', 'a,b"c\n', '"a"b,c\n', '\uFEFFx,\uFEFFy\n']) {
      expect(scanPieces([text], ',').map((r) => r.canonical), JSON.stringify(text)).toContain(false);
    }
  });
});
