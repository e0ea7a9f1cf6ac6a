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
 * Speed: the unquoted path finds field ends with `indexOf` (cached per chunk, so a row of many
 * fields costs one search per delimiter, not one per character), cuts each field with one
 * `slice`, and never concatenates per character. Quoted fields jump from quote to quote with
 * `indexOf`. Line numbers for error messages are kept with the same cached searches.
 *
 * Memory note: V8 may return a field as a view into the chunk it came from. A caller that keeps
 * a few fields from millions of rows (e.g. a dedup index) should keep fingerprints, not strings,
 * or copy what it keeps.
 */

/** What went wrong, as a stable code for callers that branch on it. */
export type CsvErrorCode = 'unbalanced-quote' | 'field-too-long';

/**
 * A CSV that cannot be read as written. `row` is the 1-based physical line (counting every line
 * break, including those inside quoted cells) where the offending field starts, so the user can
 * open the file in an editor and go straight to it.
 */
export class CsvError extends Error {
  /** Stable machine-readable reason. */
  readonly code: CsvErrorCode;
  /** 1-based physical line number where the offending field starts. */
  readonly row: number;

  /** Builds the error; the parser is the only producer, callers only read it. */
  constructor(code: CsvErrorCode, row: number, message: string) {
    super(message);
    this.name = 'CsvError';
    this.code = code;
    this.row = row;
  }
}

/** Options for {@link createCsvParser}. */
export interface CsvParserOptions {
  /** One character that separates fields: usually `,` `;` `\t` or `|` (see `sniffDelimiter`). */
  delimiter: string;
  /**
   * Longest quoted field, in UTF-16 code units, before the parser gives up with a
   * `field-too-long` error. An unclosed quote would otherwise swallow the rest of a 750 MB file
   * into memory before `end()` could report it. Default 64 Mi (far beyond any real cell);
   * `Infinity` turns the check off.
   */
  maxFieldLength?: number;
}

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

const DEFAULT_MAX_FIELD_LENGTH = 64 * 1024 * 1024;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

// Where the parser stands between two characters; kept across pushes, so a chunk may end in any
// of these states.
/** At the first character of a field (or at the start of a row). */
const FIELD_START = 0;
/** Inside an unquoted field, or in the tail after a closing quote (`"ab"cd` reads as `abcd`). */
const UNQUOTED = 1;
/** Inside a quoted field. */
const QUOTED = 2;
/** The chunk ended right after a `"` inside a quoted field: closing quote or first of `""`? */
const QUOTE_PENDING = 3;

/**
 * Creates a streaming CSV parser for one delimiter.
 *
 * Rules (RFC 4180 plus what Excel does with files that break it):
 * - Line ends may be CRLF, LF or a lone CR, mixed freely; a quoted cell may contain any of them
 *   and keeps them verbatim.
 * - A field is quoted only if `"` is its first character; `""` inside it is one `"`.
 * - Lenient: a `"` in the middle of an unquoted field is a literal character (`6'5"` stays
 *   `6'5"`), and text between a closing quote and the next delimiter is appended literally
 *   (`"ab"cd` becomes `abcd`), as Excel does. Neither is an error.
 * - A blank line is returned as a row with one empty cell, `['']`, so the caller can count and
 *   report blank lines; a row of only delimiters (`,,`) is `['', '', '']`.
 * - Rows are returned with as many cells as they have (ragged rows are not padded or cut).
 * - A final line without a line break is a row; a trailing line break does not add an empty
 *   row.
 * - A U+FEFF at the very start of the input is a byte order mark and is dropped, so a BOM never
 *   turns a quoted first header into an unquoted one.
 *
 * @throws {RangeError} if the delimiter is not a single character other than `"`, CR or LF.
 */
export function createCsvParser(options: CsvParserOptions): CsvParser {
  const { delimiter } = options;
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new RangeError(
      `CSV delimiter must be one character other than a quote or line break; got ${JSON.stringify(delimiter)}.`,
    );
  }
  const maxFieldLength = options.maxFieldLength ?? DEFAULT_MAX_FIELD_LENGTH;
  const delimCode = delimiter.charCodeAt(0);

  // State that survives between pushes.
  let row: string[] = [];
  /** Text of the current field gathered so far (quoted content without its quotes). */
  let partial = '';
  let mode = FIELD_START;
  /** The previous chunk ended with a CR that ended a row; a LF opening this chunk belongs to it. */
  let skipLF = false;
  /** The previous chunk ended with a CR inside a quoted field; not yet counted as a line break. */
  let pendingQuotedCR = false;
  /** 1-based physical line of the current position. */
  let line = 1;
  /** Line where the currently open quoted field started. */
  let quoteLine = 1;
  let atStart = true;

  function tooLong(): CsvError {
    return new CsvError(
      'field-too-long',
      quoteLine,
      `The quoted field that starts on line ${quoteLine} is longer than ${maxFieldLength} characters, ` +
        'so its closing quote is most likely missing. Check that line for a stray " character.',
    );
  }

  function push(text: string): string[][] {
    const out: string[][] = [];
    const len = text.length;
    if (len === 0) return out;
    let pos = 0;

    if (atStart) {
      atStart = false;
      if (text.charCodeAt(0) === BOM) pos = 1;
    }

    // Cached positions of the next delimiter / LF / CR at or after the last search start;
    // `len` means "none left in this chunk". A cached value >= pos is still the next one, because
    // nothing between the old search start and it matched.
    let nextDelim = -1;
    let nextLF = -1;
    let nextCR = -1;

    if (skipLF) {
      skipLF = false;
      if (text.charCodeAt(pos) === LF) pos++;
    }

    if (mode === QUOTE_PENDING) {
      // The chunk before ended on a `"` inside a quoted field; now we can tell which it was.
      if (text.charCodeAt(pos) === QUOTE) {
        partial += '"';
        pos++;
        mode = QUOTED;
      } else {
        mode = UNQUOTED;
      }
    }

    if (pendingQuotedCR) {
      pendingQuotedCR = false;
      // A CR that ended the last chunk inside quotes is a line break of its own unless this
      // chunk continues with its LF (which the LF count below will count).
      if (mode !== QUOTED || text.charCodeAt(pos) !== LF) line++;
    }

    while (pos < len) {
      if (mode === FIELD_START) {
        if (text.charCodeAt(pos) === QUOTE) {
          mode = QUOTED;
          quoteLine = line;
          partial = '';
          pos++;
        } else {
          mode = UNQUOTED;
        }
      }

      if (mode === QUOTED) {
        // Jump from quote to quote; `""` is an escaped quote, any other `"` closes the field.
        let start = pos;
        for (;;) {
          const q = text.indexOf('"', start);
          const stop = q === -1 ? len : q;
          // Count the line breaks inside the quoted text for exact error line numbers.
          if (nextLF < start) nextLF = indexOrEnd(text, '\n', start, len);
          while (nextLF < stop) {
            line++;
            nextLF = indexOrEnd(text, '\n', nextLF + 1, len);
          }
          if (nextCR < start) nextCR = indexOrEnd(text, '\r', start, len);
          while (nextCR < stop) {
            if (nextCR + 1 === len) pendingQuotedCR = true;
            else if (text.charCodeAt(nextCR + 1) !== LF) line++;
            nextCR = indexOrEnd(text, '\r', nextCR + 1, len);
          }
          if (q === -1) {
            partial += text.slice(start);
            if (partial.length > maxFieldLength) throw tooLong();
            return out;
          }
          if (q + 1 === len) {
            partial += text.slice(start, q);
            mode = QUOTE_PENDING;
            return out;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            partial += text.slice(start, q + 1);
            start = q + 2;
            continue;
          }
          partial += text.slice(start, q);
          if (partial.length > maxFieldLength) throw tooLong();
          pos = q + 1;
          mode = UNQUOTED;
          break;
        }
      }

      // UNQUOTED: the field runs to the next delimiter, LF or CR. After a closing quote the same
      // path collects any stray tail and finds the field's end.
      if (nextDelim < pos) nextDelim = indexOrEnd(text, delimiter, pos, len);
      if (nextLF < pos) nextLF = indexOrEnd(text, '\n', pos, len);
      if (nextCR < pos) nextCR = indexOrEnd(text, '\r', pos, len);
      let end = nextDelim < nextLF ? nextDelim : nextLF;
      if (nextCR < end) end = nextCR;

      if (end === len) {
        partial = partial === '' ? text.slice(pos) : partial + text.slice(pos);
        return out;
      }

      if (partial === '') {
        row.push(text.slice(pos, end));
      } else {
        row.push(end === pos ? partial : partial + text.slice(pos, end));
        partial = '';
      }
      mode = FIELD_START;
      pos = end + 1;

      const c = text.charCodeAt(end);
      if (c === delimCode) continue;

      // Line break: the row is complete.
      out.push(row);
      row = [];
      line++;
      if (c === CR) {
        if (pos === len) skipLF = true;
        else if (text.charCodeAt(pos) === LF) pos++;
      }
    }
    return out;
  }

  function end(): string[][] {
    const out: string[][] = [];
    try {
      if (mode === QUOTED) {
        throw new CsvError(
          'unbalanced-quote',
          quoteLine,
          `Unbalanced quote: the quoted field that starts on line ${quoteLine} never closes. ` +
            'Check that line for a stray " character.',
        );
      }
      if (mode === UNQUOTED || mode === QUOTE_PENDING) {
        row.push(partial);
        out.push(row);
      } else if (row.length > 0) {
        // The input ended right after a delimiter: that delimiter opened one more, empty field.
        row.push('');
        out.push(row);
      }
      return out;
    } finally {
      row = [];
      partial = '';
      mode = FIELD_START;
      skipLF = false;
      pendingQuotedCR = false;
      line = 1;
      quoteLine = 1;
      atStart = true;
    }
  }

  return { push, end };
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

/** `indexOf` that answers `end` instead of -1, so "not found" sorts after every real position. */
function indexOrEnd(text: string, needle: string, from: number, end: number): number {
  const i = text.indexOf(needle, from);
  return i === -1 ? end : i;
}
