import { useCallback, useEffect, useState } from 'react';
import { PROFILE_STORAGE_KEY, emptyProfile, parseProfileJson, type SenderProfile } from '../../lib/profile/schema';

/**
 * The sender profile shared by the notice generator and the reply composer, kept in
 * `localStorage` under {@link PROFILE_STORAGE_KEY} as the user types, and kept in step across
 * tabs. Starts empty on the server and loads the saved value after hydration.
 */
export function useSenderProfile(): [SenderProfile, (next: SenderProfile) => void, () => void] {
  const [profile, setProfile] = useState<SenderProfile>(emptyProfile);

  useEffect(() => {
    const load = () => {
      const saved = localStorage.getItem(PROFILE_STORAGE_KEY);
      if (saved === null) return setProfile(emptyProfile());
      const parsed = parseProfileJson(saved);
      if (parsed.ok) setProfile(parsed.profile);
    };
    load();
    const onStorage = (event: StorageEvent) => {
      if (event.key === PROFILE_STORAGE_KEY || event.key === null) load();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const save = useCallback((next: SenderProfile) => {
    setProfile(next);
    localStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify(next));
  }, []);

  const clear = useCallback(() => {
    localStorage.removeItem(PROFILE_STORAGE_KEY);
    setProfile(emptyProfile());
  }, []);

  return [profile, save, clear];
}
