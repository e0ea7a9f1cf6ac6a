import { useCallback, useEffect, useState } from 'react';
import { LOG_STORAGE_KEY, logToJson, parseLogJson, type LogEntry, type LogProblem } from '../../lib/replies/log';

/**
 * The request log, kept in `localStorage` under {@link LOG_STORAGE_KEY} (the same JSON that
 * "Export log as JSON" downloads) and kept in step across tabs. Starts empty on the server and
 * loads the saved log after hydration. Nothing is stored until the user adds a request.
 */
export function useRequestLog(): [LogEntry[], (next: LogEntry[]) => void, () => void, LogProblem | null] {
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const [problem, setProblem] = useState<LogProblem | null>(null);

  useEffect(() => {
    const load = () => {
      const saved = localStorage.getItem(LOG_STORAGE_KEY);
      if (saved === null) return setEntries([]);
      const parsed = parseLogJson(saved);
      if (parsed.ok) {
        setEntries(parsed.entries);
        setProblem(null);
      } else {
        setProblem(parsed);
      }
    };
    load();
    const onStorage = (event: StorageEvent) => {
      if (event.key === LOG_STORAGE_KEY || event.key === null) load();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const save = useCallback((next: LogEntry[]) => {
    setEntries(next);
    setProblem(null);
    localStorage.setItem(LOG_STORAGE_KEY, logToJson(next));
  }, []);

  const clear = useCallback(() => {
    localStorage.removeItem(LOG_STORAGE_KEY);
    setEntries([]);
    setProblem(null);
  }, []);

  return [entries, save, clear, problem];
}
