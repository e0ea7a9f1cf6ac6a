/**
 * The DuckDB runner: duckdb-job.ts in its own process, so that its peak RSS is DuckDB's alone.
 * The time reported is the query's, measured inside that process (DuckDB has no startup worth
 * counting; its CLI would start in milliseconds).
 */
import { failure, outputPath, runMeasured, type Job, type Measurement, type Runner } from '../measure';

/** What duckdb-job.ts prints. */
interface JobReport {
  kept: number;
  queryMs: number;
  threads: number;
}

async function runDuckDb(job: Job): Promise<Measurement> {
  const output = outputPath('duckdb', job);
  const run = await runMeasured(['--import', 'tsx', 'bench/tools/duckdb-job.ts', job.dataset.leads, job.dataset.suppression[job.list], job.list, job.kind, output]);
  if (run.exitCode !== 0) throw new Error(`duckdb-job exited with code ${run.exitCode}: ${run.stderr.trim()}`);
  const report = JSON.parse(run.stdout) as JobReport;
  return {
    tool: 'duckdb',
    job,
    // DuckDB does not report how many rows it read; the data set's count stands in.
    rowsIn: job.dataset.rows,
    kept: report.kept,
    wallMs: report.queryMs,
    maxRss: run.maxRss,
    output,
    note: `${report.threads} threads (its default: one per core)`,
  };
}

export function duckDbRunner(): Runner {
  return {
    tool: 'duckdb',
    run: (job) => runDuckDb(job).catch((error: unknown) => failure('duckdb', job, error)),
    close: async () => {},
  };
}
