import { basePrefix, withBase } from '../../lib/site/base-path';

/** The site's base with no trailing slash (`''` at the root, `/kit` under a path). */
export const SITE_BASE = basePrefix(import.meta.env.BASE_URL);

/** A path of this site (`/tools/list-cleaner/`) as a link that works under any base path. */
export function sitePath(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
