import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { md5Hex, sha256Hex } from '../../../src/lib/email/hash.ts';

describe('sha256Hex: published test vectors', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('%j', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });
});

describe('md5Hex: RFC 1321 test vectors', () => {
  it.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a', '0cc175b9c0f1b6a831c399e269772661'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['12345678901234567890123456789012345678901234567890123456789012345678901234567890', '57edf4a22be3c955ac49da2e2107b67a'],
  ])('%j', (text, hex) => {
    expect(md5Hex(text)).toBe(hex);
  });
});

describe('hashes are of the UTF-8 bytes, whatever the input', () => {
  it.each([
    ['jane@acme.com'],
    ['jörg@xn--bcher-kva.de'],
    ['info@пример.рф'],
    ['😀@emoji.example'],
    ['x'.repeat(300)], // longer than the ASCII scratch buffer
    ['é'.repeat(300)],
  ])('%j matches node:crypto', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(md5Hex(text)).toBe(createHash('md5').update(text, 'utf8').digest('hex'));
  });

  it('gives the same digest on repeated and interleaved calls (the hash state is reused)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 8 }), (texts) => {
        for (const text of texts) {
          expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
          expect(md5Hex(text)).toBe(createHash('md5').update(text, 'utf8').digest('hex'));
        }
      }),
      { numRuns: 300 },
    );
  });
});
