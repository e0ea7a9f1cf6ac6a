import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, watchPage, type PageLog } from './browser';

/**
 * What the e2e test files share to open the site and check a page: one browser per file, a page
 * or a tool opened the same way everywhere, the axe scan and the sideways-scroll measure.
 */

/**
 * Launches Chromium before the tests of the calling file and closes it after them. Call it at
 * the top level of a test file; the returned function gives the browser while the tests run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running: call useBrowser() at the top level of the test file.');
    return browser;
  };
}

/** A page of the site as `openPage` opened it. */
export interface OpenedPage {
  page: Page;
  /** What the page did from before it loaded. */
  log: PageLog;
  /** The HTTP status of the page's document. */
  status: number | undefined;
}

/**
 * Opens `url` in a new page of `browser` and waits until the network is idle: in Chromium's
 * default 1280×720 window, or `width`×900 px when `width` is given.
 */
export async function openPage(browser: Browser, url: string, width?: number): Promise<OpenedPage> {
  const page = await browser.newPage(width === undefined ? {} : { viewport: { width, height: 900 } });
  const log = watchPage(page);
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  return { page, log, status: response?.status() };
}

/** How a tool page is opened. */
export interface ToolOptions {
  /** The window's width, 900 px tall (Chromium's default 1280×720 when not given). */
  width?: number;
  /** The colour scheme the browser reports to the page. */
  colorScheme?: 'light' | 'dark';
  /** Starlight's theme, saved in the page's storage before it loads. */
  theme?: 'light' | 'dark';
  /** Items saved in the page's `localStorage` before it loads, e.g. a campaign planner record. */
  storage?: Record<string, string>;
  /** Lets the page read and write the clipboard. */
  clipboard?: boolean;
  /** What shows once the island can be used; waited for after the network is idle. */
  ready?: (page: Page) => Locator;
}

/** A tool page as `openTool` opened it. */
export interface OpenedTool {
  /** The page's own browser context (fresh storage); close it when done. */
  context: BrowserContext;
  page: Page;
  /** What the page did from before it loaded: its requests, console errors and page errors. */
  log: PageLog;
  /** Console warnings from before the page loaded (React's hydration warnings among them). */
  warnings: string[];
}

/**
 * Opens a tool page at `url` in a fresh browser context (nothing saved from an earlier test),
 * waits until the network is idle and then for `ready`.
 */
export async function openTool(browser: Browser, url: string, options: ToolOptions = {}): Promise<OpenedTool> {
  const { width, colorScheme, theme, storage = {}, clipboard = false, ready } = options;
  const context = await browser.newContext({
    acceptDownloads: true,
    ...(width === undefined ? {} : { viewport: { width, height: 900 } }),
    ...(colorScheme === undefined ? {} : { colorScheme }),
  });
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  const saved = { ...(theme === undefined ? {} : { 'starlight-theme': theme }), ...storage };
  if (Object.keys(saved).length > 0) {
    await page.addInitScript((items) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    }, saved);
  }
  const log = watchPage(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (ready) await ready(page).waitFor();
  return { context, page, log, warnings };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The serious and critical axe violations in the page, or in the element `root` selects, each as
 * "rule (impact): the first three elements at fault". Injects axe-core on each call.
 */
export async function axeViolations(page: Page, root?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const context = selector === null ? document : document.querySelector(selector);
    if (!context) throw new Error(`axeViolations: nothing on the page matches ${selector}`);
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(context, { resultTypes: ['violations'] });
    return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, root ?? null);
}

/**
 * How far the page reaches past the window's right edge, in CSS pixels: 0 or less when nothing
 * scrolls sideways. (The scrollbars of headless Chromium overlay the page, so the window's
 * inner width and the document's client width are the same there.)
 */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
