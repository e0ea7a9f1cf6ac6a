/**
 * The streaming CSV scanner: text in any pieces, each complete record out as positions (see
 * `RecordView`). One class: the state kept between pieces, the ways into and out of a piece
 * (`push`, `end`, the long quoted field set aside, the unfinished record kept), and `#scan`,
 * the hot loop, long on purpose and marked as such.
 *
 * Speed: field ends are found with `indexOf` (cached per piece, so a row of many fields costs one
 * search per delimiter, not one per character). Quoted fields jump from quote to quote with
 * `indexOf`. Line numbers for error messages are kept with the same cached searches.
 */
import { RecordView, type CsvRecord } from './record.ts';

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
  /** For `field-too-long`: the longest field the parser takes, in characters (else 0). */
  readonly limit: number;

  /**
   * Builds the error; the parser is the only producer, callers only read it. The message is
   * English, for developers; the list cleaner words `code`, `row` and `limit` for its user.
   */
  constructor(code: CsvErrorCode, row: number, message: string, limit = 0) {
    super(message);
    this.name = 'CsvError';
    this.code = code;
    this.row = row;
    this.limit = limit;
  }
}

/** Options for `createCsvScanner` and `createCsvParser`. */
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

const DEFAULT_MAX_FIELD_LENGTH = 64 * 1024 * 1024;

/**
 * While a quoted field longer than this is open, pieces without a quote are kept aside instead of
 * being joined to it one by one, so a runaway quote costs linear time, not quadratic.
 */
const LONG_RECORD = 1024 * 1024;

const QUOTE = 0x22;
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
    throw new RangeError(`CSV delimiter must be one character other than a quote or line break; got ${JSON.stringify(delimiter)}.`);
  }
  return new Scanner(delimiter, options.maxFieldLength ?? DEFAULT_MAX_FIELD_LENGTH, options.dropBom ?? true);
}

class Scanner implements CsvScanner {
  readonly #delimiter: string;
  readonly #delimCode: number;
  readonly #maxFieldLength: number;
  readonly #dropBom: boolean;
  readonly #record = new RecordView();

  // State that survives between pushes. Positions are relative to the start of `#tail`.
  /** Text of the unfinished record, from its first character; '' between records. */
  #tail = '';
  /** Pieces received while a long quoted field saw no quote; they follow `#tail`. */
  #parts: string[] = [];
  #partsLength = 0;
  /** Where scanning continues in `#tail + #parts`. */
  #resume = 0;
  #mode = FIELD_START;
  /** Raw start of the current field (its opening quote, if quoted). */
  #fieldStart = 0;
  /** The current field's closing quote, or -1 while none was seen (or it is unquoted). */
  #closeQuote = -1;
  /** The current quoted field has a `""` or a line break: it needs its quotes. */
  #mustQuote = false;
  /** The previous piece ended with a CR that ended a record; a LF opening this piece belongs to it. */
  #skipLF = false;
  /** The previous piece ended with a CR inside a quoted field; not yet counted as a line break. */
  #pendingQuotedCR = false;
  /** 1-based physical line of the current position. */
  #line = 1;
  /** Line where the currently open quoted field started. */
  #quoteLine = 1;
  /** No text yet: a U+FEFF opening the next piece is a byte order mark (when `dropBom`). */
  #atStart: boolean;

  constructor(delimiter: string, maxFieldLength: number, dropBom: boolean) {
    this.#delimiter = delimiter;
    this.#delimCode = delimiter.charCodeAt(0);
    this.#maxFieldLength = maxFieldLength;
    this.#dropBom = dropBom;
    this.#atStart = dropBom;
  }

  push(piece: string, onRecord: (record: CsvRecord) => void): void {
    if (piece.length === 0) return;
    if (this.#atStart) {
      this.#atStart = false;
      if (piece.charCodeAt(0) === BOM) piece = piece.slice(1);
    }
    if (this.#skipLF) {
      this.#skipLF = false;
      if (piece.charCodeAt(0) === LF) piece = piece.slice(1);
    }
    if (piece.length === 0) return;
    if (this.#mode === QUOTED && this.#tail.length + this.#partsLength > LONG_RECORD && !piece.includes('"')) {
      this.#setAside(piece);
      return;
    }
    const text = this.#tail === '' ? piece : this.#tail + this.#parts.join('') + piece;
    this.#parts = [];
    this.#partsLength = 0;
    this.#tail = '';
    this.#scan(text, onRecord);
  }

  end(onRecord: (record: CsvRecord) => void): void {
    const record = this.#record;
    try {
      if (this.#mode === QUOTED) {
        throw new CsvError(
          'unbalanced-quote',
          this.#quoteLine,
          `Unbalanced quote: the quoted field that starts on line ${this.#quoteLine} never closes. Check that line for a stray " character.`,
        );
      }
      const text = this.#tail;
      record.text = text;
      const len = text.length;
      if (this.#mode === QUOTE_PENDING) {
        this.#closeQuote = len - 1;
        this.#mode = UNQUOTED;
      }
      let canonical = true;
      if (this.#mode === UNQUOTED) {
        const fieldStart = this.#fieldStart;
        canonical =
          this.#closeQuote === -1
            ? indexOrEnd(text, '"', fieldStart, len) === len && text.charCodeAt(fieldStart) !== BOM
            : quotedIsCanonical(text, fieldStart, this.#closeQuote, len, this.#mustQuote, this.#delimiter);
        record.add(fieldStart, len, this.#closeQuote !== -1);
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
      this.#reset();
    }
  }

  /** Back to the start of an input. */
  #reset(): void {
    this.#record.reset();
    this.#record.text = '';
    this.#tail = '';
    this.#parts = [];
    this.#partsLength = 0;
    this.#resume = 0;
    this.#mode = FIELD_START;
    this.#closeQuote = -1;
    this.#skipLF = false;
    this.#pendingQuotedCR = false;
    this.#line = 1;
    this.#quoteLine = 1;
    this.#atStart = this.#dropBom;
  }

  /** Deep inside a long quoted field and still no quote: the piece is set aside, unjoined. */
  #setAside(piece: string): void {
    this.#countQuotedBreaks(piece);
    this.#mustQuote = true;
    this.#parts.push(piece);
    this.#partsLength += piece.length;
    this.#resume += piece.length;
    if (this.#resume - this.#fieldStart - 1 > this.#maxFieldLength) throw this.#tooLong();
  }

  /** Counts the line breaks of a piece that lies wholly inside a quoted field. */
  #countQuotedBreaks(piece: string): void {
    if (this.#pendingQuotedCR) {
      this.#pendingQuotedCR = false;
      if (piece.charCodeAt(0) !== LF) this.#line++;
    }
    for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) this.#line++;
    for (let i = piece.indexOf('\r'); i !== -1; i = piece.indexOf('\r', i + 1)) {
      if (i + 1 === piece.length) this.#pendingQuotedCR = true;
      else if (piece.charCodeAt(i + 1) !== LF) this.#line++;
    }
  }

  /**
   * Writes the hot loop's local state back and keeps the unfinished record (from `recordStart`)
   * for the next push; scanning resumes at `at`.
   */
  #save(text: string, recordStart: number, at: number, mode: number, fieldStart: number, closeQuote: number, mustQuote: boolean, line: number): void {
    this.#mode = mode;
    this.#fieldStart = fieldStart;
    this.#closeQuote = closeQuote;
    this.#mustQuote = mustQuote;
    this.#line = line;
    if (recordStart === text.length) {
      this.#tail = '';
      this.#resume = 0;
      return;
    }
    this.#tail = text.slice(recordStart);
    this.#record.shift(recordStart);
    this.#fieldStart -= recordStart;
    if (this.#closeQuote !== -1) this.#closeQuote -= recordStart;
    this.#resume = at - recordStart;
  }

  #tooLong(): CsvError {
    return new CsvError(
      'field-too-long',
      this.#quoteLine,
      `The quoted field that starts on line ${this.#quoteLine} is longer than ${this.#maxFieldLength} characters, ` +
        'so its closing quote is most likely missing. Check that line for a stray " character.',
      this.#maxFieldLength,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // HOT LOOP START. Every character of a list goes through here: the state is in locals (V8 keeps
  // them in registers) and written back by #save at every exit; the searches are cached.

  /** Scans `text` (the kept unfinished record, then the new piece) from `#resume`. */
  #scan(text: string, onRecord: (record: CsvRecord) => void): void {
    const record = this.#record;
    const delimiter = this.#delimiter;
    const delimCode = this.#delimCode;
    const maxFieldLength = this.#maxFieldLength;
    record.text = text;
    const len = text.length;
    let pos = this.#resume;
    let recordStart = 0;
    let m = this.#mode;
    let fStart = this.#fieldStart;
    let close = this.#closeQuote;
    let must = this.#mustQuote;
    let ln = this.#line;

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

    if (this.#pendingQuotedCR) {
      this.#pendingQuotedCR = false;
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
          this.#quoteLine = ln;
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
            if (nextCR + 1 === len) this.#pendingQuotedCR = true;
            else if (text.charCodeAt(nextCR + 1) !== LF) ln++;
            nextCR = indexOrEnd(text, '\r', nextCR + 1, len);
          }
          if (q === -1) {
            this.#save(text, recordStart, len, m, fStart, close, must, ln);
            if (len - fStart - 1 > maxFieldLength) throw this.#tooLong();
            return;
          }
          if (q + 1 === len) {
            this.#save(text, recordStart, len, QUOTE_PENDING, fStart, close, must, ln);
            return;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            must = true;
            from = q + 2;
            continue;
          }
          if (q - fStart - 1 > maxFieldLength) {
            this.#save(text, recordStart, len, m, fStart, close, must, ln);
            throw this.#tooLong();
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
        this.#save(text, recordStart, len, m, fStart, close, must, ln);
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
        if (pos === len) this.#skipLF = true;
        else if (text.charCodeAt(pos) === LF) pos++;
      }
      recordStart = pos;
    }
    this.#save(text, recordStart, len, m, fStart, close, must, ln);
  }

  // HOT LOOP END
  // ---------------------------------------------------------------------------------------------
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
