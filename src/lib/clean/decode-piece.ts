/**
 * A piece of the lead list's bytes as text, and what its bytes say about the encoding (see
 * `PreparedBatch.suggests`): then prepared like any piece (see `prepareBatch`).
 */
import { byteTable, decodeUtf8Leniently, mostlyUtf8, utf8Stats } from '../bytes/utf8.ts';
import { strayBytesEncoding, type Encoding } from '../csv/encoding.ts';
import { guessSingleByte, type SingleByteCandidate } from '../csv/single-byte.ts';
import type { PreparedBatch } from './batch.ts';
import { PLAIN, prepareBatch, type Decoded, type PrepareSetup } from './batch-builder.ts';

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
