import { readFileSync } from 'node:fs';

/** The built site the e2e tests serve: `dist`, or `E2E_DIST` (to test a build made elsewhere). */
export function siteDir(): string {
  return process.env.E2E_DIST ?? 'dist';
}

/** Every page path the built sitemap lists, e.g. `/playbook/opt-out/`. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(`${siteDir()}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
