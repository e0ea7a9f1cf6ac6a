import { useEffect, useState } from 'react';
import type { PlannerWorkspace } from '../../lib/workspace/campaign';
import { useStored } from './use-stored';

/**
 * The planner's `localStorage` key (`PLANNER_STORAGE_KEY` in src/lib/planner/schema.ts; a unit
 * test keeps the two equal). Written out here so that reading it does not load the planner's
 * schema and record code with the page: that code comes on demand, only when a record is saved.
 */
export const PLANNER_KEY = 'coldkit:campaign-planner:record:v1';

const raw = (saved: string | null) => saved;

/**
 * The campaign planner's target countries, offer and segment, read-only, for the other tools;
 * `null` when none is saved (and for the moment it takes to load the record reader).
 */
export function usePlannerWorkspace(): PlannerWorkspace | null {
  const [saved] = useStored(PLANNER_KEY, raw);
  const [workspace, setWorkspace] = useState<PlannerWorkspace | null>(null);
  useEffect(() => {
    if (saved === null) return setWorkspace(null);
    let current = true;
    void import('../../lib/workspace/campaign').then(({ workspaceFromSaved }) => {
      if (current) setWorkspace(workspaceFromSaved(saved));
    });
    return () => {
      current = false;
    };
  }, [saved]);
  return workspace;
}
