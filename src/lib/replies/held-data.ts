import { parseCsv } from '../csv/parse.ts';
import { sniffDelimiter } from '../csv/sniff.ts';

/** One item of what the sender holds about the requester, e.g. `{ label: 'Email', value: 'jonas@acme.example' }`. */
export interface HeldItem {
  /** The field name, or '' for a line without one. */
  label: string;
  /** The value as held. */
  value: string;
}

/**
 * Reads what the user pasted under "What you hold about them", in either of two shapes:
 * - the row from their list with its header line, as CSV (any of `,` `;` tab `|`): each header
 *   cell becomes a label; empty cells are skipped; several data rows give several items each;
 * - free lines, `Label: value` or just a value, one per line.
 * A paste is CSV when its first two non-blank lines split into the same number (at least two) of
 * cells and no line has a `Label: value` shape.
 */
export function parseHeldData(text: string): HeldItem[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return [];
  const csv = lines.length >= 2 && !lines.some((l) => /^[^:,;\t|]{1,40}:\s/.test(l)) ? readCsv(lines.join('\n')) : null;
  if (csv) return csv;
  return lines.filter((l) => !/^[^:]{1,60}:\s*$/.test(l)).map(lineItem);
}

/** One free line: `Label: value`, or a value alone (a URL's `https:` is not a label). */
function lineItem(line: string): HeldItem {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(line)) return { label: '', value: line };
  const m = /^([^:]{1,60}):\s*(.+)$/.exec(line);
  return m ? { label: m[1]!.trim(), value: m[2]!.trim() } : { label: '', value: line };
}

/** The items of a header + rows CSV, or null if the text does not look like one. */
function readCsv(text: string): HeldItem[] | null {
  const delimiter = sniffDelimiter(text);
  let rows: string[][];
  try {
    rows = parseCsv(text, { delimiter }).filter((r) => r.some((c) => c.trim() !== ''));
  } catch {
    return null;
  }
  const [header, ...data] = rows;
  if (!header || header.length < 2 || data.length === 0 || data[0]!.length !== header.length) return null;
  const items: HeldItem[] = [];
  for (const row of data) {
    header.forEach((label, i) => {
      const value = (row[i] ?? '').trim();
      if (value !== '') items.push({ label: label.trim(), value });
    });
  }
  return items;
}

/** The distinct labels of the items, in order: the categories of data held (Art. 15(1)(b)). */
export function categoriesOf(items: readonly HeldItem[]): string[] {
  return [...new Set(items.map((i) => i.label).filter((l) => l !== ''))];
}
