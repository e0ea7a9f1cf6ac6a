import { describe, expect, it } from 'vitest';
import { format, formatNumber, plural } from '../../../src/lib/i18n/format';
import { EN } from '../../../src/lib/i18n/en';

describe('format', () => {
  it('fills placeholders and writes numbers for the locale', () => {
    expect(format('{n} rows in {file}', { n: 12345, file: 'leads.csv' })).toBe('12,345 rows in leads.csv');
    expect(format('{n} строк', { n: 12345 }, 'ru')).toBe('12\u00a0345 строк');
  });

  it('leaves a placeholder without a value visible, rather than hiding the gap', () => {
    expect(format('Sending as {company}', {})).toBe('Sending as {company}');
  });
});

describe('plural', () => {
  const emails = { one: '{count} email', other: '{count} emails' };
  it('says "1 email" and "2 emails", never "1 emails"', () => {
    expect(plural(emails, 1)).toBe('1 email');
    expect(plural(emails, 2)).toBe('2 emails');
    expect(plural(emails, 0)).toBe('0 emails');
  });

  it('follows Russian plural rules: 1 адрес, 3 адреса, 5 адресов, 21 адрес', () => {
    const forms = { one: '{count} адрес', few: '{count} адреса', many: '{count} адресов', other: '{count} адреса' };
    expect([1, 3, 5, 21, 11].map((n) => plural(forms, n, {}, 'ru'))).toEqual(['1 адрес', '3 адреса', '5 адресов', '21 адрес', '11 адресов']);
  });

  it('falls back to "other" when a language has no form for the category', () => {
    expect(plural({ other: '{count} x' }, 1)).toBe('1 x');
    expect(formatNumber(1.5, 'de')).toBe('1,5');
  });
});

describe('the English catalog', () => {
  /** Every string in a catalog, with its key path. */
  function leaves(value: unknown, path = ''): [string, string][] {
    if (typeof value === 'string') return [[path, value]];
    return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }

  it('has no empty message and no unbalanced brace', () => {
    for (const [path, text] of leaves(EN)) {
      expect(text.trim(), path).not.toBe('');
      expect(text.split('{').length, path).toBe(text.split('}').length);
    }
  });
});
