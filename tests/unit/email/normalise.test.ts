import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalAddress,
  canonicalAddressAt,
  domainOf,
  GMAIL_DOMAINS,
  PLUS_TAG_DOMAINS,
  isValidAddress,
  lastIndexOfCode,
  localPartOf,
  normaliseAddress,
  toAsciiDomain,
  WHATWG_EMAIL,
} from '../../../src/lib/email/normalise.ts';

const NBSP = '\u00A0';
const ZWSP = '\u200B';
const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const WORD_JOINER = '\u2060';
const BOM = '\uFEFF';

describe('normaliseAddress: empty cells', () => {
  it.each([[''], [' '], [NBSP], [`${ZWSP}${BOM}`], ['\t\r\n']])('%j → ""', (raw) => {
    expect(normaliseAddress(raw)).toBe('');
  });
});

describe('normaliseAddress: invisible characters', () => {
  it.each([
    [' jane@acme.com ', 'jane@acme.com'],
    [`${NBSP}jane@acme.com${NBSP}`, 'jane@acme.com'],
    [`${BOM}jane@acme.com`, 'jane@acme.com'],
    [`${ZWSP}jane@acme.com${ZWSP}`, 'jane@acme.com'],
    [`${WORD_JOINER}jane@acme.com${ZWJ}`, 'jane@acme.com'],
    [`ja${ZWSP}ne@ac${ZWNJ}me.com`, 'jane@acme.com'],
    [`jane@acme.com${BOM}${NBSP}${ZWSP} `, 'jane@acme.com'],
    ['\tjane@acme.com\r\n', 'jane@acme.com'],
  ])('%j → %s', (raw, key) => {
    expect(normaliseAddress(raw)).toBe(key);
  });
});

describe('normaliseAddress: mailto links and queries', () => {
  it.each([
    ['mailto:jane@acme.com', 'jane@acme.com'],
    ['MAILTO:Jane@Acme.com', 'jane@acme.com'],
    ['Mailto: jane@acme.com', 'jane@acme.com'],
    ['mailto:jane@acme.com?subject=Hello&body=Hi', 'jane@acme.com'],
    ['jane@acme.com?subject=Hello', 'jane@acme.com'],
    ['mailto:jane%40acme.com', 'jane@acme.com'],
    ['mailto:jane.doe%2Bnews@acme.com', 'jane.doe+news@acme.com'],
    ['<mailto:jane@acme.com>', 'jane@acme.com'],
    ['mailto:mailto:jane@acme.com', 'jane@acme.com'],
  ])('%s → %s', (raw, key) => {
    expect(normaliseAddress(raw)).toBe(key);
  });

  it('keeps a `?` in a bare local part, where it is a legal character', () => {
    expect(normaliseAddress('what?@acme.com')).toBe('what?@acme.com');
  });
});

describe('normaliseAddress: display names', () => {
  it.each([
    ['Jane Doe <jane@acme.com>', 'jane@acme.com'],
    ['"Doe, Jane" <Jane.Doe@Acme.com>', 'jane.doe@acme.com'],
    ['"Jane@Acme" <jane@acme.com>', 'jane@acme.com'],
    ['<jane@acme.com>', 'jane@acme.com'],
    ['Jane <jane@acme.com', 'jane@acme.com'],
    ['"jane@acme.com"', 'jane@acme.com'],
    ["'jane@acme.com'", 'jane@acme.com'],
    ['jane@acme.com;', 'jane@acme.com'],
    ['jane@acme.com, ', 'jane@acme.com'],
  ])('%s → %s', (raw, key) => {
    expect(normaliseAddress(raw)).toBe(key);
  });
});

describe('normaliseAddress: case', () => {
  it.each([
    ['JANE@ACME.COM', 'jane@acme.com'],
    ['Jane.Doe@Acme.Com', 'jane.doe@acme.com'],
    ['JÖRG@acme.com', 'jörg@acme.com'],
    ["O'Brien@Acme.ie", "o'brien@acme.ie"],
  ])('%s → %s', (raw, key) => {
    expect(normaliseAddress(raw)).toBe(key);
  });
});

describe('normaliseAddress: internationalised domains become punycode', () => {
  it.each([
    ['jörg@bücher.de', 'jörg@xn--bcher-kva.de'],
    ['info@Bücher.DE', 'info@xn--bcher-kva.de'],
    ['info@пример.рф', 'info@xn--e1afmkfd.xn--p1ai'],
    ['info@ＥＸＡＭＰＬＥ.com', 'info@example.com'],
    ['info@bücher。de', 'info@xn--bcher-kva.de'],
    ['info@xn--bcher-kva.de', 'info@xn--bcher-kva.de'],
  ])('%s → %s', (raw, key) => {
    expect(normaliseAddress(raw)).toBe(key);
  });

  it('leaves a domain the URL parser would truncate as it is, so validation rejects it', () => {
    expect(normaliseAddress('info@bücher.de/path')).toBe('info@bücher.de/path');
    expect(isValidAddress(normaliseAddress('info@bücher.de/path'))).toBe(false);
  });

  it('never transliterates the local part: WHATWG has no non-ASCII local parts, so it is invalid', () => {
    expect(isValidAddress(normaliseAddress('jörg@bücher.de'))).toBe(false);
    expect(isValidAddress(normaliseAddress('joerg@bücher.de'))).toBe(true);
  });
});

describe('normaliseAddress: the trailing root dot', () => {
  it.each([
    ['jane@acme.com.', 'jane@acme.com'],
    ['Jane@Acme.Com.', 'jane@acme.com'],
    ['jane@bücher.de.', 'jane@xn--bcher-kva.de'],
    ['jane@acme.com..', 'jane@acme.com..'],
    ['jane.@acme.com', 'jane.@acme.com'],
  ])('%s → %s', (raw, key) => {
    expect(normaliseAddress(raw)).toBe(key);
  });
});

describe('normaliseAddress: fast and slow paths agree', () => {
  it.each([
    ['jane.doe+x@acme.co.uk'],
    ['JANE_DOE-1@ACME-CORP.COM'],
    ['a@b'],
    ['no-at-sign'],
    ['a@b@c.com'],
  ])('%s', (raw) => {
    // A leading space forces the slow path; the result must not depend on the path taken.
    expect(normaliseAddress(` ${raw}`)).toBe(normaliseAddress(raw));
  });
});

describe('isValidAddress', () => {
  it.each([
    ['jane@acme.com'],
    ['jane.doe+news@acme.co.uk'],
    ["o'brien@acme.ie"],
    ['a!#$%&*/=?^_`{|}~-@acme.com'],
    ['jane@xn--bcher-kva.de'],
    ['jane@sub.sub.acme.com'],
    ['1@2.io'],
    ['jane..doe@acme.com'], // WHATWG allows consecutive dots in the local part
  ])('valid: %s', (key) => {
    expect(isValidAddress(key)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['jane', 'no @'],
    ['jane@', 'no domain'],
    ['@acme.com', 'no local part'],
    ['jane@acme', 'no dot in the domain'],
    ['jane@localhost', 'intranet host'],
    ['jane doe@acme.com', 'space in local part'],
    ['jane@acme .com', 'space in domain'],
    ['jane@@acme.com', 'double @'],
    ['jane@doe@acme.com', 'two @'],
    ['jane@-acme.com', 'label starts with a hyphen'],
    ['jane@acme-.com', 'label ends with a hyphen'],
    ['jane@acme..com', 'empty label'],
    ['jane@.acme.com', 'leading dot in domain'],
    ['jörg@xn--bcher-kva.de', 'non-ASCII local part'],
    ['jane@bücher.de', 'non-ASCII domain (not normalised)'],
    ['"jane doe"@acme.com', 'quoted local part'],
    [`jane@${'a'.repeat(64)}.com`, 'label longer than 63'],
  ])('invalid: %j (%s)', (key) => {
    expect(isValidAddress(key)).toBe(false);
  });

  it.each([
    ['no @', 'jane.acme.com'],
    ['no dot in domain', 'Jane@Acme'],
    ['spaces', 'jane doe@acme.com'],
    ['double @', 'jane@@acme.com'],
    ['only a name', 'Jane Doe'],
  ])('raw value with %s stays invalid after normalising', (_why, raw) => {
    expect(isValidAddress(normaliseAddress(raw))).toBe(false);
  });
});

describe('canonicalAddress: Gmail dots, +tags and googlemail', () => {
  it.each([
    ['jane.doe@gmail.com', 'janedoe@gmail.com'],
    ['j.a.n.e.doe@gmail.com', 'janedoe@gmail.com'],
    ['jane.doe+news@gmail.com', 'janedoe@gmail.com'],
    ['jane+a+b@gmail.com', 'jane@gmail.com'],
    ['jane.doe@googlemail.com', 'janedoe@gmail.com'],
    ['jane+x@googlemail.com', 'jane@gmail.com'],
    ['+tag@gmail.com', '+tag@gmail.com'],
    ['...@gmail.com', '...@gmail.com'],
  ])('%s → %s', (key, canonical) => {
    expect(canonicalAddress(key)).toBe(canonical);
  });
});

describe('canonicalAddress: +tags at other consumer providers', () => {
  it.each([
    ['jane.doe+news@outlook.com', 'jane.doe@outlook.com'],
    ['jane+x@hotmail.com', 'jane@hotmail.com'],
    ['jane+x@live.com', 'jane@live.com'],
    ['jane+x@icloud.com', 'jane@icloud.com'],
    ['jane+x@fastmail.com', 'jane@fastmail.com'],
    ['jane+x@proton.me', 'jane@proton.me'],
    ['jane+x@protonmail.com', 'jane@protonmail.com'],
  ])('%s → %s (dots kept)', (key, canonical) => {
    expect(canonicalAddress(key)).toBe(canonical);
  });
});

describe('canonicalAddress: other domains are unchanged', () => {
  it.each([
    ['jane.doe+news@acme.com'],
    ['jane.doe@gmail.acme.com'],
    ['jane-news@yahoo.com'],
    ['jane.doe+x@hotmail.de'],
    ['no-at-sign'],
  ])('%s', (key) => {
    expect(canonicalAddress(key)).toBe(key);
  });
});

describe('canonicalAddress: every provider passes the prefilter', () => {
  it.each([...PLUS_TAG_DOMAINS])('removes the +tag at %s', (domain) => {
    expect(canonicalAddress(`a.b+news@${domain}`)).toBe(`a.b@${domain}`);
  });
  it.each([...GMAIL_DOMAINS])('removes dots and the +tag at %s', (domain) => {
    expect(canonicalAddress(`a.b+news@${domain}`)).toBe('ab@gmail.com');
  });
  it.each(['gmail.co', 'gmail.comm', 'hmail.com', 'mail.gmail.com', 'pm.mee', 'ｇmail.com'])('leaves %s alone', (domain) => {
    expect(canonicalAddress(`a.b+news@${domain}`)).toBe(`a.b+news@${domain}`);
  });
});

describe('canonicalAddressAt: the per-row form, with the domain already cut', () => {
  it.each(['j.doe+news@googlemail.com', 'J.Doe@gmail.com', '+x@gmail.com', 'jane+x@outlook.com', 'j.ane@outlook.com', 'jane.doe+news@acme.com', 'a@b@gmail.com'])(
    'agrees with canonicalAddress for %s',
    (key) => {
      const at = lastIndexOfCode(key, 0x40);
      expect(canonicalAddressAt(key, at, key.slice(at + 1))).toBe(canonicalAddress(key));
    },
  );

  it('agrees with canonicalAddress on any address (property)', () => {
    const local = fc.stringMatching(/^[a-z0-9.+_-]{1,12}$/);
    const domain = fc.constantFrom('gmail.com', 'googlemail.com', 'outlook.com', 'proton.me', 'acme.com', 'mail.gmail.com');
    fc.assert(
      fc.property(local, domain, (l, d) => {
        const key = `${l}@${d}`;
        expect(canonicalAddressAt(key, l.length, d)).toBe(canonicalAddress(key));
      }),
    );
  });
});

describe('domainOf and localPartOf', () => {
  it.each([
    ['jane@acme.com', 'jane', 'acme.com'],
    ['a@b@acme.com', 'a@b', 'acme.com'],
    ['jane', '', ''],
    ['@acme.com', '', 'acme.com'],
  ])('%s → %j, %j', (key, local, domain) => {
    expect(localPartOf(key)).toBe(local);
    expect(domainOf(key)).toBe(domain);
  });
});

describe('toAsciiDomain', () => {
  it.each([
    ['bücher.de', 'xn--bcher-kva.de'],
    ['Bücher.DE', 'xn--bcher-kva.de'],
    ['acme.com', 'acme.com'],
    ['ACME.com', 'ACME.com'], // ASCII is left to the caller
    ['bücher.de:8080', 'bücher.de:8080'],
    ['bü cher.de', 'bü cher.de'],
  ])('%s → %s', (domain, ascii) => {
    expect(toAsciiDomain(domain)).toBe(ascii);
  });
});

describe('invariants (property-based)', () => {
  // Strings built from the characters the normaliser reacts to, to reach its corner cases.
  const debris = fc.string({ unit: fc.constantFrom(...'<>"\'@.:?;,%4a0 MAILTOmailtoüé。'.split(''), NBSP, ZWSP, BOM), maxLength: 30 });
  const addressLike = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    debris,
    fc.emailAddress(),
    fc
      .tuple(
        fc.constantFrom('', ' ', NBSP, ZWSP, BOM, 'mailto:', 'MAILTO:', '"', '<', 'Jane <', '"Doe, Jane" <'),
        fc.emailAddress(),
        fc.constantFrom('', ' ', '.', '>', '"', '?subject=x', ';', ',', ZWSP, NBSP),
        fc.boolean(),
      )
      .map(([prefix, email, suffix, upper]) => `${prefix}${upper ? email.toUpperCase() : email}${suffix}`),
    fc
      .tuple(fc.stringMatching(/^[a-z0-9.+_-]{1,12}$/), fc.constantFrom('bücher.de', 'пример.рф', 'ＥＸＡＭＰＬＥ.com', 'gmail.com', 'googlemail.com', 'acme.com.'))
      .map(([local, domain]) => `${local}@${domain}`),
  );

  it('normaliseAddress is idempotent', () => {
    fc.assert(
      fc.property(addressLike, (raw) => {
        const key = normaliseAddress(raw);
        expect(normaliseAddress(key)).toBe(key);
      }),
      { numRuns: 3000 },
    );
  });

  it('canonicalAddress is idempotent', () => {
    fc.assert(
      fc.property(addressLike, (raw) => {
        const canonical = canonicalAddress(normaliseAddress(raw));
        expect(canonicalAddress(canonical)).toBe(canonical);
      }),
      { numRuns: 3000 },
    );
  });

  it('every generated RFC address normalises to its lower-case self', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        expect(normaliseAddress(email)).toBe(email.toLowerCase());
      }),
    );
  });
});

describe('isValidAddress reads the WHATWG grammar by hand', () => {
  /** The rule as first written: the spec's regular expression plus a dot after the '@'. */
  const byRegex = (key: string) => {
    const at = key.lastIndexOf('@');
    return at !== -1 && key.indexOf('.', at + 1) !== -1 && WHATWG_EMAIL.test(key);
  };
  const unit = fc.constantFrom('a', 'Z', '7', '.', '-', '_', '+', '!', '~', '`', '@', ' ', '\n', 'é', '\u0130', '(', '\u00ff');
  /** Labels of 0 to 70 characters around dots and '@': the 63-character limit and its edges. */
  const label = fc.oneof(fc.string({ unit, maxLength: 6 }), fc.tuple(fc.constantFrom('a', '-', '7'), fc.integer({ min: 60, max: 66 }), fc.constantFrom('a', '-', '')).map(([c, n, end]) => c + 'b'.repeat(n) + end));
  const key = fc.array(fc.tuple(label, fc.constantFrom('.', '@', '', '-', '..')), { maxLength: 6 }).map((parts) => parts.map(([l, sep]) => l + sep).join(''));

  it('gives the answers of the regular expression', () => {
    fc.assert(
      fc.property(key, (k) => {
        expect(isValidAddress(k)).toBe(byRegex(k));
      }),
      { numRuns: 20000 },
    );
  });

  it.each(['a@b.co', 'a.b@c-d.e', '!#$%&*+/=?^_`{|}~-@x.io', `a@${'b'.repeat(63)}.com`])('accepts %s', (k) => {
    expect([isValidAddress(k), byRegex(k)]).toEqual([true, true]);
  });

  it.each(['@b.co', 'a@b', 'a@b.', 'a@.b', 'a@b..c', 'a@-b.c', 'a@b-.c', 'a@@b.c', 'a@b@c.d', `a@${'b'.repeat(64)}.com`, 'ä@b.co', 'a@b.co ', ''])('rejects %j', (k) => {
    expect([isValidAddress(k), byRegex(k)]).toEqual([false, false]);
  });
});

describe('lastIndexOfCode', () => {
  it('is lastIndexOf for one character, on any string', () => {
    const unit = fc.constantFrom('@', '.', 'a', '\u0000', '\u00e9', '\ud800', '\uffff');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), fc.constantFrom('@', '.', 'a', '\u0000', '\ud800'), (s, c) => {
        expect(lastIndexOfCode(s, c.charCodeAt(0))).toBe(s.lastIndexOf(c));
      }),
      { numRuns: 500 },
    );
  });
});
