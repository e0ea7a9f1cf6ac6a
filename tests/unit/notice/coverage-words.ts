import { noteText, type ItemCoverage } from '../../../src/lib/notice/coverage';
import { FIELD_LABELS } from '../../../src/lib/notice/fields';
import { notice } from '../../../src/lib/i18n/en/notice';

/** What the English page shows for "Standard text". */
export const STANDARD_TEXT = notice.coverage.standardText;

/** An item as the English page words it: its note as a sentence ('' without one), its fillers as labels. */
export function inWords(item: ItemCoverage): Omit<ItemCoverage, 'note' | 'filledBy'> & { note: string; filledBy: string[] } {
  return { ...item, note: item.note ? noteText(item.note) : '', filledBy: item.filledBy.map((f) => (f === 'standard' ? STANDARD_TEXT : FIELD_LABELS[f])) };
}
