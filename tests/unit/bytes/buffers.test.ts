/**
 * The pool of big byte buffers that a run reuses for its pieces and output parts: what is kept,
 * what is freed, and that a buffer is never handed out twice at once.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { POOLED_BYTES, keepBuffers, pooledCount, release, takeBytes } from '../../../src/lib/bytes/buffers.ts';

/** Empties the pool (it is module state, shared by the tests of this file). */
function drain(): void {
  while (pooledCount() > 0) takeBytes(POOLED_BYTES);
}

describe('takeBytes and release', () => {
  beforeEach(drain);

  it('hands a released buffer out again, with what was written to it, as a view of the asked length', () => {
    const first = takeBytes(POOLED_BYTES - 10);
    expect(first.length).toBe(POOLED_BYTES - 10);
    expect(first.buffer.byteLength).toBe(POOLED_BYTES);
    first[0] = 42;
    release(first.buffer);
    expect(pooledCount()).toBe(1);
    const again = takeBytes(POOLED_BYTES / 2 + 1);
    expect(again.buffer).toBe(first.buffer);
    expect([again.length, again.byteOffset, again[0]]).toEqual([POOLED_BYTES / 2 + 1, 0, 42]);
    expect(pooledCount()).toBe(0);
  });

  it('gives small and oversized requests a buffer of their own, freed (detached) on release', () => {
    for (const length of [0, 1, POOLED_BYTES / 2 - 1, POOLED_BYTES + 1]) {
      const bytes = takeBytes(length);
      expect(bytes.buffer.byteLength).toBe(length);
      release(bytes.buffer);
      expect(bytes.buffer.detached).toBe(true);
    }
    expect(pooledCount()).toBe(0);
  });

  it('keeps a buffer released twice only once, so two takers never share it', () => {
    const bytes = takeBytes(POOLED_BYTES);
    release(bytes.buffer);
    release(bytes.buffer);
    expect(pooledCount()).toBe(1);
    const a = takeBytes(POOLED_BYTES);
    const b = takeBytes(POOLED_BYTES);
    expect(a.buffer).not.toBe(b.buffer);
  });

  it('keeps at most 32 buffers and frees the rest at once', () => {
    const taken = Array.from({ length: 40 }, () => takeBytes(POOLED_BYTES));
    for (const bytes of taken) release(bytes.buffer);
    expect(pooledCount()).toBe(32);
    expect(taken.filter((bytes) => bytes.buffer.detached)).toHaveLength(8);
  });

  it('keeps as many as a thread asks for (the page’s cleaning worker keeps more)', () => {
    keepBuffers(50);
    try {
      const taken = Array.from({ length: 60 }, () => takeBytes(POOLED_BYTES));
      for (const bytes of taken) release(bytes.buffer);
      expect(pooledCount()).toBe(50);
      expect(taken.filter((bytes) => bytes.buffer.detached)).toHaveLength(10);
    } finally {
      keepBuffers(32);
    }
  });

  it('ignores buffers it cannot own: detached, resizable, shared', () => {
    const detached = new ArrayBuffer(POOLED_BYTES);
    detached.transfer(0);
    const resizable = new ArrayBuffer(POOLED_BYTES, { maxByteLength: 2 * POOLED_BYTES });
    const shared = new SharedArrayBuffer(POOLED_BYTES);
    for (const buffer of [detached, resizable, shared]) expect(() => release(buffer)).not.toThrow();
    expect(pooledCount()).toBe(0);
  });
});
