/**
 * Big byte buffers, reused. A run of the list cleaner fills a few new buffers of a few hundred
 * KB for every piece of the list (the piece, its batch's copy, its part of the cleaned list),
 * and a new buffer is slow to fill: the system maps its memory page by page on the first write,
 * and frees it again when the buffer dies: many times the cost of filling a buffer that was
 * filled before (measured: bench/RESULTS.md, "Notes"). So buffers of one size class are kept
 * here once nothing reads them, and handed out again; each thread has its own pool.
 */

/** The size of a pooled buffer: a piece of the list (up to 256 KB and the record it carries over) with room to spare. */
export const POOLED_BYTES = 320 * 1024;
/** Buffers kept at most by default (about 10 MB), so that a burst of parts cannot pin memory. */
const KEEP = 32;
let keep = KEEP;

/**
 * How many buffers this thread keeps at most. The page's cleaning worker keeps more: it cuts a
 * 4 MiB read into sixteen pieces at once and gets their batches back later, and in Chrome every
 * buffer made anew costs far more than in Node (measured: bench/RESULTS.md, "Notes").
 */
export function keepBuffers(count: number): void {
  keep = count;
}
/** Smaller requests get a buffer of their own size: a pooled one would hold memory they do not use. */
const SMALLEST_POOLED = POOLED_BYTES / 2;

const free: ArrayBuffer[] = [];

/**
 * A byte array of `length` bytes whose contents are unspecified (a reused buffer keeps what was
 * written to it before): for arrays that are written before they are read. Its buffer may be
 * larger than `length`.
 */
export function takeBytes(length: number): Uint8Array<ArrayBuffer> {
  if (length < SMALLEST_POOLED || length > POOLED_BYTES) return new Uint8Array(length);
  return new Uint8Array(free.pop() ?? new ArrayBuffer(POOLED_BYTES), 0, length);
}

/**
 * Says that nothing reads `buffer` any more (nor any view of it): it is kept for
 * {@link takeBytes} if it is of the pooled size, else freed at once (`transfer(0)`) rather than
 * at the next garbage collection. Releasing a buffer twice is harmless.
 */
export function release(buffer: ArrayBufferLike): void {
  if (!(buffer instanceof ArrayBuffer) || buffer.detached) return;
  if (buffer.byteLength === POOLED_BYTES && !buffer.resizable) {
    if (free.includes(buffer)) return;
    if (free.length < keep) {
      free.push(buffer);
      return;
    }
  }
  buffer.transfer?.(0);
}

/** How many buffers are waiting for reuse (for tests). */
export function pooledCount(): number {
  return free.length;
}
