/**
 * A set of fixed-length digests (MD5: 16 bytes, SHA-256: 32), kept as bytes. A lead list
 * checked against a hashed suppression list looks up one digest per row: as bytes, that is a
 * probe of a flat table and a 32-byte comparison, where a `Set` of hex strings cost a 64-character
 * string per row, its hash, and the cache misses of a large `Set` (measured: bench/RESULTS.md,
 * "Notes").
 * Digests are uniformly random, so their first four bytes place them in the table. No `Set`
 * size limit applies.
 */

/** The table doubles before it is fuller than this. */
const MAX_LOAD = 0.5;

/** See {@link DigestSet.snapshot}. */
export interface DigestSetSnapshot {
  length: number;
  count: number;
  digests: Uint8Array;
  slots: Int32Array;
}

export class DigestSet {
  /** Bytes per digest. */
  readonly #length: number;
  /** The digests, one after the other, in the order they were added. */
  #digests: Uint8Array;
  #count = 0;
  /** Open addressing, linear probing: 0 is empty, else the digest's position + 1. */
  #slots: Int32Array;
  #mask: number;

  /** A set of digests of `length` bytes. */
  constructor(length: number, capacity = 64) {
    if (!Number.isInteger(length) || length < 4) throw new RangeError(`a digest has at least 4 bytes; got ${length}`);
    this.#length = length;
    let slots = 16;
    while (slots * MAX_LOAD < capacity) slots *= 2;
    this.#slots = new Int32Array(slots);
    this.#mask = slots - 1;
    this.#digests = new Uint8Array(Math.ceil(slots * MAX_LOAD) * length);
  }

  /** Number of distinct digests. */
  get size(): number {
    return this.#count;
  }

  /** Bytes per digest. */
  get length(): number {
    return this.#length;
  }

  /** True when the first `length` bytes of `digest` are in the set. */
  has(digest: Uint8Array): boolean {
    return this.#find(digest) >= 0;
  }

  /** Adds the first `length` bytes of `digest`; false when they were there already. */
  add(digest: Uint8Array): boolean {
    if (digest.length < this.#length) throw new RangeError(`a digest of ${this.#length} bytes was expected; got ${digest.length}`);
    let slot = this.#find(digest);
    if (slot >= 0) return false;
    if ((this.#count + 1) > this.#slots.length * MAX_LOAD) {
      this.#grow();
      slot = this.#find(digest);
    }
    const at = this.#count * this.#length;
    this.#digests.set(digest.subarray(0, this.#length), at);
    this.#slots[~slot] = ++this.#count;
    return true;
  }

  /** Adds a digest written as hex (any case); false when it was there already. */
  addHex(hex: string): boolean {
    if (hex.length !== this.#length * 2 || !/^[0-9a-fA-F]*$/.test(hex)) throw new RangeError(`not a ${this.#length}-byte digest in hex: ${hex}`);
    const bytes = new Uint8Array(this.#length);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
    return this.add(bytes);
  }

  /** The state, for {@link DigestSet.fromSnapshot} on another thread (posting it copies it). */
  snapshot(): DigestSetSnapshot {
    return { length: this.#length, count: this.#count, digests: this.#digests, slots: this.#slots };
  }

  /** A set holding what `snapshot` held (it takes the arrays as they are: pass copies). */
  static fromSnapshot(snapshot: DigestSetSnapshot): DigestSet {
    const set = new DigestSet(snapshot.length);
    const slots = snapshot.slots.length;
    if ((slots & (slots - 1)) !== 0 || snapshot.digests.length < snapshot.count * snapshot.length) throw new RangeError('not a DigestSet snapshot');
    set.#slots = snapshot.slots;
    set.#mask = slots - 1;
    set.#digests = snapshot.digests;
    set.#count = snapshot.count;
    return set;
  }

  /** The slot holding `digest`, or the complement of the empty slot its probe ended on. */
  #find(digest: Uint8Array): number {
    const n = this.#length;
    const digests = this.#digests;
    const slots = this.#slots;
    const mask = this.#mask;
    let slot = (digest[0]! | (digest[1]! << 8) | (digest[2]! << 16) | (digest[3]! << 24)) & mask;
    for (;;) {
      const ref = slots[slot]!;
      if (ref === 0) return ~slot;
      const at = (ref - 1) * n;
      let i = 0;
      while (i < n && digests[at + i] === digest[i]) i++;
      if (i === n) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** Doubles the table (and the digests' room), placing every digest again. */
  #grow(): void {
    const n = this.#length;
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    const digests = new Uint8Array(Math.ceil(slots.length * MAX_LOAD) * n);
    digests.set(this.#digests.subarray(0, this.#count * n));
    for (let k = 0; k < this.#count; k++) {
      const at = k * n;
      let slot = (digests[at]! | (digests[at + 1]! << 8) | (digests[at + 2]! << 16) | (digests[at + 3]! << 24)) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.#slots = slots;
    this.#mask = mask;
    this.#digests = digests;
  }
}
