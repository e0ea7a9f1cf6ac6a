import { describe, expect, it } from 'vitest';
import {
  LIST_VERSIONS,
  freeMailDomainCount,
  isDisposableDomain,
  isFreeMailDomain,
  isRoleAddress,
  loadDisposableDomains,
  rolePrefixCount,
} from '../../../src/lib/email/lists.ts';
import { LIST_VERSIONS as VERSIONS_ONLY } from '../../../src/lib/email/list-versions.ts';
import rolePrefixes from 'role-based-email-addresses';

describe('isRoleAddress: shared mailboxes', () => {
  it.each([
    ['info@acme.com'],
    ['sales@acme.com'],
    ['noreply@acme.com'],
    ['no-reply@acme.com'],
    ['support@acme.com'],
    ['admin@acme.com'],
    ['contact@acme.com'],
    ['office@acme.com'],
    ['hello@acme.com'],
    ['marketing@acme.com'],
    ['hr@acme.com'],
    ['jobs@acme.com'],
    ['billing@acme.com'],
    ['info+eu@acme.com'], // the +tag does not hide the role
    // Added for our markets (not in the package):
    ['bureau@acme.fr'],
    ['vendite@acme.it'],
    ['rechnung@acme.de'],
    ['vertrieb@acme.de'],
    ['datenschutz@acme.de'],
    ['dpo@acme.eu'],
    // Already in the package:
    ['kontakt@acme.de'],
    ['ventas@acme.es'],
    ['verkauf@acme.de'],
    ['buchhaltung@acme.de'],
    ['zakaz@acme.ru'],
  ])('%s', (key) => {
    expect(isRoleAddress(key)).toBe(true);
  });
});

describe('isRoleAddress: the whole list', () => {
  const names = new Set(['alexa', 'ceo', 'ceos', 'gardner', 'per']);
  it('finds every prefix of the package but the names, with and without a +tag, and and no near miss', () => {
    const prefixes = rolePrefixes.filter((p) => !names.has(p));
    expect(prefixes.filter((p) => !isRoleAddress(`${p}@acme.com`) || !isRoleAddress(`${p}+x@acme.com`))).toEqual([]);
    expect(prefixes.filter((p) => isRoleAddress(`${p}x1@acme.com`) || isRoleAddress(`x${p}@acme.com`))).toEqual([]);
  });
});

describe('isRoleAddress: people', () => {
  it.each([
    ['jane.doe@acme.com'],
    ['j.doe@acme.com'],
    ['information.officer@acme.com'],
    ['salesforce.admin.jane@acme.com'],
    ['per@acme.se'], // a Scandinavian first name the package lists
    ['alexa@acme.com'],
    ['gardner@acme.com'],
    ['ceo@acme.com'], // one identifiable person
    ['info'], // no @: not an address at all
  ])('%s', (key) => {
    expect(isRoleAddress(key)).toBe(false);
  });
});

describe('isFreeMailDomain', () => {
  it.each([
    ['gmail.com'],
    ['googlemail.com'],
    ['yahoo.com'],
    ['outlook.com'],
    ['hotmail.com'],
    ['gmx.de'],
    ['web.de'],
    ['t-online.de'],
    ['mail.ru'],
    ['yandex.ru'],
    ['bk.ru'],
    ['orange.fr'],
    ['free.fr'],
    ['libero.it'],
    ['wp.pl'],
    ['seznam.cz'],
    ['xn--mll-hoa.email'], // müll.email in the list, compared as punycode
  ])('free: %s', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
  });

  it.each([
    ['acme.com'],
    ['example.com'], // a placeholder in the package, excluded
    ['test.com'],
    ['yourdomain.com'],
    ['mail.acme.com'],
    ['sub.gmail.com'], // exact match only
    ['microsoft.com'],
    ['GMAIL.COM'], // callers pass normalised lower-case domains
  ])('not free: %s', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(false);
  });

  it('has thousands of domains', () => {
    expect(freeMailDomainCount()).toBeGreaterThan(8000);
  });
});

describe('disposable domains, loaded on demand', () => {
  it('loads once and returns the same Set', async () => {
    const [a, b] = await Promise.all([loadDisposableDomains(), loadDisposableDomains()]);
    expect(a).toBe(b);
    expect(a.size).toBeGreaterThan(5000);
  });

  it.each([
    ['mailinator.com', true],
    ['yopmail.com', true],
    ['10minutemail.com', true],
    ['guerrillamail.com', true],
    ['inbox.mailinator.com', true], // parent domains count
    ['a.b.yopmail.com', true],
    ['gmail.com', false],
    ['acme.com', false],
    ['mailinator.com.acme.com', false],
    ['acme-mailinator.com', false], // no suffix matching inside a label,
  ])('%s → %s', async (domain, disposable) => {
    expect(isDisposableDomain(domain, await loadDisposableDomains())).toBe(disposable);
  });
});

describe('LIST_VERSIONS', () => {
  it('names each list as <package>@<version>', () => {
    expect(LIST_VERSIONS).toEqual({
      disposable: expect.stringMatching(/^disposable-email-domains-js@\d+\.\d+\.\d+/),
      free: expect.stringMatching(/^email-providers@\d+\.\d+\.\d+/),
      role: expect.stringMatching(/^role-based-email-addresses@\d+\.\d+\.\d+/),
    });
  });

  it('is the same object from lists.ts and list-versions.ts', () => {
    expect(LIST_VERSIONS).toBe(VERSIONS_ONLY);
  });

  it('counts the role prefixes in use', () => {
    expect(rolePrefixCount()).toBeGreaterThan(1000);
  });
});
