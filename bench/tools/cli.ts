/**
 * The CLI runner: `node bin/coldkit.js clean …` as a user runs it, in its own process, timed
 * from spawn to exit (Node's startup included) with its peak RSS.
 */
import type { CleanSummary } from '../../src/lib/clean/options';
import { failure, outputPath, runMeasured, type Job, type Measurement, type Runner } from '../measure';

/** The flags job's options: no canonical mailboxes, disposable domains kept (see duckdb-job.ts). */
export const FLAGS_JOB = ['--no-canonical', '--keep-disposable'];

/** The command line for `job` (the default job: no options); profile.ts adds Node flags in front of it. */
export function cliArgs(job: Job): string[] {
  return [
    'bin/coldkit.js', 'clean', job.dataset.leads,
    '--suppress', job.dataset.suppression[job.list],
    '--out', outputPath('cli', job),
    '--report', outputPath('cli', job, 'removed'),
    '--json', ...(job.kind === 'flags' ? FLAGS_JOB : []),
  ];
}

async function runCli(job: Job, startupMs: number): Promise<Measurement> {
  const run = await runMeasured(cliArgs(job));
  if (run.exitCode !== 0) throw new Error(`coldkit exited with code ${run.exitCode}: ${run.stderr.trim()}`);
  const summary = JSON.parse(run.stdout) as CleanSummary;
  return {
    tool: 'cli',
    job,
    rowsIn: summary.input.rows,
    kept: summary.kept,
    wallMs: run.wallMs,
    maxRss: run.maxRss,
    output: outputPath('cli', job),
    note: `includes ${(startupMs / 1000).toFixed(2)} s of startup (coldkit --help)`,
  };
}

/** Measures the CLI's startup once (`coldkit --help`), then runs jobs. */
export async function cliRunner(): Promise<Runner> {
  const startup = await runMeasured(['bin/coldkit.js', '--help']);
  return {
    tool: 'cli',
    run: (job) => runCli(job, startup.wallMs).catch((error: unknown) => failure('cli', job, error)),
    close: async () => {},
  };
}
