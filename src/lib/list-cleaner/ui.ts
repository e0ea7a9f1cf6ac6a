/**
 * Pure helpers of the list cleaner's page: what kind of file was chosen, why the Clean button is
 * disabled, the megabytes of the progress line, the bars of the removal chart.
 */
import { OPTIONAL_CLASSES, REMOVAL_REASONS, type CleanSummary, type OptionalClass, type RemovalReason } from '../clean/summary.ts';

/** How the page reads a chosen lead list: as delimited text, as a workbook, or not at all. */
export type LeadFileKind = 'text' | 'xlsx' | 'other';

/** Extensions of files that are surely not a list the cleaner reads (documents, images, archives, old Excel). */
const NOT_A_LIST = /\.(xls|xlsm|xlsb|ods|numbers|pdf|docx?|pptx?|rtf|zip|gz|7z|rar|png|jpe?g|gif|webp|heic|json|xml|html?)$/i;

/** The kind of a lead list by its name: `.xlsx` is read as a workbook; a name the cleaner cannot read is `other`; anything else is tried as text (the engine recognises binary content). */
export function leadFileKind(name: string): LeadFileKind {
  if (/\.xlsx$/i.test(name)) return 'xlsx';
  return NOT_A_LIST.test(name) ? 'other' : 'text';
}

/** A suppression file the cleaner cannot read, by its name (an .xlsx included: export it as CSV). */
export function suppressionFileRefused(name: string): boolean {
  return /\.xlsx$/i.test(name) || NOT_A_LIST.test(name);
}

/** The file name without its list extension, for the names of the downloads (`leads.xlsx` → `leads`). */
export function baseName(name: string): string {
  return name.replace(/\.(csv|tsv|txt|xlsx)$/i, '');
}

/** Why the Clean button is disabled, as a key of the catalog's `run` messages; null when it is enabled. */
export type DisabledReason = 'needLeads' | 'needSheet' | 'needInspection' | 'needEmailColumn' | 'running';

export function disabledReason(state: { hasLeads: boolean; converting: boolean; inspected: boolean; emailColumn: boolean; running: boolean; failed: boolean }): DisabledReason | null {
  if (state.running) return 'running';
  if (!state.hasLeads || state.failed) return 'needLeads';
  if (state.converting) return 'needSheet';
  if (!state.inspected) return 'needInspection';
  if (!state.emailColumn) return 'needEmailColumn';
  return null;
}

/** Megabytes for the progress line: one decimal under 10 MB, whole numbers above (`0.3`, `152`). */
export function megabytes(bytes: number): number {
  const mb = bytes / 1_000_000;
  return mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb);
}

/** One bar of the removal chart: a reason, its count, and its length relative to the longest bar (0–100). */
export interface Bar {
  reason: RemovalReason;
  count: number;
  percent: number;
}

/** The bars of the removal chart: reasons with at least one row, in the order they are checked. */
export function removalBars(summary: CleanSummary): Bar[] {
  const shown = REMOVAL_REASONS.filter((r) => summary.removed[r] > 0);
  const max = Math.max(1, ...shown.map((r) => summary.removed[r]));
  return shown.map((reason) => ({ reason, count: summary.removed[reason], percent: Math.max(1, Math.round((100 * summary.removed[reason]) / max)) }));
}

/** Rows removed in all. */
export function removedCount(summary: CleanSummary): number {
  return REMOVAL_REASONS.reduce((sum, r) => sum + summary.removed[r], 0);
}

/**
 * The optional classes the flagged section offers a choice for, under the options of the run:
 * those with kept (flagged) rows, and those its options removed, so the choice can be undone.
 */
export function flagChoices(summary: CleanSummary, remove: Record<OptionalClass, boolean>): { flag: OptionalClass; removed: boolean; count: number }[] {
  return OPTIONAL_CLASSES.map((flag) => ({ flag, removed: remove[flag], count: remove[flag] ? summary.removed[flag] : summary.flagged[flag] })).filter((choice) => choice.count > 0);
}
