/**
 * A prepared batch writes each record as `formatCsvRow` writes its cells, whether it copies the
 * record's text (canonical records) or not, and counts the cells `isFormulaLike` flags.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreparedRow } from '../../../src/lib/clean/classify.ts';
import { BLANK, CANONICAL, keptLine, prepareBatch, protectedCells } from '../../../src/lib/clean/prepare.ts';
import { parseCsv } from '../../../src/lib/csv/parse.ts';
import { formatCsvRow, isFormulaLike } from '../../../src/lib/csv/write.ts';

const formulaCells = (row: readonly string[]) => row.filter((cell) => isFormulaLike(cell)).length;

const unit = fc.constantFrom('a', ' ', ',', ';', '"', '\n', '\r\n', '=', '+', '-', '@', '\t', 'é', '\uFEFF');
const cell = fc.record({ text: fc.string({ unit, maxLength: 8 }), quote: fc.boolean() });
/** A CSV text with random (not only necessary) quoting, and its rows. */
const csv = fc
  .record({
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
    delimiter: fc.constantFrom(',', ';'),
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
  })
  .map(({ rows, delimiter, newline, bom }) => ({
    delimiter,
    text:
      (bom ? '\uFEFF' : '') +
      rows
        .map((cells) =>
          cells
            .map(({ text, quote }) => {
              const must = /["\r\n]/.test(text) || text.includes(delimiter) || text.startsWith('\uFEFF');
              return quote || must ? `"${text.replaceAll('"', '""')}"` : text;
            })
            .join(delimiter),
        )
        .join(newline),
  }));

/** Every row is "valid": this test is about the text, not the decisions. */
const prepare = (): PreparedRow => ({ status: 'valid', detail: '', key: 'k', suppressedBy: null, classBits: 0, removal: null, removalDetail: '' });

describe('prepareBatch', () => {
  it('kept lines, report cells and formula counts match formatCsvRow and countFormulaCells', () => {
    fc.assert(
      fc.property(csv, fc.boolean(), ({ text, delimiter }, protectFormulas) => {
        const batch = prepareBatch(text, true, { delimiter, protectFormulas, prepare });
        const rows = parseCsv(text, { delimiter });
        expect(batch.count).toBe(rows.length);
        rows.forEach((values, i) => {
          if (batch.status[i] === BLANK) {
            expect(values).toEqual(['']);
            return;
          }
          expect(keptLine(batch, i, protectFormulas)).toBe(formatCsvRow(values, delimiter, { protectFormulas }));
          expect(`${protectedCells(batch, i)}\r\n`).toBe(formatCsvRow(values, delimiter, { protectFormulas: true }));
          expect(batch.formulaFrom[i + 1]! - batch.formulaFrom[i]!).toBe(formulaCells(values));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it.each<[string, number]>([
    ['jane@acme.com,Acme,', 0],
    ['=1+1,+49 30 1234,-5,@SUM(A1)', 4],
    ['"  =HYPERLINK(""x"")","\tx","\rx","\nx"', 4],
    ["'=1+1,a=b,x-y,", 0],
  ])('counts the formula-like cells of %j: %i', (line, n) => {
    const batch = prepareBatch(`${line}\n`, true, { delimiter: ',', protectFormulas: false, prepare });
    expect(batch.formulaFrom[1]! - batch.formulaFrom[0]!).toBe(n);
  });

  it('copies a canonical record and rewrites the others', () => {
    const batch = prepareBatch('a,"b,c"\n"a",b\n', true, { delimiter: ',', protectFormulas: false, prepare });
    expect([batch.flags[0]! & CANONICAL, batch.flags[1]! & CANONICAL]).toEqual([CANONICAL, 0]);
    expect(keptLine(batch, 1, false)).toBe('a,b\r\n');
  });

  it('gives the prepared row the cells it asks for', () => {
    const seen: (string | undefined)[] = [];
    prepareBatch('x,"y@z.com"\n\nlast,row', true, { delimiter: ',', protectFormulas: false, prepare: (row) => (seen.push(row.field(1)), prepare()) });
    expect(seen).toEqual(['y@z.com', 'row']);
  });
});
