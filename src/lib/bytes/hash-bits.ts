/**
 * A bit per hash value: a quick "certainly not" in front of a `Set` that most lookups miss (the
 * role prefixes, the domain lists). A clear bit means no member has that hash; a set bit means
 * "ask the Set". The hashes are 32-bit FNV-1a over UTF-16 code units, computed by the callers as
 * they read a string (forwards or backwards), so that no string is cut just to be rejected.
 */

/** FNV-1a's 32-bit offset basis and prime. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export class HashBits {
  readonly #bits: Uint8Array;
  readonly #mask: number;

  /** A bitmap of 2^`log2Size` bits, indexed by a hash's low bits. */
  constructor(log2Size: number) {
    this.#mask = 2 ** log2Size - 1;
    this.#bits = new Uint8Array(Math.max(1, 2 ** log2Size / 8));
  }

  add(hash: number): void {
    const bit = hash & this.#mask;
    this.#bits[bit >>> 3]! |= 1 << (bit & 7);
  }

  /** False when no added hash has these low bits. */
  has(hash: number): boolean {
    const bit = hash & this.#mask;
    return (this.#bits[bit >>> 3]! & (1 << (bit & 7))) !== 0;
  }
}
