/** The preparer's per-domain cache: every fact comes back as it was set, however many domains and entries. */
import { describe, expect, it } from 'vitest';
import { DomainFactsCache } from '../../../src/lib/clean/domain-facts.ts';

describe('DomainFactsCache', () => {
  it('gives back each domain\'s facts, every two-letter country included', () => {
    const cache = new DomainFactsCache(10_000);
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const a of letters) {
      for (const b of letters) {
        const facts = cache.set(`x.${a}${b}`.toLowerCase(), { disposable: a === 'Z', free: b === 'Z', country: a + b, suppressedBy: null });
        expect(cache.country(facts)).toBe(a + b);
        expect(cache.get(`x.${a}${b}`.toLowerCase())).toBe(facts);
      }
    }
  });

  it('regression: more suppression entries than a fact number holds crashed the run; the cache starts over instead', () => {
    const cache = new DomainFactsCache(10_000, 3);
    for (let i = 0; i < 10; i++) {
      const facts = cache.set(`d${i}.example`, { disposable: false, free: false, country: null, suppressedBy: `entry${i}.example` });
      expect(cache.suppressedBy(facts)).toBe(`entry${i}.example`);
    }
    // Started over: the last domains are there with their entries, the first ones are gone.
    expect(cache.suppressedBy(cache.get('d9.example')!)).toBe('entry9.example');
    expect(cache.get('d0.example')).toBeUndefined();
  });

  it('starts over at its size limit', () => {
    const cache = new DomainFactsCache(4);
    for (let i = 0; i < 5; i++) cache.set(`d${i}.example`, { disposable: false, free: true, country: 'DE', suppressedBy: null });
    expect(cache.get('d0.example')).toBeUndefined();
    expect(cache.country(cache.get('d4.example')!)).toBe('DE');
  });
});
