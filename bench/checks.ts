/**
 * The checks that make the timings comparable: every tool read every row and kept the same
 * rows, and the CLI and the page wrote the same bytes.
 */
import { expectedKept, fileDigest, jobName, type Measurement, type Tool } from './measure';
import { rowSetDifference } from './tools/duckdb-job';

export interface Check {
  /** e.g. `1m plain default: kept counts`. */
  what: string;
  ok: boolean;
  detail: string;
}

/** The measurements of one job (data set, list, options), by tool (only the tools that ran). */
type Group = { name: string; rows: number; expectedKept: number; by: Partial<Record<Tool, Measurement>> };

function groups(measurements: readonly Measurement[]): Group[] {
  const found = new Map<string, Group>();
  for (const m of measurements) {
    const key = jobName(m.job);
    let group = found.get(key);
    if (!group) {
      group = { name: key, rows: m.job.dataset.rows, expectedKept: expectedKept(m.job), by: {} };
      found.set(key, group);
    }
    group.by[m.tool] = m;
  }
  return [...found.values()];
}

/** Kept counts (and rows read) agree between the tools and with what the generator knows. */
function countCheck(group: Group): Check {
  const done = Object.values(group.by).filter((m) => m.error === undefined);
  const kept = done.map((m) => `${m.tool} ${m.kept}`).join(', ');
  const readAll = done.every((m) => m.rowsIn === group.rows);
  const sameKept = done.every((m) => m.kept === group.expectedKept);
  return {
    what: `${group.name}: kept counts`,
    ok: readAll && sameKept,
    detail: `${kept}; expected ${group.expectedKept} of ${group.rows} rows${readAll ? '' : ` (rows read: ${done.map((m) => `${m.tool} ${m.rowsIn}`).join(', ')})`}`,
  };
}

/** The CLI's cleaned list and the page's download are byte for byte the same. */
async function sameBytesCheck(group: Group, cli: Measurement, browser: Measurement): Promise<Check> {
  const [a, b] = await Promise.all([fileDigest(cli.output!), fileDigest(browser.output!)]);
  return { what: `${group.name}: CLI and browser outputs identical`, ok: a === b, detail: a === b ? `sha256 ${a.slice(0, 16)}…` : `sha256 ${a.slice(0, 16)}… vs ${b.slice(0, 16)}…` };
}

/** The CLI kept the same rows as DuckDB (in content; the two quote and end lines differently). */
async function sameRowsCheck(group: Group, cli: Measurement, duckdb: Measurement): Promise<Check> {
  const differing = await rowSetDifference(cli.output!, duckdb.output!);
  return { what: `${group.name}: CLI and DuckDB kept the same rows`, ok: differing === 0, detail: differing === 0 ? 'no row differs' : `${differing} rows differ` };
}

/** Runs every check that the measurements allow; failed runs are failed checks. */
export async function checkResults(measurements: readonly Measurement[]): Promise<Check[]> {
  const checks: Check[] = measurements
    .filter((m) => m.error !== undefined)
    .map((m) => ({ what: `${jobName(m.job)}: ${m.tool} run`, ok: false, detail: m.error! }));
  for (const group of groups(measurements)) {
    checks.push(countCheck(group));
    const { cli, browser, duckdb } = group.by;
    const usable = (m: Measurement | undefined): m is Measurement => m !== undefined && m.error === undefined && m.output !== undefined;
    if (usable(cli) && usable(browser)) checks.push(await sameBytesCheck(group, cli, browser));
    if (usable(cli) && usable(duckdb)) checks.push(await sameRowsCheck(group, cli, duckdb));
  }
  return checks;
}
