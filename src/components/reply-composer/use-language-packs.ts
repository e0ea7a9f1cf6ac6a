import { useEffect, useState } from 'react';
import { loadLanguages, type LanguageCode } from '../../lib/replies/languages';
import type { LanguagePack } from '../../lib/replies/schema';

type Packs = Record<LanguageCode, LanguagePack>;

/** Tries after a failed load while the packs are needed, a second apart. */
const RETRIES = 3;

/**
 * The reply language packs, loaded from the site itself once the page is idle (so detection is
 * ready before the user pastes), or at once when `needed` turns true first. A failed load is
 * tried again while they are needed; `failed` is true once every try failed.
 */
export function useLanguagePacks(needed: boolean): { packs: Packs | null; failed: boolean } {
  const [packs, setPacks] = useState<Packs | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (packs) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      loadLanguages().then(
        (loaded) => live && setPacks(loaded),
        () => {
          if (!live || !needed) return;
          if (attempt < RETRIES) retry = setTimeout(() => setAttempt((a) => a + 1), 1000);
          else setFailed(true);
        },
      );
    const stop = () => {
      live = false;
      clearTimeout(retry);
    };
    if (needed) {
      void load();
      return stop;
    }
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(() => void load(), { timeout: 2000 });
      return () => {
        stop();
        cancelIdleCallback(idle);
      };
    }
    const timer = setTimeout(() => void load(), 300);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [needed, attempt, packs]);

  return { packs, failed: packs === null && failed };
}
