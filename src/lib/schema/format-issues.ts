import type { z } from 'zod';

/** Renders one zod issue path as `sources[0].url`, or `(root)` for the value itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * Turns a zod error into one readable sentence per problem, prefixed by what was being checked.
 * Used for content records, saved tool data and imported JSON so every message has one shape.
 * @example formatIssues('Jurisdiction "de.json"', error)
 * // 'Jurisdiction "de.json" is invalid: authority.url: Invalid URL'
 */
export function formatIssues(subject: string, error: z.ZodError): string {
  return `${subject} is invalid: ${issueList(error)}`;
}

/** The problems alone, `path: problem; …`, for a sentence of the interface's catalog to frame. */
export function issueList(error: z.ZodError): string {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
}
