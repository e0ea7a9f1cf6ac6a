/**
 * Byte-level questions asked before a file is parsed: which text encoding is it in, and is it a
 * CSV at all? Everything here looks at a sample (the first 64 KB–1 MB is plenty) and decodes with
 * the platform `TextDecoder`, which exists in browsers, module workers and Node.
 */

/**
 * The encodings a lead list realistically arrives in: UTF-8 (with or without BOM, "CSV UTF-8"
 * from Excel), UTF-16 (Excel "Unicode Text", tab-separated), and the ANSI code pages Excel's plain
 * "CSV" writes on Western (1252) and Russian/Ukrainian/Bulgarian (1251) Windows.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1251';

/** What {@link detectEncoding} found. */
export interface DetectedEncoding {
  encoding: Encoding;
  /** The sample starts with a byte order mark (the decoder from {@link createDecoder} drops it). */
  bom: boolean;
}

/** Options for {@link detectEncoding}. */
export interface DetectEncodingOptions {
  /**
   * Single-byte code page to assume when the bytes are not UTF-8 and the Cyrillic/Latin
   * heuristic cannot tell (e.g. only symbols such as `°` or `€` above 0x7F). Pass
   * `'windows-1251'` for users with a Cyrillic locale. Default `'windows-1252'`.
   */
  singleByteFallback?: 'windows-1252' | 'windows-1251';
}

/**
 * Detects the text encoding of the start of a file.
 *
 * Order, most certain first:
 * 1. A BOM: `EF BB BF` UTF-8, `FF FE` UTF-16LE, `FE FF` UTF-16BE.
 * 2. UTF-16 without a BOM, when the NUL bytes clearly sit on one side of each byte pair (ASCII
 *    letters, digits, delimiters and line breaks in UTF-16 have a zero high byte).
 * 3. Strict UTF-8 (`TextDecoder` with `fatal`); pure ASCII counts as UTF-8. A multi-byte
 *    character cut off at the very end of the sample is not an error (streaming decode keeps it
 *    pending instead of failing).
 * 4. Otherwise a single-byte Windows code page, chosen by {@link guessSingleByte}.
 *
 * Caveat: a file whose first non-ASCII byte lies beyond the sample is reported as UTF-8.
 */
export function detectEncoding(
  sample: Uint8Array,
  options: DetectEncodingOptions = {},
): DetectedEncoding {
  const bomEncoding = encodingFromBom(sample);
  if (bomEncoding) return { encoding: bomEncoding, bom: true };
  const utf16 = guessUtf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bom: false };
  if (isValidUtf8(sample)) return { encoding: 'utf-8', bom: false };
  return { encoding: guessSingleByte(sample, options.singleByteFallback), bom: false };
}

/** The encoding named by a byte order mark at the start of `bytes`, or null if there is none. */
function encodingFromBom(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** How much of the sample the byte-statistics look at; more adds time, not accuracy. */
const STATS_BYTES = 64 * 1024;

/**
 * UTF-16 without BOM: in text that is mostly ASCII (delimiters, digits, e-mail addresses), one
 * byte of nearly every pair is 0. We require at least 30% of pairs to look like "ASCII character
 * on the expected side, 0 on the other" and at most 2% the other way round; random or 8-bit data
 * almost never does that (about 1 pair in 256 by chance). Cyrillic-only UTF-16 without a BOM can
 * fall below the threshold; Excel always writes the BOM.
 */
function guessUtf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(sample.length, STATS_BYTES) & ~1;
  if (n < 4) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    const a = sample[i] ?? 0;
    const b = sample[i + 1] ?? 0;
    if (b === 0 && a !== 0) le++;
    else if (a === 0 && b !== 0) be++;
  }
  const pairs = n / 2;
  if (le >= 0.3 * pairs && be <= 0.02 * pairs) return 'utf-16le';
  if (be >= 0.3 * pairs && le <= 0.02 * pairs) return 'utf-16be';
  return null;
}

/**
 * True if the bytes are well-formed UTF-8, ignoring a sequence cut off at the end. With
 * `stream: true` the decoder holds an incomplete final sequence back instead of rejecting it, and
 * we never call the final flush.
 */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Bytes below 0xC0 that are letters in windows-1251: Ё ё Є є І і Ї ї Ґ ґ Ў ў. */
const CP1251_EXTRA_LETTERS = new Set([0xa8, 0xb8, 0xaa, 0xba, 0xb2, 0xb3, 0xaf, 0xbf, 0xa5, 0xb4, 0xa1, 0xa2]);
/** Bytes below 0xC0 that are letters in windows-1252: Š Œ Ž š œ ž Ÿ. */
const CP1252_EXTRA_LETTERS = new Set([0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f]);

/**
 * Chooses windows-1251 or windows-1252 for bytes that are not UTF-8.
 *
 * Both code pages put letters at 0xC0–0xFF, so the byte values alone say little. What differs
 * is how those bytes sit among ASCII letters:
 * - In Cyrillic text every letter of a word is a high byte, so high bytes come in runs
 *   (`Привет` is six in a row) bounded by spaces, digits or punctuation, not by ASCII letters.
 * - In Latin-script text (German, French, Spanish, Portuguese, Polish names in 1252) an accented
 *   letter is usually alone inside an ASCII word (`Müller`, `café`, `Kraków`), touching an ASCII
 *   letter on at least one side.
 *
 * We split the sample into runs of bytes >= 0x80. A run touching an ASCII letter votes Latin with
 * its number of 1252 letters (0xC0–0xFF, Š Œ Ž š œ ž Ÿ). A run bounded by non-letters votes
 * Cyrillic with its number of 1251 letters (0xC0–0xFF, Ё Є І Ї Ґ Ў in both cases); a lone
 * letter between non-letters (French `à`, Russian `и`) counts half, as it is ambiguous. Symbols
 * (`€`, `°`, `«`, smart quotes) vote for neither. The larger vote wins; on a tie (e.g. only
 * symbols) `fallback` decides. KOI8-R and windows-1250 are not distinguished: KOI8-R Cyrillic
 * also comes out windows-1251 (and then decodes to the wrong letters).
 */
export function guessSingleByte(
  sample: Uint8Array,
  fallback: 'windows-1252' | 'windows-1251' = 'windows-1252',
): 'windows-1252' | 'windows-1251' {
  const n = Math.min(sample.length, STATS_BYTES);
  let latin = 0;
  let cyrillic = 0;
  let i = 0;
  while (i < n) {
    if ((sample[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const start = i;
    let cyrLetters = 0;
    let latinLetters = 0;
    while (i < n && (sample[i] ?? 0) >= 0x80) {
      const b = sample[i] ?? 0;
      if (b >= 0xc0) {
        cyrLetters++;
        latinLetters++;
      } else if (CP1251_EXTRA_LETTERS.has(b)) cyrLetters++;
      else if (CP1252_EXTRA_LETTERS.has(b)) latinLetters++;
      i++;
    }
    const touchesAsciiLetter =
      (start > 0 && isAsciiLetter(sample[start - 1] ?? 0)) || (i < n && isAsciiLetter(sample[i] ?? 0));
    if (touchesAsciiLetter) latin += latinLetters;
    else if (cyrLetters === 1) cyrillic += 0.5;
    else cyrillic += cyrLetters;
  }
  if (cyrillic > latin) return 'windows-1251';
  if (latin > cyrillic) return 'windows-1252';
  return fallback;
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/** A streaming decoder for one file: feed byte chunks in order, then call `end()`. */
export interface ChunkDecoder {
  /** Decodes the next chunk; bytes of a character cut at the chunk's end are held for the next call. */
  decode(chunk: Uint8Array): string;
  /** Flushes what is held back (an incomplete final character becomes U+FFFD). */
  end(): string;
}

/**
 * Creates a streaming decoder. One `TextDecoder` with `stream: true` carries a character split
 * across chunks (at any byte, including inside a UTF-16 surrogate pair) over to the next call;
 * decoding each chunk separately would corrupt it, which is Papa Parse's file-reader bug.
 * A BOM of the chosen UTF encoding is dropped (the decoder's default `ignoreBOM: false`), even
 * when the BOM itself is split across chunks. Invalid bytes become U+FFFD rather than throwing:
 * a lead list with one bad byte should still load, with that cell visibly damaged.
 */
export function createDecoder(encoding: Encoding): ChunkDecoder {
  const decoder = new TextDecoder(encoding);
  return {
    decode: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}

/** Signatures of files people upload to a CSV tool by mistake. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** What {@link detectNonCsv} recognised. */
export interface NonCsv {
  /**
   * - `xlsx`: Excel workbook (ZIP with `xl/` entries).
   * - `numbers`: Apple Numbers document (ZIP with `Index/` entries).
   * - `ods`: OpenDocument spreadsheet (LibreOffice; ZIP whose `mimetype` names it).
   * - `zip`: any other ZIP archive, e.g. a zipped CSV.
   * - `xls`: legacy Excel (OLE2 compound file; .doc/.msg share the signature).
   * - `pdf`: a PDF.
   * - `binary`: anything else that is clearly not text.
   */
  kind: 'xlsx' | 'numbers' | 'ods' | 'zip' | 'xls' | 'pdf' | 'binary';
}

/**
 * Recognises files that are not CSV text, so the tool can say "this is an Excel workbook: save it
 * as CSV UTF-8 first" instead of parsing garbage. Returns null for anything that looks like text
 * (including UTF-16 text, whose NUL bytes are expected).
 *
 * ZIP entries are stored with their names in plain ASCII in local headers, so the first entries'
 * names are visible in the sample: `[Content_Types].xml` then `xl/…` for xlsx, `Index/…` for
 * Numbers, `mimetype` + `application/vnd.oasis.opendocument.spreadsheet` for ods.
 */
export function detectNonCsv(sample: Uint8Array): NonCsv | null {
  if (startsWith(sample, ZIP_MAGIC)) {
    const names = latin1(sample.subarray(0, STATS_BYTES));
    if (names.includes('opendocument.spreadsheet')) return { kind: 'ods' };
    if (names.includes('xl/')) return { kind: 'xlsx' };
    if (names.includes('Index/')) return { kind: 'numbers' };
    return { kind: 'zip' };
  }
  if (startsWith(sample, OLE2_MAGIC)) return { kind: 'xls' };
  if (startsWith(sample, PDF_MAGIC)) return { kind: 'pdf' };
  if (isLikelyBinary(sample)) return { kind: 'binary' };
  return null;
}

/** Share of control characters above which a sample is treated as binary. */
const BINARY_CONTROL_SHARE = 0.02;

/**
 * True if the sample is probably not text: more than 2% of its characters are control
 * characters other than tab, LF, VT, FF, CR, ESC and Ctrl-Z (0x1A, an old DOS end-of-file mark).
 * Compressed or executable data lands near 10% (25 of 256 byte values), text near 0%.
 * UTF-16 is detected first and judged on its decoded characters, because UTF-16 text is full of
 * NUL bytes. A few stray NULs or control bytes deep in a real CSV stay below the threshold.
 */
export function isLikelyBinary(sample: Uint8Array): boolean {
  const head = sample.subarray(0, STATS_BYTES);
  if (head.length === 0) return false;
  const { encoding } = detectEncoding(head);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const text = new TextDecoder(encoding).decode(head);
    let controls = 0;
    for (let i = 0; i < text.length; i++) if (isSuspiciousControl(text.charCodeAt(i))) controls++;
    return controls > BINARY_CONTROL_SHARE * text.length;
  }
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i] ?? 0;
    if (isSuspiciousControl(b)) controls++;
  }
  return controls > BINARY_CONTROL_SHARE * head.length;
}

function isSuspiciousControl(code: number): boolean {
  if (code >= 0x20) return false;
  // Tab, LF, VT, FF, CR, Ctrl-Z, ESC occur in real text files.
  return !(code >= 0x09 && code <= 0x0d) && code !== 0x1a && code !== 0x1b;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** Bytes as one char per byte; enough to search ASCII names inside binary headers. */
function latin1(bytes: Uint8Array): string {
  let s = '';
  const step = 8192;
  for (let i = 0; i < bytes.length; i += step) {
    s += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return s;
}
