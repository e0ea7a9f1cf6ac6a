/**
 * What a run of the list cleaner reports: the removal reasons, the optional classes and the
 * summary's shape. Apart from the options schema (options.ts), so that the workers that prepare
 * rows load no schema library: a worker that starts sooner takes more of the list.
 */
import type { EngineNote } from './messages.ts';

/** Why a row was removed, in order of precedence: a row gets the first reason that applies. */
export const REMOVAL_REASONS = [
  'missing',
  'invalid',
  'optedOut',
  'suppressed',
  'duplicate',
  'disposable',
  'role',
  'free',
  'consentCountry',
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

/** The optional classes: removed when their option is on, otherwise kept and counted as flagged. */
export const OPTIONAL_CLASSES = ['disposable', 'role', 'free', 'consentCountry'] as const;
export type OptionalClass = (typeof OPTIONAL_CLASSES)[number];

/** Hash algorithms for the hashed suppression list download. */
export const HASH_KINDS = ['sha256', 'md5'] as const;
export type HashKind = (typeof HASH_KINDS)[number];

/**
 * The summary of a run: exactly the shape of "Copy summary as JSON" and `coldkit clean --json`
 * once its notes are worded (`SummaryJson`, made by `summaryJson` in
 * src/lib/i18n/engine-messages.ts). Every key is always present, and `kept + sum(removed) = input.rows`.
 */
export interface CleanSummary {
  /**
   * `rows`: data rows (under the header, not blank); `skipped`: lines above the header row that
   * are not blank (titles, notes), listed in the report with the reason `skipped`;
   * `rowsWithBadBytes`: data rows holding bytes that are not valid in `encoding` (named in
   * `notes`); `encoding`: the lead list's, as `TextDecoder` names it.
   */
  input: { rows: number; skipped: number; rowsWithBadBytes: number; encoding: string; delimiter: string; emailColumn: string };
  kept: number;
  removed: Record<RemovalReason, number>;
  flagged: Record<OptionalClass | 'formula', number>;
  suppression: { emails: number; domains: number; hashes: number; ignored: number };
  /**
   * What the user should know or check, as data (one sentence each once worded): an encoding
   * guessed or decided late in the file, rows with bad bytes, lines skipped above the header.
   * Empty for most lists.
   */
  notes: EngineNote[];
}

/** The summary as JSON: the same, its notes worded in one language. */
export type SummaryJson = Omit<CleanSummary, 'notes'> & { notes: string[] };

/** A summary with every count at zero. */
export function emptySummary(input: CleanSummary['input']): CleanSummary {
  return {
    input,
    kept: 0,
    removed: Object.fromEntries(REMOVAL_REASONS.map((r) => [r, 0])) as Record<RemovalReason, number>,
    flagged: { disposable: 0, role: 0, free: 0, consentCountry: 0, formula: 0 },
    suppression: { emails: 0, domains: 0, hashes: 0, ignored: 0 },
    notes: [],
  };
}
