/**
 * The dedup index past the 2^24-entry limit of a V8 `Map` or `Set`, measured on its own: a lead
 * list of 20M distinct addresses would take ~3 GB of data for all three tools, while the index
 * is the one part whose size limit is in question. Adds `count` distinct addresses to a
 * `KeyIndex` the way the run does (a lookup that misses, then the add, with the fingerprint
 * computed once), then checks that every thousandth one is there with its row and that absent
 * ones are not. Prints one line of JSON.
 *
 *   npx tsx bench/tools/dedup-job.ts 20000000
 */
import { KeyIndex, MAP_LIMIT, hashedKey } from '../../src/lib/collections/key-index.ts';

/** What the job prints. */
export interface DedupReport {
  keys: number;
  insertMs: number;
  /** Every thousandth key found with its row, and as many absent keys not found. */
  verified: boolean;
  /** The Map limit the index is past. */
  mapLimit: number;
}

/** The i-th address: distinct for every i, shaped like a lead's. */
export function addressOf(i: number): string {
  return `first${i}.last${i % 9973}@company${i % 1_000_003}.example`;
}

function main(): void {
  const count = Number(process.argv[2]);
  if (!Number.isInteger(count) || count < 1) throw new Error(`usage: dedup-job.ts COUNT (a positive whole number); got "${process.argv[2]}"`);
  const index = new KeyIndex();
  const key = hashedKey('');
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    hashedKey(addressOf(i), key);
    if (index.getHashed(key) !== undefined) throw new Error(`${key.text} was found before it was added`);
    index.addHashed(key, i + 1);
  }
  const insertMs = performance.now() - started;
  let verified = index.size === count;
  for (let i = 0; i < count && verified; i += 1000) {
    if (index.get(addressOf(i)) !== i + 1) verified = false;
    if (index.get(`absent${i}@nowhere.example`) !== undefined) verified = false;
  }
  const report: DedupReport = { keys: index.size, insertMs, verified, mapLimit: MAP_LIMIT };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
