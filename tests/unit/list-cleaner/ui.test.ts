import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptySummary } from '../../../src/lib/clean/summary';
import { baseName, disabledReason, flagChoices, leadFileKind, megabytes, removalBars, suppressionFileRefused } from '../../../src/lib/list-cleaner/ui';
import { NotAWorkbook, xlsxToCsv } from '../../../src/lib/list-cleaner/xlsx';
import { parseCsv } from '../../../src/lib/csv/parse';

const summary = () => emptySummary({ rows: 0, skipped: 0, rowsWithBadBytes: 0, encoding: 'utf-8', delimiter: ',', emailColumn: 'Email' });

describe('the lead file kinds', () => {
  it('reads .xlsx as a workbook, refuses documents and old Excel, and tries anything else as text', () => {
    expect(leadFileKind('Leads.XLSX')).toBe('xlsx');
    expect(leadFileKind('leads.csv')).toBe('text');
    expect(leadFileKind('export')).toBe('text');
    expect(leadFileKind('leads.xls')).toBe('other');
    expect(leadFileKind('photo.png')).toBe('other');
    expect(suppressionFileRefused('optouts.xlsx')).toBe(true);
    expect(suppressionFileRefused('optouts.txt')).toBe(false);
  });

  it('names the downloads after the file without its extension', () => {
    expect(baseName('leads.xlsx')).toBe('leads');
    expect(baseName('q3.leads.csv')).toBe('q3.leads');
  });
});

describe('why Clean list is disabled', () => {
  const ready = { hasLeads: true, converting: false, inspected: true, emailColumn: true, running: false, failed: false };
  it('gives the first missing step, and nothing when the list can be cleaned', () => {
    expect(disabledReason({ ...ready, hasLeads: false })).toBe('needLeads');
    expect(disabledReason({ ...ready, failed: true })).toBe('needLeads');
    expect(disabledReason({ ...ready, converting: true })).toBe('needSheet');
    expect(disabledReason({ ...ready, inspected: false })).toBe('needInspection');
    expect(disabledReason({ ...ready, emailColumn: false })).toBe('needEmailColumn');
    expect(disabledReason({ ...ready, running: true })).toBe('running');
    expect(disabledReason(ready)).toBeNull();
  });
});

describe('the progress amounts and the chart', () => {
  it('writes megabytes with one decimal under 10 MB and whole above', () => {
    expect(megabytes(9_740_000)).toBe(9.7);
    expect(megabytes(44_400_000)).toBe(44);
  });

  it('draws a bar per reason with rows, in the order reasons are checked, the longest at 100%', () => {
    const s = summary();
    s.removed.duplicate = 4;
    s.removed.invalid = 1;
    expect(removalBars(s)).toEqual([
      { reason: 'invalid', count: 1, percent: 25 },
      { reason: 'duplicate', count: 4, percent: 100 },
    ]);
  });

  it('offers a choice for flagged classes and for classes the run removed, not for empty ones', () => {
    const s = summary();
    s.flagged.role = 2;
    s.removed.disposable = 1;
    const remove = { disposable: true, role: false, free: false, consentCountry: false };
    expect(flagChoices(s, remove)).toEqual([
      { flag: 'disposable', removed: true, count: 1 },
      { flag: 'role', removed: false, count: 2 },
    ]);
  });
});

describe('an .xlsx lead list', () => {
  it('reads the fixture’s first sheet as the same cells as leads.csv, and lists its sheets', () => {
    const converted = xlsxToCsv(new Uint8Array(readFileSync('tests/fixtures/leads.xlsx')));
    expect(converted.sheets).toEqual(['Leads', 'Notes']);
    const fromCsv = parseCsv(readFileSync('tests/fixtures/leads.csv', 'utf8'), { delimiter: ';' }).filter((r) => r.some((c) => c !== ''));
    const fromXlsx = parseCsv(converted.csv, { delimiter: ',' }).filter((r) => r.some((c) => c !== ''));
    expect(fromXlsx).toEqual(fromCsv);
    expect(xlsxToCsv(new Uint8Array(readFileSync('tests/fixtures/leads.xlsx')), 1).csv).toContain('Exported for the e2e tests');
  });

  it('says a file is not a workbook rather than guessing', () => {
    expect(() => xlsxToCsv(new TextEncoder().encode('PK\u0003\u0004 not really a zip'))).toThrow(NotAWorkbook);
  });
});
