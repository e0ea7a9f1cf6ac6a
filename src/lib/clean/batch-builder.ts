/**
 * Preparing one piece of whole records into a {@link PreparedBatch}: the piece is scanned (field
 * positions, no cell cut until needed), its rows are checked together against the lists (see
 * `Preparer.many`), and each record's columns are filled in. One builder and one scanner per
 * delimiter live as long as the thread: V8 then compiles their hot loops once, not per piece.
 */
import { ByteWriter } from '../bytes/byte-writer.ts';
import { utf8Advance } from '../bytes/utf8.ts';
import type { Encoding } from '../csv/encoding.ts';
import { createCsvScanner, type CsvRecord, type CsvScanner } from '../csv/parse.ts';
import { formatCsvRow, isFormulaTrigger } from '../csv/write.ts';
import type { PreparedBatch } from './batch.ts';
import type { PreparedRow, Preparer } from './preparer.ts';
import { BAD_BYTES, BLANK, CANONICAL, INVALID, MISSING, SUPPRESSED, VALID, removalCode } from './row-codes.ts';

/** What a piece's decoding found out besides its text (see {@link PreparedBatch}). */
export interface Decoded {
  ascii: boolean;
  suggests: Encoding | null;
  suggestsSure: boolean;
  badAs: Encoding | null;
  /** Positions in the text of the characters that stand for bad bytes, ascending. */
  bad: readonly number[];
}

/** A piece decoded as its encoding says, with nothing to report. */
export const PLAIN: Decoded = { ascii: false, suggests: null, suggestsSure: false, badAs: null, bad: [] };

/** The valid UTF-8 a piece's text was decoded from; `start` is where its first unit's bytes are. */
export interface SourceBytes {
  bytes: Uint8Array;
  start: number;
}

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
 * piece, and V8 compiled them again for each; measured: bench/RESULTS.md, "Notes".)
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
      const key = row.key;
      this.keyStart[i] = this.keysLength;
      this.keys.push(key.start === 0 && key.end === key.text.length ? key.text : key.text.slice(key.start, key.end));
      this.keysLength += key.end - key.start;
      this.keyEnd[i] = this.keysLength;
      this.keyHi[i] = key.hi;
      this.keyLo[i] = key.lo;
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

  /** Takes the next record of the piece: its cells for the preparer, its formulas, its bytes. */
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
    this.findFormulas(record);
    if (record.canonical) this.keepBytes(i, record);
    else this.keepLines(i, record);
  }

  /** Notes where the record's formula-like values start (where a protecting `'` goes). */
  findFormulas(record: CsvRecord): void {
    for (let c = 0; c < record.count; c++) {
      if (!isFormulaTrigger(record.firstNonSpace(c))) continue;
      if (this.formulas === this.formulaAt.length) {
        const more = new Int32Array(this.formulas * 2);
        more.set(this.formulaAt);
        this.formulaAt = more;
      }
      this.formulaAt[this.formulas++] = record.valueStart(c) - record.start;
    }
  }

  /**
   * A canonical record's kept line is its own text with CRLF: pointed at in the source bytes
   * when it ends in CRLF there, else copied (or encoded) to the batch's bytes with a CRLF.
   */
  keepBytes(i: number, record: CsvRecord): void {
    const text = this.text;
    const bytes = this.bytes;
    this.byteStart[i] = bytes.length;
    const source = this.source;
    if (!source) {
      bytes.text(text.slice(record.start, record.end));
      bytes.crlf();
      this.byteEnd[i] = bytes.length;
      return;
    }
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
  }

  /** A record that is not canonical keeps its kept line, its report cells and its text as strings. */
  keepLines(i: number, record: CsvRecord): void {
    const setup = this.setup;
    const values = record.values();
    this.lineAt[i] = this.strings.length;
    this.strings.push(
      formatCsvRow(values, setup.delimiter, { protectFormulas: setup.protectFormulas }),
      formatCsvRow(values, setup.delimiter, { protectFormulas: true }).slice(0, -2),
      this.text.slice(record.start, record.end),
    );
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
 * One scanner per delimiter, reused for every piece (a scanner is reset by `end`; one that threw
 * is dropped, see `prepareBatch`). A new scanner per piece was a new hot loop for every piece,
 * and V8 compiled it again for each (measured: bench/RESULTS.md, "Notes").
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
