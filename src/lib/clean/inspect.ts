/**
 * The first step of a run, and what the page shows before one: the start of a lead list read
 * for its encoding, delimiter, header row and columns, each of which the user may override.
 */
import { createDecoder, detectEncoding, detectNonCsv, type Encoding, type EncodingEvidence } from '../csv/encoding.ts';
import { createCsvParser } from '../csv/parse.ts';
import { detectHeaderRow, sniffDelimiter } from '../csv/sniff.ts';
import { detectCountryColumn, detectEmailColumn, detectOptOutColumns } from '../email/columns.ts';
import { isValidAddress, normaliseAddress } from '../email/normalise.ts';
import { InputError, columnNames, nonCsvError, printable } from './input-error.ts';

/** A file the run can read as many times as it needs (the lead list is read twice when it has opt-out columns). */
export interface ByteSource {
  name: string;
  /** Size in bytes, for progress. */
  size: number;
  /**
   * Opens the file as a stream of byte chunks, from its start or from byte `start`, to its end or
   * to byte `end` (exclusive; a source may read a little past it, never stop before it). A chunk
   * is the caller's only until it asks for the next one or stops: a source may read a later
   * chunk into the same memory (the page's does), so a caller copies what it keeps.
   */
  open(start?: number, end?: number): AsyncIterable<Uint8Array>;
}

/** What the user may override after seeing what was detected. */
export interface ReadOverrides {
  encoding?: Encoding;
  delimiter?: string;
  /** 0-based index of the header row among the file's first rows. */
  headerRow?: number;
  /** The email column, by 0-based index or by header name (case-insensitive). */
  emailColumn?: number | string;
}

/** What was detected about a lead list, shown to the user with a way to override each item. */
export interface Inspection {
  encoding: Encoding;
  /**
   * How the encoding was found (see `EncodingEvidence`), or `user`. `ascii`: the first bytes
   * are all ASCII, and the run settles the encoding where the first other byte comes.
   */
  encodingBy: EncodingEvidence | 'user';
  /** False when the encoding is a guess from letters that hardly told: say so, and offer the choice. */
  encodingSure: boolean;
  bom: boolean;
  delimiter: string;
  /** 0-based index of the header row among the file's lines; the non-blank lines above it are skipped. */
  headerRow: number;
  header: string[];
  /** Null when no column looks like email addresses: the user must pick one. */
  emailColumn: number | null;
  emailColumnBy: 'header' | 'content' | 'user' | null;
  optOutColumns: number[];
  countryColumn: number | null;
  /** The first data rows, for a preview table. */
  sampleRows: string[][];
  /** About how many data rows the file has, from the rows in its first bytes (for sizing tables). */
  estimatedRows: number;
}

/** How many bytes of a file the detection looks at, at first (more when its first rows are longer). */
export const SAMPLE_BYTES = 256 * 1024;
/** The most it reads to find a header row and a data row under it (a header of thousands of columns). */
export const MAX_SAMPLE_BYTES = 64 * 1024 * 1024;

/** Reads the first `limit` bytes of a source (fewer if the file is smaller), as a copy of its own. */
export async function readSample(source: ByteSource, limit = SAMPLE_BYTES): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source.open(0, limit)) {
    // A copy: the source may read its next chunk into this one's memory.
    const part = chunk.slice(0, limit - length);
    parts.push(part);
    length += part.length;
    if (length >= limit) break;
  }
  if (parts.length === 1) return parts[0]!;
  const sample = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    sample.set(part, offset);
    offset += part.length;
  }
  return sample;
}

/** Rows of a sample; an unfinished last line (cut by the sample's end) is left out. */
function sampleRows(text: string, delimiter: string, complete: boolean): string[][] {
  const parser = createCsvParser({ delimiter });
  const rows = parser.push(text);
  if (complete) {
    try {
      rows.push(...parser.end());
    } catch {
      // An unbalanced quote is reported by the full read, with its line number.
    }
  }
  return rows;
}

/** A blank line: the parser gives it as one empty cell. Blank lines are not data rows. */
function isBlank(row: readonly string[]): boolean {
  return row.length === 1 && row[0] === '';
}

/** The decoded start of a file, and its rows. */
interface Sample {
  bytes: Uint8Array;
  /** The sample is the whole file. */
  complete: boolean;
  encoding: Encoding;
  encodingBy: Inspection['encodingBy'];
  encodingSure: boolean;
  bom: boolean;
  delimiter: string;
  rows: string[][];
}

/**
 * Reads the start of a lead list: SAMPLE_BYTES, or four times more until it holds two rows that
 * are not blank (a header of thousands of columns can be longer than the first sample), up to
 * MAX_SAMPLE_BYTES or the whole file.
 */
async function readLeadSample(source: ByteSource, overrides: ReadOverrides): Promise<Sample> {
  for (let limit = SAMPLE_BYTES; ; limit *= 4) {
    const bytes = await readSample(source, limit);
    if (bytes.length === 0) throw new InputError({ code: 'empty', file: printable(source.name) });
    const nonCsv = detectNonCsv(bytes);
    if (nonCsv) throw nonCsvError(source.name, nonCsv);
    const detected = detectEncoding(bytes);
    const encoding = overrides.encoding ?? detected.encoding;
    const complete = bytes.length === source.size;
    const decoder = createDecoder(encoding);
    const text = decoder.decode(bytes) + (complete ? decoder.end() : '');
    if (text.trim() === '') throw new InputError({ code: 'blank', file: printable(source.name) });
    const delimiter = overrides.delimiter ?? sniffDelimiter(text);
    const rows = sampleRows(text, delimiter, complete);
    const enough = rows.filter((r) => !isBlank(r)).length >= 2;
    if (enough || complete || limit >= MAX_SAMPLE_BYTES) {
      if (rows.length === 0) {
        throw new InputError({ code: 'firstLineTooLong', file: printable(source.name), megabytes: MAX_SAMPLE_BYTES >> 20 });
      }
      const chosen = overrides.encoding !== undefined;
      return {
        bytes,
        complete,
        encoding,
        encodingBy: chosen ? 'user' : detected.by,
        encodingSure: chosen || detected.sure,
        bom: detected.bom && encoding === detected.encoding,
        delimiter,
        rows,
      };
    }
  }
}

/**
 * Looks at the start of a lead list and detects its encoding, delimiter, header row and
 * columns, honouring the user's overrides. Throws {@link InputError} for an empty file, a file
 * that is not CSV text, and a file whose first row is data rather than column names.
 */
export async function inspectLeads(source: ByteSource, overrides: ReadOverrides = {}): Promise<Inspection> {
  const { bytes, encoding, encodingBy, encodingSure, bom, delimiter, rows } = await readLeadSample(source, overrides);
  const headerRow = overrides.headerRow ?? chooseHeaderRow(rows);
  const header = rows[headerRow] ?? [];
  const data = rows.slice(headerRow + 1).filter((r) => !isBlank(r));

  let emailColumn: number | null = null;
  let emailColumnBy: Inspection['emailColumnBy'] = null;
  if (overrides.emailColumn !== undefined) {
    emailColumn = resolveColumn(header, overrides.emailColumn);
    emailColumnBy = 'user';
  } else {
    const found = detectEmailColumn(header, data.slice(0, 200));
    if (found) {
      emailColumn = found.index;
      emailColumnBy = found.by;
    }
  }
  if (emailColumn !== null && isValidAddress(normaliseAddress(header[emailColumn] ?? ''))) {
    throw new InputError({ code: 'addressInHeader', file: printable(source.name), cell: printable(header[emailColumn] ?? '') });
  }

  return {
    encoding,
    encodingBy,
    encodingSure,
    bom,
    delimiter,
    headerRow,
    header,
    emailColumn,
    emailColumnBy,
    optOutColumns: detectOptOutColumns(header).filter((c) => c !== emailColumn),
    countryColumn: detectCountryColumn(header),
    sampleRows: data.slice(0, 5),
    estimatedRows: Math.round((data.length / Math.max(1, bytes.length)) * source.size),
  };
}

/** How many of the first rows {@link chooseHeaderRow} looks at, and how many cells of each. */
const HEADER_ROWS = 20;
const HEADER_CELLS = 1000;

/**
 * The header row among the first rows of a lead list. A row that names an email column
 * (`Email`, `E-Mail-Adresse`, …) and holds no address is the header (the fullest of them, should
 * a title line be called "Email" too), however few of its cells are named: `Email,Name,,,,`
 * over rows of six cells. Otherwise the row the table's width points at (`detectHeaderRow`),
 * unless that row holds an address: then it is data, and the header is the line above it.
 */
export function chooseHeaderRow(rows: readonly (readonly string[])[]): number {
  const head = rows.slice(0, HEADER_ROWS).map((row) => row.slice(0, HEADER_CELLS));
  const holdsAddress = head.map((row) => row.some((cell) => cell.includes('@') && isValidAddress(normaliseAddress(cell))));
  let named = -1;
  let namedWidth = 0;
  head.forEach((row, i) => {
    if (holdsAddress[i] || detectEmailColumn(row, [])?.by !== 'header') return;
    const width = row.filter((cell) => cell.trim() !== '').length;
    if (width > namedWidth) [named, namedWidth] = [i, width];
  });
  if (named !== -1) return named;
  const byWidth = detectHeaderRow(head);
  if (!holdsAddress[byWidth]) return byWidth;
  for (let i = byWidth - 1; i >= 0; i--) if (!isBlank(head[i]!) && !holdsAddress[i]) return i;
  return byWidth; // nothing above it: a list without a header, which inspectLeads refuses
}

/** A column given by index or by header name → its index; throws {@link InputError} if there is none. */
export function resolveColumn(header: readonly string[], column: number | string): number {
  if (typeof column === 'number') {
    if (Number.isInteger(column) && column >= 0 && column < header.length) return column;
    throw new InputError({ code: 'noColumnNumber', number: column + 1, count: header.length });
  }
  const wanted = column.trim().toLowerCase();
  const index = header.findIndex((h) => h.trim().toLowerCase() === wanted);
  if (index === -1) throw new InputError({ code: 'noColumnNamed', name: printable(column), ...columnNames(header) });
  return index;
}
