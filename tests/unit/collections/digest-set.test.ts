/**
 * DigestSet, the byte set that hashed suppression entries are kept in: it must agree with a Set
 * of hex strings, whatever the digests and however many (doublings), and survive a copy to
 * another thread.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DigestSet } from '../../../src/lib/collections/digest-set.ts';
import { md5Bytes, md5Hex, sha256Bytes, sha256Hex } from '../../../src/lib/email/hash.ts';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('DigestSet', () => {
  it('agrees with a Set of hex strings on any digests, through many doublings', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 16, maxLength: 16 }), { maxLength: 400 }), fc.array(fc.uint8Array({ minLength: 16, maxLength: 16 }), { maxLength: 50 }), (added, probes) => {
        const set = new DigestSet(16, 1);
        const model = new Set<string>();
        for (const digest of added) {
          expect(set.add(digest)).toBe(!model.has(hex(digest)));
          model.add(hex(digest));
        }
        expect(set.size).toBe(model.size);
        for (const digest of [...added, ...probes]) expect(set.has(digest)).toBe(model.has(hex(digest)));
      }),
      { numRuns: 200 },
    );
  });

  it('tells apart digests that share their first bytes (the ones that place them)', () => {
    const set = new DigestSet(32, 1);
    const base = sha256Bytes('jane@acme.com').slice();
    const near = Array.from({ length: 40 }, (_, i) => {
      const d = base.slice();
      d[4 + (i % 28)]! ^= 1 + Math.floor(i / 28);
      return d;
    });
    for (const d of near) expect(set.add(d)).toBe(true);
    expect(set.has(base)).toBe(false);
    for (const d of near) expect(set.has(d)).toBe(true);
    expect(set.size).toBe(40);
  });

  it('reads hex in any case, and refuses what is not a digest of its length', () => {
    const set = new DigestSet(16);
    expect(set.addHex(md5Hex('jane@acme.com').toUpperCase())).toBe(true);
    expect(set.addHex(md5Hex('jane@acme.com'))).toBe(false);
    expect(set.has(md5Bytes('jane@acme.com'))).toBe(true);
    expect(set.has(md5Bytes('john@acme.com'))).toBe(false);
    for (const bad of [sha256Hex('x'), 'z'.repeat(32), md5Hex('x').slice(1)]) expect(() => set.addHex(bad)).toThrow(RangeError);
    expect(() => new DigestSet(2)).toThrow(RangeError);
  });

  it('is the same set after a copy of its snapshot, and independent of the original', () => {
    const set = new DigestSet(32);
    for (let i = 0; i < 100; i++) set.addHex(sha256Hex(`p${i}@acme.com`));
    const copy = DigestSet.fromSnapshot(structuredClone(set.snapshot()));
    expect(copy.size).toBe(100);
    for (let i = 0; i < 100; i++) expect(copy.has(sha256Bytes(`p${i}@acme.com`))).toBe(true);
    copy.add(sha256Bytes('new@acme.com'));
    expect([copy.has(sha256Bytes('new@acme.com')), set.has(sha256Bytes('new@acme.com'))]).toEqual([true, false]);
  });
});
