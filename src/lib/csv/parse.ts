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
 * Speed: field ends are found with `indexOf` (cached per chunk, so a row of many fields costs one
 * search per delimiter, not one per character). Quoted fields jump from quote to quote with
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
  /**
   * Drop a U+FEFF at the very start of the input as a byte order mark (default true). False for
   * a piece cut from the middle of a file (see `createRecordAligner`), where it is data.
   */
  dropBom?: boolean;
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

/**
 * While a quoted field longer than this is open, pieces without a quote are kept aside instead of
 * being joined to it one by one, so a runaway quote costs linear time, not quadratic.
 */
const LONG_RECORD = 1024 * 1024;

const QUOTE = 0x22;
const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

// Where the scanner stands between two characters; kept across pushes, so a piece may end in any
// of these states.
/** At the first character of a field (or at the start of a record). */
const FIELD_START = 0;
/** Inside an unquoted field, or in the tail after a closing quote (`"ab"cd` reads as `abcd`). */
const UNQUOTED = 1;
/** Inside a quoted field. */
const QUOTED = 2;
/** The piece ended right after a `"` inside a quoted field: closing quote or first of `""`? */
const QUOTE_PENDING = 3;

/**
 * One record found by {@link createCsvScanner}: where its fields are in `text`. No cell has been
 * cut yet; {@link CsvRecord.field} cuts one. The scanner reuses one record object: read what you
 * need inside the callback.
 */
export interface CsvRecord {
  /** The text the positions refer to: the pushed piece, or the record's own text if it spanned pieces. */
  readonly text: string;
  /** Position of the record's first character in `text`. */
  readonly start: number;
  /** Position just after its last field: its line break, or the end of the input. */
  readonly end: number;
  /** Number of fields; a blank line has one, empty. */
  readonly count: number;
  /**
   * True when `text.slice(start, end) + '\r\n'` is exactly what `formatCsvRow` (without formula
   * protection) writes for this record's cells: a field is quoted if and only if its value needs
   * quotes, `""` is the only escape, and no text follows a closing quote. A writer can then copy
   * the record instead of cutting and re-joining its cells.
   */
  readonly canonical: boolean;
  /** The value of field `i` (quotes removed, `""` read as `"`), or undefined past the last field. */
  field(i: number): string | undefined;
  /** Every field's value: the row {@link createCsvParser} returns. */
  values(): string[];
  /**
   * The code of the first character of field `i`'s value that is not a space (U+0020), or -1
   * when there is none; read in place, without cutting the cell.
   */
  firstNonSpace(i: number): number;
  /** Position in `text` of field `i`'s value: its first character, after the opening quote if quoted. */
  valueStart(i: number): number;
}

/** The scanner's record: positions of each field's raw text (a quoted field with its quotes). */
class RecordView implements CsvRecord {
  text = '';
  start = 0;
  end = 0;
  count = 0;
  canonical = true;
  #starts = new Int32Array(32);
  #ends = new Int32Array(32);
  #quoted = new Uint8Array(32);

  add(start: number, end: number, quoted: boolean): void {
    if (this.count === this.#starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
      this.#starts = grow(this.#starts, new Int32Array(this.count * 2));
      this.#ends = grow(this.#ends, new Int32Array(this.count * 2));
      this.#quoted = grow(this.#quoted, new Uint8Array(this.count * 2));
    }
    this.#starts[this.count] = start;
    this.#ends[this.count] = end;
    this.#quoted[this.count] = quoted ? 1 : 0;
    this.count++;
  }

  /** Moves every position back by `by`, when the text is cut to start at the record. */
  shift(by: number): void {
    for (let i = 0; i < this.count; i++) {
      this.#starts[i]! -= by;
      this.#ends[i]! -= by;
    }
  }

  reset(): void {
    this.count = 0;
    this.canonical = true;
  }

  field(i: number): string | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const start = this.#starts[i]!;
    const end = this.#ends[i]!;
    return this.#quoted[i] === 1 ? unquote(this.text, start, end) : this.text.slice(start, end);
  }

  values(): string[] {
    const row = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) row[i] = this.field(i)!;
    return row;
  }

  valueStart(i: number): number {
    return this.#starts[i]! + this.#quoted[i]!;
  }

  firstNonSpace(i: number): number {
    if (!(i >= 0 && i < this.count)) return -1;
    const text = this.text;
    const end = this.#ends[i]!;
    let p = this.#starts[i]!;
    if (this.#quoted[i] === 1) {
      for (p++; p < end; p++) {
        const c = text.charCodeAt(p);
        if (c === SPACE) continue;
        if (c !== QUOTE || (p + 1 < end && text.charCodeAt(p + 1) === QUOTE)) return c;
        p++; // the closing quote: the value goes on with the text after it
        break;
      }
    }
    for (; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c !== SPACE) return c;
    }
    return -1;
  }
}

/**
 * The value of a quoted field whose raw text is `text[start, end)` (starting with its `"`): the
 * content with `""` read as `"`, then any text after the closing quote, literally.
 */
function unquote(text: string, start: number, end: number): string {
  let value = '';
  let from = start + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q === -1 || q >= end) return value + text.slice(from, end);
    if (q + 1 < end && text.charCodeAt(q + 1) === QUOTE) {
      value += text.slice(from, q + 1);
      from = q + 2;
    } else {
      return value + text.slice(from, q) + text.slice(q + 1, end);
    }
  }
}

/** A streaming scanner: feed text in any pieces, get each complete record as positions. */
export interface CsvScanner {
  /**
   * Scans the next piece of text and calls `onRecord` for each record it completes. A record is
   * complete once its line break has been seen; the unfinished tail is kept for the next call,
   * so pieces may be cut anywhere, even between `\r` and `\n` or inside `""`.
   */
  push(text: string, onRecord: (record: CsvRecord) => void): void;
  /**
   * Signals the end of input and gives the last record if the text did not end with a line
   * break. Throws {@link CsvError} if a quoted field never closed. The scanner is reset
   * afterwards and can be reused for another input.
   */
  end(onRecord: (record: CsvRecord) => void): void;
}

/**
 * Creates a streaming CSV scanner for one delimiter.
 *
 * Rules (RFC 4180 plus what Excel does with files that break it):
 * - Line ends may be CRLF, LF or a lone CR, mixed freely; a quoted cell may contain any of them
 *   and keeps them verbatim.
 * - A field is quoted only if `"` is its first character; `""` inside it is one `"`.
 * - Lenient: a `"` in the middle of an unquoted field is a literal character (`6'5"` stays
 *   `6'5"`), and text between a closing quote and the next delimiter is appended literally
 *   (`"ab"cd` becomes `abcd`), as Excel does. Neither is an error.
 * - A blank line is a record with one empty field, so the caller can count and report blank
 *   lines; a line of only delimiters (`,,`) is three empty fields.
 * - Records keep as many fields as they have (ragged rows are not padded or cut).
 * - A final line without a line break is a record; a trailing line break does not add one.
 * - A U+FEFF at the very start of the input is a byte order mark and is dropped, so a BOM never
 *   turns a quoted first header into an unquoted one.
 *
 * @throws {RangeError} if the delimiter is not a single character other than `"`, CR or LF.
 */
export function createCsvScanner(options: CsvParserOptions): CsvScanner {
  const { delimiter } = options;
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new RangeError(
      `CSV delimiter must be one character other than a quote or line break; got ${JSON.stringify(delimiter)}.`,
    );
  }
  const maxFieldLength = options.maxFieldLength ?? DEFAULT_MAX_FIELD_LENGTH;
  const delimCode = delimiter.charCodeAt(0);
  const record = new RecordView();

  // State that survives between pushes. Positions are relative to the start of `tail`.
  /** Text of the unfinished record, from its first character; '' between records. */
  let tail = '';
  /** Pieces received while a long quoted field saw no quote; they follow `tail`. */
  let parts: string[] = [];
  let partsLength = 0;
  /** Where scanning continues in `tail + parts`. */
  let resume = 0;
  let mode = FIELD_START;
  /** Raw start of the current field (its opening quote, if quoted). */
  let fieldStart = 0;
  /** The current field's closing quote, or -1 while none was seen (or it is unquoted). */
  let closeQuote = -1;
  /** The current quoted field has a `""` or a line break: it needs its quotes. */
  let mustQuote = false;
  /** The previous piece ended with a CR that ended a record; a LF opening this piece belongs to it. */
  let skipLF = false;
  /** The previous piece ended with a CR inside a quoted field; not yet counted as a line break. */
  let pendingQuotedCR = false;
  /** 1-based physical line of the current position. */
  let line = 1;
  /** Line where the currently open quoted field started. */
  let quoteLine = 1;
  const dropBom = options.dropBom ?? true;
  let atStart = dropBom;

  function tooLong(): CsvError {
    return new CsvError(
      'field-too-long',
      quoteLine,
      `The quoted field that starts on line ${quoteLine} is longer than ${maxFieldLength} characters, ` +
        'so its closing quote is most likely missing. Check that line for a stray " character.',
    );
  }

  /** Keeps the unfinished record for the next push; scanning resumes at `at`. */
  function keep(text: string, recordStart: number, at: number): void {
    if (recordStart === text.length) {
      tail = '';
      resume = 0;
      return;
    }
    tail = text.slice(recordStart);
    record.shift(recordStart);
    fieldStart -= recordStart;
    if (closeQuote !== -1) closeQuote -= recordStart;
    resume = at - recordStart;
  }

  /** Counts the line breaks of a piece that lies wholly inside a quoted field. */
  function countQuotedBreaks(piece: string): void {
    if (pendingQuotedCR) {
      pendingQuotedCR = false;
      if (piece.charCodeAt(0) !== LF) line++;
    }
    for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) line++;
    for (let i = piece.indexOf('\r'); i !== -1; i = piece.indexOf('\r', i + 1)) {
      if (i + 1 === piece.length) pendingQuotedCR = true;
      else if (piece.charCodeAt(i + 1) !== LF) line++;
    }
  }

  function push(piece: string, onRecord: (record: CsvRecord) => void): void {
    if (piece.length === 0) return;
    if (atStart) {
      atStart = false;
      if (piece.charCodeAt(0) === BOM) piece = piece.slice(1);
    }
    if (skipLF) {
      skipLF = false;
      if (piece.charCodeAt(0) === LF) piece = piece.slice(1);
    }
    if (piece.length === 0) return;

    if (mode === QUOTED && tail.length + partsLength > LONG_RECORD && !piece.includes('"')) {
      // Deep inside a long quoted field and still no quote: set the piece aside unjoined.
      countQuotedBreaks(piece);
      mustQuote = true;
      parts.push(piece);
      partsLength += piece.length;
      resume += piece.length;
      if (resume - fieldStart - 1 > maxFieldLength) throw tooLong();
      return;
    }

    const text = tail === '' ? piece : tail + parts.join('') + piece;
    parts = [];
    partsLength = 0;
    tail = '';
    record.text = text;
    const len = text.length;
    let pos = resume;
    let recordStart = 0;

    // The hot loop works on local copies of the state (V8 keeps them in registers, not in the
    // closure); every exit below writes them back.
    let m = mode;
    let fStart = fieldStart;
    let close = closeQuote;
    let must = mustQuote;
    let ln = line;
    const save = (at: number) => {
      mode = m;
      fieldStart = fStart;
      closeQuote = close;
      mustQuote = must;
      line = ln;
      keep(text, recordStart, at);
    };

    // Cached positions of the next delimiter / LF / CR / quote / BOM at or after the last search
    // start; `len` means "none left". A cached value >= pos is still the next one, because
    // nothing between the old search start and it matched.
    let nextDelim = -1;
    let nextLF = -1;
    let nextCR = -1;
    let nextQuote = -1;
    let nextBom = -1;

    if (m === QUOTE_PENDING) {
      // The piece before ended on a `"` inside a quoted field; now we can tell which it was.
      if (text.charCodeAt(pos) === QUOTE) {
        must = true;
        pos++;
        m = QUOTED;
      } else {
        close = pos - 1;
        m = UNQUOTED;
      }
    }

    if (pendingQuotedCR) {
      pendingQuotedCR = false;
      // A CR that ended the last piece inside quotes is a line break of its own unless this
      // piece continues with its LF (which the LF count below will count).
      if (m !== QUOTED || text.charCodeAt(pos) !== LF) ln++;
    }

    while (pos < len) {
      if (m === FIELD_START) {
        fStart = pos;
        close = -1;
        if (text.charCodeAt(pos) === QUOTE) {
          m = QUOTED;
          quoteLine = ln;
          must = false;
          pos++;
        } else {
          m = UNQUOTED;
        }
      }

      if (m === QUOTED) {
        // Jump from quote to quote; `""` is an escaped quote, any other `"` closes the field.
        let from = pos;
        for (;;) {
          const q = text.indexOf('"', from);
          const stop = q === -1 ? len : q;
          // Count the line breaks inside the quoted text for exact error line numbers.
          if (nextLF < from) nextLF = indexOrEnd(text, '\n', from, len);
          while (nextLF < stop) {
            ln++;
            must = true;
            nextLF = indexOrEnd(text, '\n', nextLF + 1, len);
          }
          if (nextCR < from) nextCR = indexOrEnd(text, '\r', from, len);
          while (nextCR < stop) {
            must = true;
            if (nextCR + 1 === len) pendingQuotedCR = true;
            else if (text.charCodeAt(nextCR + 1) !== LF) ln++;
            nextCR = indexOrEnd(text, '\r', nextCR + 1, len);
          }
          if (q === -1) {
            save(len);
            if (len - fStart - 1 > maxFieldLength) throw tooLong();
            return;
          }
          if (q + 1 === len) {
            m = QUOTE_PENDING;
            save(len);
            return;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            must = true;
            from = q + 2;
            continue;
          }
          if (q - fStart - 1 > maxFieldLength) {
            save(len);
            throw tooLong();
          }
          close = q;
          pos = q + 1;
          m = UNQUOTED;
          break;
        }
      }

      // UNQUOTED: the field runs to the next delimiter, LF or CR. After a closing quote the same
      // path finds the end of any stray tail.
      if (nextDelim < pos) nextDelim = indexOrEnd(text, delimiter, pos, len);
      if (nextLF < pos) nextLF = indexOrEnd(text, '\n', pos, len);
      if (nextCR < pos) nextCR = indexOrEnd(text, '\r', pos, len);
      let end = nextDelim < nextLF ? nextDelim : nextLF;
      if (nextCR < end) end = nextCR;

      if (end === len) {
        save(len);
        return;
      }

      let canonical: boolean;
      if (close === -1) {
        // A plain field is written as is unless it holds a stray quote or starts with a BOM.
        if (nextQuote < fStart) nextQuote = indexOrEnd(text, '"', fStart, len);
        if (nextBom < fStart) nextBom = indexOrEnd(text, '\uFEFF', fStart, len);
        canonical = nextQuote >= end && nextBom !== fStart;
        record.add(fStart, end, false);
      } else {
        canonical = quotedIsCanonical(text, fStart, close, end, must, delimiter);
        record.add(fStart, end, true);
      }
      if (!canonical) record.canonical = false;
      m = FIELD_START;
      pos = end + 1;

      const c = text.charCodeAt(end);
      if (c === delimCode) continue;

      // Line break: the record is complete.
      ln++;
      record.start = recordStart;
      record.end = end;
      onRecord(record);
      record.reset();
      if (c === CR) {
        if (pos === len) skipLF = true;
        else if (text.charCodeAt(pos) === LF) pos++;
      }
      recordStart = pos;
    }
    save(len);
  }

  function end(onRecord: (record: CsvRecord) => void): void {
    try {
      if (mode === QUOTED) {
        throw new CsvError(
          'unbalanced-quote',
          quoteLine,
          `Unbalanced quote: the quoted field that starts on line ${quoteLine} never closes. ` +
            'Check that line for a stray " character.',
        );
      }
      const text = tail;
      record.text = text;
      const len = text.length;
      if (mode === QUOTE_PENDING) {
        closeQuote = len - 1;
        mode = UNQUOTED;
      }
      let canonical = true;
      if (mode === UNQUOTED) {
        canonical =
          closeQuote === -1
            ? indexOrEnd(text, '"', fieldStart, len) === len && text.charCodeAt(fieldStart) !== BOM
            : quotedIsCanonical(text, fieldStart, closeQuote, len, mustQuote, delimiter);
        record.add(fieldStart, len, closeQuote !== -1);
      } else if (record.count > 0) {
        // The input ended right after a delimiter: that delimiter opened one more, empty field.
        record.add(len, len, false);
      }
      if (!canonical) record.canonical = false;
      if (record.count > 0) {
        record.start = 0;
        record.end = len;
        onRecord(record);
      }
    } finally {
      record.reset();
      record.text = '';
      tail = '';
      parts = [];
      partsLength = 0;
      resume = 0;
      mode = FIELD_START;
      closeQuote = -1;
      skipLF = false;
      pendingQuotedCR = false;
      line = 1;
      quoteLine = 1;
      atStart = dropBom;
    }
  }

  return { push, end };
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

/**
 * True when a quoted field (`text[start, end)`, closing quote at `close`) is written as
 * `formatCsvRow` writes its value: nothing follows the closing quote, and the value needs the
 * quotes (`mustQuote`: it has a `""` or a line break; or it holds the delimiter or starts with a
 * BOM, checked here).
 */
function quotedIsCanonical(text: string, start: number, close: number, end: number, mustQuote: boolean, delimiter: string): boolean {
  if (end !== close + 1) return false;
  return mustQuote || text.charCodeAt(start + 1) === BOM || indexOrEnd(text, delimiter, start + 1, close) < close;
}

/** `indexOf` that answers `end` instead of -1, so "not found" sorts after every real position. */
function indexOrEnd(text: string, needle: string, from: number, end: number): number {
  const i = text.indexOf(needle, from);
  return i === -1 || i > end ? end : i;
}
