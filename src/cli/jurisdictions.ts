import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssues } from '../lib/schema/format-issues.ts';
import { jurisdictionSchema, type Jurisdiction } from '../lib/jurisdictions/schema.ts';

/** The jurisdiction records, read from the same JSON files the site is built from. */
export function readJurisdictions(dir = fileURLToPath(new URL('../content/jurisdictions/', import.meta.url))): Jurisdiction[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => {
      const result = jurisdictionSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!result.success) throw new Error(formatIssues(`Jurisdiction "${file}"`, result.error));
      return result.data;
    });
}
