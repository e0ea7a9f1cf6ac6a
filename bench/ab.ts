/**
 * A/B of the cleaning engine: two copies of the sources (`--old DIR`, a checkout of the commit to
 * compare with, and this one) loaded side by side in one process, their `cleanList` run
 * alternately on one job, on this thread only (no worker threads), with the CPU time of each run.
 *
 *   git worktree add /tmp/ab-old <commit> && ln -s $PWD/node_modules /tmp/ab-old/node_modules
 *   npx tsx bench/ab.ts --old /tmp/ab-old [--size 1m-spread] [--list plain] [--job default] [--runs 5]
 *
 * CPU time (user + system of this process) is what is compared: on a shared machine other
 * processes stretch the wall time far more than the CPU time a run needs. Both copies must
 * produce the same bytes (a digest of each output is compared), so a change that alters an
 * output is caught here too. Prints each run and the medians.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { JOB_KINDS, LIST_KINDS } from './dataset';
import { ensureDataset } from './generate';

/** What one copy of the sources gives: a function that cleans the job once. */
type Cleaner = () => Promise<{ cpuMs: number; wallMs: number; digest: string; kept: number }>;

async function loadCleaner(root: string, leads: string, list: string, canonical: boolean): Promise<Cleaner> {
  const at = (path: string) => import(pathToFileURL(resolve(root, path)).href);
  const [{ cleanList }, { fileSource }, { loadDisposableDomains }, { consentRequiredCodes, countryLookupOf, toCountryRules }, { readJurisdictions }] = await Promise.all([
    at('src/lib/clean/run.ts'),
    at('src/cli/files.ts'),
    at('src/lib/email/lists.ts'),
    at('src/lib/jurisdictions/lookup.ts'),
    at('src/cli/jurisdictions.ts'),
  ]);
  const rules = toCountryRules(readJurisdictions());
  return async () => {
    const cleaned = createHash('sha256');
    const report = createHash('sha256');
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = await cleanList(fileSource(leads), [fileSource(list)], {
      options: { canonical, remove: { disposable: canonical } },
      consentCountries: consentRequiredCodes(rules),
      countryLookup: countryLookupOf(rules),
      loadDisposable: loadDisposableDomains,
      sink: { cleaned: (bytes: Uint8Array) => void cleaned.update(bytes), report: (bytes: Uint8Array) => void report.update(bytes) },
    });
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    return { cpuMs: (used.user + used.system) / 1000, wallMs, digest: `${cleaned.digest('hex').slice(0, 12)}/${report.digest('hex').slice(0, 12)}`, kept: result.summary.kept };
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      old: { type: 'string' },
      size: { type: 'string', default: '1m-spread' },
      list: { type: 'string', default: 'plain' },
      job: { type: 'string', default: 'default' },
      runs: { type: 'string', default: '5' },
    },
  });
  if (!values.old) throw new Error('--old DIR: a checkout of the code to compare with');
  const list = LIST_KINDS.find((k) => k === values.list);
  const job = JOB_KINDS.find((k) => k === values.job);
  if (!list || !job) throw new Error(`--list takes ${LIST_KINDS.join(', ')}; --job ${JOB_KINDS.join(', ')}`);
  const dataset = await ensureDataset(values.size);
  const args = [dataset.leads, dataset.suppression[list], job === 'default'] as const;
  const copies = { old: await loadCleaner(values.old, ...args), new: await loadCleaner('.', ...args) };
  const cpu: Record<string, number[]> = { old: [], new: [] };
  const digests = new Set<string>();
  for (let i = 0; i < Number(values.runs); i++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    for (const name of i % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
      const run = await copies[name]();
      cpu[name]!.push(run.cpuMs);
      digests.add(run.digest);
      console.log(`${name}  cpu ${(run.cpuMs / 1000).toFixed(2)} s  wall ${(run.wallMs / 1000).toFixed(2)} s  kept ${run.kept}  ${run.digest}`);
    }
  }
  const [a, b] = [median(cpu.old!), median(cpu.new!)];
  console.log(`median cpu: old ${(a / 1000).toFixed(2)} s, new ${(b / 1000).toFixed(2)} s (${(((b - a) / a) * 100).toFixed(1)}%); outputs ${digests.size === 1 ? 'identical' : 'DIFFER'}`);
}

await main();
