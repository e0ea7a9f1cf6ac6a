import { parseRecordFile } from '../planner/record-file.ts';

/**
 * What the other tools take from the campaign planner's saved record (the one workspace of issue
 * #15): the target countries, the offer and the segment. Read-only: only the planner writes it.
 */
export interface PlannerWorkspace {
  /** The campaign's name, to say where a value came from ("from the campaign “Q3 Benelux”"). */
  campaign: string;
  /** ISO codes of the target countries, in the planner's order. */
  countries: string[];
  /** The offer in one sentence, as the planner has it. */
  offer: string;
  /** The industries targeted. */
  industries: string;
  /** The positions written to. */
  positions: string;
}

/** Reads the planner's saved record (`localStorage` text) into the workspace; `null` when there is none or it is unreadable. */
export function workspaceFromSaved(saved: string | null): PlannerWorkspace | null {
  if (saved === null) return null;
  const parsed = parseRecordFile(saved);
  if (!parsed.ok) return null;
  const { about, segment } = parsed.record;
  return { campaign: about.campaign, countries: [...segment.countries], offer: segment.offer, industries: segment.industries, positions: segment.positions };
}
