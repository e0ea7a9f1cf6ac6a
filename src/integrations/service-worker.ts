import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/** Files in the build that are host configuration, not part of the site. */
const NOT_SERVED = ['_headers', '_redirects'];

/**
 * Writes `sw.js` into the built site in `dir`: a Workbox service worker that precaches every file
 * of the site (pages, scripts, the tools' workers and their helper workers, Pagefind's index,
 * fragments and WebAssembly, the sample files) and serves them from that copy, online and off.
 *
 * - Precache only: no runtime caching, so nothing but the site's own files is ever stored; a
 *   user's files are read with File APIs and never fetched, and blob:/data: URLs never reach a
 *   service worker. Every entry is a same-origin path under the worker's scope.
 * - All or nothing: Workbox fetches every entry in the `install` event; one failure fails the
 *   install, and the worker never activates. So a first visit cut short leaves no worker that
 *   serves a half-filled copy; the next visit installs again. The footer calls the copy ready
 *   only once the worker is activated.
 * - One version at a time: each entry carries a revision (a content hash, or the hash in its
 *   `_astro/` file name); a new worker fills its entries beside the old ones and waits. It takes
 *   over only when the page asks (the "Reload" button sends SKIP_WAITING), and then removes
 *   the old entries; pages are reloaded, so no page runs old code against new files.
 * - Pages: `/x/` is served from `x/index.html` (Workbox's `directoryIndex`).
 */
export async function writeServiceWorker(dir: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: ['**/*'],
    globIgnores: ['sw.js', ...NOT_SERVED],
    swDest: join(dir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    skipWaiting: false,
    // The first worker controls the page that installed it, so that page works offline too.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    // Pagefind asks for pagefind-entry.json?ts=<time> to defeat HTTP caches; the copy is the same file.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
    dontCacheBustURLsMatching: /^_astro\//,
    // The whole site is small (a few MB); no file may be left out silently.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    cacheId: 'cold-email-gdpr-kit',
  });
  if (warnings.length) throw new Error(`Service worker: ${warnings.join('; ')}`);
  return { count, size };
}
