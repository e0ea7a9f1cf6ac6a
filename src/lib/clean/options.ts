import { z } from 'zod';
import { HASH_KINDS } from './summary.ts';

export { HASH_KINDS, OPTIONAL_CLASSES, REMOVAL_REASONS, emptySummary, type CleanSummary, type SummaryJson, type HashKind, type OptionalClass, type RemovalReason } from './summary.ts';

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
