/**
 * Builds test files as raw bytes in the encodings real exports use. `TextEncoder` only writes
 * UTF-8, so the single-byte code pages are encoded through a table made by decoding all 256 bytes
 * once with the platform `TextDecoder` (the inverse of what the code under test uses).
 */
import { createDecoder, type Encoding } from '../../../src/lib/csv/encoding.ts';
import { createCsvParser } from '../../../src/lib/csv/parse.ts';

const tables = new Map<string, Map<string, number>>();

function tableFor(encoding: string): Map<string, number> {
  let table = tables.get(encoding);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
    tables.set(encoding, table);
  }
  return table;
}

/** Encodes `text` in a single-byte code page (windows-1252, iso-8859-2, koi8-r …); throws on characters it cannot hold. */
export function singleByte(text: string, encoding: string): Uint8Array {
  const table = tableFor(encoding);
  return Uint8Array.from(Array.from(text), (ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${JSON.stringify(ch)} is not in ${encoding}`);
    return b;
  });
}

/** UTF-8 bytes, optionally with a BOM. */
export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? concat(Uint8Array.of(0xef, 0xbb, 0xbf), body) : body;
}

/** UTF-16 bytes in either byte order, optionally with a BOM (as Excel "Unicode Text" writes). */
export function utf16(text: string, order: 'le' | 'be', bom = false): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    const [first, second] = order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
    out[2 * i] = first;
    out[2 * i + 1] = second;
  }
  return out;
}

/** Joins byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Cuts `bytes` at the given offsets (sorted, within range) into consecutive chunks. */
export function splitAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const cut of cuts) {
    chunks.push(bytes.subarray(from, cut));
    from = cut;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}

/** Cuts a string at the given offsets into consecutive pieces. */
export function splitText(text: string, cuts: readonly number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** Decodes and parses byte chunks exactly as the worker and CLI pipeline will. */
export function decodeAndParse(
  chunks: readonly Uint8Array[],
  encoding: Encoding,
  delimiter: string,
): string[][] {
  const decoder = createDecoder(encoding);
  const parser = createCsvParser({ delimiter });
  const rows: string[][] = [];
  for (const chunk of chunks) rows.push(...parser.push(decoder.decode(chunk)));
  rows.push(...parser.push(decoder.end()));
  rows.push(...parser.end());
  return rows;
}

/** Parses text pieces with one streaming parser. */
export function parsePieces(pieces: readonly string[], delimiter: string): string[][] {
  const parser = createCsvParser({ delimiter });
  const rows: string[][] = [];
  for (const piece of pieces) rows.push(...parser.push(piece));
  rows.push(...parser.end());
  return rows;
}
