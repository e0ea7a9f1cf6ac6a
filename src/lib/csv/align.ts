/**
 * Cutting streamed CSV text into pieces that each hold whole records, so that separate workers
 * can scan them independently and the records come out the same as from one scan of the whole.
 *
 * Only quotes and line breaks matter here: a line break ends a record unless it is inside a quoted
 * field, and a `"` opens a quoted field only at the start of a field (after a delimiter or a line
 * break, or at the very start), exactly as `createCsvScanner` reads it. Everything else is
 * skipped with `indexOf`, so aligning costs a small part of scanning.
 *
 * Scan every piece after the first with `dropBom: false`: a U+FEFF that starts a later piece is
 * data, not a byte order mark.
 */
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

/** See {@link createRecordAligner}. */
export interface RecordAligner {
  /**
   * Takes the next piece of text and returns the text of the records it completes, from the end
   * of the last returned piece to the last line break outside quotes (possibly '').
   */
  push(text: string): string;
  /** Returns what is left (the last records, possibly unfinished or ''), and resets. */
  end(): string;
}

/** Creates a {@link RecordAligner} for one delimiter. */
export function createRecordAligner(delimiter: string): RecordAligner {
  const delimCode = delimiter.charCodeAt(0);
  /** Text received but not yet returned: the start of an unfinished record. */
  let carry = '';
  let inQuotes = false;
  /** The last piece ended on a `"` inside a quoted field: closing quote or first of `""`? */
  let quotePending = false;
  /** The character before the current piece (a line break at the start of input). */
  let prev = LF;
  let atStart = true;

  const opensField = (c: number) => c === delimCode || c === LF || c === CR;

  function push(text: string): string {
    const len = text.length;
    if (len === 0) return '';
    let pos = 0;
    if (atStart) {
      atStart = false;
      if (text.charCodeAt(0) === BOM) pos = 1; // a BOM the scanner drops: the first field starts after it
    }
    const first = pos;
    let cut = -1;
    if (quotePending) {
      quotePending = false;
      if (text.charCodeAt(0) === QUOTE) pos = 1; // `""`: still inside the quoted field
      else inQuotes = false;
    }
    while (pos < len) {
      const q = text.indexOf('"', pos);
      if (inQuotes) {
        if (q === -1) break;
        if (q + 1 === len) {
          quotePending = true;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) pos = q + 2;
        else {
          inQuotes = false;
          pos = q + 1;
        }
        continue;
      }
      const stop = q === -1 ? len : q;
      // Every line break in [pos, stop) is outside quotes: remember the last one.
      const lf = text.lastIndexOf('\n', stop - 1);
      if (lf >= pos && lf + 1 > cut) cut = lf + 1;
      const cr = text.lastIndexOf('\r', stop - 1);
      // A CR ends a record by itself only when what follows is known and is not its LF.
      if (cr >= pos && cr + 1 < len && text.charCodeAt(cr + 1) !== LF && cr + 1 > cut) cut = cr + 1;
      if (q === -1) break;
      if (opensField(q === first ? prev : text.charCodeAt(q - 1))) inQuotes = true;
      pos = q + 1;
    }
    if (len > first) prev = text.charCodeAt(len - 1); // (a piece of only the BOM leaves it as it was)
    if (cut === -1) {
      carry += text;
      return '';
    }
    const done = carry + text.slice(0, cut);
    carry = text.slice(cut);
    return done;
  }

  function end(): string {
    const rest = carry;
    carry = '';
    inQuotes = false;
    quotePending = false;
    prev = LF;
    atStart = true;
    return rest;
  }

  return { push, end };
}
