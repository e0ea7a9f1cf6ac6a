/**
 * `npm run bench`: the list cleaner against DuckDB, in the CLI and in the browser, on the same
 * generated files. See bench/README.md for what is measured and how.
 *
 *   npm run bench [-- --sizes 100k,1m,5m] [--shapes teams,spread] [--jobs default,flags]
 *                 [--lists plain,sha256] [--tools duckdb,cli,browser] [--repeat N] [--site DIR] [--force]
 *
 * Prints the table, the checks and the targets, writes bench/RESULTS.md, and exits
 * with 1 when a run failed or the tools disagree (a MISMATCH line says where).
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { version as duckDbVersion } from '@duckdb/node-api';
import { checkResults } from './checks';
import { DEFAULT_SIZES, JOB_KINDS, LIST_KINDS, OUT_DIR, SHAPES, datasetName, parseSize, type Dataset, type JobKind, type ListKind, type Shape } from './dataset';
import { ensureDataset } from './generate';
import { TOOLS, jobName, outputPath, runMeasured, unavailable, type Job, type Measurement, type Runner, type Tool } from './measure';
import { BUSY_SHARE, OthersCpuMonitor } from './machine-load';
import { JOB_TITLES, describeCode, describeMachine, evaluateTargets, keptNotes, resultsMarkdown, tableRows, textTable, textTargets, type DedupMeasurement } from './report';
import type { DedupReport } from './tools/dedup-job';
import { SITE_DIR, browserRunner, buildSiteIfStale } from './tools/browser';
import { cliRunner } from './tools/cli';
import { duckDbRunner } from './tools/duckdb';

const RESULTS = 'bench/RESULTS.md';

interface Options {
  sizes: string[];
  /** List shapes: ~8 people per company (`1m`), one contact per company (`1m-spread`). */
  shapes: Shape[];
  /** The default options (headline) and `--no-canonical --keep-disposable`. */
  jobs: JobKind[];
  lists: ListKind[];
  tools: Tool[];
  /** Runs per job; the run with the median wall time is reported. */
  repeat: number;
  /** A built site to serve instead of building one into bench/data/site. */
  site: string | null;
  force: boolean;
  /** Distinct keys for the dedup job (0: not run). */
  dedupKeys: number;
}

/** A comma-separated option, each item checked against `allowed`. */
function listOption<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T[] {
  if (value === undefined) return [...allowed];
  return value.split(',').map((item) => {
    if (!allowed.includes(item as T)) throw new Error(`--${name} takes ${allowed.join(', ')}; got "${item}"`);
    return item as T;
  });
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      shapes: { type: 'string' },
      jobs: { type: 'string' },
      lists: { type: 'string' },
      tools: { type: 'string' },
      repeat: { type: 'string', default: '1' },
      site: { type: 'string' },
      force: { type: 'boolean', default: false },
      'dedup-keys': { type: 'string', default: '20m' },
    },
  });
  return {
    sizes: values.sizes?.split(',') ?? DEFAULT_SIZES,
    shapes: listOption(values.shapes, SHAPES, 'shapes'),
    jobs: listOption(values.jobs, JOB_KINDS, 'jobs'),
    lists: listOption(values.lists, LIST_KINDS, 'lists'),
    tools: listOption(values.tools, TOOLS, 'tools'),
    repeat: Math.max(1, Number.parseInt(values.repeat, 10) || 1),
    site: values.site ?? null,
    force: values.force,
    dedupKeys: values['dedup-keys'] === '0' ? 0 : parseSize(values['dedup-keys']),
  };
}

/** Runs tools/dedup-job.ts in its own process (its peak RSS is the index's, plus Node's). */
async function measureDedup(keys: number): Promise<DedupMeasurement> {
  try {
    const run = await runMeasured(['--import', 'tsx', 'bench/tools/dedup-job.ts', String(keys)]);
    if (run.exitCode !== 0) throw new Error(`dedup-job exited with code ${run.exitCode}: ${run.stderr.trim()}`);
    return { requested: keys, ...(JSON.parse(run.stdout) as DedupReport), maxRss: run.maxRss };
  } catch (error) {
    return { requested: keys, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Reads files once so that no tool is timed on a cold disk cache. */
async function warmCache(dataset: Dataset): Promise<void> {
  for (const path of [dataset.leads, ...Object.values(dataset.suppression)]) {
    for await (const _chunk of createReadStream(path, { highWaterMark: 1 << 20 }));
  }
}

/** One progress line per run, as the bench goes. */
function describe(m: Measurement): string {
  const what = `${m.tool.padEnd(7)} ${jobName(m.job).padEnd(26)}`;
  if (m.error !== undefined) return `${what} FAILED: ${m.error}`;
  const load = m.othersCpu === undefined ? '' : `, others' CPU ${(100 * m.othersCpu).toFixed(0)}%`;
  return `${what} ${(m.wallMs! / 1000).toFixed(2).padStart(7)} s, kept ${m.kept?.toLocaleString('en')}${load}`;
}

/**
 * Runs `job` `repeat` times and returns the run with the median wall time (a busy neighbour
 * slows some runs, never speeds one up), or the first failure.
 */
async function measure(runner: Runner, job: Job, repeat: number): Promise<Measurement> {
  const runs: Measurement[] = [];
  const monitor = OthersCpuMonitor.start(500);
  for (let i = 0; i < repeat; i++) {
    // Every run writes new files: replacing the last run's would time the file system freeing
    // them (~0.1 s for 150 MB here), which is no part of the tool's work.
    for (const kind of ['cleaned', 'removed'] as const) rmSync(outputPath(runner.tool, job, kind), { force: true });
    const m = await runner.run(job);
    if (m.error !== undefined) {
      monitor?.stop();
      return m;
    }
    runs.push(m);
  }
  // What others took of the CPU while this job's runs went on (all of them, not only the median's).
  const othersCpu = monitor?.stop();
  runs.sort((a, b) => a.wallMs! - b.wallMs!);
  return { ...runs[Math.floor((runs.length - 1) / 2)]!, othersCpu };
}

/** Starts the runners `tools` asks for, in TOOLS order; the browser's also gives its version. */
async function startRunners(options: Options): Promise<{ runners: Runner[]; chromium?: string }> {
  const runners: Runner[] = [];
  let chromium: string | undefined;
  for (const tool of TOOLS.filter((t) => options.tools.includes(t))) {
    if (tool === 'duckdb') runners.push(duckDbRunner());
    if (tool === 'cli') runners.push(await cliRunner());
    if (tool === 'browser') {
      try {
        if (options.site === null) await buildSiteIfStale(console.log);
        const runner = await browserRunner(options.site ?? SITE_DIR);
        chromium = runner.version;
        runners.push(runner);
      } catch (error) {
        // No site or no Chromium: the other tools still run, and the browser's rows say why.
        runners.push(unavailable('browser', error));
      }
    }
  }
  return { runners, chromium };
}

async function main(): Promise<number> {
  const options = readOptions();
  const started = new Date();
  const othersMonitor = OthersCpuMonitor.start();
  const codeAtStart = describeCode();
  if (os.loadavg()[0]! > os.availableParallelism() / 2) console.log(`warning: the machine is busy (load average ${os.loadavg()[0]!.toFixed(2)}); the times will be skewed`);
  const datasets: Dataset[] = [];
  for (const size of options.sizes) {
    for (const shape of options.shapes) datasets.push(await ensureDataset(datasetName(size, shape), { force: options.force }));
  }
  mkdirSync(OUT_DIR, { recursive: true });

  const { runners, chromium } = await startRunners(options);
  const measurements: Measurement[] = [];
  try {
    for (const dataset of datasets) {
      await warmCache(dataset);
      for (const list of options.lists) {
        for (const kind of options.jobs) {
          for (const runner of runners) {
            const m = await measure(runner, { dataset, list, kind }, options.repeat);
            console.log(describe(m));
            measurements.push(m);
          }
        }
      }
    }
  } finally {
    for (const runner of runners) await runner.close();
  }

  const checks = await checkResults(measurements);
  let dedup: DedupMeasurement | null = null;
  if (options.dedupKeys > 0) {
    dedup = await measureDedup(options.dedupKeys);
    console.log(dedup.error ?? `dedup   ${options.dedupKeys.toLocaleString('en-US')} keys  ${((dedup.insertMs ?? 0) / 1000).toFixed(2)} s, ${dedup.verified ? 'verified' : 'LOOKUPS WRONG'}`);
  }
  const othersCpu = othersMonitor?.stop() ?? null;
  const targets = evaluateTargets(measurements, checks, dedup);
  for (const kind of options.jobs) console.log(`\n${JOB_TITLES[kind]}:\n${textTable(tableRows(measurements, kind))}`);
  console.log('');
  for (const check of checks) console.log(`${check.ok ? 'ok      ' : 'MISMATCH'}  ${check.what}: ${check.detail}`);
  console.log(`\n${textTargets(targets)}`);

  const machine = describeMachine({ chromium, duckdb: options.tools.includes('duckdb') ? `DuckDB ${duckDbVersion()}` : undefined });
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const notes = existsSync(RESULTS) ? keptNotes(readFileSync(RESULTS, 'utf8')) : '';
  writeFileSync(RESULTS, resultsMarkdown({ command, date: started, codeAtStart, othersCpu, machine, measurements, checks, targets }, notes));
  if (codeAtStart !== machine.code) console.log(`warning: the code changed during the run (${codeAtStart} → ${machine.code})`);
  if (othersCpu !== null && othersCpu > BUSY_SHARE) console.log(`warning: other processes used ${(100 * othersCpu).toFixed(0)}% of the CPU during the run; the times are skewed`);
  console.log(`\nwrote ${RESULTS}`);
  return checks.every((c) => c.ok) ? 0 : 1;
}

process.exitCode = await main();
