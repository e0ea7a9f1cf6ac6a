import { sha256Hex } from '../email/hash.ts';
import { isValidAddress, normaliseAddress } from '../email/normalise.ts';

/**
 * The SHA-256 of an address as the suppression record keeps it: normalised first (trimmed,
 * lower-cased, display name and `mailto:` removed), exactly as the list cleaner hashes its
 * suppression lists, so the two match. Null when the text is not an email address.
 */
export function suppressionHash(address: string): string | null {
  const key = normaliseAddress(address);
  return isValidAddress(key) ? sha256Hex(key) : null;
}
