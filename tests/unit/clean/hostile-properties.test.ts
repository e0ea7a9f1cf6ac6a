/**
 * Hostile input, at random (fast-check): files of random bytes, dialects and encodings, read
 * by a run with 0, 1 and 2 workers. Whatever the input, a run either stops with an InputError
 * (the same one for any number of workers) or:
 * - kept + removed + skipped = the lines of the file that are not blank, less the header;
 * - every kept row is its input row, byte for byte in UTF-8 (the input decoded as the run read
 *   it; in a row with bytes that are not valid UTF-8, those are read as one code page);
 * - the outputs are identical for every number of workers.
 * The lines are counted by an oracle that decodes and scans the whole file at once, where the
 * run cuts it into pieces on its bytes, prepares them apart (on workers) and decides in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/clean/input-error.ts';
import { createDecoder } from '../../../src/lib/csv/encoding.ts';
import { createCsvScanner, parseCsv } from '../../../src/lib/csv/parse.ts';
import { DELIMITERS } from '../../../src/lib/csv/sniff.ts';
import { formatCsvRow } from '../../../src/lib/csv/write.ts';
import { SINGLE_BYTE_CANDIDATES } from '../../../src/lib/csv/single-byte.ts';
import { byteTable } from '../../../src/lib/bytes/utf8.ts';
import { concat, singleByte, utf16, utf8 } from '../csv/byte-fixtures.ts';
import { clean } from './fixtures.ts';

/** Encodings a file is written in (the run detects them; sometimes it is told). */
const ENCODINGS = ['utf-8', 'utf-8 with BOM', 'windows-1252', 'windows-1250', 'windows-1251', 'koi8-r', 'utf-16le'] as const;
type FileEncoding = (typeof ENCODINGS)[number];

/** Text each encoding can hold beyond ASCII, for its cells. */
const REPERTOIRE: Record<FileEncoding, string> = {
  'utf-8': 'éüßłŁŻЖЯ€😀中',
  'utf-8 with BOM': 'éüßłŁŻЖЯ€😀中',
  'windows-1252': 'éüßàçñ€ÅØ',
  'windows-1250': 'łŁżŻźśćńęąčřůőű',
  'windows-1251': 'ЖЯжяйёЁ«»№',
  'koi8-r': 'ЖЯжяйёЁ',
  'utf-16le': 'éЖ€😀中',
};

/**
 * A cell: an address, a word, text with structure (quotes, delimiters, line breaks) written
 * as a CSV writer quotes it, text written as it is (`""` alone on a line), or raw bytes.
 */
type Cell = { text: string } | { raw: string } | { bytes: number[] };

const addresses = fc.constantFrom('jane@acme.com', 'JANE@acme.com', ' bob@beta.de ', 'łukasz@żółć.pl', 'k@bücher.de', 'x@mailinator.com', 'not-an-email', '', 'ivan@пример.рф');
const structural = fc.constantFrom('"', ',', ';', '\t', '|', '\n', '\r\n', '\r', '""', ' ');

function cellOf(encoding: FileEncoding): fc.Arbitrary<Cell> {
  const letters = fc.constantFrom(...Array.from(`abcXYZ019 .-@${REPERTOIRE[encoding]}`));
  return fc.oneof(
    { weight: 3, arbitrary: addresses.map((text) => ({ text })) },
    { weight: 4, arbitrary: fc.string({ unit: letters, maxLength: 12 }).map((text) => ({ text })) },
    { weight: 1, arbitrary: fc.string({ unit: fc.oneof(letters, structural), maxLength: 8 }).map((text) => ({ text })) },
    { weight: 2, arbitrary: fc.constantFrom('""', '" "', ' ', '"a""b"', '=1+1').map((raw) => ({ raw })) },
    { weight: 1, arbitrary: fc.array(fc.integer({ min: 1, max: 255 }), { maxLength: 6 }).map((bytes) => ({ bytes })) },
  );
}

interface HostileFile {
  encoding: FileEncoding;
  delimiter: string;
  lineBreak: string;
  titles: Cell[][];
  header: string[];
  rows: Cell[][];
  /** Rows of plain ASCII before the others: enough to pass the detection sample, or a few pieces. */
  asciiRows: number;
  /** Tell the run the encoding instead of letting it detect it. */
  told: boolean;
  chunkSize: number;
}

const hostileFile: fc.Arbitrary<HostileFile> = fc.constantFrom(...ENCODINGS).chain((encoding) =>
  fc.record({
    encoding: fc.constant(encoding),
    delimiter: fc.constantFrom(...DELIMITERS),
    lineBreak: fc.constantFrom('\r\n', '\n', '\r'),
    titles: fc.array(fc.array(cellOf(encoding), { maxLength: 2 }), { maxLength: 2 }),
    header: fc.constantFrom(['Email', 'Name'], ['Name', 'E-Mail', 'Note', ''], ['Email'], ['Email', 'Name', '', '', '']),
    // (One-cell rows often: a line holding only `""` is one.)
    rows: fc.array(fc.oneof(fc.array(cellOf(encoding), { minLength: 1, maxLength: 1 }), fc.array(cellOf(encoding), { minLength: 1, maxLength: 5 })), { maxLength: 30 }),
    asciiRows: fc.constantFrom(0, 0, 0, 400, 7000),
    told: fc.boolean(),
    chunkSize: fc.integer({ min: 1, max: 70_000 }),
  }),
);

/** The file's bytes: cells joined by the delimiter (quoted only when a text cell needs it), lines by the line break. */
function bytesOf(file: HostileFile): Uint8Array {
  const encodeText = (text: string): Uint8Array => {
    switch (file.encoding) {
      case 'utf-8':
      case 'utf-8 with BOM':
        return utf8(text);
      case 'utf-16le':
        return utf16(text, 'le');
      default:
        // (An address the code page cannot hold gets a ? instead: the file stays in its encoding.)
        return concat(...Array.from(text, (ch) => { try { return singleByte(ch, file.encoding); } catch { return utf8('?'); } }));
    }
  };
  const cell = (c: Cell) => {
    if ('bytes' in c) return Uint8Array.from(file.encoding === 'utf-16le' ? c.bytes.flatMap((b) => [b, 0]) : c.bytes);
    return encodeText('raw' in c ? c.raw : formatCsvRow([c.text], file.delimiter).slice(0, -2));
  };
  const line = (cells: Uint8Array[]) => concat(...cells.flatMap((c, i) => (i === 0 ? [c] : [encodeText(file.delimiter), c])), encodeText(file.lineBreak));
  const ascii = Array.from({ length: file.asciiRows }, (_, i) => line([encodeText(`person${i}@example${i % 7}.com`), encodeText(`Person ${i}`)]));
  const bom = file.encoding === 'utf-8 with BOM' ? Uint8Array.of(0xef, 0xbb, 0xbf) : file.encoding === 'utf-16le' ? Uint8Array.of(0xff, 0xfe) : new Uint8Array(0);
  return concat(
    bom,
    ...file.titles.map((cells) => line(cells.map(cell))),
    line(file.header.map((h) => encodeText(h))),
    ...ascii,
    ...file.rows.map((cells) => line(cells.map(cell))),
  );
}

/** The records of the whole file decoded at once as `encoding` and scanned with `delimiter`: raw text and values. */
function oracleRecords(bytes: Uint8Array, encoding: string, delimiter: string): { raw: string; values: string[] }[] {
  const decoder = createDecoder(encoding, { fallback: 'windows-1252' });
  const text = decoder.decode(bytes) + decoder.end();
  const records: { raw: string; values: string[] }[] = [];
  const scanner = createCsvScanner({ delimiter });
  const onRecord = (r: { text: string; start: number; end: number; values(): string[] }) => records.push({ raw: r.text.slice(r.start, r.end), values: r.values() });
  scanner.push(text, onRecord);
  scanner.end(onRecord);
  return records;
}

/** Cases per run of the suite; `RUNS=1000 npx vitest run …` for a longer hunt. */
const RUNS = { numRuns: Number(process.env.RUNS ?? 60) };

describe('hostile input: random bytes, dialects and encodings, with 0, 1 and 2 workers', { timeout: 600_000 }, () => {
  it('nothing is lost, kept rows are their input rows, and the workers change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile, async (file) => {
        const bytes = bytesOf(file);
        const told = file.told ? { encoding: file.encoding.startsWith('utf-8') ? 'utf-8' : file.encoding } : {};
        const results = await Promise.all(
          [0, 1, 2].map((threads) =>
            // (At most about a hundred reads: a byte at a time through 300 KB is all waiting.)
            clean(bytes, { threads, chunkSize: Math.max(file.chunkSize, Math.ceil(bytes.length / 100)), overrides: { delimiter: file.delimiter, ...told } }).then(
              (result) => ({ result, error: null }),
              (error: unknown) => ({ result: null, error }),
            ),
          ),
        );
        const [first, ...others] = results;
        // The same outcome, to the byte, for any number of workers.
        for (const other of others) {
          if (first!.error) expect(String(other.error)).toBe(String(first!.error));
          else expect(other.result).toEqual(first!.result);
        }
        if (first!.error) {
          expect(first!.error).toBeInstanceOf(InputError);
          return;
        }
        const { summary, cleaned, report, inspection } = first!.result!;
        // The header names an email column: it is the header, however narrow, when nothing is above it.
        if (file.titles.length === 0) expect(inspection.headerRow).toBe(0);
        const records = oracleRecords(bytes, summary.input.encoding, file.delimiter);
        const lines = records.filter((r, i) => i !== inspection.headerRow && r.raw !== '').length;
        const removed = Object.values(summary.removed).reduce((a, b) => a + b, 0);
        expect(summary.kept + removed + summary.input.skipped).toBe(lines);
        expect(summary.kept + removed).toBe(summary.input.rows);
        const reported = parseCsv(report.replace(/^\uFEFF/, ''), { delimiter: file.delimiter }).slice(1);
        expect(reported.length).toBe(removed + summary.input.skipped);

        // Kept rows, in order: the data rows not in the report, each as its input row.
        const data = records.filter((r, i) => i > inspection.headerRow && r.raw !== '');
        const removedRows = new Set(reported.map((row) => Number(row[0])));
        const keptRows = data.filter((_, i) => !removedRows.has(i + 1));
        const written = cleaned.replace(/^\uFEFF/, '');
        const expected = [records[inspection.headerRow]!, ...keptRows].map((r) => formatCsvRow(r.values, file.delimiter)).join('');
        if (summary.input.rowsWithBadBytes === 0) expect(written).toBe(expected);
        else expect(sameUpToStrayBytes(written, expected)).toBe(true);
      }),
      RUNS,
    );
  });
});

/**
 * True when `written` is `expected` but for the characters that stand for bytes that are not
 * UTF-8: the oracle read them as windows-1252, the run as the code page of their piece. Each is
 * one character either way, so the two texts line up character by character.
 */
function sameUpToStrayBytes(written: string, expected: string): boolean {
  const a = Array.from(written);
  const b = Array.from(expected);
  if (a.length !== b.length) return false;
  const tables = SINGLE_BYTE_CANDIDATES.map((c) => byteTable(c));
  const w1252 = byteTable('windows-1252');
  return a.every((ch, i) => {
    if (ch === b[i]) return true;
    const byte = w1252.indexOf(b[i]!);
    return byte >= 0x80 && tables.some((table) => table[byte] === ch);
  });
}
