/**
 * The benchmark's data sets: where their files live, what a size name means, and the manifest
 * the generator writes next to them. Shared by the generator and every runner.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Everything the benchmark writes goes under here (gitignored). */
export const DATA_DIR = 'bench/data';

/** Output files of the runs (cleaned lists, reports, downloads, profiles). */
export const OUT_DIR = join(DATA_DIR, 'out');

/** Bump when the generator changes what it writes: older files are then regenerated. */
export const GENERATOR_VERSION = 2;

/** The sizes `npm run bench` runs when none are given. */
export const DEFAULT_SIZES = ['100k', '1m', '5m'];

/**
 * The two shapes of lead list: `teams`, about 8 people per company (a list built account by
 * account), named by its size alone (`1m`); `spread`, one contact per company (a bought list:
 * ~800k distinct domains per 1M rows), named `<size>-spread` (`1m-spread`).
 */
export const SHAPES = ['teams', 'spread'] as const;
export type Shape = (typeof SHAPES)[number];

/**
 * The two jobs every list is cleaned with: `default`, the cleaner's default options (Gmail dots
 * and +tags as one mailbox, disposable domains removed), the headline; and `flags`, the CLI's
 * `--no-canonical --keep-disposable` (the page with those boxes unticked), a plain
 * "lower(trim(email))" dedup.
 */
export const JOB_KINDS = ['default', 'flags'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** The data set name of `size` in `shape`: `1m`, `1m-spread`. */
export function datasetName(size: string, shape: Shape): string {
  const base = size.trim().toLowerCase();
  return shape === 'teams' ? base : `${base}-${shape}`;
}

/** The shape a data set name says (`1m-spread` → spread). */
export function shapeOf(name: string): Shape {
  return name.toLowerCase().endsWith('-spread') ? 'spread' : 'teams';
}

/** The two suppression lists every size has: the same job, plain and hashed. */
export const LIST_KINDS = ['plain', 'sha256'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** One generated data set: a lead list and its two suppression lists. */
export interface Dataset {
  /** The data set name: `100k`, `1m`, `1m-spread` (see {@link datasetName}). */
  name: string;
  shape: Shape;
  /** Data rows of the lead list (the header not counted). */
  rows: number;
  leads: string;
  suppression: Record<ListKind, string>;
  /** Size of the lead list in bytes. */
  bytes: number;
  /** Distinct domains of its valid addresses. */
  domains: number;
  /** Rows a correct cleaner keeps in each job with each list, as the generator knows them. */
  expectedKept: Record<JobKind, Record<ListKind, number>>;
}

/** What the generator records about a data set, so a later run can reuse the files. */
export interface Manifest {
  version: number;
  rows: number;
  domains: number;
  /** Byte size of each file, by path: a file of another size is stale. */
  files: Record<string, number>;
  expectedKept: Record<JobKind, Record<ListKind, number>>;
}

/** `100k` → 100 000, `1m` (or `1m-spread`) → 1 000 000; throws on anything else. */
export function parseSize(name: string): number {
  const match = /^(\d+)([km])(?:-spread)?$/i.exec(name.trim());
  if (!match) throw new Error(`A size is a number followed by k or m (100k, 1m, 5m), optionally with -spread; got "${name}".`);
  return Number(match[1]) * (match[2]!.toLowerCase() === 'k' ? 1_000 : 1_000_000);
}

/** The file paths of the data set `name` (they may not exist yet). */
export function datasetPaths(name: string) {
  const size = name.toLowerCase();
  return {
    leads: join(DATA_DIR, `leads-${size}.csv`),
    suppression: {
      plain: join(DATA_DIR, `suppress-plain-${size}.csv`),
      sha256: join(DATA_DIR, `suppress-sha256-${size}.csv`),
    } satisfies Record<ListKind, string>,
    manifest: join(DATA_DIR, `dataset-${size}.json`),
  };
}

/** The disposable-domain list the cleaner uses, one domain a line, for DuckDB's default job. */
export const DISPOSABLE_LIST = join(DATA_DIR, 'disposable-domains.csv');

/** The data set `name` if its files exist, are from this generator and have their recorded sizes; else null. */
export function readDataset(name: string): Dataset | null {
  const paths = datasetPaths(name);
  if (!existsSync(paths.manifest)) return null;
  const manifest = JSON.parse(readFileSync(paths.manifest, 'utf8')) as Manifest;
  if (manifest.version !== GENERATOR_VERSION || manifest.rows !== parseSize(name)) return null;
  for (const [path, bytes] of Object.entries(manifest.files)) {
    if (!existsSync(path) || statSync(path).size !== bytes) return null;
  }
  return {
    name: name.toLowerCase(),
    shape: shapeOf(name),
    rows: manifest.rows,
    leads: paths.leads,
    suppression: paths.suppression,
    bytes: manifest.files[paths.leads] ?? statSync(paths.leads).size,
    domains: manifest.domains,
    expectedKept: manifest.expectedKept,
  };
}
