/**
 * Turning measurements into the table printed by `npm run bench`, the issue's targets with
 * met / not met, and bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import type { Check } from './checks';
import { JOB_KINDS, SHAPES, datasetName, type JobKind, type ListKind } from './dataset';
import { BUSY_SHARE } from './machine-load';
import type { Measurement, Tool } from './measure';

const MB = 1e6;

// ---------------------------------------------------------------------------------------------
// The table

const HEADINGS = ['Tool', 'List', 'Data set', 'Rows in', 'Kept', 'Wall s', 'MB/s', 'Rows/s', 'Peak memory', 'Longest task', 'Progress', '× DuckDB', 'Others’ CPU'];
/** Columns printed right-aligned in the terminal (numbers). */
const NUMERIC = new Set([3, 4, 5, 6, 7, 11, 12]);

/** The successful measurement of `tool` on data set `name` with `list` in job `kind`, if any. */
function find(measurements: readonly Measurement[], tool: Tool, name: string, list: ListKind, kind: JobKind): Measurement | undefined {
  return measurements.find((m) => m.tool === tool && m.job.dataset.name === name && m.job.list === list && m.job.kind === kind && m.error === undefined);
}

function ratioToDuckDb(m: Measurement, measurements: readonly Measurement[]): number | undefined {
  const reference = find(measurements, 'duckdb', m.job.dataset.name, m.job.list, m.job.kind);
  return reference?.wallMs && m.wallMs !== undefined ? m.wallMs / reference.wallMs : undefined;
}

const count = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString('en'));
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

function peakMemory(m: Measurement): string {
  if (m.maxRss !== undefined) return `RSS ${megabytes(m.maxRss)}`;
  if (m.workerHeap !== undefined) return `worker heap ${megabytes(m.workerHeap)}`;
  return 'n/a';
}

function tableRow(m: Measurement, measurements: readonly Measurement[]): string[] {
  const base = [m.tool, m.job.list, m.job.dataset.name];
  if (m.error !== undefined || m.wallMs === undefined) return [...base, count(m.job.dataset.rows), 'FAILED', '', '', '', '', '', '', '', ''];
  const seconds = m.wallMs / 1000;
  const ratio = ratioToDuckDb(m, measurements);
  return [
    ...base,
    count(m.rowsIn),
    count(m.kept),
    seconds.toFixed(2),
    (m.job.dataset.bytes / MB / seconds).toFixed(1),
    count(Math.round(m.job.dataset.rows / seconds)),
    peakMemory(m),
    m.longestTaskMs === undefined ? '' : m.longestTaskMs === 0 ? '< 50 ms' : `${m.longestTaskMs.toFixed(0)} ms`,
    m.progress ? `${m.progress.perSecond.toFixed(1)}/s, max gap ${m.progress.longestGapMs.toFixed(0)} ms` : '',
    ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
    m.othersCpu === undefined ? '' : `${(100 * m.othersCpu).toFixed(0)}%${m.othersCpu > BUSY_SHARE ? ' (busy)' : ''}`,
  ];
}

/** The rows of the results table of job `kind` (without headings), in run order. */
export function tableRows(measurements: readonly Measurement[], kind: JobKind): string[][] {
  return measurements.filter((m) => m.job.kind === kind).map((m) => tableRow(m, measurements));
}

/** What each job is, as the tables' titles say it. */
export const JOB_TITLES: Record<JobKind, string> = {
  default: 'Default options (the headline: what users run)',
  flags: 'With `--no-canonical --keep-disposable` (the page with those boxes unticked)',
};

/** The table for a terminal: padded columns, numbers right-aligned. */
export function textTable(rows: readonly string[][]): string {
  const all = [HEADINGS, ...rows];
  const widths = HEADINGS.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => (NUMERIC.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(HEADINGS), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A Markdown table. */
export function markdownTable(headings: readonly string[], rows: readonly string[][]): string {
  const line = (r: readonly string[]) => `| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The targets (issue 7, part 2; issue 17, part 3), judged on the default job at 1M rows

/** The size the speed and memory targets are stated for. */
const TARGET_SIZE = '1m';
/** The job the targets are judged on: the default options. */
const TARGET_JOB: JobKind = 'default';

export interface TargetResult {
  goal: string;
  measured: string;
  /** null: not measured in this run. */
  met: boolean | null;
}

const seconds = (m: Measurement) => `${(m.wallMs! / 1000).toFixed(2)} s`;

/** A time ratio target: `m` at most `limit` × `reference`; not judged when either ran on a busy machine. */
function ratioTarget(goal: string, m: Measurement | undefined, reference: Measurement | undefined, limit: number): TargetResult {
  if (!m || !reference) return { goal, measured: 'not measured', met: null };
  const ratio = m.wallMs! / reference.wallMs!;
  return unlessBusy({ goal, measured: `${seconds(m)} vs ${seconds(reference)}: ${ratio.toFixed(2)}×`, met: ratio <= limit }, m, reference);
}

/** `result`, or the same left unjudged when a run it rests on had others over BUSY_SHARE of the CPU. */
function unlessBusy(result: TargetResult, ...runs: Measurement[]): TargetResult {
  const busiest = Math.max(0, ...runs.map((m) => m.othersCpu ?? 0));
  if (busiest <= BUSY_SHARE) return result;
  return { ...result, measured: `${result.measured} (others used ${(100 * busiest).toFixed(0)}% of the CPU: not judged)`, met: null };
}

/** A run completed with the right count for every list and job of the data sets of `size`, in `tool`. */
function completes(goal: string, measurements: readonly Measurement[], tool: Tool, size: string, checks: readonly Check[]): TargetResult {
  const names = new Set(SHAPES.map((shape) => datasetName(size, shape)));
  const runs = measurements.filter((m) => m.tool === tool && names.has(m.job.dataset.name));
  if (runs.length === 0) return { goal, measured: `not measured (run with --sizes ${size})`, met: null };
  const failed = runs.find((m) => m.error !== undefined);
  if (failed) return { goal, measured: `failed: ${failed.error}`, met: false };
  const countsOk = checks.filter((c) => names.has(c.what.split(' ')[0]!) && c.what.endsWith('kept counts')).every((c) => c.ok);
  const peak = runs.map((m) => (m.maxRss ?? m.workerHeap ?? 0) / MB);
  const slowest = runs.reduce((a, m) => (m.wallMs! > a.wallMs! ? m : a));
  return { goal, measured: `${runs.length} runs, slowest ${seconds(slowest)} (${slowest.job.dataset.name} ${slowest.job.list} ${slowest.job.kind}); peak ${Math.max(...peak).toFixed(0)} MB${countsOk ? '' : '; wrong counts'}`, met: countsOk };
}

/** Checks whose name contains `fragment` all passed (null when there are none). */
function checksTarget(goal: string, checks: readonly Check[], fragment: string, missing: string): TargetResult {
  const matching = checks.filter((c) => c.what.includes(fragment));
  if (matching.length === 0) return { goal, measured: missing, met: null };
  const failed = matching.filter((c) => !c.ok);
  return { goal, measured: failed.length === 0 ? `${matching.length} of ${matching.length} checks pass` : failed.map((c) => `${c.what}: ${c.detail}`).join('; '), met: failed.length === 0 };
}

/** Every target of the issue, judged on these measurements. */
/** What the dedup job (tools/dedup-job.ts) measured, or why it failed. */
export interface DedupMeasurement {
  requested: number;
  keys?: number;
  insertMs?: number;
  verified?: boolean;
  mapLimit?: number;
  maxRss?: number;
  error?: string;
}

/** The target "not bounded by the 2^24-entry limit", judged on the dedup job. */
function dedupTarget(dedup: DedupMeasurement): TargetResult {
  const goal = `Dedup index beyond 2^24 keys (${dedup.requested.toLocaleString('en-US')} distinct addresses into the CLI's and page's index)`;
  if (dedup.error !== undefined || dedup.keys === undefined) return { goal, measured: `failed: ${dedup.error ?? 'no report'}`, met: false };
  const met = dedup.verified === true && dedup.keys === dedup.requested && dedup.keys > (dedup.mapLimit ?? 2 ** 24);
  const measured = `${dedup.keys.toLocaleString('en-US')} keys (a Map holds ${(dedup.mapLimit ?? 0).toLocaleString('en-US')}) in ${((dedup.insertMs ?? 0) / 1000).toFixed(1)} s, peak RSS ${((dedup.maxRss ?? 0) / MB).toFixed(0)} MB; lookups ${dedup.verified ? 'verified' : 'WRONG'}`;
  return { goal, measured, met };
}

/** The speed, memory and responsiveness targets of the default job on data set `name` (1M rows, plain list). */
function shapeTargets(measurements: readonly Measurement[], name: string, what: string): TargetResult[] {
  const at = (tool: Tool) => find(measurements, tool, name, 'plain', TARGET_JOB);
  const duckdb = at('duckdb');
  const cli = at('cli');
  const browser = at('browser');
  const on = `(defaults, ${what}, plain list)`;
  return [
    ratioTarget(`CLI wall time ≤ DuckDB’s ${on}`, cli, duckdb, 1.0),
    cli?.maxRss === undefined
      ? notMeasured(`CLI peak RSS ≤ 400 MB ${on}`)
      : unlessBusy({ goal: `CLI peak RSS ≤ 400 MB ${on}`, measured: megabytes(cli.maxRss), met: cli.maxRss <= 400 * MB }, cli),
    ratioTarget(`Browser time ≤ 1.5× DuckDB’s ${on}`, browser, duckdb, 1.5),
    browser?.longestTaskMs === undefined
      ? notMeasured(`No main-thread task > 100 ms while the page cleans ${on}`)
      : unlessBusy({ goal: `No main-thread task > 100 ms while the page cleans ${on}`, measured: browser.longestTaskMs === 0 ? 'none over 50 ms' : `longest ${browser.longestTaskMs.toFixed(0)} ms`, met: browser.longestTaskMs <= 100 }, browser),
  ];
}

const notMeasured = (goal: string): TargetResult => ({ goal, measured: 'not measured', met: null });

/** Every target, judged on these measurements: the default job at 1M rows, on both list shapes. */
export function evaluateTargets(measurements: readonly Measurement[], checks: readonly Check[], dedup: DedupMeasurement | null = null): TargetResult[] {
  const teams = datasetName(TARGET_SIZE, 'teams');
  const at = (tool: Tool, list: ListKind) => find(measurements, tool, teams, list, TARGET_JOB);
  const cli = at('cli', 'plain');
  const browser = at('browser', 'plain');
  const largest = measurements.reduce<Measurement | undefined>((a, m) => (a && a.job.dataset.rows >= m.job.dataset.rows ? a : m), undefined);

  return [
    ...shapeTargets(measurements, teams, '1M rows, ~8 people per company'),
    ...shapeTargets(measurements, datasetName(TARGET_SIZE, 'spread'), '1M rows, one contact per company'),
    browser?.progress === undefined
      ? notMeasured('Progress updated ≥ 4 times a second (longest gap ≤ 250 ms; defaults, 1M rows)')
      : unlessBusy(
          {
            goal: 'Progress updated ≥ 4 times a second (longest gap ≤ 250 ms; defaults, 1M rows)',
            measured: `${browser.progress.perSecond.toFixed(1)} updates/s, longest gap ${browser.progress.longestGapMs.toFixed(0)} ms (after ${browser.progress.longestGapAfter})`,
            met: browser.progress.longestGapMs <= 250,
          },
          browser,
        ),
    ratioTarget('CLI with the SHA-256 list ≤ 1.5× the plain-list time (defaults, 1M rows)', at('cli', 'sha256'), cli, 1.5),
    ratioTarget('Browser with the SHA-256 list ≤ 1.5× the plain-list time (defaults, 1M rows)', at('browser', 'sha256'), browser, 1.5),
    completes('5M rows complete in the CLI (no out-of-memory)', measurements, 'cli', '5m', checks),
    completes('5M rows complete in the browser (no out-of-memory)', measurements, 'browser', '5m', checks),
    checksTarget(
      'Outputs at 1M rows identical between the CLI and the browser (both shapes, both jobs)',
      checks.filter((c) => c.what.startsWith(`${TARGET_SIZE} `) || c.what.startsWith(`${TARGET_SIZE}-`)),
      'outputs identical',
      'not measured',
    ),
    checksTarget('All tools keep the rows the generator expects (every data set, list and job)', checks, 'kept counts', 'not measured'),
    dedup !== null
      ? dedupTarget(dedup)
      : largest && largest.job.dataset.rows > 2 ** 24
        ? completes('Dedup index beyond 2^24 keys (CLI)', measurements, 'cli', largest.job.dataset.name, checks)
        : notMeasured('Dedup index beyond 2^24 keys (run with --dedup-keys 20m)'),
  ];
}

const STATUS = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'NOT MET');

/** The targets for a terminal, one per line. */
export function textTargets(targets: readonly TargetResult[]): string {
  return targets.map((t) => `${STATUS(t.met).padEnd(12)}  ${t.goal}: ${t.measured}`).join('\n');
}

// ---------------------------------------------------------------------------------------------
// The machine, and RESULTS.md

export interface Machine {
  /** The code measured: commit, and whether src/ or bin/ had uncommitted changes. */
  code: string;
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  chromium?: string;
  duckdb?: string;
}

/** The commit measured, and how many files under src/ and bin/ differ from it (read-only git). */
export function describeCode(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--', 'src', 'bin').split('\n').filter(Boolean).length;
    return changed === 0 ? `commit ${commit}` : `commit ${commit} with ${changed} changed or new files under src/ and bin/`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** What this run ran on; the versions of Chromium and DuckDB come from the runs themselves. */
export function describeMachine(versions: { chromium?: string; duckdb?: string }): Machine {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    code: describeCode(),
    cpu: model.trim(),
    cores: os.availableParallelism(),
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    ...versions,
  };
}

export interface Results {
  command: string;
  date: Date;
  /** {@link describeCode} when the run started; `machine.code` is at its end. */
  codeAtStart: string;
  /** Share of the CPU other processes used during the run (null: unknown); it skews the times. */
  othersCpu: number | null;
  machine: Machine;
  measurements: readonly Measurement[];
  checks: readonly Check[];
  targets: readonly TargetResult[];
}

/** Where the hand-written notes of RESULTS.md start: every run keeps them (see {@link keptNotes}). */
export const NOTES_MARKER = '<!-- notes: every run of the benchmark keeps this section and what follows as it is -->';

/** The notes at the end of the current RESULTS.md (from {@link NOTES_MARKER} on), or ''. */
export function keptNotes(current: string): string {
  const at = current.indexOf(NOTES_MARKER);
  return at === -1 ? '' : `\n${current.slice(at)}`;
}

/** bench/RESULTS.md; `notes`: the hand-written notes to keep at its end (see {@link keptNotes}). */
export function resultsMarkdown(r: Results, notes = ''): string {
  const toolNotes = [...new Set(r.measurements.filter((m) => m.note).map((m) => `${m.tool}: ${m.note}`))];
  return `# List cleaner benchmark: results

Measured with \`${r.command}\` on ${r.date.toISOString().slice(0, 16).replace('T', ' ')} UTC. How each
tool is run and what each number means: [README.md](README.md). This file is overwritten by
every run, but for its last section, "Notes".

## Code and machine

- Code: ${r.machine.code}${r.codeAtStart === r.machine.code ? '' : ` — **the code changed during the run** (at the start: ${r.codeAtStart}), so rows may measure different code`}
- CPU: ${r.machine.cpu}, ${r.machine.cores} cores
- Memory: ${r.machine.memory}
- OS: ${r.machine.os}
- Node ${r.machine.node}${r.machine.chromium ? `, Chromium ${r.machine.chromium}` : ''}${r.machine.duckdb ? `, ${r.machine.duckdb}` : ''}
- Other processes used ${r.othersCpu === null ? 'an unknown share' : `${(100 * r.othersCpu).toFixed(0)}%`} of the CPU during the run${r.othersCpu !== null && r.othersCpu > BUSY_SHARE ? ' — **the machine was busy with other work: the times are not reliable**' : ''}

## Results

${JOB_KINDS.filter((kind) => r.measurements.some((m) => m.job.kind === kind))
  .map((kind) => `### ${JOB_TITLES[kind]}\n\n${markdownTable(HEADINGS, tableRows(r.measurements, kind))}`)
  .join('\n\n')}

Wall time: DuckDB = its one COPY statement; CLI = the whole \`coldkit clean\` process; browser =
from the click on "Clean list" to the summary. MB/s and rows/s are of the lead list. Peak memory:
max RSS of the process (DuckDB, CLI), or the largest V8 heap of the page's cleaning worker
(browser). Longest task: the longest main-thread task of the page between the click and the
summary (the Long Tasks API reports tasks over 50 ms). × DuckDB: wall time over DuckDB's on the
same data set, list and job. Others’ CPU: the share of the machine's CPU that processes outside
the bench used while that job ran (its repeats included); over ${(100 * BUSY_SHARE).toFixed(0)}% the row is marked busy and
its times are not reliable. Data sets: \`1m\` has about 8 people per company, \`1m-spread\`
one contact per company (~800k distinct domains per 1M rows).

${toolNotes.map((n) => `- ${n}`).join('\n')}

## Targets (issues 7 and 17)

${markdownTable(['Target', 'Measured', 'Status'], r.targets.map((t) => [t.goal, t.measured, STATUS(t.met)]))}

Not checked by the benchmark: the list cleaner's property tests (\`npm run test:unit\`).

## Checks

${r.checks.map((c) => `- ${c.ok ? 'ok' : '**MISMATCH**'}: ${c.what}: ${c.detail}`).join('\n')}
${notes}`;
}
