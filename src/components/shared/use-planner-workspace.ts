import { useStored } from './use-stored';
import { PLANNER_STORAGE_KEY } from '../../lib/planner/schema';
import { workspaceFromSaved, type PlannerWorkspace } from '../../lib/workspace/campaign';

/** The campaign planner's target countries, offer and segment, read-only, for the other tools; `null` when none is saved. */
export function usePlannerWorkspace(): PlannerWorkspace | null {
  const [workspace] = useStored(PLANNER_STORAGE_KEY, workspaceFromSaved);
  return workspace;
}
