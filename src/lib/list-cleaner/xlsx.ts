/**
 * A sheet of an .xlsx workbook as CSV text, so that a spreadsheet goes through the same cleaning
 * pipeline as a CSV export (same counts). Loaded on demand only (the reader is large): by the
 * xlsx worker when the user chooses an .xlsx file, and by the fixture script.
 */
import { read, utils } from '@e965/xlsx';

export interface SheetAsCsv {
  /** The workbook's sheet names, in order. */
  sheets: string[];
  /** The index of the sheet converted. */
  sheet: number;
  /** The sheet as CSV: comma-separated, "\n" line ends, cells as the spreadsheet shows them, empty rows left out. */
  csv: string;
}

/** Thrown when the bytes are not a workbook the reader understands. */
export class NotAWorkbook extends Error {}

/** The sheet `sheet` (0-based, the first by default) of the workbook in `bytes`, as CSV. */
export function xlsxToCsv(bytes: Uint8Array, sheet = 0): SheetAsCsv {
  let workbook;
  try {
    // Values and their shown text only: no formulas, styles or HTML are needed.
    workbook = read(bytes, { type: 'array', dense: true, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (error) {
    throw new NotAWorkbook(error instanceof Error ? error.message : String(error));
  }
  const sheets = workbook.SheetNames;
  if (sheets.length === 0) throw new NotAWorkbook('no sheet');
  const index = sheet >= 0 && sheet < sheets.length ? sheet : 0;
  const csv = utils.sheet_to_csv(workbook.Sheets[sheets[index]!]!, { FS: ',', RS: '\n', blankrows: false, strip: false });
  return { sheets, sheet: index, csv };
}
