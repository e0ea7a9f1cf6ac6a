/**
 * A quick "certainly not" before a domain list's `Set`: the list cleaner asks, for every new
 * domain of a lead list (a few hundred thousand at 1M rows), whether it or a parent domain is a
 * disposable service, a suppressed domain or a free-mail provider. Nearly all are none, and each
 * `Set` lookup of a fresh string costs its hashing and a cache miss or two in a large table
 * (measured: bench/RESULTS.md, "Notes"). A bit per hash in a 128 KB bitmap answers most of them
 * from the cache.
 *
 * The hash is FNV-1a over the domain's code units read from the end, so that one backward pass
 * over a domain gives the hash of each of its dot-suffixes (`mail.acme.com`, `acme.com`, `com`)
 * on the way (see {@link suffixHashes}).
 */
import { FNV_OFFSET, FNV_PRIME, HashBits } from '../bytes/hash-bits.ts';

/** 2^20 bits: with 10 000 domains, about 1% of lookups pass by chance. */
const LOG2_BITS = 20;

/** The hash of `domain` as {@link suffixHashes} computes it for a whole domain. */
function domainHash(domain: string): number {
  let h = FNV_OFFSET;
  for (let i = domain.length - 1; i >= 0; i--) h = Math.imul(h ^ domain.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * Writes to `out` the hashes of the dot-suffixes of `domain`, from the shortest (the top-level
 * label) to the whole domain, and returns how many there are; -1 when `out` has no room for
 * them all (the caller then looks the domain up without the filters).
 */
export function suffixHashes(domain: string, out: Int32Array): number {
  let h = FNV_OFFSET;
  let n = 0;
  for (let i = domain.length - 1; i >= 0; i--) {
    const c = domain.charCodeAt(i);
    if (c === 0x2e) {
      if (n === out.length) return -1;
      out[n++] = h;
    }
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  if (n === out.length) return -1;
  out[n++] = h;
  return n;
}

/** The domains of a list, as bits: `mayHave` is false for every domain not in the list. */
export class DomainFilter {
  readonly #bits = new HashBits(LOG2_BITS);

  /** A filter over `domains`. */
  static of(domains: Iterable<string>): DomainFilter {
    const filter = new DomainFilter();
    for (const domain of domains) filter.add(domain);
    return filter;
  }

  add(domain: string): void {
    this.#bits.add(domainHash(domain));
  }

  /** False when no domain of the list has this hash (from {@link suffixHashes}); true means "look it up". */
  mayHave(hash: number): boolean {
    return this.#bits.has(hash);
  }

  /** True when one of the first `count` hashes of `hashes` may be in the list. */
  mayHaveAny(hashes: Int32Array, count: number): boolean {
    for (let k = 0; k < count; k++) if (this.mayHave(hashes[k]!)) return true;
    return false;
  }
}
