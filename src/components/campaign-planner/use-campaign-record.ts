import { useCallback, useEffect, useRef, useState } from 'react';
import { parseRecordFile, recordToJson } from '../../lib/planner/record-file';
import { PLANNER_STORAGE_KEY, emptyRecord, type CampaignRecord } from '../../lib/planner/schema';

/** What the planner knows about its saved copy. */
export type SaveState = 'idle' | 'restored' | 'saved' | 'cleared' | 'failed';

/**
 * The campaign record, saved in `localStorage` under {@link PLANNER_STORAGE_KEY} on every change
 * (as the user types) and restored after hydration. The server renders the empty record.
 */
export function useCampaignRecord() {
  const [record, setRecord] = useState<CampaignRecord>(emptyRecord);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const current = useRef(record);

  useEffect(() => {
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(PLANNER_STORAGE_KEY);
    } catch {
      return setSaveState('failed');
    }
    if (saved === null) return;
    const parsed = parseRecordFile(saved);
    if (!parsed.ok) return;
    current.current = parsed.record;
    setRecord(parsed.record);
    setSaveState('restored');
  }, []);

  const store = useCallback((next: CampaignRecord) => {
    current.current = next;
    setRecord(next);
    try {
      localStorage.setItem(PLANNER_STORAGE_KEY, recordToJson(next));
      setSaveState('saved');
    } catch {
      setSaveState('failed');
    }
  }, []);

  /** Applies a change to the latest record and saves the result. */
  const update = useCallback((change: (record: CampaignRecord) => CampaignRecord) => store(change(current.current)), [store]);

  /** Removes the saved copy and empties the form. */
  const clear = useCallback(() => {
    try {
      localStorage.removeItem(PLANNER_STORAGE_KEY);
    } catch {
      // Nothing was saved if storage is unavailable.
    }
    current.current = emptyRecord();
    setRecord(current.current);
    setSaveState('cleared');
  }, []);

  return { record, update, replace: store, clear, saveState };
}
