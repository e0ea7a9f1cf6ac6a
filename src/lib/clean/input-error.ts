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
  return new InputError(`"${fileName}" ${NON_CSV_ADVICE[found.kind]}.`);
}
