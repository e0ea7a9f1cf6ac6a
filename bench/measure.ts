/**
 * What every runner measures, and the helpers they share: running a Node process while taking
 * its wall time and peak RSS, and comparing output files.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUT_DIR, type Dataset, type JobKind, type ListKind } from './dataset';

/** The three ways of doing the job, in the order they run. */
export const TOOLS = ['duckdb', 'cli', 'browser'] as const;
export type Tool = (typeof TOOLS)[number];

/** One measurement to take: a data set cleaned against one of its suppression lists, with the default options or the flags. */
export interface Job {
  dataset: Dataset;
  list: ListKind;
  kind: JobKind;
}

/** `1m-spread plain default`: how a job is named in lines and checks. */
export function jobName(job: Job): string {
  return `${job.dataset.name} ${job.list} ${job.kind}`;
}

/** The number of rows a correct cleaner keeps in `job`. */
export function expectedKept(job: Job): number {
  return job.dataset.expectedKept[job.kind][job.list];
}

/** What one tool did on one job. Fields a tool cannot measure are left out. */
export interface Measurement {
  tool: Tool;
  job: Job;
  /** Data rows the tool read (DuckDB does not count them: the data set's row count is used). */
  rowsIn?: number;
  kept?: number;
  wallMs?: number;
  /** Peak resident set size of the process, in bytes (CLI, DuckDB). */
  maxRss?: number;
  /** Largest JS heap of the cleaning worker, in bytes (browser). */
  workerHeap?: number;
  /** Longest main-thread task while the page cleaned, in ms (browser; 0 = none over 50 ms). */
  longestTaskMs?: number;
  /**
   * Progress bar updates per second, the longest wait between two updates (or the click and the
   * first update, or the last update and the summary), and what the bar showed during it (browser).
   */
  progress?: { perSecond: number; longestGapMs: number; longestGapAfter: string };
  /** The cleaned list the tool wrote. */
  output?: string;
  /** Share of the machine's CPU (0–1) other processes used while this job ran (all its repeats). */
  othersCpu?: number;
  /** Anything worth printing next to the numbers, e.g. DuckDB's thread count. */
  note?: string;
  /** Set when the run failed; the other fields may be missing. */
  error?: string;
}

/** A tool that can run jobs; `close` frees what it holds (a browser, a server). */
export interface Runner {
  tool: Tool;
  run(job: Job): Promise<Measurement>;
  close(): Promise<void>;
}

/** Where `tool` writes the cleaned list of `job`: `bench/data/out/cli-1m-plain-default.cleaned.csv`. */
export function outputPath(tool: Tool, job: Job, kind: 'cleaned' | 'removed' = 'cleaned'): string {
  return join(OUT_DIR, `${tool}-${job.dataset.name}-${job.list}-${job.kind}.${kind}.csv`);
}

/** The measurement of a run that threw. */
export function failure(tool: Tool, job: Job, error: unknown): Measurement {
  return { tool, job, error: error instanceof Error ? error.message : String(error) };
}

/** A runner that could not start (no Chromium, say): each of its jobs fails with `error`. */
export function unavailable(tool: Tool, error: unknown): Runner {
  return { tool, run: async (job) => failure(tool, job, error), close: async () => {} };
}

/** What {@link runMeasured} saw of a process. */
export interface ProcessRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** From spawn to exit, in ms: what a user waiting for the command sees. */
  wallMs: number;
  /** Peak RSS in bytes, or undefined if the process died before it could report it. */
  maxRss?: number;
}

/**
 * Runs `node [nodeArgs…]` with bench/max-rss.mjs preloaded and returns its output, its wall time
 * and its peak RSS. Output is collected in memory, so it is for commands that print little.
 */
export async function runMeasured(nodeArgs: string[], { timeoutMs = 30 * 60_000 } = {}): Promise<ProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), 'coldkit-bench-'));
  const rssFile = join(dir, 'max-rss');
  try {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', './bench/max-rss.mjs', ...nodeArgs], {
      env: { ...process.env, BENCH_MAX_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const exitCode = await new Promise<number | null>((done, fail) => {
      child.on('error', fail);
      child.on('close', (code) => done(code));
    });
    const wallMs = performance.now() - started;
    let maxRss: number | undefined;
    try {
      maxRss = Number(readFileSync(rssFile, 'utf8')) * 1024;
    } catch {
      // Killed or crashed before its exit handler ran: no figure.
    }
    return { exitCode, stdout, stderr, wallMs, maxRss };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** SHA-256 of a file's bytes, streamed (outputs of a 5M-row run are most of a gigabyte). */
export async function fileDigest(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
