/**
 * The keys of an email cell, as every part of the cleaner compares addresses.
 */
import { canonicalAddress, normaliseAddress } from '../email/normalise.ts';

/**
 * The keys of an email cell: `address` is the normalised address (what validity, domain and
 * hash checks use); `key` is what rows are compared by: the canonical mailbox when the
 * "Treat Gmail dots and +tags as one mailbox" option is on, else the address itself.
 */
export function keysOf(cell: string, canonical: boolean): { address: string; key: string } {
  const address = normaliseAddress(cell);
  return { address, key: keyOf(address, canonical) };
}

/** The key of a normalised address (see {@link keysOf}), without the object. */
export function keyOf(address: string, canonical: boolean): string {
  return canonical && address !== '' ? canonicalAddress(address) : address;
}

