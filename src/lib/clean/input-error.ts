import type { NonCsv } from '../csv/encoding.ts';
import type { CsvError } from '../csv/scanner.ts';
import type { EngineError } from './messages.ts';

/**
 * A problem with what the user gave us: `detail` says what is wrong (a code and its parameters,
 * see `EngineError`), and each language words it with what to do (`engineMessage` in
 * src/lib/i18n/engine-messages.ts). The page shows it next to the file; the CLI prints it in
 * English on one line and exits with code 2. `message` is the code, for logs.
 */
export class InputError extends Error {
  readonly detail: EngineError;
  constructor(detail: EngineError) {
    super(detail.code);
    this.name = 'InputError';
    this.detail = detail;
  }
}

/** The error for a file that is not CSV text. */
export function nonCsvError(fileName: string, found: NonCsv): InputError {
  return new InputError({ code: 'notCsv', file: printable(fileName), kind: found.kind });
}

/** The error for a CSV that cannot be read as written (a quote that never closes), in `fileName`. */
export function csvInputError(fileName: string, error: CsvError): InputError {
  const file = printable(fileName);
  return new InputError(
    error.code === 'field-too-long' ? { code: 'fieldTooLong', file, line: error.row, max: error.limit } : { code: 'unbalancedQuote', file, line: error.row },
  );
}

/**
 * Characters a message must not print as they are: control characters (a line break would make
 * two lines of a one-line message), line and paragraph separators, the marks that reorder text
 * (they could make a message read backwards) and lone surrogates.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/**
 * Text from a file or a command line as a message prints it: unprintable characters (see
 * UNPRINTABLE) written as `\n`, `\t` or `\u00ad`-style escapes, and at most `max` characters,
 * the rest cut to `…`. A 10 KB header or a cell with line breaks stays one readable line.
 */
export function printable(text: string, max = 80): string {
  const cut = [...text];
  const shown = cut.length > max ? `${cut.slice(0, max - 1).join('')}…` : text;
  return shown.replace(UNPRINTABLE, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** {@link printable} text in double quotes, as messages quote a file name, a cell or an argument. */
export function quoted(text: string, max = 80): string {
  return `"${printable(text, max)}"`;
}

/** A header's columns for a message: the first few names, each capped, and how many more there are. */
export function columnNames(header: readonly string[], shown = 12): { columns: string[]; more: number } {
  return { columns: header.slice(0, shown).map((cell) => printable(cell, 40)), more: Math.max(0, header.length - shown) };
}
