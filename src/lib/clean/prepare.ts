/**
 * The lead list in pieces of whole records, each prepared on its own (see `createPreparer`) into
 * a columnar batch: typed arrays and a few strings, which a worker thread posts to the main
 * thread for a few hundred microseconds per megabyte. The main thread then only makes the
 * in-order decisions (opt-outs, duplicates) and writes the outputs, mostly by copying bytes.
 */
import { createCsvScanner, type CsvRecord, type CsvScanner } from '../csv/parse.ts';
import { formatCsvRow, isFormulaTrigger } from '../csv/write.ts';
import { release, takeBytes } from '../bytes/buffers.ts';
import { fingerprint } from '../collections/key-index.ts';
import { BAD_BYTES, BLANK, CANONICAL, INVALID, MISSING, SUPPRESSED, VALID, removalCode } from './row-codes.ts';
import { createPreparer, type PreparedRow, type Preparer } from './classify.ts';
import { strayBytesEncoding, type Encoding } from '../csv/encoding.ts';
import { guessSingleByte, type SingleByteCandidate } from '../csv/single-byte.ts';
import { byteTable, decodeUtf8Leniently, mostlyUtf8, utf8Stats } from '../bytes/utf8.ts';
import type { CountryLookup } from '../email/columns.ts';
import type { SuppressionIndex } from '../email/suppression.ts';
import type { CleanOptions } from './options.ts';

/**
 * One prepared piece, without its text: what the deciding thread needs is here (record i's text
 * is {@link rawText}).
 */
export interface PreparedBatch {
  count: number;
  /** BLANK, MISSING, INVALID or VALID (see row-codes.ts, which owns these codes and bits). */
  status: Uint8Array;
  /** Class bits, CANONICAL, SUPPRESSED, BAD_BYTES. */
  flags: Uint8Array;
  /** The removal code (see `removalCode`). */
  removal: Uint8Array;
  /** Keys of VALID records, joined: record i's is `keys.slice(keyStart[i], keyEnd[i])`. */
  keys: string;
  keyStart: Int32Array;
  keyEnd: Int32Array;
  /** The KeyIndex fingerprint of each VALID record's key, so the deciding thread need not hash it. */
  keyHi: Int32Array;
  keyLo: Int32Array;
  /**
   * UTF-8 of each canonical record with CRLF: `bytes.subarray(byteStart[i], byteEnd[i])` is its
   * kept line (without formula protection). A piece of valid UTF-8 is copied here whole, and its
   * records that end in CRLF are read where they are; the others are appended. The deciding
   * thread copies runs of kept rows from here into the output, without making a string.
   */
  bytes: Uint8Array;
  byteStart: Int32Array;
  byteEnd: Int32Array;
  /**
   * Formula-like cells of record i: `formulaAt[formulaFrom[i] .. formulaFrom[i + 1])` are the
   * positions of their values in the record's text, where a protecting `'` goes.
   */
  formulaFrom: Int32Array;
  formulaAt: Int32Array;
  /** Index in `strings` of record i's detail (missing, invalid, suppressed, or removal), or -1. */
  detailAt: Int32Array;
  /**
   * For a record that is not canonical, the index in `strings` of its kept line (with CRLF, as
   * the options write it), followed by its cells for the report (formula-protected, no CRLF) and
   * its text; -1 for the canonical ones, whose text is in `bytes`.
   */
  lineAt: Int32Array;
  strings: string[];
  /** The piece held only ASCII characters (every ASCII-compatible encoding reads it alike). */
  ascii: boolean;
  /**
   * Null when the piece reads as the run's encoding says. Otherwise the encoding its own bytes
   * point to: in a UTF-8 run, `utf-8` when it is UTF-8 with a few stray bytes, else a code
   * page; in a run whose code page was detected, `utf-8` or a code page of another script.
   */
  suggests: Encoding | null;
  /** For a code page it suggests: whether its letters told it surely (see `guessSingleByte`). */
  suggestsSure: boolean;
  /**
   * What the BAD_BYTES records' bad bytes were read as: the code page of a UTF-8 run's stray
   * bytes, or null for U+FFFD (an encoding that does not define them).
   */
  badAs: Encoding | null;
}

/** What a piece's decoding found out besides its text (see {@link PreparedBatch}). */
interface Decoded {
  ascii: boolean;
  suggests: Encoding | null;
  suggestsSure: boolean;
  badAs: Encoding | null;
  /** Positions in the text of the characters that stand for bad bytes, ascending. */
  bad: readonly number[];
}

/** A piece decoded as its encoding says, with nothing to report. */
const PLAIN: Decoded = { ascii: false, suggests: null, suggestsSure: false, badAs: null, bad: [] };

/** How a piece is prepared. */
export interface PrepareSetup {
  delimiter: string;
  protectFormulas: boolean;
  /** 0-based index of the email column. */
  emailColumn: number;
  /** 0-based index of the country column, or null. */
  countryColumn: number | null;
  /** Prepares the rows of the piece, all at once, from their email and country cells. */
  prepare: Pick<Preparer, 'many'>;
}

/**
 * Prepares one piece of whole records (from `createRecordAligner`). `first` says whether it is
 * the start of the file (where a U+FEFF is a byte order mark). Throws `CsvError` for an
 * unbalanced quote; its line number is relative to the piece.
 */
export function prepareBatch(piece: string, first: boolean, setup: PrepareSetup, source?: SourceBytes, decoded: Decoded = PLAIN): PreparedBatch {
  const builder = (batchBuilder ??= new BatchBuilder());
  builder.begin(piece, first, setup, source, decoded);
  const scanner = scannerFor(setup.delimiter);
  try {
    scanner.push(builder.text, builder.onRecord);
    scanner.end(builder.onRecord); // throws on an unbalanced quote; no record is left to give
  } catch (error) {
    // A scanner stopped half-way through a piece keeps that piece's state: the next one gets a
    // new scanner (a page's worker runs again after a failed run).
    scanners.delete(setup.delimiter);
    throw error;
  }
  setup.prepare.many(builder.emails, builder.countries, builder.onPrepared);
  return builder.finish();
}

/**
 * The state of the batch being prepared, and the callbacks the scanner and the preparer call.
 * One per thread, reused for every piece: its methods, and the two callbacks made once, are the
 * same functions from piece to piece. (Closures made per piece were new functions for every
 * piece, and V8 compiled them again for each: in Chrome, ~40 compilations of ~30 ms per run.)
 */
class BatchBuilder {
  /** The text the positions refer to (see `batchText`). */
  text = '';
  setup!: PrepareSetup;
  source: SourceBytes | undefined;
  /** A position in the text and the same position in the source bytes, moved forward by `seek`: canonical records are copied from there. */
  charAt = 0;
  byteAt = 0;
  /** The first LF of the text at or after `charAt` once looked up (-1: none left; -2: not yet). */
  nextLf = -2;
  /** The length of the text that the source bytes hold (without a line break batchText added). */
  sourceLength = 0;
  capacity = 0;
  count = 0;
  formulas = 0;
  status = new Uint8Array(0);
  flags = new Uint8Array(0);
  removal = new Uint8Array(0);
  keyStart = new Int32Array(0);
  keyEnd = new Int32Array(0);
  keyHi = new Int32Array(0);
  keyLo = new Int32Array(0);
  byteStart = new Int32Array(0);
  byteEnd = new Int32Array(0);
  formulaFrom = new Int32Array(0);
  detailAt = new Int32Array(0);
  lineAt = new Int32Array(0);
  formulaAt = new Int32Array(0);
  bytes = new ByteWriter(0);
  readonly fp = new Int32Array(2);
  strings: string[] = [];
  /** Joined once at the end: one flat string, rather than a chain of a concatenation per row. */
  keys: string[] = [];
  keysLength = 0;
  /** The cells the preparer reads; the rows are prepared together once the piece is scanned. */
  emails: (string | undefined)[] = [];
  countries: (string | undefined)[] | null = null;
  /** What the decoding found; `bad` positions are in the piece, `badShift` before them in `text`. */
  decoded: Decoded = PLAIN;
  badShift = 0;
  /** The first of `decoded.bad` not behind the records read so far. */
  nextBad = 0;

  readonly onRecord = (record: CsvRecord): void => this.record(record);
  readonly onPrepared = (i: number, row: PreparedRow): void => this.prepared(i, row);

  begin(piece: string, first: boolean, setup: PrepareSetup, source: SourceBytes | undefined, decoded: Decoded): void {
    const text = batchText(piece, first);
    this.text = text;
    this.setup = setup;
    this.source = source;
    // (batchText drops a U+FEFF that starts the file: three bytes.)
    const droppedBom = first && piece.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.decoded = decoded;
    this.badShift = droppedBom;
    this.nextBad = 0;
    this.charAt = 0;
    this.byteAt = source ? source.start + 3 * droppedBom : 0;
    this.nextLf = -2;
    this.sourceLength = piece.length - droppedBom;
    const capacity = Math.max(16, Math.ceil(text.length / 100));
    this.capacity = capacity;
    this.count = 0;
    this.formulas = 0;
    this.status = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.removal = new Uint8Array(capacity);
    this.keyStart = new Int32Array(capacity);
    this.keyEnd = new Int32Array(capacity);
    this.keyHi = new Int32Array(capacity);
    this.keyLo = new Int32Array(capacity);
    this.byteStart = new Int32Array(capacity);
    this.byteEnd = new Int32Array(capacity);
    this.formulaFrom = new Int32Array(capacity + 1);
    this.detailAt = new Int32Array(capacity);
    this.lineAt = new Int32Array(capacity);
    this.formulaAt = new Int32Array(capacity);
    // With source bytes, the batch's bytes start as a copy of them: a canonical record that ends
    // in CRLF there is already its kept line, and is only pointed at.
    this.bytes = source ? ByteWriter.of(source.bytes, 1024) : new ByteWriter(Math.ceil(text.length * 1.2) + 1024);
    this.strings = [];
    this.keys = [];
    this.keysLength = 0;
    this.emails = [];
    this.countries = setup.countryColumn === null ? null : [];
  }

  grow(): void {
    const capacity = (this.capacity *= 2);
    const more = <T extends Uint8Array | Int32Array>(a: T, n = capacity): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.status = more(this.status);
    this.flags = more(this.flags);
    this.removal = more(this.removal);
    this.keyStart = more(this.keyStart);
    this.keyEnd = more(this.keyEnd);
    this.keyHi = more(this.keyHi);
    this.keyLo = more(this.keyLo);
    this.byteStart = more(this.byteStart);
    this.byteEnd = more(this.byteEnd);
    this.formulaFrom = more(this.formulaFrom, capacity + 1);
    this.detailAt = more(this.detailAt);
    this.lineAt = more(this.lineAt);
  }

  /**
   * Moves `charAt` to `target` and `byteAt` with it: from line feed to line feed while one comes
   * before the target (the n-th LF of the text is the n-th LF byte: UTF-8 has no 0x0A inside a
   * character), then by reading the UTF-8 of what is left (usually nothing).
   */
  seek(target: number): void {
    const src = this.source!.bytes;
    const text = this.text;
    let charAt = this.charAt;
    let byteAt = this.byteAt;
    let nextLf = this.nextLf;
    for (;;) {
      if (nextLf !== -1 && nextLf < charAt) nextLf = text.indexOf('\n', charAt);
      if (nextLf === -1 || nextLf >= target) break;
      byteAt = src.indexOf(0x0a, byteAt) + 1;
      charAt = nextLf + 1;
    }
    this.nextLf = nextLf;
    this.byteAt = utf8Advance(src, byteAt, target - charAt);
    this.charAt = target;
  }

  /** Fills record i's columns from its prepared row. */
  prepared(i: number, row: PreparedRow): void {
    let f = this.flags[i]!;
    if (row.status === 'valid') {
      this.status[i] = VALID;
      this.keyStart[i] = this.keysLength;
      this.keys.push(row.key);
      this.keysLength += row.key.length;
      this.keyEnd[i] = this.keysLength;
      if (row.hi === undefined || row.lo === undefined) {
        fingerprint(row.key, this.fp);
        this.keyHi[i] = this.fp[0]!;
        this.keyLo[i] = this.fp[1]!;
      } else {
        this.keyHi[i] = row.hi;
        this.keyLo[i] = row.lo;
      }
      f |= row.classBits;
      if (row.suppressedBy !== null) {
        f |= SUPPRESSED;
        this.detailAt[i] = this.strings.push(row.suppressedBy) - 1;
      } else if (row.removal !== null) {
        this.removal[i] = removalCode(row.removal);
        this.detailAt[i] = this.strings.push(row.removalDetail) - 1;
      }
    } else {
      this.status[i] = row.status === 'missing' ? MISSING : INVALID;
      this.detailAt[i] = this.strings.push(row.detail) - 1;
    }
    this.flags[i] = f;
  }

  record(record: CsvRecord): void {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    const setup = this.setup;
    this.formulaFrom[i] = this.formulas;
    this.detailAt[i] = -1;
    this.lineAt[i] = -1;
    if (isBlankRecord(record)) {
      this.status[i] = BLANK;
      this.emails[i] = undefined;
      if (this.countries !== null) this.countries[i] = undefined;
      return;
    }
    this.emails[i] = record.field(setup.emailColumn) ?? '';
    if (this.countries !== null) this.countries[i] = record.field(setup.countryColumn!);
    this.flags[i] = record.canonical ? CANONICAL : 0;
    if (this.nextBad < this.decoded.bad.length) this.markBadBytes(i, record);
    for (let c = 0; c < record.count; c++) {
      if (!isFormulaTrigger(record.firstNonSpace(c))) continue;
      if (this.formulas === this.formulaAt.length) {
        const more = new Int32Array(this.formulas * 2);
        more.set(this.formulaAt);
        this.formulaAt = more;
      }
      this.formulaAt[this.formulas++] = record.valueStart(c) - record.start;
    }
    const text = this.text;
    const bytes = this.bytes;
    if (record.canonical) {
      this.byteStart[i] = bytes.length;
      const source = this.source;
      if (source) {
        this.seek(record.start);
        const from = this.byteAt;
        // Past the record's line break when it has one (found by its line feed), else to its end.
        // (The line break batchText adds after an unfinished last line is not in the bytes.)
        const sourceLength = this.sourceLength;
        const next = record.end < sourceLength ? text.charCodeAt(record.end) : -1;
        const breakLength = next === 0x0a ? 1 : next === 0x0d && record.end + 1 < sourceLength && text.charCodeAt(record.end + 1) === 0x0a ? 2 : 0;
        this.seek(record.end + breakLength);
        const to = this.byteAt - breakLength;
        if (breakLength === 2) {
          this.byteStart[i] = from;
          this.byteEnd[i] = this.byteAt;
        } else {
          bytes.copy(source.bytes, from, to);
          bytes.crlf();
          this.byteEnd[i] = bytes.length;
        }
      } else {
        bytes.text(text.slice(record.start, record.end));
        bytes.crlf();
        this.byteEnd[i] = bytes.length;
      }
    } else {
      const values = record.values();
      this.lineAt[i] = this.strings.length;
      this.strings.push(
        formatCsvRow(values, setup.delimiter, { protectFormulas: setup.protectFormulas }),
        formatCsvRow(values, setup.delimiter, { protectFormulas: true }).slice(0, -2),
        text.slice(record.start, record.end),
      );
    }
  }

  /** Flags record i when one of the decoding's bad characters lies in it. */
  markBadBytes(i: number, record: CsvRecord): void {
    const bad = this.decoded.bad;
    while (this.nextBad < bad.length && bad[this.nextBad]! - this.badShift < record.start) this.nextBad++;
    if (this.nextBad < bad.length && bad[this.nextBad]! - this.badShift < record.end) this.flags[i]! |= BAD_BYTES;
  }

  /** The batch, and nothing of it kept here. */
  finish(): PreparedBatch {
    const count = this.count;
    this.formulaFrom[count] = this.formulas;
    const batch: PreparedBatch = {
      count,
      status: this.status.subarray(0, count),
      flags: this.flags.subarray(0, count),
      removal: this.removal.subarray(0, count),
      keys: this.keys.join(''),
      keyStart: this.keyStart.subarray(0, count),
      keyEnd: this.keyEnd.subarray(0, count),
      keyHi: this.keyHi.subarray(0, count),
      keyLo: this.keyLo.subarray(0, count),
      bytes: this.bytes.take(),
      byteStart: this.byteStart.subarray(0, count),
      byteEnd: this.byteEnd.subarray(0, count),
      formulaFrom: this.formulaFrom.subarray(0, count + 1),
      formulaAt: this.formulaAt.subarray(0, this.formulas),
      detailAt: this.detailAt.subarray(0, count),
      lineAt: this.lineAt.subarray(0, count),
      strings: this.strings,
      ascii: this.decoded.ascii,
      suggests: this.decoded.suggests,
      suggestsSure: this.decoded.suggestsSure,
      badAs: this.decoded.badAs,
    };
    // The next piece starts from nothing; the text and cells are not kept alive meanwhile.
    this.text = '';
    this.source = undefined;
    this.strings = [];
    this.keys = [];
    this.emails = [];
    this.countries = null;
    this.decoded = PLAIN;
    return batch;
  }
}

let batchBuilder: BatchBuilder | null = null;

/**
 * Frees the memory of a batch that has been decided, or keeps it for reuse (see `release`), now
 * rather than at the next full garbage collection: a run keeps tens of batches of typed arrays
 * on the way, and their memory outside the JS heap would otherwise pile up until the collector
 * next looks (tens of MB at 1M rows). Read nothing of the batch afterwards.
 */
export function releaseBatch(batch: PreparedBatch): void {
  for (const buffer of batchBuffers(batch)) release(buffer);
}

/** The distinct buffers of a batch's typed arrays: what a worker hands over with it, and what is freed after it. */
export function batchBuffers(batch: PreparedBatch): ArrayBuffer[] {
  const arrays = [batch.status, batch.flags, batch.removal, batch.keyStart, batch.keyEnd, batch.keyHi, batch.keyLo, batch.bytes, batch.byteStart, batch.byteEnd, batch.formulaFrom, batch.formulaAt, batch.detailAt, batch.lineAt];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/**
 * One scanner per delimiter, reused for every piece (a scanner is reset by `end`; one that threw
 * is dropped, see `prepareBatch`). A new scanner per piece made new closures of its hot loop for
 * every piece, and V8 compiled that loop again for each (Chrome: ~14 times per worker, ~37 ms
 * each).
 */
const scanners = new Map<string, CsvScanner>();
function scannerFor(delimiter: string): CsvScanner {
  let scanner = scanners.get(delimiter);
  if (scanner === undefined) scanners.set(delimiter, (scanner = createCsvScanner({ delimiter, dropBom: false })));
  return scanner;
}

/**
 * A blank line: nothing between its line breaks. Blank lines are not data rows; a line holding
 * only `""` is a row with one empty cell (its email is missing), not a blank line.
 */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.count === 1 && record.end === record.start;
}

/**
 * The text a piece is prepared as, which the positions of its batch refer to: without the byte
 * order mark of the file's first piece (dropped here rather than by the scanner), and with a
 * line break after the last record, so that it too is read from this text.
 */
export function batchText(piece: string, first: boolean): string {
  const text = first && piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
  const last = text.charCodeAt(text.length - 1);
  return text !== '' && last !== 0x0a && last !== 0x0d ? `${text}\n` : text;
}

/** A part of an output, or a batch's row bytes, built as UTF-8. */
export class ByteWriter {
  static readonly #encoder = new TextEncoder();
  #buffer: Uint8Array;
  #used = 0;
  /** Room for `capacity` bytes, or more (a reused buffer: see `takeBytes`). */
  constructor(capacity: number) {
    const bytes = takeBytes(capacity);
    this.#buffer = bytes.length === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes.buffer);
  }
  /** Bytes written so far. */
  get length(): number {
    return this.#used;
  }
  /** Appends `source[start, end)`. */
  bytes(source: Uint8Array, start: number, end: number): void {
    if (end <= start) return;
    this.#room(end - start);
    this.#buffer.set(source.subarray(start, end), this.#used);
    this.#used += end - start;
  }
  /** A writer holding a copy of `bytes`, with room for `more`. */
  static of(bytes: Uint8Array, more: number): ByteWriter {
    const writer = new ByteWriter(bytes.length + more);
    writer.#buffer.set(bytes);
    writer.#used = bytes.length;
    return writer;
  }
  /** Appends `source[start, end)`: a loop for a short run (cheaper than a view and `set`), else `set`. */
  copy(source: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (n > 256) return this.bytes(source, start, end);
    this.#room(n);
    const buffer = this.#buffer;
    for (let i = 0, at = this.#used; i < n; i++) buffer[at + i] = source[start + i]!;
    this.#used += n;
  }
  /** Appends CR LF. */
  crlf(): void {
    this.#room(2);
    this.#buffer[this.#used++] = 0x0d;
    this.#buffer[this.#used++] = 0x0a;
  }
  /** Appends one byte. */
  byte(value: number): void {
    this.#room(1);
    this.#buffer[this.#used++] = value;
  }
  /** Appends `text` as UTF-8. */
  text(text: string): void {
    const n = text.length;
    this.#room(n * 3);
    const buffer = this.#buffer;
    let at = this.#used;
    // A short ASCII text (a report row's number, reason and detail) is written by hand: a call
    // to encodeInto costs more than the copy itself (several hundred ns in Chrome).
    let i = 0;
    if (n <= 128) {
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80) break;
        buffer[at + i] = c;
      }
      if (i === n) {
        this.#used = at + n;
        return;
      }
      at += i;
    }
    this.#used = at + ByteWriter.#encoder.encodeInto(i === 0 ? text : text.slice(i), buffer.subarray(at)).written;
  }
  /** What was written (a view: write nothing more after taking it). */
  take(): Uint8Array {
    return this.#buffer.subarray(0, this.#used);
  }
  #room(bytes: number): void {
    if (this.#used + bytes <= this.#buffer.length) return;
    const more = new Uint8Array(Math.max(Math.ceil(this.#buffer.length * 1.5), this.#used + bytes));
    more.set(this.#buffer.subarray(0, this.#used));
    release(this.#buffer.buffer);
    this.#buffer = more;
  }
}

/** Record i's text (without its line break). */
export function rawText(batch: PreparedBatch, i: number): string {
  const line = batch.lineAt[i]!;
  if (line !== -1) return batch.strings[line + 2]!;
  return utf8.decode(batch.bytes.subarray(batch.byteStart[i], batch.byteEnd[i]! - 2));
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Writes record i's line as the cleaned list has it (with CRLF): its kept line for a record that
 * is not canonical, else its bytes, with a `'` before each formula-like value when
 * `protectFormulas` is on.
 */
export function writeKept(batch: PreparedBatch, i: number, protectFormulas: boolean, out: ByteWriter): void {
  const line = batch.lineAt[i]!;
  if (line !== -1) out.text(batch.strings[line]!);
  else if (protectFormulas) writeWithQuoteMarks(batch, i, out);
  else out.copy(batch.bytes, batch.byteStart[i]!, batch.byteEnd[i]!);
}

/** Writes record i's cells as the report has them (with CRLF): formula-like cells prefixed with `'`. */
export function writeProtected(batch: PreparedBatch, i: number, out: ByteWriter): void {
  const line = batch.lineAt[i]!;
  if (line === -1) return writeWithQuoteMarks(batch, i, out);
  out.text(batch.strings[line + 1]!);
  out.crlf();
}

/** A canonical record's bytes and CRLF, with `'` inserted before each formula-like value. */
function writeWithQuoteMarks(batch: PreparedBatch, i: number, out: ByteWriter): void {
  const bytes = batch.bytes;
  let at = batch.byteStart[i]!;
  let unit = 0;
  for (let f = batch.formulaFrom[i]!; f < batch.formulaFrom[i + 1]!; f++) {
    const value = batch.formulaAt[f]!;
    const to = utf8Advance(bytes, at, value - unit);
    out.copy(bytes, at, to);
    out.byte(0x27); // '
    at = to;
    unit = value;
  }
  out.copy(bytes, at, batch.byteEnd[i]!);
}

/** How {@link prepareBytes} reads a piece. */
export interface PieceReading {
  encoding: Encoding;
  /**
   * The encoding was detected, not chosen: report pieces that read otherwise (see
   * {@link PreparedBatch.suggests}). A chosen one is taken as it is.
   */
  watch: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Prepares a piece of bytes from `createByteAligner`: decodes it (the first piece without its
 * byte order mark), then {@link prepareBatch}. A piece of valid UTF-8 is its own output:
 * canonical records are copied from its bytes, not encoded again. Any other piece is encoded
 * from the decoded text: another encoding, or UTF-8 with stray bytes, which are read as the code
 * page they most likely are (see `decodeUtf8Leniently`) and flagged BAD_BYTES.
 */
export function prepareBytes(piece: Uint8Array, first: boolean, reading: PieceReading, setup: PrepareSetup): PreparedBatch {
  const { encoding } = reading;
  if (encoding === 'utf-8') {
    const bom = first && piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf ? 3 : 0;
    let text: string | null = null;
    try {
      text = strictUtf8.decode(piece.subarray(bom));
    } catch {
      // Not valid UTF-8: below.
    }
    if (text !== null) {
      const decoded = text.length === piece.length - bom ? ASCII : PLAIN;
      return prepareBatch(text, first, setup, { bytes: piece, start: bom }, decoded);
    }
    const guess = mostlyUtf8(utf8Stats(piece, bom)) ? null : guessSingleByte(piece, bom);
    const badAs = guess === null ? strayBytesEncoding(piece.subarray(bom)) : guess.encoding;
    const bad: number[] = [];
    const lenient = decodeUtf8Leniently(piece, fallbackTable(badAs), bad, true, bom).text;
    return prepareBatch(lenient, first, setup, undefined, { ascii: false, suggests: guess?.encoding ?? 'utf-8', suggestsSure: guess?.sure ?? true, badAs, bad });
  }
  const text = new TextDecoder(encoding, { ignoreBOM: !first }).decode(piece);
  return prepareBatch(text, first, setup, undefined, reading.watch ? watchedReading(piece, encoding, text) : replacements(text));
}

/** A piece of only ASCII characters. */
const ASCII: Decoded = { ...PLAIN, ascii: true };

/** The U+FFFD of a decoded text: bytes its encoding does not define. */
function replacements(text: string): Decoded {
  const bad: number[] = [];
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) bad.push(at);
  return bad.length === 0 ? PLAIN : { ...PLAIN, bad };
}

/** Bytes {@link watchedReading} judges per piece: enough to see its script, little enough to cost nothing. */
const WATCH_BYTES = 32 * 1024;

/**
 * A piece of a list whose code page was detected from its first bytes: does it read as that
 * code page, or as UTF-8, or as another script's code page (a list put together from two
 * exports)? Judged on the piece's first WATCH_BYTES bytes beyond ASCII.
 */
function watchedReading(piece: Uint8Array, encoding: Encoding, text: string): Decoded {
  let from = 0;
  while (from < piece.length && piece[from]! < 0x80) from++;
  if (from === piece.length) return ASCII;
  const end = Math.min(piece.length, from + WATCH_BYTES);
  const stats = utf8Stats(piece, from, end);
  if (stats.invalid === 0 && stats.multibyte > 2) return { ...replacements(text), suggests: 'utf-8', suggestsSure: true };
  const guess = guessSingleByte(piece, Math.max(0, from - 64), end);
  const other = guess.sure && scriptOf(guess.encoding) !== scriptOf(encoding);
  return { ...replacements(text), suggests: other ? guess.encoding : null, suggestsSure: other };
}

/** The script a detected code page is for: a list in one of them does not turn into another. */
function scriptOf(encoding: Encoding): string {
  switch (encoding as SingleByteCandidate) {
    case 'windows-1251':
    case 'koi8-r':
      return 'cyrillic';
    case 'windows-1256':
      return 'arabic';
    default:
      return 'latin';
  }
}

const fallbackTables = new Map<Encoding, string[]>();
function fallbackTable(encoding: Encoding): string[] {
  let table = fallbackTables.get(encoding);
  if (table === undefined) fallbackTables.set(encoding, (table = byteTable(encoding)));
  return table;
}

/** The valid UTF-8 a piece's text was decoded from; `start` is where its first unit's bytes are. */
export interface SourceBytes {
  bytes: Uint8Array;
  start: number;
}

/** Where the bytes of `units` UTF-16 code units from `at` end, in valid UTF-8. */
function utf8Advance(bytes: Uint8Array, at: number, units: number): number {
  while (units > 0) {
    const b = bytes[at]!;
    if (b < 0x80) {
      at++;
      units--;
    } else if (b < 0xe0) {
      at += 2;
      units--;
    } else if (b < 0xf0) {
      at += 3;
      units--;
    } else {
      // Four bytes: a code point beyond U+FFFF, two code units.
      at += 4;
      units -= 2;
    }
  }
  return at;
}

/** What a worker needs, besides the lists, to prepare pieces of a lead list like this run. */
export interface PrepareContext {
  options: CleanOptions;
  reading: PieceReading;
  delimiter: string;
  emailColumn: number;
  countryColumn: number | null;
}

/** The lists a preparer checks rows against. */
export interface PrepareLists {
  suppression: SuppressionIndex;
  disposable: ReadonlySet<string> | null;
  consentCountries: Iterable<string>;
  countryLookup: CountryLookup;
}

/** The lists a worker loads for itself: all but the suppression index, which the run sends it. */
export type WorkerLists = Omit<PrepareLists, 'suppression'>;

/** The preparer of a run with `context`, on any thread. */
export function createRowPreparer(context: PrepareContext, lists: PrepareLists): PrepareSetup {
  return {
    delimiter: context.delimiter,
    protectFormulas: context.options.protectFormulas,
    emailColumn: context.emailColumn,
    countryColumn: context.countryColumn,
    prepare: createPreparer({
      emailColumn: context.emailColumn,
      optOutColumns: [],
      countryColumn: context.countryColumn,
      options: context.options,
      suppression: lists.suppression,
      disposable: lists.disposable,
      consentCountries: new Set(lists.consentCountries),
      countryLookup: lists.countryLookup,
    }),
  };
}
