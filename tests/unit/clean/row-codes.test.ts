/** The layout of a prepared row's codes: every bit its own, every flag in the byte a batch stores. */
import { describe, expect, it } from 'vitest';
import { BAD_BYTES, CANONICAL, CLASS_BIT, CLASS_MASK, CLASS_SETS, SUPPRESSED, firstClassOf, removalCode, removalOf } from '../../../src/lib/clean/row-codes.ts';
import { OPTIONAL_CLASSES } from '../../../src/lib/clean/summary.ts';

describe('row codes', () => {
  it('gives every optional class its own bit, and the other flags bits of their own, all in a byte', () => {
    const bits = [...OPTIONAL_CLASSES.map((c) => CLASS_BIT[c]), CANONICAL, SUPPRESSED, BAD_BYTES];
    expect(bits.reduce((all, bit) => all | bit, 0)).toBe(bits.reduce((sum, bit) => sum + bit, 0)); // no bit shared
    for (const bit of bits) expect(bit & (bit - 1)).toBe(0); // one bit each
    expect(Math.max(...bits)).toBeLessThan(256);
    expect(CLASS_MASK).toBe(OPTIONAL_CLASSES.reduce((mask, c) => mask | CLASS_BIT[c], 0));
  });

  it('names the classes of every combination of class bits, and the first of them', () => {
    expect(CLASS_SETS).toHaveLength(CLASS_MASK + 1);
    expect(CLASS_SETS[CLASS_BIT.role | CLASS_BIT.consentCountry]).toEqual(['role', 'consentCountry']);
    expect(firstClassOf(CLASS_BIT.free | CLASS_BIT.role)).toBe('role');
    expect(firstClassOf(0)).toBeNull();
  });

  it.each([null, ...OPTIONAL_CLASSES])('a removal by %s round-trips through its code', (removal) => {
    expect(removalOf(removalCode(removal))).toBe(removal);
  });
});
