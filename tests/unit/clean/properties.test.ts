/**
 * Invariants of a cleaning run over random lead lists (fast-check):
 * - kept + sum(removed) = input.rows;
 * - every data row is in exactly one of the cleaned list and the report, unchanged and in order;
 * - no key twice, no suppressed key and no opted-out key among the kept rows;
 * - the cleaned list parses back to exactly the header and the kept rows;
 * - the chunk size of the input never changes anything.
 * Addresses are drawn from a small pool so duplicates, case and space variants and Gmail forms
 * meet often; other cells are full of quotes, delimiters, line breaks and Unicode.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsOf, keysOf, rowIsOptedOut } from '../../../src/lib/clean/classify.ts';
import type { CleanOptionsInput, CleanSummary } from '../../../src/lib/clean/options.ts';
import { createCsvParser } from '../../../src/lib/csv/parse.ts';
import { DELIMITERS } from '../../../src/lib/csv/sniff.ts';
import { formatCsvRow, isFormulaLike } from '../../../src/lib/csv/write.ts';
import { domainOf, isValidAddress } from '../../../src/lib/email/normalise.ts';
import { classifySuppressionValue } from '../../../src/lib/email/suppression.ts';
import { utf8 } from '../csv/byte-fixtures.ts';
import { clean } from './fixtures.ts';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Email cells: variants of a few mailboxes, plus empty and invalid values. */
const ADDRESSES = [
  'jane@acme.com', 'Jane@ACME.com', '  jane@acme.com\u00A0', '"Doe, Jane" <jane@acme.com>', 'mailto:jane@acme.com?subject=Hi',
  'j.ane@gmail.com', 'jane+x@gmail.com', 'JANE@googlemail.com', 'jane+y@outlook.com', 'jane@outlook.com',
  'info@acme.de', 'bob@sub.acme.com', 'bob@mailinator.com', 'x@web.de', 'sales@acme.fr', 'kim@other.example',
  'anna@bücher.de', 'anna@xn--bcher-kva.de', '-kim@other.example',
  '', '   ', 'not-an-email', 'a@b', 'jane@@acme.com', '=HYPERLINK("x")', 'jörg@bücher.de',
];

/** Suppression cells: addresses, domains in every spelling, hashes of plain and canonical forms, junk. */
const SUPPRESSION_ENTRIES = [
  'jane@acme.com', 'JaneDoe@gmail.com', 'jane@gmail.com', 'kim@other.example', '"Bob" <bob@mailinator.com>',
  'acme.com', '*.acme.com', '@sub.acme.com', 'gmail.com', 'web.de', 'bücher.de', 'other.example',
  sha256('jane@acme.com'), sha256('jane@gmail.com').toUpperCase(), sha256('jane+y@outlook.com'),
  md5('info@acme.de'), md5('jane@outlook.com'), md5('x@web.de').toUpperCase(),
  'Email', 'unsubscribed 2026', '12.50', '',
];

/** Characters that stress the reader and the writer; no NUL or other control bytes (those are "binary"). */
const tricky = fc.constantFrom(
  'a', 'Z', '0', ' ', '"', "'", ',', ';', '\t', '|', '\r', '\n', '\r\n', '=', '-', '+', '@',
  'é', 'Ж', '€', '中', '😀', '👍🏽', '\u00A0', '\uFEFF',
);
const freeText = fc.string({ unit: tricky, maxLength: 10 });

interface Case {
  header: string[];
  rows: string[][];
  emailColumn: number;
  optOutColumn: number | null;
  delimiter: string;
  crlf: boolean;
  bom: boolean;
  /** Indexes (into `rows`) before which a blank line is written. */
  blankBefore: number[];
  suppress: string[];
  options: CleanOptionsInput;
  /** Let the run sniff the delimiter (true) or tell it (false). */
  sniff: boolean;
  chunkSize: number;
}

const leadCase: fc.Arbitrary<Case> = fc
  .record({
    extras: fc.integer({ min: 1, max: 3 }),
    emailAt: fc.nat(),
    withOptOut: fc.boolean(),
    withCountry: fc.boolean(),
    rowCount: fc.integer({ min: 0, max: 25 }),
  })
  .chain(({ extras, emailAt, withOptOut, withCountry, rowCount }) => {
    const header = Array.from({ length: extras }, (_, i) => `Note ${i + 1}`);
    const emailColumn = emailAt % (extras + 1);
    header.splice(emailColumn, 0, 'Email');
    if (withCountry) header.push('Country');
    if (withOptOut) header.push('Unsubscribed');
    const optOutColumn = withOptOut ? header.length - 1 : null;
    const cellFor = (name: string) =>
      name === 'Email'
        ? fc.constantFrom(...ADDRESSES)
        : name === 'Country'
          ? fc.constantFrom('', 'Germany', 'DE', 'Deutschland', 'France', 'Atlantis')
          : name === 'Unsubscribed'
            ? fc.constantFrom('', '', '', 'yes', 'no', 'TRUE', '0')
            : freeText;
    const row = fc.tuple(...header.map(cellFor));
    return fc.record({
      header: fc.constant(header),
      rows: fc.array(row, { minLength: rowCount, maxLength: rowCount }),
      emailColumn: fc.constant(emailColumn),
      optOutColumn: fc.constant(optOutColumn),
      delimiter: fc.constantFrom(...DELIMITERS),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      blankBefore: fc.uniqueArray(fc.integer({ min: 0, max: rowCount }), { maxLength: 4 }),
      suppress: fc.array(fc.constantFrom(...SUPPRESSION_ENTRIES), { maxLength: 6 }),
      options: fc.record({
        canonical: fc.boolean(),
        remove: fc.record({ disposable: fc.boolean(), role: fc.boolean(), free: fc.boolean(), consentCountry: fc.boolean() }),
        bom: fc.boolean(),
        protectFormulas: fc.boolean(),
        hash: fc.constantFrom('sha256' as const, 'md5' as const),
      }),
      sniff: fc.boolean(),
      chunkSize: fc.integer({ min: 1, max: 64 }),
    });
  });

/** The lead list's bytes. */
function leadBytes(c: Case): Uint8Array {
  const line = (cells: readonly string[]) => {
    const text = formatCsvRow(cells, c.delimiter);
    return c.crlf ? text : `${text.slice(0, -2)}\n`;
  };
  let text = line(c.header);
  c.rows.forEach((row, i) => {
    if (c.blankBefore.includes(i)) text += c.crlf ? '\r\n' : '\n';
    text += line(row);
  });
  return utf8(text, c.bom);
}

/** The suppression file: a header, then one entry per line. */
function suppressionFile(c: Case): string {
  return ['Email', ...c.suppress].map((entry) => formatCsvRow([entry], ',')).join('');
}

/** Runs the case with its chunk size. */
function run(c: Case, chunkSize = c.chunkSize) {
  return clean(leadBytes(c), {
    chunkSize,
    suppress: c.suppress.length > 0 ? [suppressionFile(c)] : [],
    options: c.options,
    overrides: c.sniff ? {} : { delimiter: c.delimiter },
  });
}

function parse(text: string, delimiter: string): string[][] {
  const parser = createCsvParser({ delimiter });
  return [...parser.push(text), ...parser.end()];
}

const protect = (cells: readonly string[]) => cells.map((cell) => (isFormulaLike(cell) ? `'${cell}` : cell));

const sum = (counts: CleanSummary['removed']) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Indexes (0-based, into `rows`) of the kept rows, from the row numbers in the report. */
function keptIndexes(c: Case, report: string): number[] {
  const removed = new Set(parse(report, c.delimiter).slice(1).map((r) => Number(r[0]) - 1));
  return c.rows.map((_, i) => i).filter((i) => !removed.has(i));
}

/**
 * True when `cell` is covered by one of the suppression entries, decided here from the entries
 * themselves: the address, its domain or a parent domain, or its hash; with the canonical
 * option also its canonical form and that form's domain and hashes.
 */
function isSuppressed(cell: string, entries: readonly string[], canonical: boolean): boolean {
  const { address, key } = keysOf(cell, canonical);
  const forms = canonical ? [address, key] : [address];
  const coversDomain = (domain: string, entry: string) => domain === entry || domain.endsWith(`.${entry}`);
  return entries.some((raw) => {
    const entry = classifySuppressionValue(raw);
    switch (entry?.kind) {
      case 'email':
        return forms.some((form) => form === entry.key || (canonical && form === keysOf(entry.key, true).key));
      case 'domain':
        return forms.some((form) => coversDomain(domainOf(form), entry.domain));
      case 'sha256':
        return forms.some((form) => sha256(form) === entry.hash);
      case 'md5':
        return forms.some((form) => md5(form) === entry.hash);
      default:
        return false;
    }
  });
}

const RUNS = { numRuns: 300 };

describe('properties of a cleaning run over random lead lists', { timeout: 120_000 }, () => {
  it('kept + sum(removed) = input.rows, which is the number of data rows', async () => {
    await fc.assert(
      fc.asyncProperty(leadCase, async (c) => {
        const { summary } = await run(c);
        expect(summary.input.rows).toBe(c.rows.length);
        expect(summary.kept + sum(summary.removed)).toBe(summary.input.rows);
      }),
      RUNS,
    );
  });

  it('every data row is in exactly one file: the report by its number, the cleaned list in order', async () => {
    await fc.assert(
      fc.asyncProperty(leadCase, async (c) => {
        const { cleaned, report, summary } = await run(c);
        const reported = parse(report, c.delimiter);
        expect(reported[0]).toEqual(protect(['row', 'reason', 'detail', ...c.header]));
        const numbers = reported.slice(1).map((r) => Number(r[0]));
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b)); // ascending, no row twice
        for (const r of reported.slice(1)) expect(r.slice(3)).toEqual(protect(c.rows[Number(r[0]) - 1] ?? []));

        const kept = keptIndexes(c, report);
        expect(kept.length + numbers.length).toBe(c.rows.length);
        expect(kept.length).toBe(summary.kept);
        const cleanedRows = parse(cleaned, c.delimiter).slice(1);
        const show = c.options.protectFormulas ? protect : (cells: readonly string[]) => [...cells];
        expect(cleanedRows).toEqual(kept.map((i) => show(c.rows[i] ?? [])));
      }),
      RUNS,
    );
  });

  it('the cleaned list parses back to exactly the header and the kept rows, BOM only when asked', async () => {
    await fc.assert(
      fc.asyncProperty(leadCase, async (c) => {
        const { cleaned, report } = await run(c);
        expect(cleaned.startsWith('\uFEFF')).toBe(c.options.bom);
        expect(report.startsWith('\uFEFF')).toBe(c.options.bom);
        const show = c.options.protectFormulas ? protect : (cells: readonly string[]) => [...cells];
        const expected = [c.header, ...keptIndexes(c, report).map((i) => c.rows[i] ?? [])].map(show);
        expect(parse(cleaned, c.delimiter)).toEqual(expected);
        expect(cleaned).toBe((c.options.bom ? '\uFEFF' : '') + expected.map((r) => formatCsvRow(r, c.delimiter)).join(''));
      }),
      RUNS,
    );
  });

  it('no key twice, no suppressed key, no opted-out key and no invalid address among the kept rows', async () => {
    await fc.assert(
      fc.asyncProperty(leadCase, async (c) => {
        const { report } = await run(c);
        const canonical = c.options.canonical ?? true;
        const kept = keptIndexes(c, report).map((i) => c.rows[i] ?? []);
        const cells = kept.map((row) => row[c.emailColumn] ?? '');
        const keys = cells.map((cell) => keysOf(cell, canonical).key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const cell of cells) {
          expect(isValidAddress(keysOf(cell, canonical).address)).toBe(true);
          expect(isSuppressed(cell, c.suppress, canonical)).toBe(false);
        }
        if (c.optOutColumn !== null) {
          const column = c.optOutColumn;
          const marked = new Set(c.rows.filter((row) => rowIsOptedOut(cellsOf(row), [column])).map((row) => keysOf(row[c.emailColumn] ?? '', canonical).key));
          for (const key of keys) expect(marked.has(key)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('details point at the right rows: the kept original of a duplicate, the first row marking an opt-out', async () => {
    await fc.assert(
      fc.asyncProperty(leadCase, async (c) => {
        const { report } = await run(c);
        const canonical = c.options.canonical ?? true;
        const keyOf = (i: number) => keysOf(c.rows[i]?.[c.emailColumn] ?? '', canonical).key;
        const kept = new Set(keptIndexes(c, report));
        for (const [row, reason, detail] of parse(report, c.delimiter).slice(1)) {
          const i = Number(row) - 1;
          const target = Number(/ at row (\d+)$| of row (\d+)$/.exec(detail ?? '')?.slice(1).find(Boolean)) - 1;
          if (reason === 'duplicate') {
            expect(detail).toMatch(/^duplicate of row \d+$/);
            expect(kept.has(target) && target < i && keyOf(target) === keyOf(i)).toBe(true);
          }
          if (reason === 'optedOut') {
            expect(detail).toMatch(/^opted out at row \d+$/);
            const column = c.optOutColumn ?? -1;
            const first = c.rows.findIndex((r, j) => keyOf(j) === keyOf(i) && rowIsOptedOut(cellsOf(r), [column]));
            expect(target).toBe(first);
          }
        }
      }),
      RUNS,
    );
  });

  it('the same result for any chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(leadCase, async (c) => {
        const [cut, whole] = await Promise.all([run(c), run(c, 1 << 20)]);
        expect(cut).toEqual(whole);
      }),
      RUNS,
    );
  });
});
