import { describe, expect, it } from 'vitest';
import { basePrefix, normaliseBase, withBase } from '../../../src/lib/site/base-path';

describe('normaliseBase: a BASE_PATH value becomes Astro\'s base', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['kit', '/kit'],
    ['/kit', '/kit'],
    ['/kit/', '/kit'],
    ['  /team/kit//  ', '/team/kit'],
  ])('%j → %j', (raw, base) => {
    expect(normaliseBase(raw)).toBe(base);
  });

  it.each(['/kit?x=1', '/kit#top', '/a//b', '/../etc', '/kit/./x', 'C:\\kit'])('refuses %j with a message naming BASE_PATH', (raw) => {
    expect(() => normaliseBase(raw)).toThrow(/BASE_PATH must be a plain path/);
  });
});

describe('withBase: the site\'s own root-relative links move under the base', () => {
  it.each([
    ['/kit', '/tools/list-cleaner/', '/kit/tools/list-cleaner/'],
    ['/kit/', '/tools/list-cleaner/', '/kit/tools/list-cleaner/'],
    ['/kit', '/', '/kit/'],
    ['/kit', '/reference/countries/#de', '/kit/reference/countries/#de'],
    ['/kit', '/kitchen/', '/kit/kitchen/'],
    ['/team/kit', '/privacy/', '/team/kit/privacy/'],
    ['/', '/tools/', '/tools/'],
  ])('base %j: %j → %j', (base, href, expected) => {
    expect(withBase(base, href)).toBe(expected);
  });

  it.each(['https://eur-lex.europa.eu/eli/reg/2016/679/oj', '//cdn.example/x.js', '#section', 'relative/page/', 'mailto:a@b.example', '/kit/', '/kit/tools/', '/kit'])(
    'leaves %j as it is (not root-relative, or under the base already)',
    (href) => {
      expect(withBase('/kit', href)).toBe(href);
    },
  );

  it('changes nothing when applied twice', () => {
    expect(withBase('/kit', withBase('/kit', '/playbook/opt-out/'))).toBe('/kit/playbook/opt-out/');
  });

  it('basePrefix is the base without its trailing slash', () => {
    expect([basePrefix('/'), basePrefix('/kit'), basePrefix('/kit/')]).toEqual(['', '/kit', '/kit']);
  });
});
