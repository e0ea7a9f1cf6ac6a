import { useSyncExternalStore } from 'react';
import type { Messages } from '../../lib/i18n/en';
import { format } from '../../lib/i18n/format';

export type Progress = { phase: keyof Messages['cleaner']['run']['phases']; percent: number; done: number; total: number };

/**
 * The run's progress, held outside React state: an update (several a second while a list
 * cleans) re-renders only the bar, not the whole tool, so the page's main thread stays idle
 * for the workers on a machine with few cores.
 */
export interface ProgressStore {
  set(progress: Progress | null): void;
  get(): Progress | null;
  subscribe(listener: () => void): () => void;
}

export function createProgressStore(): ProgressStore {
  let current: Progress | null = null;
  const listeners = new Set<() => void>();
  return {
    set(progress) {
      current = progress;
      for (const listener of listeners) listener();
    },
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The progress label, the amount read and the bar, while a run goes on. */
export default function RunProgress({ store, messages: m, locale }: { store: ProgressStore; messages: Messages['cleaner']['run']; locale: string }) {
  const progress = useSyncExternalStore(store.subscribe, store.get, () => null);
  if (!progress) return null;
  return (
    <div className="lc-progress">
      <span id="lc-progress-label">{m.phases[progress.phase]}</span>{' '}
      <span className="lc-progress-amount">{progress.total > 0 ? format(m.amount, { done: progress.done, total: progress.total }, locale) : ''}</span>
      <div
        role="progressbar"
        aria-labelledby="lc-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={format(m.progressText, { percent: progress.percent, done: progress.done, total: progress.total }, locale)}
        className="lc-bar"
      >
        <div style={{ inlineSize: `${progress.percent}%` }} />
      </div>
    </div>
  );
}
