/**
 * What the preparer knows about each domain of a lead list, computed once per domain: whether it
 * is disposable or free mail, the country of its ccTLD, and the suppression entry covering it.
 */
import { ownCopy } from '../bytes/own-copy.ts';
import { KeyIndex, type HashedKey } from '../collections/key-index.ts';

/** What the optional classes and the suppression check need to know about a domain. */
export interface DomainFacts {
  disposable: boolean;
  free: boolean;
  /** The country its ccTLD names (two letters), or null. */
  country: string | null;
  /** The suppression entry that covers it (itself or a parent domain), or null. */
  suppressedBy: string | null;
}

/**
 * Domain → {@link DomainFacts}, for up to `limit` domains, then it starts over. A lead list has
 * hundreds of thousands of distinct domains, and a `Map` that large is slow to look up with a
 * freshly cut string (hashing it, then a cache miss on every pointer; bench/RESULTS.md, "Notes"); a
 * {@link KeyIndex} probes one flat table, and the facts fit in the number it stores.
 *
 * A fact number: bit 0 always set (the index stores positive numbers), bit 1 disposable
 * (FACT_DISPOSABLE), bit 2 free (FACT_FREE), bits 3-12 the ccTLD country (see `countryNumber`:
 * every two-letter code fits), bits 13-31 the suppression entry + 1. Entries are numbered as
 * they are met; when they no longer fit, the cache starts over as at its size limit. Read a fact
 * number before the next call to `set`, which may start the cache over.
 */
export class DomainFactsCache {
  #index = new KeyIndex();
  /** Suppression entries met so far; a fact number stores their positions. */
  #entries = new Interned();
  readonly #limit: number;
  readonly #maxEntries: number;
  /** `maxEntries` is for tests: the most entries before the cache starts over. */
  constructor(limit: number, maxEntries = MAX_ENTRIES) {
    this.#limit = limit;
    this.#maxEntries = Math.min(maxEntries, MAX_ENTRIES);
  }

  /** The fact number of `domain`, or undefined when it is not cached. */
  get(domain: string): number | undefined {
    return this.#index.get(domain);
  }

  /** {@link DomainFactsCache.get} for a domain whose fingerprint is known. */
  getHashed(domain: HashedKey): number | undefined {
    return this.#index.getHashed(domain);
  }

  /** Brings the slots and keys of these domains' fingerprints into the cache (see `KeyIndex.touch`). */
  touch(his: Int32Array, los: Int32Array): void {
    this.#index.touch(his);
    this.#index.touchKeys(his, los);
  }

  /** Caches the facts of `domain` and returns their fact number. */
  set(domain: string, facts: DomainFacts): number {
    if (this.#index.size >= this.#limit || (facts.suppressedBy !== null && this.#entries.size >= this.#maxEntries)) this.#startOver();
    const entry = facts.suppressedBy === null ? 0 : this.#entries.id(facts.suppressedBy) + 1;
    const packed = (1 | (facts.disposable ? FACT_DISPOSABLE : 0) | (facts.free ? FACT_FREE : 0) | (countryNumber(facts.country) << 3) | (entry << 13)) >>> 0;
    this.#index.add(domain, packed);
    return packed;
  }

  /** The ccTLD country of a fact number. */
  country(packed: number): string | null {
    return COUNTRY_CODES[(packed >>> 3) & 0x3ff] ?? null;
  }

  /** The suppression entry of a fact number. */
  suppressedBy(packed: number): string | null {
    return this.#entries.at((packed >>> 13) - 1);
  }

  #startOver(): void {
    this.#index = new KeyIndex();
    this.#entries = new Interned();
  }
}

export const FACT_DISPOSABLE = 2;
export const FACT_FREE = 4;
/** Suppression entries a fact number can tell apart (19 bits, less the 0 for none). */
const MAX_ENTRIES = 2 ** 19 - 1;

/** Two-letter codes by number: 1 + 26 × first letter + second letter (0: no country). */
const COUNTRY_CODES: readonly (string | null)[] = [
  null,
  ...Array.from({ length: 26 * 26 }, (_, n) => String.fromCharCode(65 + Math.floor(n / 26), 65 + (n % 26))),
];

/**
 * The number of a country code (see COUNTRY_CODES): `countryCodeFromDomain` only gives
 * two-letter codes A-Z; anything else would be a bug, and throws rather than mix countries up.
 */
function countryNumber(code: string | null): number {
  if (code === null) return 0;
  const a = code.charCodeAt(0) - 65;
  const b = code.charCodeAt(1) - 65;
  if (code.length !== 2 || a < 0 || a > 25 || b < 0 || b > 25) throw new RangeError(`not a two-letter country code: ${code}`);
  return 1 + a * 26 + b;
}

/** A list of distinct strings, each known by its position. */
class Interned {
  readonly #list: string[] = [];
  readonly #ids = new Map<string, number>();
  /** How many strings it holds. */
  get size(): number {
    return this.#list.length;
  }
  /** The position of `value`, added at the end if new. */
  id(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.#list.length;
      // A value cut from a lead's address would keep the whole piece of text it came from alive.
      const own = ownCopy(value);
      this.#list.push(own);
      this.#ids.set(own, id);
    }
    return id;
  }
  /** The string at `id`, or null for -1. */
  at(id: number): string | null {
    return id < 0 ? null : this.#list[id]!;
  }
}

/** A Map that forgets everything when it reaches `limit` entries: memory stays bounded. */
export class BoundedCache<K, V> {
  #map = new Map<K, V>();
  readonly #limit: number;
  constructor(limit: number) {
    this.#limit = limit;
  }
  get(key: K): V | undefined {
    return this.#map.get(key);
  }
  set(key: K, value: V): void {
    if (this.#map.size >= this.#limit) this.#map = new Map();
    this.#map.set(key, value);
  }
}
