import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/lib/email/hash';
import { suppressionHash } from '../../../src/lib/replies/suppression';

describe('the suppression hash of the requester’s address', () => {
  it('is the SHA-256 of the normalised address, as the list cleaner computes it', () => {
    expect(suppressionHash(' "Berg, Jonas" <Jonas.Berg@ACME.example> ')).toBe(sha256Hex('jonas.berg@acme.example'));
    expect(suppressionHash('mailto:jonas.berg@acme.example')).toBe(sha256Hex('jonas.berg@acme.example'));
  });

  it('is null for something that is not an address', () => {
    expect(suppressionHash('Jonas Berg')).toBeNull();
    expect(suppressionHash('')).toBeNull();
  });
});
