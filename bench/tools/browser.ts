/**
 * The browser runner: the built site's list cleaner page, driven in headless Chromium the way a
 * user would use it, timed from the click on "Clean list" to the summary.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/browser';
import { serveStatic } from '../../tests/e2e/static-server';
import { DATA_DIR } from '../dataset';
import { failure, outputPath, type Job, type Measurement, type Runner } from '../measure';
import { PageWorkers } from './worker-cdp';

const PAGE = '/tools/list-cleaner/';
/** Where the bench builds its own copy of the site (dist/ is left to `npm run build`). */
export const SITE_DIR = join(DATA_DIR, 'site');
const PROBE = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');

/** What page-probe.js records (times are the page's `performance.now()`). */
interface ProbeRecord {
  clickAt: number | null;
  doneAt: number | null;
  longTasks: { start: number; duration: number }[];
  /** `state` is "label|percent", e.g. "Cleaning|42". */
  progress: { at: number; state: string }[];
}

/** The newest modification time of any file under `path`. */
function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** True when the site build in `outDir` is missing or older than the sources it is built from. */
function siteIsStale(outDir: string, config: string): boolean {
  const built = join(outDir, PAGE, 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'public', 'astro.config.mjs', config, 'package.json'].filter(existsSync);
  return Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs;
}

/**
 * Builds the site into `outDir` (default {@link SITE_DIR}) with `config` when that build is
 * stale; the build log is shown only on failure.
 */
export async function buildSiteIfStale(log: (line: string) => void, outDir = SITE_DIR, config = 'astro.config.mjs'): Promise<void> {
  if (!siteIsStale(outDir, config)) return;
  log(`building the site into ${outDir}/ …`);
  const args = ['node_modules/astro/bin/astro.mjs', 'build', '--config', config, '--outDir', outDir];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`astro build failed (exit ${code}); to measure another build, pass --site DIR:\n${output}`);
}

/** Sets up the page for `job`: files loaded, detection done, options as it loads (default job) or as the CLI's flags. */
async function preparePage(page: Page, job: Job): Promise<void> {
  await page.getByLabel('Lead list').setInputFiles(job.dataset.leads);
  await page.getByLabel('Suppression list').setInputFiles([job.dataset.suppression[job.list]]);
  const emailColumn = page.getByLabel('Email column');
  await emailColumn.waitFor({ timeout: 60_000 });
  const chosen = await emailColumn.locator('option:checked').textContent();
  if (chosen !== 'Email') throw new Error(`the page picked "${chosen}" as the email column`);
  const canonical = page.getByLabel('Treat Gmail dots and +tags as one mailbox');
  const disposable = page.getByLabel('Remove disposable addresses');
  if (job.kind === 'flags') {
    // CLI: --no-canonical --keep-disposable.
    await canonical.uncheck();
    await disposable.uncheck();
  } else if (!(await canonical.isChecked()) || !(await disposable.isChecked())) {
    throw new Error('the page did not load with its default options ticked');
  }
}

/** Resolves when the summary or an error shows, rejects if the page crashes or time runs out. */
export async function waitForOutcome(page: Page, job: Job): Promise<void> {
  // Generous: a minute plus a minute per million rows.
  const timeoutMs = 60_000 + job.dataset.rows * 0.06;
  // Checked four times a second, not with a locator: Playwright polls a locator on every
  // animation frame on the page's main thread, CPU the workers need on a machine with few
  // cores. The times measured come from the page's clock (page-probe.js), not from this wait.
  const outcome = page.waitForFunction(
    () => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.includes('kept')) || document.querySelector('[role="alert"]') !== null,
    undefined,
    { polling: 250, timeout: timeoutMs },
  );
  outcome.catch(() => {}); // (a crash ends the race below first)
  let onCrash = () => {};
  const crashed = new Promise<never>((_, fail) => {
    onCrash = () => fail(new Error('the page crashed (out of memory?)'));
    page.once('crash', onCrash);
  });
  crashed.catch(() => {}); // only the race below listens
  try {
    await Promise.race([outcome, crashed]);
  } finally {
    page.off('crash', onCrash);
  }
  const alert = page.getByRole('alert');
  if ((await alert.count()) > 0) throw new Error(`the page said: ${await alert.textContent()}`);
}

/** Numbers from the summary line "1,000,000 rows: 890,371 kept, …". */
async function readSummary(page: Page): Promise<{ rowsIn: number; kept: number }> {
  const text = (await page.getByRole('status').textContent()) ?? '';
  const match = /([\d,]+) rows: ([\d,]+) kept/.exec(text);
  if (!match) throw new Error(`unexpected summary: ${text}`);
  const number = (s: string) => Number(s.replaceAll(',', ''));
  return { rowsIn: number(match[1]!), kept: number(match[2]!) };
}

/** Long tasks and progress updates between the click and the summary. */
function responsiveness(probe: ProbeRecord): Pick<Measurement, 'wallMs' | 'longestTaskMs' | 'progress'> {
  if (probe.clickAt === null || probe.doneAt === null) throw new Error('the page probe saw no click or no summary');
  const start = probe.clickAt;
  const end = probe.doneAt;
  const during = probe.longTasks.filter((t) => t.start < end && t.start + t.duration > start);
  const updates = probe.progress.filter((u) => u.at >= start && u.at <= end);
  // The waits between the click, each update and the summary; the longest one is named by
  // what the bar showed while it lasted, so a slow phase can be found.
  const shown = (state: string) => {
    const [label, percent, amount] = state.split('|');
    return `“${label} ${percent}%${amount ? `, ${amount}` : ''}”`;
  };
  const moments = [{ at: start, state: 'the click' }, ...updates.map((u) => ({ at: u.at, state: shown(u.state) })), { at: end, state: '' }];
  let longestGapMs = 0;
  let longestGapAfter = '';
  for (let i = 1; i < moments.length; i++) {
    const gap = moments[i]!.at - moments[i - 1]!.at;
    if (gap > longestGapMs) [longestGapMs, longestGapAfter] = [gap, moments[i - 1]!.state];
  }
  return {
    wallMs: end - start,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    progress: { perSecond: updates.length / ((end - start) / 1000), longestGapMs, longestGapAfter },
  };
}

/** Saves the cleaned list the page offers for download. */
async function downloadCleaned(page: Page, path: string): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download cleaned list' }).click()]);
  await download.saveAs(path);
}

/**
 * A fresh context (fresh storage) with the list cleaner page ready for `job`, "Clean list" not
 * yet clicked, and the page's workers watched over CDP.
 */
export async function openPreparedPage(browser: Browser, baseUrl: string, job: Job): Promise<{ context: BrowserContext; page: Page; workers: PageWorkers }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(baseUrl + PAGE, { waitUntil: 'networkidle' });
  await preparePage(page, job);
  return { context, page, workers: await PageWorkers.watch(context, page) };
}

/** Clicks "Clean list": the start of the timed run. */
export function clickClean(page: Page): Promise<void> {
  return page.getByRole('button', { name: 'Clean list' }).click();
}

/** One job in a fresh browser context. */
async function runInPage(browser: Browser, baseUrl: string, job: Job): Promise<Measurement> {
  let context: BrowserContext | null = null;
  try {
    const opened = await openPreparedPage(browser, baseUrl, job);
    context = opened.context;
    const { page, workers } = opened;
    await page.evaluate(PROBE);

    const heap = workers.sampleHeap(100);
    let workerHeap = 0;
    await clickClean(page);
    try {
      await waitForOutcome(page, job);
    } finally {
      workerHeap = heap.stop();
    }
    const probe = await page.evaluate<ProbeRecord>('window.__coldkitBench');
    const output = outputPath('browser', job);
    await downloadCleaned(page, output);
    return { tool: 'browser', job, ...(await readSummary(page)), ...responsiveness(probe), workerHeap, output };
  } catch (error) {
    return failure('browser', job, error);
  } finally {
    await context?.close().catch(() => {});
  }
}

/** A served site and a running Chromium. */
export interface SiteBrowser {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** Serves `siteDir` on a free local port and launches headless Chromium. */
export async function startSiteBrowser(siteDir: string): Promise<SiteBrowser> {
  const { url, server } = await serveStatic(siteDir);
  const browser = await launchBrowser();
  return {
    browser,
    url,
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** The browser runner over `siteDir`; one server and one Chromium serve every job. */
export async function browserRunner(siteDir: string): Promise<Runner & { version: string }> {
  const site = await startSiteBrowser(siteDir);
  return { tool: 'browser', version: site.browser.version(), run: (job) => runInPage(site.browser, site.url, job), close: site.close };
}
