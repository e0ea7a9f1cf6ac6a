import type { NonCsv } from '../csv/encoding.ts';

/**
 * A problem with what the user gave us, worded for them: what is wrong and what to do.
 * The page shows `message` as is; the CLI prints it on one line and exits with code 2.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const NON_CSV_ADVICE: Record<NonCsv['kind'], string> = {
  xlsx: 'is an Excel workbook (.xlsx), not a CSV file. In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)" and load that file',
  numbers: 'is an Apple Numbers document, not a CSV file. In Numbers, choose File → Export To → CSV and load that file',
  ods: 'is an OpenDocument spreadsheet (.ods), not a CSV file. In LibreOffice, choose File → Save As → "Text CSV" and load that file',
  zip: 'is a ZIP archive. Unzip it and load the CSV file inside',
  xls: 'is an old Excel workbook (.xls), not a CSV file. In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)" and load that file',
  pdf: 'is a PDF, not a CSV file. Export the list from your CRM or spreadsheet as CSV instead',
  binary: 'is not a text file. Save the list as CSV (comma- or semicolon-separated text) and load that file',
};

/** The error for a file that is not CSV text. */
export function nonCsvError(fileName: string, found: NonCsv): InputError {
  return new InputError(`${quoted(fileName)} ${NON_CSV_ADVICE[found.kind]}.`);
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

/** A header's columns for a message: the first few, each capped, and how many more there are. */
export function columnList(header: readonly string[], shown = 12): string {
  const names = header.slice(0, shown).map((cell) => printable(cell, 40));
  return header.length > shown ? `${names.join(', ')} and ${header.length - shown} more` : names.join(', ');
}
