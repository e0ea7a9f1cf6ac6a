/**
 * Guessing the dialect of a CSV from its first lines: which delimiter, and which row holds the
 * header. Both work on a small sample (the first few KB of decoded text), never the whole file.
 */
import { createCsvParser } from './parse.ts';

/** The delimiters we recognise, in the order that wins a tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** One of {@link DELIMITERS}. */
export type Delimiter = (typeof DELIMITERS)[number];

/** How many rows the sniffer looks at. Enough to see a pattern, small enough to be instant. */
const SNIFF_ROWS = 50;
/** Text beyond this is ignored when sniffing; 50 rows of a wide export fit comfortably. */
const SNIFF_CHARS = 256 * 1024;

/**
 * Guesses the field delimiter from the start of a CSV.
 *
 * Each candidate parses the sample with the real (quote-aware) parser, so delimiters inside
 * quoted cells do not count. For the first ~50 non-blank rows it takes the most common field
 * count (the mode) and the share of rows that have exactly that count. A candidate needs a mode of
 * at least 2 fields; the winner has the highest share, then the higher mode, then comes first in
 * {@link DELIMITERS}. Consistency rather than frequency is what makes `Müller;12,5;a@b.de` come
 * out `;`: the decimal commas appear in some rows and not others (and rarely in the header),
 * while the `;` count is the same on every line. Papa Parse's guesser also uses consistency but
 * lets a trailing empty row drag its average down and falls back to `,` (see research §2).
 *
 * A sample cut mid-line is fine: the last, unterminated row is only used when there would be
 * fewer than two rows without it. A one-column file (no candidate reaches 2 fields) gives `,`.
 */
export function sniffDelimiter(text: string): Delimiter {
  const sample = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  let best: Delimiter = ',';
  let bestShare = -1;
  let bestMode = 1;
  for (const delimiter of DELIMITERS) {
    const counts = sampleFieldCounts(sample, delimiter);
    const { mode, share } = modeAndShare(counts);
    if (mode < 2) continue;
    // Strictly better only: on a full tie the earlier delimiter in DELIMITERS stays.
    if (share > bestShare || (share === bestShare && mode > bestMode)) {
      best = delimiter;
      bestShare = share;
      bestMode = mode;
    }
  }
  return best;
}

/** Field counts of the first {@link SNIFF_ROWS} non-blank rows of `sample` under `delimiter`. */
function sampleFieldCounts(sample: string, delimiter: string): number[] {
  const parser = createCsvParser({ delimiter, maxFieldLength: Infinity });
  const rows = parser.push(sample);
  if (rows.length < 2) {
    // The sample may be a whole tiny file without a final line break; an unclosed quote in a
    // cut sample is not an error for sniffing.
    try {
      rows.push(...parser.end());
    } catch {
      // ignore: the rows we have are all we can use
    }
  }
  const counts: number[] = [];
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    counts.push(row.length);
    if (counts.length === SNIFF_ROWS) break;
  }
  return counts;
}

/** The most common value (largest on a tie) and the share of entries equal to it. */
function modeAndShare(counts: readonly number[]): { mode: number; share: number } {
  if (counts.length === 0) return { mode: 0, share: 0 };
  const tally = new Map<number, number>();
  for (const n of counts) tally.set(n, (tally.get(n) ?? 0) + 1);
  let mode = 0;
  let hits = 0;
  for (const [n, k] of tally) {
    if (k > hits || (k === hits && n > mode)) {
      mode = n;
      hits = k;
    }
  }
  return { mode, share: hits / counts.length };
}

/** How many of the first rows {@link detectHeaderRow} considers. */
const HEADER_WINDOW = 20;

/**
 * Finds the header row among the first rows of a parsed CSV (usually index 0).
 *
 * Exports from CRMs and spreadsheets sometimes start with blank lines or a title such as
 * `Export from HubSpot 2026-01-01` (one filled cell, sometimes followed by empty `,,,` cells)
 * before the real header. The typical width of the table is the upper median of filled cells per
 * non-blank row among the first 20 rows; the header is the first row filled at least half that
 * width (and at least 2 cells). For a one-column table it is the first non-blank row. Returns 0
 * when nothing qualifies (e.g. all rows blank).
 *
 * Header-less files are not detected here: the first data row is then reported as the header,
 * and the caller should let the user say "my file has no header".
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number {
  const head = rows.slice(0, HEADER_WINDOW);
  const filled = head.map(countFilled);
  const nonBlank = filled.filter((n) => n > 0).sort((a, b) => a - b);
  if (nonBlank.length === 0) return 0;
  const typical = nonBlank[Math.floor(nonBlank.length / 2)] ?? 0;
  const need = typical <= 1 ? 1 : Math.max(2, Math.ceil(typical / 2));
  const index = filled.findIndex((n) => n >= need);
  return index === -1 ? 0 : index;
}

/** Number of cells that hold something other than whitespace. */
function countFilled(row: readonly string[]): number {
  let n = 0;
  for (const cell of row) if (cell.trim() !== '') n++;
  return n;
}

/** A row with no visible content: a blank line (`['']`) or only delimiters and spaces. */
function isBlankRow(row: readonly string[]): boolean {
  return row.length === 1 && row[0]?.trim() === '';
}
