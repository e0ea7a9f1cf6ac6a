import { notice } from '../../../src/lib/i18n/en/notice';
import { describe, expect, it } from 'vitest';
import { buildListUnsubscribeHeaders, foldHeader, mailtoUri } from '../../../src/lib/notice/list-unsubscribe';

const EMAIL = 'privacy@fernhill.example';

describe('List-Unsubscribe and List-Unsubscribe-Post (RFC 2369, RFC 8058)', () => {
  it('an HTTPS link and an email give both headers, HTTPS first', () => {
    const result = buildListUnsubscribeHeaders({ url: 'https://mail.fernhill.example/u/4f9c2e', email: EMAIL });
    expect(result.headers).toEqual([
      { name: 'List-Unsubscribe', value: '<https://mail.fernhill.example/u/4f9c2e>, <mailto:privacy@fernhill.example?subject=unsubscribe>' },
      { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
    ]);
    expect(result.oneClick).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it('a placeholder stands for the platform’s HTTPS link', () => {
    const result = buildListUnsubscribeHeaders({ url: '{{unsubscribe_link}}', email: EMAIL });
    expect(result.text).toBe(
      'List-Unsubscribe: <{{unsubscribe_link}}>,\n <mailto:privacy@fernhill.example?subject=unsubscribe>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(result.placeholder).toBe(true);
  });

  it('an http:// link is left out, and there is no one-click', () => {
    const result = buildListUnsubscribeHeaders({ url: 'http://fernhill.example/u', email: EMAIL });
    expect(result.headers).toEqual([{ name: 'List-Unsubscribe', value: '<mailto:privacy@fernhill.example?subject=unsubscribe>' }]);
    expect(result.oneClick).toBe(false);
    expect(result.problems).toEqual(['httpLink', 'noOneClick']);
    expect(result.problems.map((p) => notice.outputs.headerProblems[p])).toEqual([
      'One-click unsubscribe needs an https:// link (RFC 8058); an http:// link is left out.',
      'Without an HTTPS link there is no one-click unsubscribe: List-Unsubscribe-Post is left out.',
    ]);
  });

  it.each([
    ['a line break (header injection)', 'https://x.example/u\r\nBcc: victim@example.com'],
    ['an angle bracket', 'https://x.example/u>, <https://evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('refuses a link with %s', (_name, url) => {
    const result = buildListUnsubscribeHeaders({ url, email: EMAIL });
    expect(result.text).toBe('List-Unsubscribe: <mailto:privacy@fernhill.example?subject=unsubscribe>');
    expect(result.text).not.toContain('Bcc');
    expect(result.problems.length).toBeGreaterThan(0);
  });

  it('nothing to unsubscribe with gives no headers and says why', () => {
    expect(buildListUnsubscribeHeaders({ url: '', email: '' })).toMatchObject({ headers: [], text: '', problems: ['nothingGiven'] });
    expect(buildListUnsubscribeHeaders({ url: '', email: 'not-an-address' }).problems[0]).toBe('invalidEmail');
    expect(buildListUnsubscribeHeaders({ url: 'ftp://x.example/u', email: '' })).toMatchObject({ problems: ['otherScheme'], scheme: 'ftp' });
  });

  it('percent-encodes the mailto address (RFC 6068)', () => {
    expect(mailtoUri('opt+out%me@x.example')).toBe('mailto:opt%2Bout%25me@x.example?subject=unsubscribe');
  });

  it('folds long headers at a comma, lines of at most 78 characters', () => {
    const text = foldHeader('List-Unsubscribe', ['<https://mail.example.com/u/0123456789abcdef>', '<mailto:unsubscribe@example.com?subject=unsubscribe>']);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(text.split('\n')[1]!.startsWith(' <mailto:')).toBe(true);
    expect(foldHeader('List-Unsubscribe', ['<a>', '<b>'])).toBe('List-Unsubscribe: <a>, <b>');
  });
});
