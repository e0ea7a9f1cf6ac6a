/**
 * Where the time goes: CPU profiles of the CLI and of the page's cleaning worker on one job,
 * summarised as the functions and the source files with the most self time.
 *
 *   npx tsx bench/profile.ts [--size 1m|1m-spread] [--list plain] [--job default|flags] [--tools cli,browser] [--top 20]
 *
 * The CLI runs under `node --cpu-prof`; the worker is profiled over CDP in a site built without
 * minification (bench/astro-profile.config.mjs, into bench/data/site-profile), so both show
 * our function names. The .cpuprofile files land in bench/data/out/profiles/ (open them in
 * Chrome DevTools → Performance, or speedscope). A profiled run is slower than in
 * `npm run bench`: read the shares, not the seconds.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR, JOB_KINDS, LIST_KINDS, OUT_DIR } from './dataset';
import { ensureDataset } from './generate';
import { jobName, runMeasured, type Job } from './measure';
import { buildSiteIfStale, clickClean, openPreparedPage, startSiteBrowser, waitForOutcome } from './tools/browser';
import { cliArgs } from './tools/cli';

const PROFILE_DIR = join(OUT_DIR, 'profiles');
const PROFILE_SITE = join(DATA_DIR, 'site-profile');

/** The parts of V8's CPU profile format (`.cpuprofile`) read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
}

/** `file:///work/main/src/lib/x.ts` → `src/lib/x.ts`; `http://127.0.0.1:1234/_astro/w.js` → `_astro/w.js`. */
function shortUrl(url: string): string {
  if (url.startsWith('file://')) return relative(process.cwd(), new URL(url).pathname);
  if (url.startsWith('http')) return new URL(url).pathname.slice(1);
  return url;
}

/** Self time in ms per key, where `keyOf` names a profile node (a function, a file). */
function selfTime(profile: CpuProfile, keyOf: (node: CpuProfile['nodes'][number]) => string): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  // Sample i lasts until sample i + 1 (the convention of Chrome DevTools).
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const key = keyOf(byId.get(profile.samples[i]!)!);
    totals.set(key, (totals.get(key) ?? 0) + profile.timeDeltas[i + 1]! / 1000);
  }
  return totals;
}

/** The `top` largest entries of `totals` as aligned lines, with their share of `all`. */
function topLines(totals: Map<string, number>, top: number): string[] {
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${key}`);
}

/** The top functions and files by self time, as text. */
export function summariseProfile(profile: CpuProfile, top: number): string {
  // Line numbers are left out: tsx's and Vite's output lines are not the source's.
  const functionKey = ({ callFrame: f }: CpuProfile['nodes'][number]) =>
    f.url === '' ? f.functionName || '(native code)' : `${f.functionName || '(anonymous)'}  ${shortUrl(f.url)}`;
  const fileKey = ({ callFrame: f }: CpuProfile['nodes'][number]) => (f.url === '' ? f.functionName || '(native code)' : shortUrl(f.url));
  const sampledMs = selfTime(profile, () => 'all').get('all') ?? 0;
  return [
    `  ${(sampledMs / 1000).toFixed(2)} s sampled`,
    '  self time by function:',
    ...topLines(selfTime(profile, functionKey), top),
    '  self time by file:',
    ...topLines(selfTime(profile, fileKey), Math.min(top, 12)),
  ].join('\n');
}

/** Profiles `coldkit clean` with `node --cpu-prof`; returns the main thread's profile file. */
async function profileCli(job: Job): Promise<string> {
  const dir = mkdtempSync(join(PROFILE_DIR, 'cli-'));
  try {
    const run = await runMeasured(['--cpu-prof', '--cpu-prof-dir', dir, ...cliArgs(job)]);
    if (run.exitCode !== 0) throw new Error(`coldkit exited with code ${run.exitCode}: ${run.stderr.trim()}`);
    // Node writes one profile per thread (tsx's loader has its own); the main thread's is the largest.
    const [main] = readdirSync(dir)
      .map((name) => join(dir, name))
      .sort((a, b) => statSync(b).size - statSync(a).size);
    const target = join(PROFILE_DIR, `cli-${job.dataset.name}-${job.list}-${job.kind}.cpuprofile`);
    renameSync(main!, target);
    return target;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Keeps the page from terminating its workers until `__releaseWorkers()` is called: the
 * cleaning worker is terminated as soon as it has posted its result, and its profile with it.
 */
const HOLD_WORKERS = `(() => {
  const terminate = Worker.prototype.terminate;
  const held = [];
  Worker.prototype.terminate = function () { held.push(this); };
  window.__releaseWorkers = () => { Worker.prototype.terminate = terminate; for (const w of held.splice(0)) terminate.call(w); };
})()`;

/** Profiles the page's cleaning worker from the click to the summary; returns the profile file. */
async function profileBrowser(job: Job): Promise<string> {
  await buildSiteIfStale(console.log, PROFILE_SITE, 'bench/astro-profile.config.mjs');
  const site = await startSiteBrowser(PROFILE_SITE);
  try {
    const { page, workers } = await openPreparedPage(site.browser, site.url, job);
    await page.evaluate(HOLD_WORKERS);
    const attached = workers.nextWorker();
    await clickClean(page);
    await attached;
    await workers.send('Profiler.enable');
    await workers.send('Profiler.start');
    await waitForOutcome(page, job);
    const { profile } = await workers.send<{ profile: CpuProfile }>('Profiler.stop');
    await page.evaluate('window.__releaseWorkers()');
    const target = join(PROFILE_DIR, `browser-worker-${job.dataset.name}-${job.list}-${job.kind}.cpuprofile`);
    writeFileSync(target, JSON.stringify(profile));
    return target;
  } finally {
    await site.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1m' },
      list: { type: 'string', default: 'plain' },
      job: { type: 'string', default: 'default' },
      tools: { type: 'string', default: 'cli,browser' },
      top: { type: 'string', default: '20' },
    },
  });
  const list = LIST_KINDS.find((k) => k === values.list);
  if (!list) throw new Error(`--list takes ${LIST_KINDS.join(' or ')}`);
  const kind = JOB_KINDS.find((k) => k === values.job);
  if (!kind) throw new Error(`--job takes ${JOB_KINDS.join(' or ')}`);
  const job: Job = { dataset: await ensureDataset(values.size), list, kind };
  mkdirSync(PROFILE_DIR, { recursive: true });
  const profilers = { cli: profileCli, browser: profileBrowser };
  for (const tool of values.tools.split(',')) {
    const profiler = profilers[tool as keyof typeof profilers];
    if (!profiler) throw new Error(`--tools takes cli and browser; got "${tool}"`);
    const file = await profiler(job);
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    console.log(`\n${tool}, ${jobName(job)} (${file}):\n${summariseProfile(profile, Number(values.top))}`);
  }
}

await main();
