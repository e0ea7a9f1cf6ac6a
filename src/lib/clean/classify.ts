/**
 * The classifier's parts that are not the preparer (preparer.ts): where things are in a row, the
 * opt-out pass, and the in-order half that gives each prepared row its one reason.
 */
import { isOptOutValue, type CountryLookup } from '../email/columns.ts';
import type { SuppressionIndex } from '../email/suppression.ts';
import { KeyIndex } from '../collections/key-index.ts';
import { keysOf } from './keys.ts';
import type { CleanOptions } from './options.ts';
import { createPreparer, type PreparedRow } from './preparer.ts';
import { CLASS_SETS } from './row-codes.ts';
import type { OptionalClass, RemovalReason } from './summary.ts';

export { keysOf } from './keys.ts';
export type { PreparedRow, Preparer } from './preparer.ts';

/** Where the classifier finds things in a row, and the lists it checks against. */
export interface ClassifierSetup {
  /** 0-based index of the email column. */
  emailColumn: number;
  /** 0-based indexes of the opt-out/bounce columns honoured in this run. */
  optOutColumns: readonly number[];
  /** 0-based index of the country column, or null to use the address's ccTLD only. */
  countryColumn: number | null;
  options: CleanOptions;
  suppression: SuppressionIndex;
  /** The disposable-domain list (from `loadDisposableDomains`), or null to skip that class. */
  disposable: ReadonlySet<string> | null;
  /** ISO codes of countries whose rule for a named address is `consent-required`. */
  consentCountries: ReadonlySet<string>;
  /** Country names and aliases → ISO code, for the country column. */
  countryLookup: CountryLookup;
}

/** The outcome for one data row. */
export interface RowDecision {
  /** Null when the row is kept. */
  reason: RemovalReason | null;
  /** What made it so, for the report: `duplicate of row 3`, `domain acme.com`, … */
  detail: string;
  /** Optional classes the row falls in (all of them, whether removed or kept); a shared list. */
  classes: readonly OptionalClass[];
}

/**
 * The cells of one row, read one at a time: a scanned CSV record cuts only the cells asked for
 * (`CsvRecord` is one); {@link cellsOf} wraps an array.
 */
export interface Cells {
  /** The value of column `i` (0-based), or undefined when the row is shorter. */
  field(i: number): string | undefined;
}

/** An array of cells as {@link Cells}. */
export function cellsOf(row: readonly string[]): Cells {
  return { field: (i) => row[i] };
}

/** True when any honoured opt-out column of the row says opted out, bounced or invalid. */
export function rowIsOptedOut(row: Cells, optOutColumns: readonly number[]): boolean {
  for (const column of optOutColumns) {
    const value = row.field(column);
    if (value !== undefined && isOptOutValue(value)) return true;
  }
  return false;
}

/**
 * Pass 1 of a run: every address that the lead list itself marks as opted out or bounced, with
 * the first data row that marks it, so pass 2 can remove it on every row, before or after.
 */
export class OptOutCollector {
  readonly marked = new KeyIndex();
  readonly #emailColumn: number;
  readonly #optOutColumns: readonly number[];
  readonly #canonical: boolean;
  constructor(emailColumn: number, optOutColumns: readonly number[], canonical: boolean) {
    this.#emailColumn = emailColumn;
    this.#optOutColumns = optOutColumns;
    this.#canonical = canonical;
  }

  /** Looks at one data row (1-based `rowNumber`). */
  add(row: Cells, rowNumber: number): void {
    if (!rowIsOptedOut(row, this.#optOutColumns)) return;
    const { key } = keysOf(row.field(this.#emailColumn) ?? '', this.#canonical);
    if (key !== '') this.marked.getOrAdd(key, rowNumber);
  }
}

/** Kept rows share one decision object per combination of classes: no allocation per row. */
const KEPT_DECISIONS: readonly RowDecision[] = CLASS_SETS.map((classes) => ({ reason: null, detail: '', classes }));

/**
 * The in-order half of the classifier: gives a prepared row exactly one reason by precedence —
 * missing, invalid, optedOut, suppressed, duplicate, then the optional classes in the order
 * disposable, role, free, consentCountry (each removed only when its option is on) — and adds
 * kept rows to `kept`. Rows must come in file order: "duplicate" means "same key as an earlier
 * kept row". Kept decisions are shared objects: do not change them.
 */
export function decideRow(row: PreparedRow, rowNumber: number, kept: KeyIndex, optedOut: KeyIndex | null): RowDecision {
  if (row.status !== 'valid') return { reason: row.status, detail: row.detail, classes: NO_CLASSES };
  const markedAt = optedOut?.getHashed(row.key);
  if (markedAt !== undefined) return { reason: 'optedOut', detail: `opted out at row ${markedAt}`, classes: NO_CLASSES };
  if (row.suppressedBy !== null) return { reason: 'suppressed', detail: row.suppressedBy, classes: NO_CLASSES };
  const first = kept.getHashed(row.key);
  if (first !== undefined) return { reason: 'duplicate', detail: `duplicate of row ${first}`, classes: NO_CLASSES };
  if (row.removal !== null) return { reason: row.removal, detail: row.removalDetail, classes: CLASS_SETS[row.classBits]! };
  kept.addHashed(row.key, rowNumber);
  return KEPT_DECISIONS[row.classBits]!;
}

/**
 * Decides, row by row, what happens to each data row ({@link createPreparer} then
 * {@link decideRow}). Rows must be given in file order.
 */
export function createClassifier(setup: ClassifierSetup, optedOut: KeyIndex | null) {
  const preparer = createPreparer(setup);
  const kept = new KeyIndex();
  return (row: Cells, rowNumber: number): RowDecision => decideRow(preparer.prepare(row), rowNumber, kept, optedOut);
}

/** Shared empty class list: most rows fall in no optional class (never mutated). */
const NO_CLASSES: readonly OptionalClass[] = [];
