/**
 * Cutting streamed CSV into pieces that each hold whole records, so that separate workers can
 * read them independently and the records come out the same as from one scan of the whole.
 *
 * Only quotes and line breaks matter here: a line break ends a record unless it is inside a quoted
 * field, and a `"` opens a quoted field only at the start of a field (after a delimiter or a line
 * break, or at the very start), exactly as `createCsvScanner` reads it. Everything else is
 * skipped with `indexOf`, so aligning costs a small part of scanning.
 *
 * Two forms: {@link createRecordAligner} on decoded text (any encoding), and
 * {@link createByteAligner} on the bytes of an encoding in which these characters are single
 * ASCII bytes that never occur inside another character (UTF-8 and the Windows code pages, not
 * UTF-16), so the main thread never has to decode the file.
 *
 * Scan every piece after the first without dropping a leading U+FEFF: there it is data.
 */
import { takeBytes } from '../bytes/buffers.ts';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** What the aligner needs of a piece: a string or a byte array, searched for one code at a time. */
interface Units<N> {
  readonly length: number;
  indexOf(unit: N, from: number): number;
  lastIndexOf(unit: N, from: number): number;
}

/** The search units (a string's characters or a byte array's values) for the codes that matter. */
interface Needles<N> {
  quote: N;
  lf: N;
  cr: N;
  codeAt(units: Units<N>, i: number): number;
}

/**
 * The state machine shared by both forms: tracks whether the input so far ends inside a quoted
 * field, and finds in each piece the end of its last complete record.
 */
class Aligner<N> {
  #inQuotes = false;
  /** The last piece ended on a `"` inside a quoted field: closing quote or first of `""`? */
  #quotePending = false;
  /** The code before the current piece (a line break at the start of input). */
  #prev = LF;
  readonly #opens: (code: number) => boolean;
  readonly #needles: Needles<N>;

  constructor(delimiterCode: number, needles: Needles<N>) {
    this.#needles = needles;
    this.#opens = (c) => c === delimiterCode || c === LF || c === CR;
  }

  /**
   * The position just after the last record break of `units` outside quotes, or -1 if it has
   * none. `first` is where the piece's fields start (past a byte order mark at the very start).
   */
  cut(units: Units<N>, first: number): number {
    const { quote, lf, cr, codeAt } = this.#needles;
    const len = units.length;
    let pos = first;
    // Forward, from quote to quote: the stretches of the piece outside quoted fields.
    let segments = 0;
    if (this.#quotePending && pos < len) {
      this.#quotePending = false;
      if (codeAt(units, pos) === QUOTE) pos++; // `""`: still inside the quoted field
      else this.#inQuotes = false;
    }
    while (pos < len) {
      const q = units.indexOf(quote, pos);
      if (this.#inQuotes) {
        if (q === -1) break;
        if (q + 1 === len) {
          this.#quotePending = true;
          break;
        }
        if (codeAt(units, q + 1) === QUOTE) pos = q + 2;
        else {
          this.#inQuotes = false;
          pos = q + 1;
        }
        continue;
      }
      const stop = q === -1 ? len : q;
      if (stop > pos) this.#segment(segments++, pos, stop);
      if (q === -1) break;
      if (this.#opens(q === first ? this.#prev : codeAt(units, q - 1))) this.#inQuotes = true;
      pos = q + 1;
    }
    if (len > first) this.#prev = codeAt(units, len - 1); // (a piece of only the BOM leaves it as it was)

    // Backward, stretch by stretch: the last line break outside quotes. Each search picks up
    // where the one for a later stretch left off, so the piece is searched once in all.
    const bounds = this.#bounds;
    let lfAt = len;
    let crAt = len;
    for (let s = segments - 1; s >= 0; s--) {
      const from = bounds[2 * s]!;
      const stop = bounds[2 * s + 1]!;
      // (Guarded: a typed array's lastIndexOf reads a negative start as counting from the end.)
      if (lfAt >= stop) lfAt = units.lastIndexOf(lf, stop - 1);
      if (crAt >= stop) crAt = units.lastIndexOf(cr, stop - 1);
      let cut = lfAt >= from ? lfAt + 1 : -1;
      // A CR ends a record by itself only when what follows is known and is not its LF.
      if (crAt >= from && crAt + 1 < len && codeAt(units, crAt + 1) !== LF && crAt + 1 > cut) cut = crAt + 1;
      if (cut !== -1) return cut;
    }
    return -1;
  }

  /** Start and end of each stretch outside quotes of the current piece, in pairs. */
  #bounds = new Int32Array(64);
  #segment(at: number, from: number, stop: number): void {
    if (2 * at + 2 > this.#bounds.length) {
      const more = new Int32Array(this.#bounds.length * 2);
      more.set(this.#bounds);
      this.#bounds = more;
    }
    this.#bounds[2 * at] = from;
    this.#bounds[2 * at + 1] = stop;
  }
}

/** See {@link createRecordAligner} and {@link createByteAligner}. */
export interface RecordAligner<T> {
  /**
   * Takes the next piece and returns the records it completes, from the end of the last returned
   * piece to the last line break outside quotes (possibly empty).
   */
  push(piece: T): T;
  /** Returns what is left (the last records, possibly unfinished, or empty). */
  end(): T;
}

const TEXT: Needles<string> = { quote: '"', lf: '\n', cr: '\r', codeAt: (s, i) => (s as string).charCodeAt(i) };
const BYTES: Needles<number> = { quote: QUOTE, lf: LF, cr: CR, codeAt: (b, i) => (b as Uint8Array)[i]! };

/** Aligns decoded text for one delimiter. A U+FEFF that opens the input is a byte order mark. */
export function createRecordAligner(delimiter: string): RecordAligner<string> {
  const aligner = new Aligner(delimiter.charCodeAt(0), TEXT);
  let carry = '';
  let atStart = true;
  return {
    push(text) {
      if (text.length === 0) return '';
      const first = atStart && text.charCodeAt(0) === 0xfeff ? 1 : 0;
      atStart = false;
      const cut = aligner.cut(text, first);
      if (cut === -1) {
        carry += text;
        return '';
      }
      const done = carry + text.slice(0, cut);
      carry = text.slice(cut);
      return done;
    },
    end() {
      const rest = carry;
      carry = '';
      return rest;
    },
  };
}

/**
 * Aligns the bytes of an ASCII-compatible encoding (see the module note) for one delimiter.
 * `utf8Bom`: the input is UTF-8, so `EF BB BF` opening it is a byte order mark. Returned pieces
 * each have a buffer of their own (safe to transfer to a worker, and to `release` once read),
 * which may be larger than the piece.
 */
export function createByteAligner(delimiter: string, utf8Bom: boolean): RecordAligner<Uint8Array> {
  const aligner = new Aligner(delimiter.charCodeAt(0), BYTES);
  let carry: Uint8Array = new Uint8Array(0);
  let atStart = true;
  const join = (a: Uint8Array, b: Uint8Array) => {
    const out = takeBytes(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  };
  return {
    push(bytes) {
      if (bytes.length === 0) return new Uint8Array(0);
      let first = 0;
      if (atStart) {
        // Look at six bytes before deciding whether the input opens with byte order marks.
        bytes = join(carry, bytes);
        carry = new Uint8Array(0);
        if (utf8Bom && bytes.length < 6) {
          carry = bytes;
          return new Uint8Array(0);
        }
        // The decoder drops one BOM and the scanner one more U+FEFF: skip as many here.
        const isBom = (at: number) => utf8Bom && bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
        if (isBom(0)) first = isBom(3) ? 6 : 3;
        atStart = false;
      }
      const cut = aligner.cut(bytes, first);
      if (cut === -1) {
        carry = join(carry, bytes);
        return new Uint8Array(0);
      }
      const done = join(carry, bytes.subarray(0, cut));
      carry = bytes.slice(cut);
      return done;
    },
    end() {
      const rest = carry;
      carry = new Uint8Array(0);
      atStart = true;
      return rest;
    },
  };
}
