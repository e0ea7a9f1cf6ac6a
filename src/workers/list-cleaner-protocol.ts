/**
 * Messages between the list cleaner island and its worker. Both sides import this file, so a
 * message type cannot drift. Files travel as `File` objects (cloned by reference, not copied);
 * results come back as `Blob`s. A run ends with DONE then HASHED, or with FAILED.
 */
import type { CleanOptionsInput } from '../lib/clean/options';
import type { FlaggedRow, Inspection, PreviewRow, ReadOverrides } from '../lib/clean/run';
import type { CleanSummary } from '../lib/clean/options';
import type { EngineError } from '../lib/clean/messages';
import type { CountryRule } from '../lib/jurisdictions/lookup';

export const INSPECT = 'inspect';
export const CLEAN = 'clean';
export const INSPECTED = 'inspected';
export const PROGRESS = 'progress';
export const DONE = 'done';
export const HASHED = 'hashed';
export const FAILED = 'failed';

/** Island → worker. */
export type ToWorker =
  | { type: typeof INSPECT; leads: File; overrides: ReadOverrides }
  | {
      type: typeof CLEAN;
      leads: File;
      suppressions: File[];
      overrides: ReadOverrides;
      options: CleanOptionsInput;
      countries: CountryRule[];
    };

/** Worker → island. */
export type FromWorker =
  | { type: typeof INSPECTED; inspection: Inspection }
  | { type: typeof PROGRESS; phase: 'suppression' | 'scan' | 'clean'; bytes: number; total: number }
  | { type: typeof DONE; summary: CleanSummary; inspection: Inspection; preview: PreviewRow[]; kept: string[][]; flagged: FlaggedRow[]; cleaned: Blob; report: Blob }
  /** After DONE: the hashed suppression list (empty without suppression addresses), the worker's last message. */
  | { type: typeof HASHED; hashed: Blob }
  /**
   * The run stopped: `input` says what is wrong with the user's files (the island words it in the
   * page's language), else it is null and `message` is the unexpected error's (for the report of a bug).
   */
  | { type: typeof FAILED; input: EngineError | null; message: string };
