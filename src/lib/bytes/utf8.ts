/**
 * UTF-8 that is not quite valid: counting what a stretch of bytes holds, and decoding it with
 * each byte that is not part of a valid sequence read as a character of a single-byte code page
 * (never as U+FFFD, which would lose the byte for good). A UTF-8 export with a few stray bytes
 * (a line pasted from an old windows-1252 system) keeps its other rows exactly, and those
 * lines read as they were most likely meant.
 */

/**
 * The length of the valid UTF-8 sequence at `bytes[at]`: 1 for ASCII, 2-4 for a well-formed
 * multi-byte sequence (no overlong form, no surrogate, nothing above U+10FFFF), 0 when the byte
 * starts no valid sequence, and -1 when it starts one that `end` cuts off.
 */
export function utf8SequenceAt(bytes: Uint8Array, at: number, end: number): number {
  const b = bytes[at]!;
  if (b < 0x80) return 1;
  let n: number;
  let min = 0x80;
  let max = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) n = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    n = 3;
    if (b === 0xe0) min = 0xa0;
    else if (b === 0xed) max = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    n = 4;
    if (b === 0xf0) min = 0x90;
    else if (b === 0xf4) max = 0x8f;
  } else return 0;
  for (let k = 1; k < n; k++) {
    if (at + k >= end) return -1;
    const c = bytes[at + k]!;
    if (c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return 0;
  }
  return n;
}

/** What {@link utf8Stats} counted. */
export interface Utf8Stats {
  /** Valid sequences of two to four bytes: characters beyond ASCII. */
  multibyte: number;
  /** Bytes that start no valid sequence. */
  invalid: number;
}

/** Counts the characters beyond ASCII and the invalid bytes of `bytes[start, end)` (a sequence cut off at `end` is neither). */
export function utf8Stats(bytes: Uint8Array, start = 0, end = bytes.length): Utf8Stats {
  let multibyte = 0;
  let invalid = 0;
  for (let i = start; i < end; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i, end);
    if (n === -1) break;
    if (n === 0) {
      invalid++;
      i++;
    } else {
      multibyte++;
      i += n;
    }
  }
  return { multibyte, invalid };
}

/**
 * True when bytes with these counts are UTF-8 with a few stray bytes rather than a single-byte
 * code page: text in a code page almost never forms valid multi-byte sequences by chance, so a
 * few valid ones outweigh many invalid bytes.
 */
export function mostlyUtf8(stats: Utf8Stats): boolean {
  return stats.multibyte > 0 && stats.multibyte * 8 >= stats.invalid;
}

/**
 * A copy of `bytes` with each valid multi-byte sequence replaced by one `a` per byte: what is
 * left above 0x7F is the bytes that are not UTF-8, in words of the right length, for a
 * single-byte guess of what they are.
 */
export function withoutUtf8Sequences(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  for (let i = 0; i < copy.length; ) {
    if (copy[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(copy, i, copy.length);
    if (n <= 0) {
      i++;
      continue;
    }
    copy.fill(0x61, i, i + n);
    i += n;
  }
  return copy;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Decodes `bytes[start, end)` as UTF-8, reading each byte that starts no valid sequence (and,
 * when `final`, one cut off at the end) as the character `fallback` gives it. The positions of
 * those characters in the returned text are pushed to `bad`. Without `final`, a sequence cut off
 * at `end` is left undecoded: the returned `used` says how many bytes were read.
 */
export function decodeUtf8Leniently(
  bytes: Uint8Array,
  fallback: readonly string[],
  bad: number[],
  final = true,
  start = 0,
  end = bytes.length,
): { text: string; used: number } {
  let text = '';
  let run = start;
  let i = start;
  while (i < end) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i, end);
    if (n > 0) {
      i += n;
      continue;
    }
    if (n === -1 && !final) break;
    if (i > run) text += utf8.decode(bytes.subarray(run, i));
    bad.push(text.length);
    text += fallback[bytes[i]!]!;
    i++;
    run = i;
  }
  if (i > run) text += utf8.decode(bytes.subarray(run, i));
  return { text, used: i - start };
}

/** The 256 characters of a single-byte encoding, by byte: a fallback for {@link decodeUtf8Leniently}. */
export function byteTable(encoding: string): string[] {
  const decoder = new TextDecoder(encoding);
  return Array.from({ length: 256 }, (_, b) => decoder.decode(Uint8Array.of(b)));
}

const asciiProbe = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** True when every byte is below 0x80 (checked by the platform's decoder, at its speed). */
export function isAscii(bytes: Uint8Array): boolean {
  try {
    return asciiProbe.decode(bytes).length === bytes.length;
  } catch {
    return false;
  }
}

/** Where the bytes of `units` UTF-16 code units from `at` end, in valid UTF-8. */
export function utf8Advance(bytes: Uint8Array, at: number, units: number): number {
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
