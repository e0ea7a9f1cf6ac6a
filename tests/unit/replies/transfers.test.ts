import { describe, expect, it } from 'vitest';
import { senderOutsideArea, type Region } from '../../../src/lib/replies/transfers';

const REGIONS: Record<string, Region> = { DE: 'EU', NO: 'EEA', GB: 'UK', CH: 'CH' };
const regionOf = (code: string) => REGIONS[code];

describe('a sender outside the requester’s area cannot say "we do not transfer"', () => {
  it.each([
    ['CA', 'EU', true],
    ['US', 'UK', true],
    ['CH', 'EU', true],
    ['GB', 'EU', true],
    ['DE', 'UK', true],
    ['DE', 'EU', false],
    ['NO', 'EEA', false],
    ['GB', 'UK', false],
    ['', 'EU', false],
  ] as const)('sender %s, requester in %s: outside = %s', (sender, region, outside) => {
    expect(senderOutsideArea(sender, region, regionOf)).toBe(outside);
  });

  it('an unknown requester country is read as the EU', () => {
    expect(senderOutsideArea('CA', null, regionOf)).toBe(true);
    expect(senderOutsideArea('DE', null, regionOf)).toBe(false);
  });
});
