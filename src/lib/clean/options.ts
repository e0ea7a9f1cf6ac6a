import { z } from 'zod';

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

/** How a run cleans; the page's controls and the CLI's flags both map onto this. */
export const cleanOptionsSchema = z.object({
  /** "Treat Gmail dots and +tags as one mailbox": compare canonical keys (on by default). */
  canonical: z.boolean().default(true),
  /** Optional classes to remove. Disposable domains are removed by default, the rest are not. */
  remove: z
    .object({
      disposable: z.boolean().default(true),
      role: z.boolean().default(false),
      free: z.boolean().default(false),
      consentCountry: z.boolean().default(false),
    })
    .prefault({}),
  /** Opt-out/bounce columns of the lead list to honour (0-based); null = the detected ones. */
  optOutColumns: z.array(z.int().nonnegative()).nullable().default(null),
  /** Write a UTF-8 byte order mark at the start of the cleaned list and the report (Excel needs it). */
  bom: z.boolean().default(true),
  /** Prefix formula-like cells of the cleaned list with `'` (the report always does). */
  protectFormulas: z.boolean().default(false),
  /** Algorithm of the hashed suppression list download. */
  hash: z.enum(HASH_KINDS).default('sha256'),
});

/** Options after defaults are applied. */
export type CleanOptions = z.output<typeof cleanOptionsSchema>;
/** Options as a caller may write them (every field optional). */
export type CleanOptionsInput = z.input<typeof cleanOptionsSchema>;

/**
 * The summary of a run: exactly the shape of "Copy summary as JSON" and `coldkit clean --json`.
 * Every key is always present, and `kept + sum(removed) = input.rows`.
 */
export interface CleanSummary {
  input: { rows: number; encoding: string; delimiter: string; emailColumn: string };
  kept: number;
  removed: Record<RemovalReason, number>;
  flagged: Record<OptionalClass | 'formula', number>;
  suppression: { emails: number; domains: number; hashes: number; ignored: number };
}

/** A summary with every count at zero. */
export function emptySummary(input: CleanSummary['input']): CleanSummary {
  return {
    input,
    kept: 0,
    removed: Object.fromEntries(REMOVAL_REASONS.map((r) => [r, 0])) as Record<RemovalReason, number>,
    flagged: { disposable: 0, role: 0, free: 0, consentCountry: 0, formula: 0 },
    suppression: { emails: 0, domains: 0, hashes: 0, ignored: 0 },
  };
}
