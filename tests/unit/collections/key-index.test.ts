/**
 * KeyIndex, the dedup index of the list cleaner: a typed-array hash table of 64-bit fingerprints
 * with every key kept for exact comparison. Besides the API, these tests force what real data
 * almost never shows: many doublings, arena page spills, keys whose fingerprints collide (by
 * injecting a fingerprint function), and keys that differ only in ways a sloppy byte encoding
 * would lose (case, one code unit, a high byte, a lone surrogate, a trailing prefix).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex, MAP_LIMIT, fingerprint, type Fingerprint, type HashedKey, type KeyIndexTuning } from '../../../src/lib/collections/key-index.ts';

/** Every key collides in all 64 bits, and with the all-zero memory of an empty slot. */
const ALL_ZERO: Fingerprint = (_key, out) => {
  out[0] = 0;
  out[1] = 0;
};
/** Same high word (one probe cluster), low words that tell most keys apart. */
const SAME_HIGH: Fingerprint = (key, out) => {
  fingerprint(key, out);
  out[0] = 7;
};
/** Different high words, the same low word. */
const SAME_LOW: Fingerprint = (key, out) => {
  fingerprint(key, out);
  out[1] = -1;
};
/** Collides whenever two keys have the same length: many partial clusters. */
const BY_LENGTH: Fingerprint = (key, out) => {
  out[0] = key.length;
  out[1] = key.length * 31;
};

/** Keys that only an exact comparison keeps apart. */
const NEAR_KEYS = [
  '', 'a', 'A', 'ab', 'aB', 'ba', 'abc', 'abd', 'ab\u0000', '\u0000',
  'jane@acme.com', 'Jane@acme.com', 'jane@acme.co', 'jane@acme.com.', 'jane@acme.con', 'jane@acme.com ',
  'jane@acme.comjane@acme.com', 'jöne@acme.com', 'jône@acme.com', '\u00ff', '\u01ff', '\uffff', '\u0141', 'A\u0000',
  'anna@bücher.de', 'anna@xn--bcher-kva.de', 'żaneta@poczta.pl', '山田@例え.jp', 'emoji😀@x.com', 'emoji😁@x.com',
  '\ud800', '\udc00', '\ud800\udc00', '\udc00\ud800', 'a\ud800b', 'a\udc00b', 'x\ud83d', '\ud83dx', '\ud83d\ude00',
];

/** Tunings under which every test of behaviour must hold. */
const TUNINGS: [string, number, KeyIndexTuning][] = [
  ['defaults', 1024, {}],
  ['tiny table and pages', 1, { pageSize: 3 }],
  ['all fingerprints colliding', 1, { fingerprint: ALL_ZERO }],
  ['same high word', 2, { fingerprint: SAME_HIGH, pageSize: 16 }],
  ['same low word', 2, { fingerprint: SAME_LOW }],
  ['colliding by length', 4, { fingerprint: BY_LENGTH, pageSize: 5 }],
];

describe('KeyIndex basics', () => {
  it('starts empty', () => {
    const index = new KeyIndex();
    expect(index.size).toBe(0);
    expect(index.get('jane@acme.com')).toBeUndefined();
    expect(index.get('')).toBeUndefined();
  });

  it('add after a missed get, then get', () => {
    const index = new KeyIndex();
    expect(index.get('jane@acme.com')).toBeUndefined();
    index.add('jane@acme.com', 7);
    expect(index.get('jane@acme.com')).toBe(7);
    expect(index.get('bob@acme.com')).toBeUndefined();
    expect(index.size).toBe(1);
  });

  it('getOrAdd stores the first row only', () => {
    const index = new KeyIndex();
    expect(index.getOrAdd('a@x.com', 3)).toBe(3);
    expect(index.getOrAdd('a@x.com', 9)).toBe(3);
    expect(index.getOrAdd('b@x.com', 4)).toBe(4);
    expect(index.size).toBe(2);
    expect([index.get('a@x.com'), index.get('b@x.com')]).toEqual([3, 4]);
  });

  it('add of a key that is there after all replaces its row, like Map.set', () => {
    const index = new KeyIndex();
    index.add('a', 1);
    index.add('a', 2);
    expect(index.get('a')).toBe(2);
    expect(index.size).toBe(1);
  });

  it.each([0, 1, 2 ** 24, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1])('keeps row %d exactly', (row) => {
    const index = new KeyIndex();
    index.add('k', row);
    expect(index.get('k')).toBe(row);
    expect(index.getOrAdd('j', row)).toBe(row);
    expect(index.getOrAdd('j', 5)).toBe(row);
  });

  it.each([-1, 1.5, 2 ** 32, Number.NaN, Infinity])('refuses row %d and stores nothing', (row) => {
    const index = new KeyIndex();
    expect(() => index.add('k', row)).toThrow(RangeError);
    expect(() => index.getOrAdd('k', row)).toThrow(RangeError);
    expect(index.size).toBe(0);
    expect(index.get('k')).toBeUndefined();
    index.add('k', 1);
    expect(() => index.add('k', row)).toThrow(RangeError);
    expect(index.get('k')).toBe(1);
  });

  it('touch and touchKeys read slots and keys and change nothing, empty slots and 0/0 fingerprints included', () => {
    const index = new KeyIndex(2);
    const fp = new Int32Array(2);
    const fps = ['a', 'b', 'c'].map((key) => (fingerprint(key, fp), [fp[0]!, fp[1]!]));
    // 0/0 is what an empty slot holds: touchKeys must not take it for a stored key.
    const his = new Int32Array([...fps.map(([hi]) => hi!), 0]);
    const los = new Int32Array([...fps.map(([, lo]) => lo!), 0]);
    index.touch(his);
    index.touchKeys(his, los);
    index.add('a', 1);
    index.touch(his);
    index.touchKeys(his, los);
    index.touch(new Int32Array(0));
    index.touchKeys(new Int32Array(0), new Int32Array(0));
    expect([index.get('a'), index.get('b'), index.size]).toEqual([1, undefined, 1]);
  });

  it('is not bound to the Map limit it replaces', () => {
    expect(MAP_LIMIT).toBe(2 ** 24 - 1);
  });
});

describe('KeyIndex: a get followed by add', () => {
  it('adds the key that missed, even when other keys were probed in between', () => {
    const index = new KeyIndex(2);
    expect(index.get('a')).toBeUndefined();
    expect(index.get('b')).toBeUndefined();
    index.add('a', 1);
    expect(index.get('a')).toBe(1);
    expect(index.get('b')).toBeUndefined();

    expect(index.get('c')).toBeUndefined();
    expect(index.getOrAdd('a', 9)).toBe(1);
    index.add('c', 3);
    expect(index.get('d')).toBeUndefined();
    expect(index.getOrAdd('e', 5)).toBe(5);
    index.add('d', 4);
    expect(['a', 'b', 'c', 'd', 'e'].map((k) => index.get(k))).toEqual([1, undefined, 3, 4, 5]);
    expect(index.size).toBe(4);
  });

  it('adds into the right slot when the add makes the table double', () => {
    const index = new KeyIndex(2);
    for (let i = 0; i < 100; i++) {
      const key = `k${i}@x.com`;
      expect(index.get(key)).toBeUndefined();
      index.add(key, i + 1);
      expect(index.get(key)).toBe(i + 1);
    }
    for (let i = 0; i < 100; i++) expect(index.get(`k${i}@x.com`)).toBe(i + 1);
    expect(index.size).toBe(100);
  });

  it('a failed add leaves the missed key addable', () => {
    const index = new KeyIndex();
    expect(index.get('a')).toBeUndefined();
    expect(() => index.add('a', -1)).toThrow(RangeError);
    index.add('a', 1);
    expect(index.get('a')).toBe(1);
    expect(index.size).toBe(1);
  });
});

describe.each(TUNINGS)('KeyIndex (%s)', (_name, capacity, tuning) => {
  it('keeps keys apart that differ only in case, one code unit, length, high bytes or surrogates', () => {
    const index = new KeyIndex(capacity, tuning);
    NEAR_KEYS.forEach((key, i) => {
      expect(index.get(key)).toBeUndefined();
      index.add(key, i + 1);
    });
    expect(new Set(NEAR_KEYS).size).toBe(NEAR_KEYS.length);
    expect(index.size).toBe(NEAR_KEYS.length);
    expect(NEAR_KEYS.map((key) => index.get(key))).toEqual(NEAR_KEYS.map((_, i) => i + 1));
    expect(NEAR_KEYS.map((key) => index.getOrAdd(key, 0))).toEqual(NEAR_KEYS.map((_, i) => i + 1));
    for (const absent of ['b', 'jane@acme.cox', '\ud801', '\u0100', 'ab\u0001', 'jane@acme.com\u0000', '\u00ff\u00ff']) {
      expect(index.get(absent)).toBeUndefined();
    }
  });

  it('finds every key after many doublings and page spills', () => {
    // Colliding high words make one probe cluster, so every operation walks all of it.
    const n = [ALL_ZERO, SAME_HIGH, BY_LENGTH].includes(tuning.fingerprint!) ? 400 : 20_000;
    const index = new KeyIndex(capacity, tuning);
    const keyOf = (i: number) => (i % 3 === 0 ? `user${i}@example.com` : i % 3 === 1 ? `ü${i}@bücher.de` : `名${i}@例え.jp`);
    for (let i = 0; i < n; i++) {
      expect(index.getOrAdd(keyOf(i), i + 1)).toBe(i + 1);
      // Keys added before the last doubling are still found while the table grows.
      const earlier = (i * 7919) % (i + 1);
      expect(index.get(keyOf(earlier))).toBe(earlier + 1);
    }
    expect(index.size).toBe(n);
    for (let i = 0; i < n; i++) expect(index.get(keyOf(i))).toBe(i + 1);
    expect(index.get(keyOf(n))).toBeUndefined();
    expect(index.get('user1@example.co')).toBeUndefined();
  });

  it('agrees with a Map on random sequences of operations', () => {
    // Few distinct units, so sequences often repeat keys and make near-equal ones.
    const unit = fc.oneof(
      fc.constantFrom('a', 'A', '@', '.', '\u00ff', '\u0100', '\ud800', '\udc00', '\u0000'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    const key = fc.string({ unit, maxLength: 12 });
    const op = fc.record({ kind: fc.constantFrom('get', 'getOrAdd', 'getThenAdd', 'add'), key, row: fc.nat({ max: 2 ** 32 - 1 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 150 }), (ops) => {
        const index = new KeyIndex(capacity, tuning);
        const model = new Map<string, number>();
        for (const { kind, key, row } of ops) {
          if (kind === 'get') {
            expect(index.get(key)).toBe(model.get(key));
          } else if (kind === 'getOrAdd') {
            if (!model.has(key)) model.set(key, row);
            expect(index.getOrAdd(key, row)).toBe(model.get(key));
          } else if (kind === 'getThenAdd') {
            // What the classifier does: add only after get missed.
            const found = index.get(key);
            expect(found).toBe(model.get(key));
            if (found === undefined) {
              index.add(key, row);
              model.set(key, row);
            }
          } else {
            index.add(key, row);
            model.set(key, row);
          }
          expect(index.size).toBe(model.size);
        }
        for (const [key, row] of model) expect(index.get(key)).toBe(row);
        // keys() gives them back exactly, in the order they were first added (as a Map does).
        expect([...index.keys()]).toEqual([...model.keys()]);
      }),
      { numRuns: 150 },
    );
  });
});

describe.each(TUNINGS)('KeyIndex, keys given as part of a string (%s)', (_name, capacity, tuning) => {
  it('is the same key as that part cut out, in get, add and the add after a missed get', () => {
    const unit = fc.constantFrom('a', 'A', '@', '\u00ff', '\u0100', '\ud800', '\u0000');
    const key = fc.string({ unit, maxLength: 8 });
    const op = fc.record({ key, before: key, after: key, ranged: fc.boolean(), add: fc.boolean(), row: fc.nat({ max: 1000 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const index = new KeyIndex(capacity, tuning);
        const model = new Map<string, number>();
        for (const { key, before, after, ranged, add, row } of ops) {
          const text = before + key + after;
          const [start, end] = [before.length, before.length + key.length];
          // With known fingerprints, as the run passes them (here the tuning's own), of a part of a longer string.
          const fp = new Int32Array(2);
          (tuning.fingerprint ?? fingerprint)(key, fp);
          const hashed: HashedKey = { text, start, end, hi: fp[0]!, lo: fp[1]! };
          const found = ranged ? index.getHashed(hashed) : index.get(key);
          expect(found).toBe(model.get(key));
          if (add) {
            if (ranged) index.addHashed(hashed, row);
            else index.add(key, row);
            model.set(key, row);
          }
          expect(index.size).toBe(model.size);
        }
        for (const [key, row] of model) {
          const fp = new Int32Array(2);
          (tuning.fingerprint ?? fingerprint)(key, fp);
          expect(index.getHashed({ text: `<${key}>`, start: 1, end: key.length + 1, hi: fp[0]!, lo: fp[1]! })).toBe(row);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('does not take the slot a missed get found for another part of the same string', () => {
    const index = new KeyIndex(capacity, tuning);
    index.add('z', 1); // (a get on an empty index remembers nothing)
    const text = 'xab';
    const part = (start: number, end: number): HashedKey => {
      const fp = new Int32Array(2);
      (tuning.fingerprint ?? fingerprint)(text.slice(start, end), fp);
      return { text, start, end, hi: fp[0]!, lo: fp[1]! };
    };
    expect(index.getHashed(part(1, 2))).toBeUndefined(); // 'a'
    index.add(text, 5); // 'xab', the whole string
    index.addHashed(part(2, 3), 7); // 'b'
    expect([index.get('a'), index.get('xab'), index.get('b'), index.size]).toEqual([undefined, 5, 7, 3]);
  });
});

describe('KeyIndex snapshots, copied as a message copies them', () => {
  it('find every key, and take more keys through doublings and new pages', () => {
    const index = new KeyIndex(2, { pageSize: 64 });
    const keys = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `k${i}@x.com` : `ü${i}@bücher.de`));
    keys.slice(0, 1000).forEach((key, i) => index.add(key, i + 1));
    const copy = KeyIndex.fromSnapshot(structuredClone(index.snapshot()));
    expect(copy.size).toBe(1000);
    keys.slice(0, 1000).forEach((key, i) => expect(copy.get(key)).toBe(i + 1));
    keys.slice(1000).forEach((key, i) => {
      expect(copy.get(key)).toBeUndefined();
      copy.add(key, 1001 + i);
    });
    keys.forEach((key, i) => expect(copy.get(key)).toBe(i + 1));
    expect([copy.size, index.size, index.get(keys[2000]!)]).toEqual([3000, 1000, undefined]);
  });

  it('are refused for an index with another fingerprint, and a malformed one is not read', () => {
    expect(() => new KeyIndex(8, { fingerprint: ALL_ZERO }).snapshot()).toThrow(/default fingerprint/);
    const snapshot = new KeyIndex(8).snapshot();
    expect(() => KeyIndex.fromSnapshot({ ...snapshot, slots: new Int32Array(12) })).toThrow(RangeError);
    expect(() => KeyIndex.fromSnapshot({ ...snapshot, pages: [] })).toThrow(RangeError);
  });
});

describe('KeyIndex arena pages', () => {
  it('gives a key longer than a page a page of its own, and keeps using small pages after it', () => {
    const index = new KeyIndex(2, { pageSize: 4 });
    const keys = ['abc', 'x'.repeat(1000), 'de', '\u0100'.repeat(3), 'fgh', '', 'y'.repeat(5), '\ud800'.repeat(2), 'ij'];
    keys.forEach((key, i) => index.add(key, i + 1));
    expect(keys.map((key) => index.get(key))).toEqual(keys.map((_, i) => i + 1));
    expect(index.get('x'.repeat(999))).toBeUndefined();
    expect(index.get('x'.repeat(1001))).toBeUndefined();
  });

  it('keeps a very long key exactly, narrow and wide', () => {
    const index = new KeyIndex();
    const narrow = 'n'.repeat(100_000) + '\u00ff';
    const wide = 'w'.repeat(100_000) + '\ud800';
    index.add(narrow, 1);
    index.add(wide, 2);
    expect(index.get(narrow)).toBe(1);
    expect(index.get(wide)).toBe(2);
    expect(index.get('n'.repeat(100_000) + '\u00fe')).toBeUndefined();
    expect(index.get('w'.repeat(100_000) + '\udfff')).toBeUndefined();
    expect(index.get('w'.repeat(100_000) + '\u0000')).toBeUndefined();
    expect([...index.keys()]).toEqual([narrow, wide]);
  });

  it('spills a million bytes of keys over pages of 1 KiB without losing one', () => {
    // The 1-KiB pages stand in for the default 8 MiB: 1000 pages here are 8 GB of keys there.
    const index = new KeyIndex(1, { pageSize: 1024 });
    const keyOf = (i: number) => `${'p'.repeat(i % 40)}${i}@spill.example`;
    const n = 30_000;
    for (let i = 0; i < n; i++) index.add(keyOf(i), i + 1);
    for (let i = 0; i < n; i++) expect(index.get(keyOf(i))).toBe(i + 1);
    expect(index.size).toBe(n);
  });
});

describe('fingerprint', () => {
  const fp = (key: string) => {
    const out = new Int32Array(2);
    fingerprint(key, out);
    return [out[0], out[1]];
  };

  it('is a pure function of the code units', () => {
    expect(fp('jane@acme.com')).toEqual(fp('jane@' + 'acme.com'));
    expect(fp('a\ud800')).toEqual(fp(['a', '\ud800'].join('')));
  });

  it('tells apart the near keys in both words', () => {
    const his = new Set(NEAR_KEYS.map((key) => fp(key)[0]));
    const los = new Set(NEAR_KEYS.map((key) => fp(key)[1]));
    expect(his.size).toBe(NEAR_KEYS.length);
    expect(los.size).toBe(NEAR_KEYS.length);
  });

  it('spreads similar keys over the low bits the table indexes by', () => {
    const buckets = new Set<number>();
    for (let i = 0; i < 4096; i++) buckets.add(fp(`user${i}@example.com`)[0]! & 4095);
    // 4096 random throws into 4096 buckets fill about 63% of them.
    expect(buckets.size).toBeGreaterThan(2400);
  });
});
