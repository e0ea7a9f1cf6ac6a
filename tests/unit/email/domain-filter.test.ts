/**
 * DomainFilter may say "maybe" for a domain that is not in its list, never "no" for one that is:
 * the list cleaner skips a list's lookups on a "no", so a false "no" would keep a suppressed or
 * disposable domain.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainFilter, suffixHashes } from '../../../src/lib/email/domain-filter.ts';

const label = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
const domain = fc.array(label, { minLength: 1, maxLength: 5 }).map((labels) => labels.join('.'));

describe('DomainFilter with suffixHashes', () => {
  it('never says no for a listed domain, nor for any subdomain of one, at the right suffix', () => {
    fc.assert(
      fc.property(fc.array(domain, { minLength: 1, maxLength: 30 }), fc.array(label, { maxLength: 3 }), fc.nat(), (listed, prefix, pick) => {
        const filter = DomainFilter.of(listed);
        const entry = listed[pick % listed.length]!;
        const query = [...prefix, entry].join('.');
        const hashes = new Int32Array(16);
        const n = suffixHashes(query, hashes);
        expect(n).toBe(query.split('.').length);
        // The entry is the suffix with as many labels as it has.
        expect(filter.mayHave(hashes[entry.split('.').length - 1]!)).toBe(true);
        expect(filter.mayHaveAny(hashes, n)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('says no for nearly every domain it does not hold', () => {
    const filter = DomainFilter.of(Array.from({ length: 10_000 }, (_, i) => `listed${i}.example`));
    const hashes = new Int32Array(4);
    let maybe = 0;
    for (let i = 0; i < 10_000; i++) {
      const n = suffixHashes(`other${i}.test`, hashes);
      if (filter.mayHaveAny(hashes, n)) maybe++;
    }
    expect(maybe).toBeLessThan(400);
  });

  it('gives -1 when the hashes do not fit, so that the caller asks the lists', () => {
    const hashes = new Int32Array(3);
    expect(suffixHashes('a.b.c', hashes)).toBe(3);
    expect(suffixHashes('a.b.c.d', hashes)).toBe(-1);
    expect(suffixHashes('nodot', hashes)).toBe(1);
  });
});
