import { common } from './common.ts';
import { planner } from './planner.ts';
import { notice } from './notice.ts';
import { profile } from './profile.ts';
import { replies } from './replies.ts';

/**
 * The English catalog: one area per tool plus `common`. Other languages must have the same
 * shape (`Messages`); a unit test keeps them complete.
 */
export const EN = {
  common,
  planner,
  notice,
  profile,
  replies,
} as const;

/** The shape every language's catalog has: the same keys, any wording. */
export type Messages = DeepStrings<typeof EN>;

/** Maps a catalog's string leaves to `string` so translations need not repeat the English literals. */
type DeepStrings<T> = T extends string ? string : { [K in keyof T]: DeepStrings<T[K]> };
