/**
 * The format of a prepared piece of the lead list: typed arrays and a few strings, which a
 * worker posts to the deciding thread for a few hundred microseconds per megabyte (its buffers
 * are handed over, not copied), and the functions that read a record back out of it.
 */
import { release } from '../bytes/buffers.ts';
import type { ByteWriter } from '../bytes/byte-writer.ts';
import { utf8Advance } from '../bytes/utf8.ts';
import type { Encoding } from '../csv/encoding.ts';

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
