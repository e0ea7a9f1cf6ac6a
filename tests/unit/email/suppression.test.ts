import { describe, expect, it, vi } from 'vitest';
import * as hash from '../../../src/lib/email/hash.ts';
import { md5Hex, sha256Hex } from '../../../src/lib/email/hash.ts';
import { hashedKey } from '../../../src/lib/collections/key-index.ts';
import { canonicalAddress, domainOf } from '../../../src/lib/email/normalise.ts';
import {
  SuppressionIndex,
  classifySuppressionValue,
  suppressionCellEntries,
  suppressionValuesFromRows,
} from '../../../src/lib/email/suppression.ts';

const MD5_JANE = md5Hex('jane@acme.com');
const SHA_JANE = sha256Hex('jane@acme.com');

describe('classifySuppressionValue: email addresses', () => {
  it.each([
    ['jane@acme.com', 'jane@acme.com'],
    [' Jane@ACME.com ', 'jane@acme.com'],
    ['Jane Doe <jane@acme.com>', 'jane@acme.com'],
    ['mailto:jane@acme.com?subject=unsubscribe', 'jane@acme.com'],
    ['jane@bücher.de', 'jane@xn--bcher-kva.de'],
    ['jane+news@gmail.com', 'jane+news@gmail.com'],
  ])('%j → email %s', (raw, key) => {
    expect(classifySuppressionValue(raw)).toEqual({ kind: 'email', key });
  });
});

describe('classifySuppressionValue: domains in every spelling', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['ACME.COM', 'acme.com'],
    ['@acme.com', 'acme.com'],
    ['*@acme.com', 'acme.com'],
    ['*.acme.com', 'acme.com'],
    ['.acme.com', 'acme.com'],
    ['acme.com.', 'acme.com'],
    [' @Acme.co.uk ', 'acme.co.uk'],
    ['sales.acme.com', 'sales.acme.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['@Bücher.DE', 'xn--bcher-kva.de'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
  ])('%j → domain %s', (raw, domain) => {
    expect(classifySuppressionValue(raw)).toEqual({ kind: 'domain', domain });
  });
});

describe('classifySuppressionValue: hashes, any case, stored lower-case', () => {
  it.each([
    [MD5_JANE, 'md5', MD5_JANE],
    [MD5_JANE.toUpperCase(), 'md5', MD5_JANE],
    [` ${MD5_JANE}\u00A0`, 'md5', MD5_JANE],
    [SHA_JANE, 'sha256', SHA_JANE],
    [SHA_JANE.toUpperCase(), 'sha256', SHA_JANE],
  ])('%s → %s', (raw, kind, hash) => {
    expect(classifySuppressionValue(raw)).toEqual({ kind, hash });
  });
});

describe('classifySuppressionValue: everything else is ignored', () => {
  it.each([
    ['email'],
    ['Email'],
    ['E-Mail-Adresse'],
    ['domain'],
    ['md5'],
    ['sha256'],
    ['Jane Doe'],
    ['jane@'],
    ['jane@acme'],
    ['jane doe@acme.com'],
    ['acme'],
    ['localhost'],
    ['12.50'],
    ['1.2.3.4'],
    ['v1.0'],
    ['2024-05-01'],
    ['https://acme.com/'],
    ['acme .com'],
    ['-acme.com'],
    [MD5_JANE.slice(1)], // 31 hex
    [`${SHA_JANE}0`], // 65 hex
    ['g'.repeat(32)], // 32 characters, not hex
  ])('%j', (raw) => {
    expect(classifySuppressionValue(raw)).toEqual({ kind: 'ignored' });
  });

  it.each([[''], ['   '], ['\u00A0\u200B\uFEFF']])('empty %j → null (not counted)', (raw) => {
    expect(classifySuppressionValue(raw)).toBeNull();
  });
});

describe('SuppressionIndex: counts', () => {
  it('counts distinct entries by kind, ignored cells, and skips empty cells', () => {
    const index = new SuppressionIndex();
    index.addAll(['email', 'jane@acme.com', 'JANE@acme.com', 'john@acme.com', '@acme.com', 'acme.com', 'other.org', MD5_JANE, SHA_JANE, SHA_JANE.toUpperCase(), '', 'note: called', ' ']);
    expect(index.counts).toEqual({ emails: 2, domains: 2, hashes: 2, ignored: 2 });
  });

  it('has exactly the summary keys', () => {
    expect(Object.keys(new SuppressionIndex().counts).sort()).toEqual(['domains', 'emails', 'hashes', 'ignored']);
  });

  it('is empty until something matchable is added', () => {
    const index = new SuppressionIndex();
    index.add('email');
    expect(index.isEmpty).toBe(true);
    index.add('acme.com');
    expect(index.isEmpty).toBe(false);
  });
});

describe('SuppressionIndex: email entries', () => {
  const index = new SuppressionIndex();
  index.addAll(['Jane@Acme.com', 'j.doe+news@gmail.com']);

  it.each([
    ['jane@acme.com', 'email jane@acme.com'],
    ['j.doe+news@gmail.com', 'email j.doe+news@gmail.com'],
    ['john@acme.com', null],
    ['jdoe@gmail.com', null], // the canonical option is off
  ])('%s → %s', (key, detail) => {
    expect(index.match(key, null)).toBe(detail);
  });
});

describe('SuppressionIndex: email entries with the canonical option', () => {
  const index = new SuppressionIndex({ canonical: true });
  index.addAll(['j.doe+news@gmail.com', 'jane+x@outlook.com']);

  it.each([
    ['jdoe@gmail.com', 'email j.doe+news@gmail.com'],
    ['j.d.o.e@googlemail.com', 'email j.doe+news@gmail.com'],
    ['jane@outlook.com', 'email jane+x@outlook.com'],
    ['jane+other@outlook.com', 'email jane+x@outlook.com'],
    ['j.ane@outlook.com', null], // dots count at Outlook
  ])('%s → %s', (key, detail) => {
    expect(index.match(key, canonicalAddress(key))).toBe(detail);
  });
});

describe('SuppressionIndex: matchHashed, the per-row path with a known fingerprint and domain', () => {
  const index = new SuppressionIndex({ canonical: true });
  index.addAll(['j.doe+news@gmail.com', 'jdoe@gmail.com', 'jane+x@outlook.com', 'ann@acme.com', 'blocked.example', '@gmail.com']);
  const walk = (d: string) => index.walkDomain(d);

  it.each(['jdoe@gmail.com', 'jane@outlook.com', 'ann@acme.com', 'x@mail.blocked.example', 'x@other.example', 'x@googlemail.com', 'bob@acme.com'])(
    'gives what match gives for %s, its canonical form a fingerprinted key',
    (address) => {
      const canonical = canonicalAddress(address);
      const expected = index.match(address, canonical);
      if (canonical === address) expect(index.matchHashed(hashedKey(address), canonical, walk, domainOf(address))).toBe(expected);
      expect(index.matchHashed(hashedKey(address), canonical, walk)).toBe(expected);
    },
  );

  it('names the first list entry of a canonical form, as the list had it', () => {
    expect(index.matchHashed(hashedKey('jdoe@gmail.com'), 'jdoe@gmail.com', walk)).toBe('email jdoe@gmail.com');
    expect(index.match('j.d.oe@gmail.com', 'jdoe@gmail.com')).toBe('email j.doe+news@gmail.com');
  });

  it('calls domainHit with the domain it is given', () => {
    const asked: string[] = [];
    const domain = 'mail.blocked.example';
    index.matchHashed(hashedKey(`x@${domain}`), `x@${domain}`, (d) => (asked.push(d), index.walkDomain(d)), domain);
    expect(asked).toEqual([domain]);
  });
});

describe('SuppressionIndex: a domain covers itself and every subdomain', () => {
  const index = new SuppressionIndex();
  index.addAll(['acme.com', '*.bücher.de', '@gmail.com']);

  it.each([
    ['x@acme.com', 'domain acme.com'],
    ['x@sales.acme.com', 'domain acme.com'],
    ['x@eu.sales.acme.com', 'domain acme.com'],
    ['x@xn--bcher-kva.de', 'domain xn--bcher-kva.de'],
    ['x@shop.xn--bcher-kva.de', 'domain xn--bcher-kva.de'],
    ['x@notacme.com', null],
    ['x@acme.com.au', null],
    ['x@acme.co', null],
    ['x@com', null],
    ['x@googlemail.com', null], // only the canonical option maps googlemail to gmail
  ])('%s → %s', (key, detail) => {
    expect(index.match(key, null)).toBe(detail);
  });

  it('matches googlemail.com leads against gmail.com under the canonical option', () => {
    expect(index.match('x@googlemail.com', canonicalAddress('x@googlemail.com'))).toBe('domain gmail.com');
  });

  it('matches a subdomain entry only below itself', () => {
    const sub = new SuppressionIndex();
    sub.add('sales.acme.com');
    expect(sub.match('x@eu.sales.acme.com', null)).toBe('domain sales.acme.com');
    expect(sub.match('x@acme.com', null)).toBeNull();
    expect(sub.match('x@marketing.acme.com', null)).toBeNull();
  });
});

describe('SuppressionIndex: hashed entries', () => {
  const plain = 'j.doe+news@gmail.com';
  const canonical = canonicalAddress(plain);

  it.each([
    ['md5 of the key', md5Hex(plain), null, 'md5 hash'],
    ['sha256 of the key', sha256Hex(plain), null, 'sha256 hash'],
    ['md5 of the key, upper-case list', md5Hex(plain).toUpperCase(), null, 'md5 hash'],
    ['md5 of the canonical form, option off', md5Hex(canonical), null, null],
    ['md5 of the canonical form, option on', md5Hex(canonical), canonical, 'md5 hash'],
    ['sha256 of the canonical form, option on', sha256Hex(canonical), canonical, 'sha256 hash'],
    ['md5 of the key, option on', md5Hex(plain), canonical, 'md5 hash'],
    ['md5 of another address', md5Hex('someone@else.com'), canonical, null],
    ['md5 of the un-normalised form never matches', md5Hex('J.Doe+news@Gmail.com'), null, null],
  ])('%s', (_name, entry, canonicalArg, detail) => {
    const index = new SuppressionIndex({ canonical: canonicalArg !== null });
    index.add(entry);
    expect(index.match(plain, canonicalArg)).toBe(detail);
  });

  it('reports the first match in the documented order: email, domain, sha256, md5', () => {
    const index = new SuppressionIndex();
    index.addAll([md5Hex('jane@acme.com'), sha256Hex('jane@acme.com'), 'acme.com', 'jane@acme.com']);
    expect(index.match('jane@acme.com', null)).toBe('email jane@acme.com');
    expect(index.match('john@acme.com', null)).toBe('domain acme.com');
    const hashes = new SuppressionIndex();
    hashes.addAll([md5Hex('jane@acme.com'), sha256Hex('jane@acme.com')]);
    expect(hashes.match('jane@acme.com', null)).toBe('sha256 hash');
  });
});

describe('SuppressionIndex: hashes only when the list needs them', () => {
  /** Runs `match` over 1,000 leads (canonical option on) and reports which digests ran. */
  function digestsComputed(entries: string[]): { md5: number; sha256: number } {
    const md5Spy = vi.spyOn(hash, 'md5Bytes');
    const shaSpy = vi.spyOn(hash, 'sha256Bytes');
    try {
      const index = new SuppressionIndex({ canonical: true });
      index.addAll(entries);
      for (let i = 0; i < 1000; i++) index.match(`lead.${i}@gmail.com`, `lead${i}@gmail.com`);
      return { md5: md5Spy.mock.calls.length, sha256: shaSpy.mock.calls.length };
    } finally {
      md5Spy.mockRestore();
      shaSpy.mockRestore();
    }
  }

  it.each([
    ['no hashed entries', ['acme.com', 'jane@other.org'], { md5: 0, sha256: 0 }],
    ['md5 entries only', ['acme.com', MD5_JANE], { md5: 2000, sha256: 0 }],
    ['sha256 entries only', [SHA_JANE], { md5: 0, sha256: 2000 }],
    ['both kinds', [MD5_JANE, SHA_JANE], { md5: 2000, sha256: 2000 }],
  ])('%s', (_name, entries, expected) => {
    // 2,000 = the key and its different canonical form, for each of 1,000 leads.
    expect(digestsComputed(entries)).toEqual(expected);
  });
});

describe('suppressionValuesFromRows: every cell of every row', () => {
  it('yields cells in order, whatever the layout', () => {
    const rows = [
      ['email', 'name', 'reason'],
      ['jane@acme.com', 'Jane', 'asked by phone'],
      ['acme.org'],
      [],
      ['', MD5_JANE],
    ];
    expect([...suppressionValuesFromRows(rows)]).toEqual(['email', 'name', 'reason', 'jane@acme.com', 'Jane', 'asked by phone', 'acme.org', '', MD5_JANE]);
  });

  it('feeds an index: a CRM export with a header row and mixed columns', () => {
    const index = new SuppressionIndex();
    index.addAll(
      suppressionValuesFromRows([
        ['Email', 'Company Domain Name', 'Unsubscribed'],
        ['jane@acme.com', 'acme.com', 'true'],
        ['JOHN@Beta.io', 'beta.io', 'false'],
      ]),
    );
    expect(index.counts).toEqual({ emails: 2, domains: 2, hashes: 0, ignored: 5 });
  });
});

describe('SuppressionIndex: a snapshot, copied to another thread', () => {
  it('matches every key as the index it was taken from, and counts the same', () => {
    for (const canonical of [false, true]) {
      const index = new SuppressionIndex({ canonical });
      index.addAll(['Email', 'J.Doe+news@gmail.com', 'ann@acme.com', 'blocked.example', md5Hex('mo@x.com'), sha256Hex('sam@y.com'), 'not an entry']);
      const copy = SuppressionIndex.fromSnapshot(structuredClone(index.snapshot()));
      expect(copy.counts).toEqual(index.counts);
      expect(copy.isEmpty).toBe(false);
      for (const key of ['ann@acme.com', 'bob@acme.com', 'jdoe@gmail.com', 'x@mail.blocked.example', 'x@notblocked.example', 'mo@x.com', 'sam@y.com']) {
        const alt = canonical ? canonicalAddress(key) : null;
        expect(copy.match(key, alt)).toBe(index.match(key, alt));
      }
      expect(copy.match('ann@acme.com', null)).toBe('email ann@acme.com');
      expect(copy.match('x@mail.blocked.example', null)).toBe('domain blocked.example');
    }
  });

  it('is independent of the original once copied: entries added to either stay there', () => {
    const index = new SuppressionIndex();
    index.add('ann@acme.com');
    const copy = SuppressionIndex.fromSnapshot(structuredClone(index.snapshot()));
    index.add('bob@acme.com');
    copy.add('cy@acme.com');
    expect([index.match('bob@acme.com', null), copy.match('bob@acme.com', null)]).toEqual(['email bob@acme.com', null]);
    expect([index.match('cy@acme.com', null), copy.match('cy@acme.com', null)]).toEqual([null, 'email cy@acme.com']);
  });
});

describe('suppressionCellEntries: one cell, several entries', () => {
  it.each([
    ['jane@acme.com', ['jane@acme.com']],
    [' jane@acme.com ', [' jane@acme.com ']],
    ['a@x.com, f@y.com', ['a@x.com', 'f@y.com']],
    ['a@x.com;f@y.com;', ['a@x.com', 'f@y.com']],
    ['a@x.com\r\nf@y.com', ['a@x.com', 'f@y.com']],
    ['Ann <a@x.com>, Fay <f@y.com>', ['a@x.com', 'f@y.com']],
    ['Ann <a@x.com>, f@y.com', ['a@x.com', 'f@y.com']],
    ['"Doe, Jane" <jane@acme.com>', ['"Doe, Jane" <jane@acme.com>']],
    ['Jane Doe <jane@acme.com>', ['Jane Doe <jane@acme.com>']],
    ['acme.com beta.com', ['acme.com', 'beta.com']],
    [`${MD5_JANE}, ${SHA_JANE}`, [MD5_JANE, SHA_JANE]],
    ['unsubscribed 2026', ['unsubscribed 2026']],
    ['Email address', ['Email address']],
  ])('%j → %j', (cell, entries) => {
    expect(suppressionCellEntries(cell)).toEqual(entries);
  });
});
