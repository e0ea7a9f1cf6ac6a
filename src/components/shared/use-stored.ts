import { useCallback, useEffect, useState } from 'react';

/**
 * One value kept in `localStorage` under `key`, read after hydration (the server renders
 * `empty()`), kept in step with other tabs, and safe when storage is unavailable (private
 * windows, blocked storage): the tool then works for the tab only. Shared by every tool that
 * saves or reads a workspace record (sender profile, planner record).
 */
export function useStored<T>(key: string, read: (saved: string | null) => T, write?: (value: T) => string): [T, (next: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => read(null));

  useEffect(() => {
    const load = () => setValue(read(safeGet(key)));
    load();
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) load();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
    // `read` is a module-level function at every call site, so only `key` matters.
  }, [key]);

  const save = useCallback(
    (next: T) => {
      setValue(next);
      if (write) safeSet(key, write(next));
    },
    [key, write],
  );

  const clear = useCallback(() => {
    safeRemove(key);
    setValue(read(null));
  }, [key]);

  return [value, save, clear];
}

function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function safeSet(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: the value lives in the tab only.
  }
}

function safeRemove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was saved.
  }
}
