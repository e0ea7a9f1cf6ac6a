/**
 * Writing CSV rows that Excel, LibreOffice, Google Sheets and our own parser read back exactly.
 */

/**
 * Byte order mark as a string. Prepend it once to a UTF-8 download so that Excel on Windows reads
 * the file as UTF-8 instead of the ANSI code page (Excel "CSV UTF-8" files start with it too).
 */
export const UTF8_BOM = '\uFEFF';

/**
 * First characters that make a spreadsheet treat a cell as a formula (or, for tab/CR/LF, that
 * can hide a formula after a line break): `=` `+` `-` `@` tab CR LF. The set follows OWASP's CSV
 * injection guidance, which added LF in 2025; Papa Parse's `escapeFormulae` and csv-stringify use
 * the same set without LF.
 */
export const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r', '\n']);

/**
 * True if a spreadsheet could run `cell` as a formula: its first character, after any leading
 * spaces, is in {@link FORMULA_TRIGGERS}. Leading spaces are skipped because some importers trim
 * them before deciding (`"  =HYPERLINK(…)"`). Negative numbers and `+49…` phone numbers match
 * too; exempting them is a policy decision for the caller.
 */
export function isFormulaLike(cell: string): boolean {
  let i = 0;
  while (cell.charCodeAt(i) === 0x20) i++;
  return i < cell.length && isFormulaTrigger(cell.charCodeAt(i));
}

/** True for the code of a character in {@link FORMULA_TRIGGERS}. */
export function isFormulaTrigger(code: number): boolean {
  // = + - @ tab CR LF
  return code === 0x3d || code === 0x2b || code === 0x2d || code === 0x40 || code === 0x09 || code === 0x0d || code === 0x0a;
}

/** Options for {@link formatCsvRow}. */
export interface FormatCsvRowOptions {
  /**
   * Prefix formula-like cells (see {@link isFormulaLike}) with `'`, which spreadsheets show as
   * text and do not evaluate. Apply on export only; the stored value is unchanged.
   */
  protectFormulas?: boolean;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const BOM = 0xfeff;

/**
 * Formats one row as CSV text ending in `\r\n` (RFC 4180; also what Excel writes).
 * `delimiter` is one character, the same one the file is parsed with.
 *
 * A cell is quoted only when it has to be: it contains the delimiter, `"`, CR or LF, or it starts
 * with U+FEFF (a reader would take that for a byte order mark at the start of a file). Quotes
 * inside are doubled. Leading and trailing spaces are kept as they are, unquoted.
 * Round trip: `createCsvParser` returns exactly the same cells for any row with at least one
 * cell; `[]` and `['']` both write a blank line, which parses back as `['']`.
 */
export function formatCsvRow(
  cells: readonly string[],
  delimiter: string,
  options: FormatCsvRowOptions = {},
): string {
  const protect = options.protectFormulas === true;
  const delimCode = delimiter.charCodeAt(0);
  if (!protect) {
    // Fast path for the usual row: join, then one scan of the line. If it has no quote, CR, LF
    // or BOM and exactly cells-1 delimiters, no cell needed quoting and the join is the answer.
    const line = cells.join(delimiter);
    if (isPlainLine(line, delimCode, cells.length - 1)) return `${line}\r\n`;
  }
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) out += delimiter;
    out += formatCsvCell(cells[i] ?? '', delimCode, protect);
  }
  return `${out}\r\n`;
}

/**
 * One cell as {@link formatCsvRow} writes it (`delimCode`: the delimiter's code; `protect`: its
 * `protectFormulas`): the cell itself, the same string, when it needs nothing.
 */
export function formatCsvCell(cell: string, delimCode: number, protect: boolean): string {
  if (protect && isFormulaLike(cell)) cell = `'${cell}`;
  return needsQuotes(cell, delimCode) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** True when `line` has no quote, CR, LF or BOM and exactly `delimiters` delimiter characters. */
function isPlainLine(line: string, delimCode: number, delimiters: number): boolean {
  let seen = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === delimCode) seen++;
    else if (c === QUOTE || c === CR || c === LF || c === BOM) return false;
  }
  return seen === delimiters;
}

/** One pass over the cell; cheaper than several `includes` for the short cells of a lead list. */
function needsQuotes(cell: string, delimCode: number): boolean {
  if (cell.charCodeAt(0) === BOM) return true;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === delimCode || c === QUOTE || c === CR || c === LF) return true;
  }
  return false;
}
