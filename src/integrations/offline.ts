import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from './headers.ts';
import { writeServiceWorker } from './service-worker.ts';

/**
 * After the build: writes `_headers` (the security headers for hosts that read that file, from
 * the same CSP as the pages' `<meta>`) and `sw.js` (the service worker that keeps an offline copy
 * of the site). The page side is src/components/site/offline-support.ts; the manifest is
 * public/manifest.webmanifest.
 */
export function offline({ csp }: { csp: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'coldkit-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await writeFile(join(out, '_headers'), headersFile(base, csp));
        const { count, size } = await writeServiceWorker(out);
        logger.info(`sw.js precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB); _headers written`);
      },
    },
  };
}
