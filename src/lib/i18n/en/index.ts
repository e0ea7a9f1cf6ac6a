import type { PluralForms } from '../format.ts';
import { cleaner } from './cleaner.ts';
import { common } from './common.ts';
import { planner } from './planner.ts';
import { notice } from './notice.ts';
import { profile } from './profile.ts';
import { replies } from './replies.ts';
import { site } from './site.ts';

/**
 * The English catalog: one area per tool plus `common` and `site`. Other languages must have the
 * same shape (`Messages`); a unit test keeps them complete.
 */
export const EN = {
  common,
  planner,
  notice,
  profile,
  replies,
  cleaner,
  site,
} as const;

/** The shape every language's catalog has: the same keys, any wording. */
export type Messages = DeepStrings<typeof EN>;

/** The catalog's areas: `common`, `site` and one per tool. */
export type Area = keyof Messages;

/**
 * Maps a catalog's string leaves to `string` so translations need not repeat the English literals;
 * a plural message (keys among `zero one two few many other`, `other` always) becomes `PluralForms`,
 * so a language adds the categories it needs (Russian `few` and `many`).
 */
type DeepStrings<T> = T extends string
  ? string
  : IsPlural<T> extends true
    ? PluralForms
    : { [K in keyof T]: DeepStrings<T[K]> };

type IsPlural<T> = [keyof T] extends [Intl.LDMLPluralRule] ? ('other' extends keyof T ? true : false) : false;
