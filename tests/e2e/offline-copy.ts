import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { OFFLINE_NOTE } from '../../src/components/site/offline-note';

/** Every file of a built site that the service worker should hold, as paths like `tools/list-cleaner/index.html`. */
export function siteFiles(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return files.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')).filter((path) => path !== 'sw.js' && path !== '_headers');
}

/** A copy of a built site in a temporary directory, to change without touching the original. */
export function copySite(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'coldkit-site-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/** The footer note on `page` once it says the offline copy is ready (the service worker is activated). */
export async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.locator('[data-offline-note]').filter({ hasText: OFFLINE_NOTE.ready }).waitFor({ timeout: 30_000 });
}

/** The URL of every response in the page origin's Cache Storage, with Workbox's `__WB_REVISION__` removed. */
export function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        url.searchParams.delete('__WB_REVISION__');
        urls.push(url.href);
      }
    }
    return urls.sort();
  });
}
