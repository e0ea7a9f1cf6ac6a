import type { CampaignRecord, DataField } from '../../lib/planner/schema';

type Record_ = CampaignRecord;

/** The changes the form's sections make to the record, each applied to the latest record and saved. */
export interface RecordEdits {
  about<K extends keyof Record_['about']>(key: K, value: Record_['about'][K]): void;
  segment<K extends keyof Record_['segment']>(key: K, value: Record_['segment'][K]): void;
  field<F extends DataField>(field: F, patch: Partial<Record_['data'][F]>): void;
  relevance(patch: Partial<Record_['relevance']>): void;
  lia(patch: Partial<Record_['lia']>): void;
}

/** Builds the edits over `update` (which applies a change to the latest record). */
export function recordEdits(update: (change: (record: Record_) => Record_) => void): RecordEdits {
  return {
    about: (key, value) => update((r) => ({ ...r, about: { ...r.about, [key]: value } })),
    segment: (key, value) => update((r) => ({ ...r, segment: { ...r.segment, [key]: value } })),
    field: (field, patch) => update((r) => ({ ...r, data: { ...r.data, [field]: { ...r.data[field], ...patch } } })),
    relevance: (patch) => update((r) => ({ ...r, relevance: { ...r.relevance, ...patch } })),
    lia: (patch) => update((r) => ({ ...r, lia: { ...r.lia, ...patch } })),
  };
}

/** A list with `item` added (at the end) or removed. */
export function toggleIn<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}
