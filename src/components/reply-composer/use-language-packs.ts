import { useEffect, useState } from 'react';
import { loadLanguagePacks } from '../../lib/replies/load-languages';
import type { LanguageCode, LanguagePack } from '../../lib/replies/schema';

type Packs = Record<LanguageCode, LanguagePack>;

/**
 * The reply language packs, loaded from the site itself once the page is idle (so detection is
 * ready before the user pastes), or at once when `needed` turns true first. `failed` is true when
 * loading failed; the next `needed` change tries again.
 */
export function useLanguagePacks(needed: boolean): { packs: Packs | null; failed: boolean } {
  const [packs, setPacks] = useState<Packs | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const load = () =>
      loadLanguagePacks().then(
        (loaded) => live && (setPacks(loaded), setFailed(false)),
        () => live && setFailed(true),
      );
    if (needed) {
      void load();
      return () => void (live = false);
    }
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(() => void load(), { timeout: 2000 });
      return () => {
        live = false;
        cancelIdleCallback(idle);
      };
    }
    const timer = setTimeout(() => void load(), 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [needed]);

  return { packs, failed };
}
