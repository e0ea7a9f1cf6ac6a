import { useEffect, useState } from 'react';
import { leadFileKind } from '../../lib/list-cleaner/ui';
import type { XlsxResponse } from '../../workers/xlsx.worker';

/** The lead list as the cleaner reads it: a CSV-like File, with the workbook's sheets when it came from an .xlsx. */
export interface LeadFile {
  /** The file chosen by the user (its name names the downloads). */
  original: File;
  /** What the engine reads: the file itself, or the chosen sheet as CSV; null while a sheet is converted. */
  source: File | null;
  /** The workbook's sheet names (empty for a CSV/TSV), and the index of the sheet read. */
  sheets: string[];
  sheet: number;
  /** Why the file cannot be used, as a catalog key of `errors`. */
  problem: 'wrongType' | 'empty' | 'notWorkbook' | null;
}

/**
 * Turns the chosen lead file into what the engine reads. An .xlsx is converted, one sheet at a
 * time, by a worker started only then (the spreadsheet reader is not part of the page's initial
 * JavaScript), so a workbook goes through exactly the pipeline of a CSV export.
 */
export function useLeadFile(file: File | null, sheet: number): LeadFile | null {
  const [lead, setLead] = useState<LeadFile | null>(null);
  useEffect(() => {
    if (!file) return setLead(null);
    const kind = leadFileKind(file.name);
    const base = { original: file, sheets: [] as string[], sheet: 0 };
    if (kind === 'other') return setLead({ ...base, source: null, problem: 'wrongType' });
    if (file.size === 0) return setLead({ ...base, source: null, problem: 'empty' });
    if (kind === 'text') return setLead({ ...base, source: file, problem: null });
    setLead((previous) => ({ ...base, sheets: previous?.original === file ? previous.sheets : [], sheet, source: null, problem: null }));
    const worker = new Worker(new URL('../../workers/xlsx.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<XlsxResponse>) => {
      const data = event.data;
      worker.terminate();
      if (data.type === 'unreadable') return setLead({ ...base, source: null, problem: 'notWorkbook' });
      const name = file.name.replace(/\.xlsx$/i, '') + (data.sheets.length > 1 ? ` (${data.sheets[data.sheet]})` : '') + '.csv';
      setLead({ original: file, sheets: data.sheets, sheet: data.sheet, source: new File([data.csv], name, { type: 'text/csv' }), problem: null });
    };
    worker.onerror = () => {
      worker.terminate();
      setLead({ ...base, source: null, problem: 'notWorkbook' });
    };
    worker.postMessage({ file, sheet });
    return () => worker.terminate();
  }, [file, sheet]);
  return lead;
}
