/**
 * Streaming RFC 4180 CSV tokenizer.
 *
 * Choice: hand-written, with Papa Parse kept as a cross-check oracle in the tests.
 * Papa Parse's string API parses one complete string; its streaming paths (Node stream input,
 * FileReader slices) are where its open bugs live: a line ending guessed from the first chunk and
 * cached (stray `\r` on CRLF files, mholt/PapaParse#1132, #1123), `InvalidQuotes` when `\r\n` is
 * split across chunks (#1103), and no way to get the physical line where an unclosed quote began.
 * Feeding it our own chunks would mean re-parsing the unfinished tail of every chunk and
 * translating its row-based error positions back to lines. This tokenizer is small, is the core
 * of the list cleaner, and keeps exact state across any chunk split.
 *
 * Two views of one tokenizer: {@link createCsvScanner} reports each record as positions in the
 * text (no cell is cut until someone asks for it), and {@link createCsvParser} turns those into
 * rows of strings. The list cleaner uses the scanner: it reads two or three cells of a row and,
 * when the row is already written the way our writer writes it, copies the row's text as it is
 * (see {@link CsvRecord.canonical}); cutting and re-joining ten cells per row was most of the
 * time of a million-row run.
 *
 * The scanner is in scanner.ts, the record it reports in record.ts; this module is the CSV
 * module's front door and the parser of strings.
 *
 * Memory note: V8 may return a field as a view into the chunk it came from. A caller that keeps
 * a few fields from millions of rows (e.g. a dedup index) should keep fingerprints, not strings,
 * or copy what it keeps.
 */

import { createCsvScanner, type CsvParserOptions } from './scanner.ts';

export { CsvError, createCsvScanner, type CsvErrorCode, type CsvParserOptions, type CsvScanner } from './scanner.ts';
export type { CsvRecord } from './record.ts';

/** An incremental parser: feed text in any pieces, collect complete rows as they appear. */
export interface CsvParser {
  /**
   * Parses the next piece of text and returns the rows completed by it (possibly none).
   * A row is complete once its line break has been seen; the unfinished tail is kept for the
   * next call, so pieces may be cut anywhere, even between `\r` and `\n` or inside `""`.
   */
  push(text: string): string[][];
  /**
   * Signals the end of input and returns the last row if the text did not end with a line
   * break. Throws {@link CsvError} if a quoted field never closed. The parser is reset afterwards
   * and can be reused for another input.
   */
  end(): string[][];
}

/**
 * Creates a streaming CSV parser for one delimiter: {@link createCsvScanner}'s records as rows of
 * strings. The rules are the scanner's.
 *
 * @throws {RangeError} if the delimiter is not a single character other than `"`, CR or LF.
 */
export function createCsvParser(options: CsvParserOptions): CsvParser {
  const scanner = createCsvScanner(options);
  return {
    push(text) {
      const rows: string[][] = [];
      scanner.push(text, (record) => rows.push(record.values()));
      return rows;
    },
    end() {
      const rows: string[][] = [];
      scanner.end((record) => rows.push(record.values()));
      return rows;
    },
  };
}

/**
 * Parses a whole string at once. Convenient for small inputs (previews, tests, suppression
 * lists already in memory); use {@link createCsvParser} for anything that scales with a file.
 * @throws {CsvError} on an unbalanced quote.
 */
export function parseCsv(text: string, options: CsvParserOptions): string[][] {
  const parser = createCsvParser(options);
  const rows = parser.push(text);
  for (const last of parser.end()) rows.push(last);
  return rows;
}
