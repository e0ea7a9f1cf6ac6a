/**
 * Writes tests/fixtures/leads.xlsx from tests/fixtures/leads.csv: the same cells (every one a
 * text cell, spaces and line breaks kept) on a first sheet "Leads", and a second sheet "Notes" so
 * that the page's sheet picker has something to pick. Run: `npx node scripts/make-leads-xlsx.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { utils, write } from '@e965/xlsx';
import { parseCsv } from '../src/lib/csv/parse.ts';

const rows = parseCsv(readFileSync('tests/fixtures/leads.csv', 'utf8'), { delimiter: ';' }).filter((row) => row.some((cell) => cell !== ''));
const workbook = utils.book_new();
utils.book_append_sheet(workbook, utils.aoa_to_sheet(rows), 'Leads');
utils.book_append_sheet(workbook, utils.aoa_to_sheet([['Note'], ['Exported for the e2e tests; the leads are on the first sheet.']]), 'Notes');
// A fixed date, so the file's bytes do not change from one run to the next.
workbook.Props = { CreatedDate: new Date('2026-01-01T00:00:00Z') };
writeFileSync('tests/fixtures/leads.xlsx', write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }));
