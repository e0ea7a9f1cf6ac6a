import { ownCopy } from '../own-copy';

/**
 * Largest number of entries one V8 `Map` holds (2^24); inserting more throws a RangeError.
 * A lead list of 20 million rows has more distinct keys than that, so the index spills over.
 */
export const MAP_LIMIT = 2 ** 24 - 1;

/**
 * A string → row-number index with no size limit: a list of `Map`s, each filled up to
 * `limit`, then a new one started. Lookups check every map, so they cost one probe per 16.7M
 * keys, and nothing for lists smaller than that.
 */
export class KeyIndex {
  readonly #maps: Map<string, number>[] = [new Map()];
  readonly #limit: number;

  /** `limit` is for tests; real runs use {@link MAP_LIMIT}. */
  constructor(limit = MAP_LIMIT) {
    this.#limit = limit;
  }

  /** The row stored for `key`, or undefined. */
  get(key: string): number | undefined {
    for (const map of this.#maps) {
      const row = map.get(key);
      if (row !== undefined) return row;
    }
    return undefined;
  }

  /** Stores `row` for `key` unless the key is already there; returns the stored row. */
  getOrAdd(key: string, row: number): number {
    const found = this.get(key);
    if (found !== undefined) return found;
    this.#insert(key, row);
    return row;
  }

  /** Stores `row` for a key known to be absent (after `get` returned undefined). */
  add(key: string, row: number): void {
    this.#insert(key, row);
  }

  #insert(key: string, row: number): void {
    let last = this.#maps[this.#maps.length - 1]!;
    if (last.size >= this.#limit) {
      last = new Map();
      this.#maps.push(last);
    }
    // A key cut from a parsed chunk can be a V8 "sliced string" that keeps the whole chunk alive;
    // storing an owned copy keeps the index from holding the file in memory.
    last.set(ownCopy(key), row);
  }

  /** Number of keys stored. */
  get size(): number {
    return this.#maps.reduce((n, map) => n + map.size, 0);
  }
}
