import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchPage } from './browser';
import { cleanSampleList, searchFinds } from './journeys';
import { cachedUrls, waitForOfflineCopy } from './offline-copy';
import { parseHeadersFile, serveStatic } from './static-server';

const VITEST_ENV = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);

/** The site built with `BASE_PATH=/kit`, as `npm run build` builds it, into a temporary directory. */
async function buildUnderKit(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'coldkit-kit-'));
  // The environment of a shell, not of this test runner: Vitest sets NODE_ENV, MODE, DEV, PROD…,
  // which would make Astro build a development site (no search). BASE_URL stays, to prove
  // astro.config.mjs ignores an inherited one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.has(name) && !name.startsWith('VITEST')));
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...env, BASE_PATH: '/kit' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`BASE_PATH=/kit astro build failed (exit ${code}):\n${output}`);
  return outDir;
}

let dist: string;
let server: Server;
let origin: string;
let site: string;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  [dist, browser] = await Promise.all([buildUnderKit(), launchBrowser()]);
  ({ url: site, server } = await serveStatic(dist, { prefix: '/kit' }));
  origin = new URL(site).origin;
  context = await browser.newContext();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** The same-origin links of the page, without their #fragment. */
async function linksOf(page: Page): Promise<string[]> {
  // getAttribute, not .href: the country map's links are SVG <a> elements.
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
  return hrefs.filter((href) => href.startsWith(`${origin}/`)).map((href) => href.split('#')[0]!);
}

describe('the site built with BASE_PATH=/kit, served from /kit/', () => {
  it('loads every page reachable from the home page, and no request or link leaves /kit/', async () => {
    const page = await context.newPage();
    const seen = new Set([`${site}/`]);
    const queue = [`${site}/`];
    for (let url = queue.shift(); url; url = queue.shift()) {
      if (!url.endsWith('/')) {
        // A file the site links to (the opt-out phrase list): fetched, not opened as a page.
        expect((await page.request.get(url)).status(), url).toBe(200);
        continue;
      }
      const log = watchPage(page);
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      expect(response?.status(), url).toBe(200);
      expect(log.errors, url).toEqual([]);
      expect(log.requests.filter((r) => !r.startsWith(`${site}/`) && !r.startsWith('blob:') && !r.startsWith('data:')), url).toEqual([]);
      page.removeAllListeners();
      for (const link of await linksOf(page)) {
        expect(link, `a link on ${url}`).toMatch(new RegExp(`^${site}/`));
        if (seen.has(link)) continue;
        seen.add(link);
        queue.push(link);
      }
    }
    // The home page, the why page, five steps, four tools, the reference pages, at least.
    expect(seen.size).toBeGreaterThanOrEqual(14);
    await page.close();
  }, 180_000);

  it('keeps the links of the "not found" page under /kit/', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${site}/no-such-page/`);
    expect(response?.status()).toBe(404);
    const links = await linksOf(page);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(new RegExp(`^${site}/`));
    await page.close();
  });

  it('cleans the sample list', async () => {
    const page = await context.newPage();
    await expect(cleanSampleList(page, site)).resolves.toContain('18 rows: 8 kept, 10 removed');
    await page.close();
  });

  it('finds pages with the site search, linked under /kit/', async () => {
    const page = await context.newPage();
    await page.goto(`${site}/`);
    await searchFinds(page, 'legitimate interest', '/kit/playbook/legitimate-interest/');
    await page.close();
  });

  it('installs as an app under /kit/: manifest, icons and service worker scope', async () => {
    const page = await context.newPage();
    await page.goto(`${site}/`);
    await waitForOfflineCopy(page);
    await expect(page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).resolves.toBe(`${site}/`);
    const manifestUrl = await page.locator('link[rel="manifest"]').evaluate((link) => (link as HTMLLinkElement).href);
    expect(manifestUrl).toBe(`${site}/manifest.webmanifest`);
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
    const resolved = (path: string) => new URL(path, manifestUrl).href;
    expect([manifest.start_url, manifest.scope, manifest.id].map(resolved)).toEqual([`${site}/`, `${site}/`, `${site}/`]);
    for (const icon of manifest.icons as { src: string }[]) {
      const response = await page.request.get(resolved(icon.src));
      expect(response.status(), icon.src).toBe(200);
      expect(resolved(icon.src)).toMatch(new RegExp(`^${site}/icons/`));
    }
    for (const url of await cachedUrls(page)) expect(url).toMatch(new RegExp(`^${site}/`));
    await page.close();
  });

  it('writes _headers for paths under /kit/', () => {
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    expect(rules.map((rule) => rule.path)).toEqual(['/kit/*', '/kit/sw.js', '/kit/_astro/*']);
  });
});
