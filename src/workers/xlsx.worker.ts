/// <reference lib="webworker" />
/**
 * Converts a sheet of an .xlsx lead list to CSV off the page's main thread. Started only when the
 * user chooses an .xlsx file, so the spreadsheet reader is never part of the page's initial
 * JavaScript; it reads the File it is given and fetches nothing.
 */
import { NotAWorkbook, xlsxToCsv } from '../lib/list-cleaner/xlsx';

declare const self: DedicatedWorkerGlobalScope;

/** Page → worker: the file and the sheet wanted (0 = the first). */
export interface XlsxRequest {
  file: File;
  sheet: number;
}

/** Worker → page: the sheet as CSV bytes, or why the file could not be read. */
export type XlsxResponse = { type: 'converted'; sheets: string[]; sheet: number; csv: Blob } | { type: 'unreadable' };

self.onmessage = async (event: MessageEvent<XlsxRequest>) => {
  const { file, sheet } = event.data;
  let response: XlsxResponse;
  try {
    const converted = xlsxToCsv(new Uint8Array(await file.arrayBuffer()), sheet);
    response = { type: 'converted', sheets: converted.sheets, sheet: converted.sheet, csv: new Blob([converted.csv], { type: 'text/csv;charset=utf-8' }) };
  } catch (error) {
    if (!(error instanceof NotAWorkbook)) console.error(error);
    response = { type: 'unreadable' };
  }
  self.postMessage(response);
};
