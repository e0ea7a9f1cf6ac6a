/**
 * Synchronous hex digests for hashed suppression lists.
 *
 * WebCrypto's `subtle.digest` is async, has no MD5, and costs microseconds per call even when
 * batched; matching a lead list against an MD5 list (the affiliate-industry format) needs
 * millions of small synchronous hashes, so we use @noble/hashes (pure JS, audited for SHA-2).
 */
import { md5 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex characters.
 * @example sha256Hex('') // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * MD5 of the UTF-8 bytes of `text`, as 32 lower-case hex characters. MD5 is broken for security
 * but is still how many suppression lists are exchanged; here it only compares, never protects.
 * @example md5Hex('') // 'd41d8cd98f00b204e9800998ecf8427e'
 */
export function md5Hex(text: string): string {
  return bytesToHex(md5(utf8ToBytes(text)));
}
