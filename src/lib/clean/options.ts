/**
 * How a run cleans: the options, their defaults, and reading them from what a caller or a saved
 * setting gives. Written by hand rather than with the schema library the site uses elsewhere:
 * the CLI loads this module on every run, and that library is some 95 modules to load first.
 */
import { HASH_KINDS, type HashKind } from './summary.ts';

export { HASH_KINDS, OPTIONAL_CLASSES, REMOVAL_REASONS, emptySummary, type CleanSummary, type SummaryJson, type HashKind, type OptionalClass, type RemovalReason } from './summary.ts';

/** How a run cleans; the page's controls and the CLI's flags both map onto this. */
export interface CleanOptions {
  /** "Treat Gmail dots and +tags as one mailbox": compare canonical keys (on by default). */
  canonical: boolean;
  /** Optional classes to remove. Disposable domains are removed by default, the rest are not. */
  remove: { disposable: boolean; role: boolean; free: boolean; consentCountry: boolean };
  /** Opt-out/bounce columns of the lead list to honour (0-based); null = the detected ones. */
  optOutColumns: number[] | null;
  /** Write a UTF-8 byte order mark at the start of the cleaned list and the report (Excel needs it). */
  bom: boolean;
  /** Prefix formula-like cells of the cleaned list with `'` (the report always does). */
  protectFormulas: boolean;
  /** Algorithm of the hashed suppression list download. */
  hash: HashKind;
}

/** Options as a caller may write them: every field optional, `remove` field by field. */
export type CleanOptionsInput = Partial<Omit<CleanOptions, 'remove'>> & { remove?: Partial<CleanOptions['remove']> };

/** The defaults (a new object each time: callers may change it). */
export function defaultCleanOptions(): CleanOptions {
  return {
    canonical: true,
    remove: { disposable: true, role: false, free: false, consentCountry: false },
    optOutColumns: null,
    bom: true,
    protectFormulas: false,
    hash: 'sha256',
  };
}

/** `input` with the defaults filled in; a field of the wrong type throws a TypeError naming it. */
export function parseCleanOptions(input: unknown): CleanOptions {
  const options = defaultCleanOptions();
  const given = record(input, 'options');
  for (const key of ['canonical', 'bom', 'protectFormulas'] as const) {
    if (given[key] !== undefined) options[key] = flag(given[key], key);
  }
  if (given.remove !== undefined) {
    const remove = record(given.remove, 'remove');
    for (const key of Object.keys(options.remove) as (keyof CleanOptions['remove'])[]) {
      if (remove[key] !== undefined) options.remove[key] = flag(remove[key], `remove.${key}`);
    }
  }
  if (given.optOutColumns !== undefined && given.optOutColumns !== null) {
    const columns = given.optOutColumns;
    if (!Array.isArray(columns) || !columns.every((c) => Number.isSafeInteger(c) && c >= 0)) {
      throw new TypeError('optOutColumns must be null or a list of column numbers from 0');
    }
    options.optOutColumns = [...columns] as number[];
  }
  if (given.hash !== undefined) {
    if (!(HASH_KINDS as readonly unknown[]).includes(given.hash)) throw new TypeError(`hash must be one of ${HASH_KINDS.join(', ')}`);
    options.hash = given.hash as HashKind;
  }
  return options;
}

/** {@link parseCleanOptions} for a value that may be anything (a saved setting): null when it is not options. */
export function readCleanOptions(input: unknown): CleanOptions | null {
  try {
    return parseCleanOptions(input);
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

function record(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${name} must be an object`);
  return value as Record<string, unknown>;
}

function flag(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw new TypeError(`${name} must be true or false`);
  return value;
}
