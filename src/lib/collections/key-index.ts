/**
 * Largest number of entries one V8 `Map` or `Set` holds (2^24 - 1); inserting more throws a
 * RangeError. A lead list of 20 million rows has more distinct keys than that, which is why
 * {@link KeyIndex} keeps its keys in typed arrays instead and has no such bound.
 */
export const MAP_LIMIT = 2 ** 24 - 1;

/** Writes the 64-bit fingerprint of `key` into `out[0]` and `out[1]`. */
export type Fingerprint = (key: string, out: Int32Array) => void;

/** Tuning for tests: small values make the growth and spill paths run on a handful of keys. */
export interface KeyIndexTuning {
  /** Largest arena page in bytes (a longer key still gets a page of its own). */
  pageSize?: number;
  /** Replaces {@link fingerprint}, e.g. with a constant one to force collisions. */
  fingerprint?: Fingerprint;
}

/**
 * The table doubles before it gets fuller than this. Linear probing still needs only a few
 * probes here, and 0.6 rather than 0.5 lets 20M keys fit in 2^25 slots (400 MB), not 2^26.
 */
const MAX_LOAD = 0.6;
/** Past this many slots (and 0.6 times as many keys) the index throws rather than misbehave. */
const MAX_CAPACITY = 2 ** 30;
/**
 * Int32 fields per slot: fingerprint high word, low word, the row, and where the key is + 1. The
 * last one, not the fingerprint, marks a slot empty (0), so every fingerprint, 0/0 included, is a
 * valid one. Keeping the row and the key's place in the slot, 16 bytes that share a cache line
 * with their neighbours, means a hit reads the slot and then the key, with nothing in between.
 * Int32 rather than Uint32 everywhere: V8 keeps int32 values unboxed, while a uint32 of 2^31 or
 * more read on every probe would be a heap number.
 */
const SLOT = 4;
const HI = 0;
const LO = 1;
const ROW = 2;
const REF = 3;

/**
 * A key is stored in an arena page, 4-byte aligned, as its shape (length * 2 + 1 if wide) in
 * 4 bytes, then its code units. Its place is one number: the page times the page's units of 4
 * bytes (a power of two, from the page size), plus its offset in units. At the default 8 MiB
 * pages that addresses 1024 pages, 8 GiB of keys: some 250 million addresses.
 */
const SHAPE_BYTES = 4;

/** Pages start small, so that a short list costs little, and double up to the page size. */
const FIRST_PAGE = 64 * 1024;
const PAGE_SIZE = 8 * 1024 * 1024;

/** Where the index has fingerprints written; each is read right after it is written. */
const FP = new Int32Array(2);

/**
 * Two MurmurHash3 (x86, 32-bit) hashes of the UTF-16 code units of `key`, two units per block,
 * under different seeds and in one pass: any JS string hashes exactly as it is, with no encoding
 * step and no allocation. The two share the block mixing, so keys crafted to collide in one may
 * collide in both; that costs such keys a key comparison, never a wrong answer.
 */
export function fingerprint(key: string, out: Int32Array): void {
  const n = key.length;
  let h = 0x9747b28c;
  let g = 0x2f8b5d13;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    let k = key.charCodeAt(i) | (key.charCodeAt(i + 1) << 16);
    k = Math.imul(k, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    g ^= k;
    g = (g << 13) | (g >>> 19);
    g = (Math.imul(g, 5) + 0xe6546b64) | 0;
  }
  if (i < n) {
    let k = key.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    g ^= k;
  }
  out[0] = fmix(h ^ (n * 2));
  out[1] = fmix(g ^ (n * 2));
}

/** Murmur3's finaliser, so that every bit of the key moves the low bits the table indexes by. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** See {@link KeyIndex.snapshot}. */
export interface KeyIndexSnapshot {
  slots: Int32Array;
  count: number;
  pages: Uint8Array[];
  pageUsed: number;
  pageSize: number;
}

/**
 * A key with its {@link fingerprint} already computed, for a caller that looks one key up in
 * several indexes, or hashes on one thread and looks up on another: the key is
 * `text.slice(start, end)` (a batch's keys come joined in one string, and cutting out a million
 * of them costs more than the lookups). `hi` and `lo` must be what `fingerprint` gives for it.
 */
export interface HashedKey {
  text: string;
  start: number;
  end: number;
  hi: number;
  lo: number;
}

/** `key` as a {@link HashedKey} (written into `out`, reused, when given). */
export function hashedKey(key: string, out: HashedKey = { text: '', start: 0, end: 0, hi: 0, lo: 0 }): HashedKey {
  fingerprint(key, FP);
  out.text = key;
  out.start = 0;
  out.end = key.length;
  out.hi = FP[0]!;
  out.lo = FP[1]!;
  return out;
}

/**
 * A string → row-number index for tens of millions of keys, kept out of the V8 heap so the GC
 * has nothing to trace and no `Map` limit applies:
 * - an open-addressing table (linear probing, at most 0.6 full, doubling) of 16-byte slots,
 *   each a key's 64-bit fingerprint, its row and where the key is; a doubling re-places slots
 *   from their fingerprints, without touching the keys;
 * - the keys in an arena of byte pages: one byte per code unit when all are below 256 (ASCII
 *   addresses), else two, so every JS string, lone surrogates included, is kept exactly.
 * A fingerprint match is checked against the stored key, so even keys whose fingerprints
 * collide stay apart. A 30-character address costs 60-85 bytes in all (34 in the arena, 27-53 in
 * the table, by how full it is).
 */
export class KeyIndex {
  #slots: Int32Array;
  #mask: number;
  /** Keys stored; the table doubles before it would pass {@link #limit}. */
  #count = 0;
  #limit: number;
  readonly #pages: Uint8Array[] = [];
  /** The last page, which keys are written to, from `#pageUsed` on. */
  #page: Uint8Array;
  #pageUsed = 0;
  readonly #pageSize: number;
  /** A key's place is `(page << #unitShift) + offset / 4` (see SHAPE_BYTES). */
  readonly #unitShift: number;
  readonly #fingerprint: Fingerprint;
  /** Fingerprint of the key probed last, for the insert that may follow. */
  #hi = 0;
  #lo = 0;
  /**
   * The key whose `get` just missed and the empty slot its probe ended on, so that the `add`
   * callers make next neither hashes nor probes again. Cleared by every probe (which replaces
   * `#hi`/`#lo`) and every insert (which may take that slot): it never holds more than one key.
   */
  #missKey: string | null = null;
  #missStart = 0;
  #missEnd = 0;
  #missSlot = 0;
  /** What {@link touch} read, folded together. */
  #touched = 0;

  /**
   * `capacity` is the number of slots to start with (rounded up to a power of two, at least 2);
   * `tuning` is for tests.
   */
  constructor(capacity = 1024, { pageSize = PAGE_SIZE, fingerprint: fp = fingerprint }: KeyIndexTuning = {}) {
    let slots = 2;
    while (slots < capacity && slots < MAX_CAPACITY) slots *= 2;
    this.#slots = prefaulted(new Int32Array(slots * SLOT));
    this.#mask = slots - 1;
    this.#limit = Math.floor(slots * MAX_LOAD);
    this.#pageSize = Math.max(SHAPE_BYTES, pageSize);
    this.#unitShift = Math.max(0, Math.ceil(Math.log2(this.#pageSize / 4)));
    this.#fingerprint = fp;
    this.#page = this.#newPage(0);
  }

  /** The row stored for `key`, or undefined. */
  get(key: string): number | undefined {
    // An index with nothing in it (a list with an opt-out column but no opt-outs) costs no hashing.
    if (this.#count === 0) return undefined;
    return this.#rowOf(this.#find(key, 0, key.length, undefined, undefined), key, 0, key.length);
  }

  /** Stores `row` for `key` unless the key is already there; returns the stored row. */
  getOrAdd(key: string, row: number): number {
    const slot = this.#find(key, 0, key.length, undefined, undefined);
    if (slot >= 0) return this.#slots[slot * SLOT + ROW]! >>> 0;
    this.#insert(~slot, key, 0, key.length, row);
    return row;
  }

  /**
   * Stores `row` for `key`, known to be absent (after `get` returned undefined: then neither
   * hashing nor probing again). Should the key be there after all, its row is replaced, as
   * `Map.set` would.
   */
  add(key: string, row: number): void {
    this.#addAt(key, 0, key.length, undefined, undefined, row);
  }

  /** {@link KeyIndex.get} for a key whose fingerprint is known: it is not hashed again. */
  getHashed(key: HashedKey): number | undefined {
    if (this.#count === 0) return undefined;
    return this.#rowOf(this.#find(key.text, key.start, key.end, key.hi, key.lo), key.text, key.start, key.end);
  }

  /** {@link KeyIndex.add} for a key whose fingerprint is known. */
  addHashed(key: HashedKey, row: number): void {
    this.#addAt(key.text, key.start, key.end, key.hi, key.lo, row);
  }

  /** The row of a found slot; for a missed one, undefined, and the miss remembered for the `add` that follows. */
  #rowOf(slot: number, key: string, start: number, end: number): number | undefined {
    // Stored as Int32: rows from 2^31 on come back through `>>> 0`.
    if (slot >= 0) return this.#slots[slot * SLOT + ROW]! >>> 0;
    this.#missKey = key;
    this.#missStart = start;
    this.#missEnd = end;
    this.#missSlot = ~slot;
    return undefined;
  }

  #addAt(key: string, start: number, end: number, hi: number | undefined, lo: number | undefined, row: number): void {
    if (key === this.#missKey && start === this.#missStart && end === this.#missEnd) {
      this.#insert(this.#missSlot, key, start, end, row);
      return;
    }
    const slot = this.#find(key, start, end, hi, lo);
    if (slot < 0) {
      this.#insert(~slot, key, start, end, row);
      return;
    }
    checkRow(row);
    this.#slots[slot * SLOT + ROW] = row;
  }

  /**
   * Reads the slots where the probes for these fingerprint high words start. A caller about to
   * look up many keys touches all their slots first: the reads do not wait for one another, so
   * the cache misses of a large table overlap instead of coming one per lookup.
   */
  touch(his: Int32Array): void {
    const slots = this.#slots;
    const mask = this.#mask;
    let seen = this.#touched;
    for (let i = 0; i < his.length; i++) seen ^= slots[(his[i]! & mask) * SLOT + REF]!;
    this.#touched = seen; // kept, so that the reads are not optimised away
  }

  /**
   * For each fingerprint whose probe starts on a slot holding that fingerprint (a key most
   * likely there), reads the first bytes of the stored key: the second cache miss of a hit,
   * overlapped like {@link touch}'s. `his[i]` and `los[i]` are one fingerprint.
   */
  touchKeys(his: Int32Array, los: Int32Array): void {
    const slots = this.#slots;
    const mask = this.#mask;
    const shift = this.#unitShift;
    const unitMask = (1 << shift) - 1;
    let seen = this.#touched;
    for (let i = 0; i < his.length; i++) {
      const at = (his[i]! & mask) * SLOT;
      const ref = slots[at + REF]!;
      if (ref === 0 || slots[at + HI] !== his[i] || slots[at + LO] !== los[i]) continue;
      const place = ref - 1;
      seen ^= this.#pages[place >>> shift]![(place & unitMask) * 4]!;
    }
    this.#touched = seen;
  }

  /** Number of keys stored. */
  get size(): number {
    return this.#count;
  }

  /**
   * Every stored key, in the order they were added: a key's place in the arena grows with every
   * key stored, so the slots' places, sorted, are that order.
   */
  *keys(): Generator<string> {
    const places = new Int32Array(this.#count);
    let n = 0;
    for (let at = REF; at < this.#slots.length; at += SLOT) if (this.#slots[at] !== 0) places[n++] = this.#slots[at]! - 1;
    places.sort();
    for (const place of places) yield this.#keyAt(place);
  }

  /** The key stored at `place`. */
  #keyAt(place: number): string {
    const page = this.#pages[place >>> this.#unitShift]!;
    const p = (place & ((1 << this.#unitShift) - 1)) * 4;
    const shape = page[p]! | (page[p + 1]! << 8) | (page[p + 2]! << 16) | (page[p + 3]! << 24);
    const from = p + SHAPE_BYTES;
    const n = shape >>> 1;
    let units: Uint8Array | Uint16Array = page.subarray(from, from + n);
    if ((shape & 1) === 1) {
      units = new Uint16Array(n);
      for (let i = 0; i < n; i++) units[i] = page[from + 2 * i]! | (page[from + 2 * i + 1]! << 8);
    }
    let key = '';
    // In chunks: String.fromCharCode takes its code units as arguments.
    for (let i = 0; i < units.length; i += 4096) key += String.fromCharCode(...units.subarray(i, i + 4096));
    return key;
  }

  /**
   * The index's state, for {@link KeyIndex.fromSnapshot} on another thread: posted in a message,
   * structured cloning copies it. The arrays are the index's own: change nothing in them.
   * Only for an index with the default fingerprint (a function cannot be posted).
   */
  snapshot(): KeyIndexSnapshot {
    if (this.#fingerprint !== fingerprint) throw new Error('only an index with the default fingerprint has a snapshot');
    return { slots: this.#slots, count: this.#count, pages: [...this.#pages], pageUsed: this.#pageUsed, pageSize: this.#pageSize };
  }

  /** An index holding what `snapshot` held (it takes the arrays as they are: pass copies). */
  static fromSnapshot(snapshot: KeyIndexSnapshot): KeyIndex {
    const index = new KeyIndex(2, { pageSize: snapshot.pageSize });
    const slots = snapshot.slots.length / SLOT;
    if (slots < 2 || (slots & (slots - 1)) !== 0 || snapshot.pages.length === 0) throw new RangeError('not a KeyIndex snapshot');
    index.#slots = snapshot.slots;
    index.#mask = slots - 1;
    index.#limit = Math.floor(slots * MAX_LOAD);
    index.#count = snapshot.count;
    index.#pages.length = 0;
    index.#pages.push(...snapshot.pages);
    index.#page = snapshot.pages.at(-1)!;
    index.#pageUsed = snapshot.pageUsed;
    return index;
  }

  /**
   * The slot holding the key `key.slice(start, end)`, or the complement (negative) of the empty
   * slot its probe ended on. Leaves the key's fingerprint in `#hi`/`#lo` for {@link #insert}.
   */
  #find(key: string, start: number, end: number, knownHi: number | undefined, knownLo: number | undefined): number {
    let hi: number;
    let lo: number;
    if (knownHi === undefined || knownLo === undefined) {
      this.#fingerprint(start === 0 && end === key.length ? key : key.slice(start, end), FP);
      hi = FP[0]!;
      lo = FP[1]!;
    } else {
      hi = knownHi;
      lo = knownLo;
    }
    this.#hi = hi;
    this.#lo = lo;
    this.#missKey = null;
    const slots = this.#slots;
    const mask = this.#mask;
    let slot = hi & mask;
    for (;;) {
      const at = slot * SLOT;
      const ref = slots[at + REF]!;
      if (ref === 0) return ~slot;
      if (slots[at + HI] === hi && slots[at + LO] === lo && this.#holds(ref - 1, key, start, end)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Whether the key stored at `place` is exactly `key.slice(start, end)`: the check that keeps
   * colliding fingerprints apart.
   */
  #holds(place: number, key: string, start: number, end: number): boolean {
    const page = this.#pages[place >>> this.#unitShift]!;
    let p = (place & ((1 << this.#unitShift) - 1)) * 4;
    const shape = page[p]! | (page[p + 1]! << 8) | (page[p + 2]! << 16) | (page[p + 3]! << 24);
    if (shape >>> 1 !== end - start) return false;
    p += SHAPE_BYTES;
    if ((shape & 1) === 0) {
      for (let i = start; i < end; i++, p++) if (page[p] !== key.charCodeAt(i)) return false;
    } else {
      for (let i = start; i < end; i++, p += 2) if ((page[p]! | (page[p + 1]! << 8)) !== key.charCodeAt(i)) return false;
    }
    return true;
  }

  /**
   * Stores the absent key `key.slice(start, end)`, whose probe ended on the empty `slot`, with
   * `#hi`/`#lo` its fingerprint.
   */
  #insert(slot: number, key: string, start: number, end: number, row: number): void {
    checkRow(row);
    this.#missKey = null;
    if (this.#count >= this.#limit) {
      this.#grow();
      slot = emptySlot(this.#slots, this.#mask, this.#hi);
    }
    const place = this.#storeKey(key, start, end);
    const s = slot * SLOT;
    this.#slots[s + HI] = this.#hi;
    this.#slots[s + LO] = this.#lo;
    this.#slots[s + ROW] = row;
    this.#slots[s + REF] = place + 1;
    this.#count++;
  }

  /** Copies the key `key.slice(start, end)` into the arena; returns its place. */
  #storeKey(key: string, start: number, end: number): number {
    const n = end - start;
    // One pass for the usual key: a byte per code unit, until a code unit does not fit one.
    let page = this.#room(SHAPE_BYTES + n);
    let p = this.#pageUsed;
    let i = 0;
    for (; i < n; i++) {
      const c = key.charCodeAt(start + i);
      if (c > 0xff) break;
      page[p + SHAPE_BYTES + i] = c;
    }
    let bytes = n;
    if (i < n) {
      bytes = n * 2;
      page = this.#room(SHAPE_BYTES + bytes);
      p = this.#pageUsed;
      for (let j = 0; j < n; j++) {
        const c = key.charCodeAt(start + j);
        page[p + SHAPE_BYTES + 2 * j] = c;
        page[p + SHAPE_BYTES + 2 * j + 1] = c >>> 8;
      }
    }
    const shape = n * 2 + (bytes === n ? 0 : 1);
    page[p] = shape;
    page[p + 1] = shape >>> 8;
    page[p + 2] = shape >>> 16;
    page[p + 3] = shape >>> 24;
    // The next key starts 4-byte aligned, so that a place counts units of 4 bytes.
    this.#pageUsed = p + ((SHAPE_BYTES + bytes + 3) & ~3);
    return ((this.#pages.length - 1) << this.#unitShift) + p / 4;
  }

  /** The page to write `bytes` bytes to at `#pageUsed`: the last one, or a new one if they do not fit. */
  #room(bytes: number): Uint8Array {
    if (this.#pageUsed + bytes > this.#page.length) this.#page = this.#newPage(bytes);
    return this.#page;
  }

  /**
   * Adds a page with room for at least `bytes`. Keys never straddle pages (the tail of the last
   * one stays unused, less than a key), pages are never reallocated, and a key longer than a
   * page gets one of exactly its size, which holds it alone: places stay inside their page.
   */
  #newPage(bytes: number): Uint8Array {
    if (this.#pages.length + 1 > 2 ** (31 - this.#unitShift)) throw new RangeError('KeyIndex holds at most 8 GiB of keys');
    const size = Math.min(FIRST_PAGE * 2 ** this.#pages.length, this.#pageSize);
    const page = prefaulted(new Uint8Array(bytes > size ? (bytes + 3) & ~3 : size));
    this.#pages.push(page);
    this.#pageUsed = 0;
    return page;
  }

  /** Doubles the slot table, placing every slot again by its stored fingerprint. */
  #grow(): void {
    const capacity = (this.#mask + 1) * 2;
    if (capacity > MAX_CAPACITY) throw new RangeError(`KeyIndex holds at most ${this.#limit} keys`);
    const old = this.#slots;
    const slots = prefaulted(new Int32Array(capacity * SLOT));
    const mask = capacity - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + REF] === 0) continue;
      const s = emptySlot(slots, mask, old[at + HI]!) * SLOT;
      slots[s + HI] = old[at + HI]!;
      slots[s + LO] = old[at + LO]!;
      slots[s + ROW] = old[at + ROW]!;
      slots[s + REF] = old[at + REF]!;
    }
    this.#slots = slots;
    this.#mask = mask;
    this.#limit = Math.floor(capacity * MAX_LOAD);
  }
}

/**
 * Writes a new array's zeros once, in one sweep: the system maps its memory on the first write to
 * each page, and a fault per page spread over random inserts costs far more than one pass here,
 * above all while other threads of the process allocate and free memory (measured:
 * bench/RESULTS.md, "Notes").
 */
function prefaulted<T extends Int32Array | Uint8Array>(array: T): T {
  array.fill(0);
  return array;
}

/** The first empty slot on the probe path of a fingerprint whose high word is `hi`. */
function emptySlot(slots: Int32Array, mask: number, hi: number): number {
  let slot = hi & mask;
  while (slots[slot * SLOT + REF] !== 0) slot = (slot + 1) & mask;
  return slot;
}

/** Rows are stored in 32 bits: anything else would silently come back as another number. */
function checkRow(row: number): void {
  if (row >>> 0 !== row) throw new RangeError(`KeyIndex rows are integers from 0 to 2^32 - 1, not ${row}`);
}
