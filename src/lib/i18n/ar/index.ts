import type { Translation } from '../catalogs.ts';
import { common } from './common.ts';
import { site } from './site.ts';
import { profile } from './profile.ts';
import { planner } from './planner.ts';
import { replies } from './replies.ts';
import { notice } from './notice.ts';
import { cleaner } from './cleaner.ts';

/** The Arabic catalog: the same areas and keys as `EN` (src/lib/i18n/en/index.ts). */
export const AR = {
  common,
  site,
  profile,
  planner,
  replies,
  notice,
  cleaner,
} as const satisfies Translation;
