import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { OFFLINE_NOTE } from '../../src/components/site/offline-note';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { watchPage } from './browser';
import { cleanSampleList, searchFinds } from './journeys';
import { cachedUrls, copySite, siteFiles, waitForOfflineCopy } from './offline-copy';
import { useBrowser } from './pages';
import { siteDir, sitemapPaths } from './site-dir';
import { serveStatic } from './static-server';

const baseUrl = inject('baseUrl');

const browser = useBrowser();

describe('after one visit, the site works with the network off', () => {
  let context: BrowserContext;
  let page: Page;
  let online: string;
  beforeAll(async () => {
    context = await browser().newContext();
    page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await waitForOfflineCopy(page);
    online = await cleanSampleList(page, baseUrl);
    await context.setOffline(true);
  }, 90_000);
  afterAll(async () => {
    await context?.close();
  });

  it('says so in the footer, and the page is controlled by the service worker', async () => {
    await page.goto(`${baseUrl}/`);
    await waitForOfflineCopy(page);
    await expect(page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).resolves.toBe(`${baseUrl}/sw.js`);
  });

  it('loads every page of the sitemap, with no console error', async () => {
    for (const path of sitemapPaths()) {
      const log = watchPage(page);
      const response = await page.goto(baseUrl + path);
      expect(response?.status(), path).toBe(200);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('h1').first().isVisible(), path).resolves.toBe(true);
      await page.waitForLoadState('load');
      expect(log.errors, path).toEqual([]);
      page.removeAllListeners('console');
      page.removeAllListeners('pageerror');
      page.removeAllListeners('request');
    }
  });

  it('cleans the sample list with the same counts as online', async () => {
    expect(online).toContain('18 rows: 8 kept, 10 removed');
    await expect(cleanSampleList(page, baseUrl)).resolves.toBe(online);
  });

  it('cleans a list over 16 MB, which starts the helper workers inside the cleaning worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coldkit-offline-big-'));
    const leads = join(dir, 'big.csv');
    // 200,000 rows, 150,000 addresses: the last 50,000 rows repeat earlier ones.
    const rows = Array.from({ length: 200_000 }, (_, i) => `Person ${i},person${i % 150_000}@example${(i % 150_000) % 700}.com,"Acme, Inc",a note that makes the row longer than it needs to be`);
    writeFileSync(leads, ['Name,Email,Company,Notes', ...rows].join('\n'));
    expect(statSync(leads).size).toBeGreaterThan(16 * 1024 * 1024);
    const log = watchPage(page);
    await page.goto(`${baseUrl}/tools/list-cleaner/`);
    await page.getByLabel('Lead list').setInputFiles(leads);
    // The helpers' script comes from the offline copy (a failed helper would leave the work to the cleaning worker).
    const helperScript = page.waitForResponse((response) => response.url().startsWith(`${baseUrl}/_astro/prepare.worker`));
    await page.getByRole('button', { name: 'Clean list' }).click();
    const status = page.getByRole('status').filter({ hasText: 'kept' });
    await status.waitFor({ timeout: 60_000 });
    await expect(status.textContent()).resolves.toContain('200,000 rows: 150,000 kept, 50,000 removed');
    const response = await helperScript;
    expect([response.status(), response.fromServiceWorker()]).toEqual([200, true]);
    expect(log.errors).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  }, 90_000);

  it('finds pages with the site search', async () => {
    await page.goto(`${baseUrl}/`);
    await searchFinds(page, 'legitimate interest', '/playbook/legitimate-interest/');
  });
});

describe('the offline copy', () => {
  it('holds exactly the site\'s own files, and nothing a user loads or makes', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await waitForOfflineCopy(page);
    const expected = siteFiles(siteDir()).map((path) => `${baseUrl}/${path}`).sort();
    await expect(cachedUrls(page)).resolves.toEqual(expected);
    // Use a tool with a user's files, and download its output: the cache does not change.
    await cleanSampleList(page, baseUrl);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download cleaned list' }).click()]);
    await expect(cachedUrls(page)).resolves.toEqual(expected);
    await context.close();
  });

  it('is not kept from a first visit cut short: nothing is served offline, and the next visit completes it', async () => {
    // One file of the site fails to arrive while the service worker installs.
    const site = copySite(siteDir());
    const lost = join(site, 'pagefind', 'wasm.unknown.pagefind');
    const saved = readFileSync(lost);
    rmSync(lost);
    const { url, server } = await serveStatic(site);
    const context = await browser().newContext();
    const page = await context.newPage();
    const log = watchPage(page);
    await page.goto(`${url}/`);
    await page.locator('[data-offline-note]').filter({ hasText: OFFLINE_NOTE.failed }).waitFor({ timeout: 30_000 });
    await expect(page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active))).resolves.toBe(false);
    // Files that did arrive may sit in Cache Storage, but no service worker serves them.
    const files = siteFiles(site).map((path) => `${url}/${path}`);
    for (const cached of await cachedUrls(page)) expect(files).toContain(cached);
    expect(log.errors).toEqual([]);

    await context.setOffline(true);
    await expect(page.goto(`${url}/playbook/opt-out/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);

    writeFileSync(lost, saved);
    await context.setOffline(false);
    await page.goto(`${url}/`);
    await waitForOfflineCopy(page);
    await context.setOffline(true);
    await expect(page.goto(`${url}/playbook/opt-out/`).then((r) => r?.status())).resolves.toBe(200);
    await context.close();
    server.close();
    rmSync(site, { recursive: true, force: true });
  });
});

describe('the app', () => {
  it('can be installed: Chromium reads the manifest without error and finds nothing that blocks installing', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await waitForOfflineCopy(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect([manifest.url, manifest.errors]).toEqual([`${baseUrl}/manifest.webmanifest`, []]);
    // A test browser context is always "incognito", where Chromium never offers to install.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await context.close();
  });
});

describe('a new version', () => {
  it('is offered with a Reload button, never mixed into the running one, and taken on Reload', async () => {
    const v1 = copySite(siteDir());
    const v2 = copySite(siteDir());
    // The new deployment: a changed page, and the service worker the build writes for it.
    const page2 = join(v2, 'privacy', 'index.html');
    writeFileSync(page2, readFileSync(page2, 'utf8').replace('</h1>', ' (version 2)</h1>'));
    await writeServiceWorker(v2);
    let root = v1;
    const { url, server } = await serveStatic(() => root);
    const context = await browser().newContext();
    const page = await context.newPage();
    const log = watchPage(page);
    await page.goto(`${url}/privacy/`);
    await waitForOfflineCopy(page);

    root = v2;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const offer = page.getByRole('status').filter({ hasText: 'A new version is available.' });
    await offer.waitFor({ timeout: 30_000 });
    // While the new version waits, every page still comes from the running one.
    const other = await context.newPage();
    await other.goto(`${url}/privacy/`);
    await expect(other.locator('h1').textContent()).resolves.not.toContain('version 2');

    await Promise.all([page.waitForEvent('load'), other.waitForEvent('load'), offer.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.locator('h1').textContent()).resolves.toContain('version 2');
    await expect(other.locator('h1').textContent()).resolves.toContain('version 2');
    await expect(offer.count()).resolves.toBe(0);
    expect(log.errors).toEqual([]);
    await context.close();
    server.close();
    for (const dir of [v1, v2]) rmSync(dir, { recursive: true, force: true });
  }, 90_000);
});

describe('a browser without service workers', () => {
  it.each([
    ['that has none', () => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker],
    ['that refuses to register one', () => (ServiceWorkerContainer.prototype.register = () => Promise.reject(new DOMException('disabled', 'SecurityError')))],
  ])('%s gets the site with no console error', async (_name, disable) => {
    const context = await browser().newContext();
    await context.addInitScript(disable);
    const page = await context.newPage();
    const log = watchPage(page);
    const response = await page.goto(`${baseUrl}/tools/list-cleaner/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(cleanSampleList(page, baseUrl)).resolves.toContain('18 rows: 8 kept, 10 removed');
    const note = await page.locator('[data-offline-note]').evaluate((el) => ((el as HTMLElement).hidden ? '' : el.textContent));
    expect([OFFLINE_NOTE.unavailable, '']).toContain(note);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
