import { createContext, useContext } from 'react';
import type { MouseEvent } from 'react';
import type { Messages } from '../../lib/i18n/en/index';
import type { PlannerMessages } from '../../lib/planner/questions';
import type { FieldRef } from '../../lib/planner/readiness';
import type { Locale } from '../../lib/i18n/locales';

/** The words of the planner and the common words, as the page passes them in. */
export interface PlannerWords {
  m: PlannerMessages;
  common: Messages['common'];
  /** The page's language, for `plural`, `format` and lists. */
  locale: Locale;
}

export const WordsContext = createContext<PlannerWords | null>(null);

/** The planner's words for the language of the page. */
export function useWords(): PlannerWords {
  const words = useContext(WordsContext);
  if (!words) throw new Error('useWords() needs the planner\'s WordsContext');
  return words;
}

/** The id of the field (or section) that asks for an answer: 'segment.offer' → 'cp-segment-offer'. One planner per page, so ids are fixed. */
export function fieldId(ref: FieldRef): string {
  return `cp-${ref.replaceAll('.', '-')}`;
}

/**
 * Follows a link to a field: moves the keyboard focus into the field (the first control of a
 * group or section) and scrolls it to the middle of the window. Falls back to the plain link.
 */
export function goToField(event: MouseEvent<HTMLAnchorElement>, ref: FieldRef): void {
  const target = document.getElementById(fieldId(ref));
  if (!target) return;
  event.preventDefault();
  const control = target.matches('input, textarea, select, button') ? target : target.querySelector<HTMLElement>('input:not([type=hidden]), textarea, select, button');
  (control ?? target).focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
}
