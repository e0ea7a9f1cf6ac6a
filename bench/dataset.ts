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
export const GENERATOR_VERSION = 1;

/** The sizes `npm run bench` runs when none are given. */
export const DEFAULT_SIZES = ['100k', '1m', '5m'];

/** The two suppression lists every size has: the same job, plain and hashed. */
export const LIST_KINDS = ['plain', 'sha256'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** One generated data set: a lead list and its two suppression lists. */
export interface Dataset {
  /** The size name as typed: `100k`, `1m`, `5m`. */
  name: string;
  /** Data rows of the lead list (the header not counted). */
  rows: number;
  leads: string;
  suppression: Record<ListKind, string>;
  /** Size of the lead list in bytes. */
  bytes: number;
  /** Rows a correct cleaner keeps with each list, as the generator knows them. */
  expectedKept: Record<ListKind, number>;
}

/** What the generator records about a data set, so a later run can reuse the files. */
export interface Manifest {
  version: number;
  rows: number;
  /** Byte size of each file, by path: a file of another size is stale. */
  files: Record<string, number>;
  expectedKept: Record<ListKind, number>;
}

/** `100k` → 100 000, `1m` → 1 000 000; throws on anything else. */
export function parseSize(name: string): number {
  const match = /^(\d+)([km])$/i.exec(name.trim());
  if (!match) throw new Error(`A size is a number followed by k or m (100k, 1m, 5m); got "${name}".`);
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
    rows: manifest.rows,
    leads: paths.leads,
    suppression: paths.suppression,
    bytes: manifest.files[paths.leads] ?? statSync(paths.leads).size,
    expectedKept: manifest.expectedKept,
  };
}
