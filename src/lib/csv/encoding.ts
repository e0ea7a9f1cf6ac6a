/**
 * Byte-level questions asked before a file is parsed: which text encoding is it in, and is it a
 * CSV at all? Detection looks at a sample (the first 256 KB); the run checks the rest of the file
 * as it reads it. Decoding uses the platform `TextDecoder`, which exists in browsers, module
 * workers and Node.
 */

import { guessSingleByte } from './single-byte.ts';
import { byteTable, decodeUtf8Leniently, mostlyUtf8, utf8Stats, withoutUtf8Sequences } from '../bytes/utf8.ts';

/**
 * A text encoding, by the name `TextDecoder` gives it (`new TextDecoder(label).encoding`):
 * `utf-8`, `utf-16le`, `windows-1252`, `iso-8859-2`, `koi8-r`, `shift_jis`, … Lead lists come in
 * UTF-8 ("CSV UTF-8" from Excel), UTF-16 (Excel "Unicode Text") and the code page Excel's plain
 * "CSV" writes on the machine that saved it (see `single-byte.ts` for the ones detected).
 */
export type Encoding = string;

/**
 * The encoding a label names, as `TextDecoder` names it (`latin1` → `windows-1252`, `UTF8` →
 * `utf-8`, `cp1250` → `windows-1250`), or null when this platform has no decoder for it. The
 * `replacement` encoding (ISO-2022-KR and other labels the Encoding Standard retired, which
 * decode every file to one U+FFFD) is none.
 */
export function encodingOf(label: string): Encoding | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim() === '' ? 'none' : label.trim()).encoding;
  } catch {
    const alias = /^cp-?(125\d|866|874)$/i.exec(label.trim());
    return alias ? encodingOf(alias[1] === '866' ? 'ibm866' : `windows-${alias[1]}`) : null;
  }
  return encoding === 'replacement' ? null : encoding;
}

/**
 * Every encoding of the Encoding Standard, by its `TextDecoder` name, for a choice of encoding;
 * {@link availableEncodings} keeps those this platform decodes.
 */
const ENCODING_NAMES = [
  'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1251', 'koi8-r', 'windows-1256',
  'windows-1253', 'windows-1254', 'windows-1255', 'windows-1257', 'windows-1258', 'windows-874', 'ibm866', 'koi8-u',
  'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-8-i', 'iso-8859-10',
  'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso-8859-16', 'macintosh', 'x-mac-cyrillic', 'gbk', 'gb18030', 'big5',
  'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr', 'x-user-defined',
] as const;

/** The encodings of the Encoding Standard this platform can decode, the common ones first. */
export function availableEncodings(): Encoding[] {
  return ENCODING_NAMES.filter((name) => encodingOf(name) === name);
}

/**
 * Encodings in which the characters that shape a CSV (quote, CR, LF, comma, semicolon, tab,
 * pipe) are single ASCII bytes that never occur inside another character, so that a file can
 * be cut into records on its bytes: UTF-8, EUC-JP, EUC-KR and every single-byte encoding. Not
 * UTF-16, ISO-2022-JP (7-bit escapes), nor Shift_JIS, Big5, GBK and gb18030, whose second
 * bytes include `|`.
 */
export function isAsciiCompatible(encoding: Encoding): boolean {
  if (encoding === 'utf-8' || encoding === 'euc-jp' || encoding === 'euc-kr') return true;
  return SINGLE_BYTE.has(encoding);
}

const SINGLE_BYTE = new Set<string>([
  'windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256',
  'windows-1257', 'windows-1258', 'windows-874', 'ibm866', 'koi8-r', 'koi8-u', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4',
  'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-8-i', 'iso-8859-10', 'iso-8859-13', 'iso-8859-14',
  'iso-8859-15', 'iso-8859-16', 'macintosh', 'x-mac-cyrillic', 'x-user-defined',
]);

/** How {@link detectEncoding} decided. */
export type EncodingEvidence =
  /** A byte order mark. */
  | 'bom'
  /** UTF-16 without a byte order mark: NUL bytes on one side of each pair. */
  | 'utf-16'
  /** Valid UTF-8 with characters beyond ASCII (or nearly valid: a few stray bytes). */
  | 'utf-8'
  /** Nothing beyond ASCII in the sample: UTF-8 until the rest of the file says otherwise. */
  | 'ascii'
  /** Not UTF-8: a single-byte code page guessed from its letters. */
  | 'letters';

/** What {@link detectEncoding} found. */
export interface DetectedEncoding {
  encoding: Encoding;
  /** The sample starts with a byte order mark (the decoder from {@link createDecoder} drops it). */
  bom: boolean;
  by: EncodingEvidence;
  /** False when the letters hardly told one code page from another: a guess the user should check. */
  sure: boolean;
}

/**
 * Detects the text encoding of the start of a file.
 *
 * Order, most certain first:
 * 1. A BOM: `EF BB BF` UTF-8, `FF FE` UTF-16LE, `FE FF` UTF-16BE.
 * 2. UTF-16 without a BOM, when the NUL bytes clearly sit on one side of each byte pair (ASCII
 *    letters, digits, delimiters and line breaks in UTF-16 have a zero high byte).
 * 3. UTF-8: only ASCII (`ascii`: the rest of the file may still tell), or valid multi-byte
 *    characters, or so many more of those than stray bytes that the stray ones are damage
 *    (see `mostlyUtf8`). A character cut off at the end of the sample is not an error.
 * 4. Otherwise a single-byte code page, from its letters (see `guessSingleByte`).
 */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  const bomEncoding = encodingFromBom(sample);
  if (bomEncoding) return { encoding: bomEncoding, bom: true, by: 'bom', sure: true };
  const utf16 = guessUtf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bom: false, by: 'utf-16', sure: true };
  return { ...encodingOfBytes(sample), bom: false };
}

/**
 * The encoding the bytes of a file, or of a part of it, point to when they are not UTF-16:
 * `ascii`, UTF-8 (valid, or nearly), or a single-byte code page guessed from its letters.
 */
export function encodingOfBytes(bytes: Uint8Array): Omit<DetectedEncoding, 'bom'> {
  const stats = utf8Stats(bytes);
  if (stats.invalid === 0) return { encoding: 'utf-8', by: stats.multibyte === 0 ? 'ascii' : 'utf-8', sure: true };
  if (mostlyUtf8(stats)) return { encoding: 'utf-8', by: 'utf-8', sure: true };
  const guess = guessSingleByte(bytes);
  return { encoding: guess.encoding, by: 'letters', sure: guess.sure };
}

/**
 * The single-byte code page that the bytes of a mostly UTF-8 text that are not UTF-8 were most
 * likely written in (see `decodeUtf8Leniently`).
 */
export function strayBytesEncoding(bytes: Uint8Array): Encoding {
  return guessSingleByte(withoutUtf8Sequences(bytes)).encoding;
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

/** A streaming decoder for one file: feed byte chunks in order, then call `end()`. */
export interface ChunkDecoder {
  /** Decodes the next chunk; bytes of a character cut at the chunk's end are held for the next call. */
  decode(chunk: Uint8Array): string;
  /** Flushes what is held back. */
  end(): string;
}

/** Options for {@link createDecoder}. */
export interface DecoderOptions {
  /**
   * Called with the position, in the text just returned, of each character that stands for
   * bytes that are not valid in the encoding: in UTF-8 a stray byte read as a `fallback`
   * character, in any other encoding a U+FFFD.
   */
  onBadBytes?(at: number): void;
  /**
   * For UTF-8: the single-byte code page stray bytes are read in; by default, the one the
   * chunk's stray bytes look like (see {@link strayBytesEncoding}).
   */
  fallback?: Encoding;
}

/**
 * Creates a streaming decoder. A character split across chunks (at any byte, including inside
 * a UTF-16 surrogate pair) is carried over to the next call; decoding each chunk separately
 * would corrupt it, which is Papa Parse's file-reader bug. A BOM of the chosen UTF encoding is
 * dropped, even when the BOM itself is split across chunks. UTF-8 is decoded without ever
 * writing U+FFFD: a byte that is not part of a valid sequence is read as a character of the
 * fallback code page (`decodeUtf8Leniently`) and reported to `onBadBytes`, as are the U+FFFD
 * of any other encoding.
 */
export function createDecoder(encoding: Encoding, options: DecoderOptions = {}): ChunkDecoder {
  if (encoding === 'utf-8') return utf8Decoder(options);
  const decoder = new TextDecoder(encoding);
  const report = (text: string) => {
    if (options.onBadBytes) for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) options.onBadBytes(at);
    return text;
  };
  return {
    decode: (chunk) => report(decoder.decode(chunk, { stream: true })),
    end: () => report(decoder.decode()),
  };
}

/** {@link createDecoder} for UTF-8: the platform's strict decoder, and the lenient one for chunks it refuses. */
function utf8Decoder(options: DecoderOptions): ChunkDecoder {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const fixed = options.fallback === undefined ? null : byteTable(options.fallback);
  /** Bytes of a character cut off at the end of the last chunk. */
  let carry = new Uint8Array(0);
  let atStart = true;
  const bad: number[] = [];
  const decode = (chunk: Uint8Array, final: boolean): string => {
    let bytes = chunk;
    if (carry.length > 0) {
      bytes = new Uint8Array(carry.length + chunk.length);
      bytes.set(carry);
      bytes.set(chunk, carry.length);
    }
    let start = 0;
    if (atStart) {
      if (bytes.length < 3 && !final) {
        carry = bytes.slice();
        return '';
      }
      atStart = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    }
    // The end of the last whole character: at most three bytes of a cut one are held back.
    let end = bytes.length;
    if (!final) {
      for (let back = 1; back <= 3 && end - back >= start; back++) {
        const b = bytes[end - back]!;
        if (b < 0x80) break;
        if (b >= 0xc0) {
          const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
          if (back < need) end -= back;
          break;
        }
      }
    }
    carry = bytes.slice(end);
    try {
      return strict.decode(bytes.subarray(start, end));
    } catch {
      const table = fixed ?? byteTable(strayBytesEncoding(bytes.subarray(start, end)));
      bad.length = 0;
      const { text } = decodeUtf8Leniently(bytes, table, bad, true, start, end);
      if (options.onBadBytes) for (const at of bad) options.onBadBytes(at);
      return text;
    }
  };
  return {
    decode: (chunk) => decode(chunk, false),
    end: () => {
      const text = decode(new Uint8Array(0), true);
      carry = new Uint8Array(0);
      atStart = true;
      return text;
    },
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
