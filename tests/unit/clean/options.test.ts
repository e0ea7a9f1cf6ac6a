import { describe, expect, it } from 'vitest';
import { defaultCleanOptions, parseCleanOptions, readCleanOptions } from '../../../src/lib/clean/options.ts';

describe('clean options', () => {
  it('default to canonical keys, disposable domains removed, a BOM and SHA-256', () => {
    expect(parseCleanOptions({})).toEqual({
      canonical: true,
      remove: { disposable: true, role: false, free: false, consentCountry: false },
      optOutColumns: null,
      bom: true,
      protectFormulas: false,
      hash: 'sha256',
    });
    expect(defaultCleanOptions()).toEqual(parseCleanOptions({}));
  });

  it('take what is given over the defaults, `remove` class by class, and drop unknown fields', () => {
    const options = parseCleanOptions({ canonical: false, remove: { role: true }, optOutColumns: [3, 0], hash: 'md5', extra: 1 });
    expect(options).toEqual({ ...defaultCleanOptions(), canonical: false, remove: { ...defaultCleanOptions().remove, role: true }, optOutColumns: [3, 0], hash: 'md5' });
  });

  it('never share the defaults between callers', () => {
    const a = defaultCleanOptions();
    a.remove.role = true;
    expect(defaultCleanOptions().remove.role).toBe(false);
  });

  it.each([
    [{ canonical: 'yes' }, 'canonical'],
    [{ remove: { free: 1 } }, 'remove.free'],
    [{ remove: [] }, 'remove'],
    [{ optOutColumns: [-1] }, 'optOutColumns'],
    [{ optOutColumns: [1.5] }, 'optOutColumns'],
    [{ hash: 'sha1' }, 'hash'],
    [null, 'options'],
  ])('refuse %j, naming %s', (input, field) => {
    expect(() => parseCleanOptions(input)).toThrow(new RegExp(`^${field.replace('.', '\\.')} must`));
    expect(readCleanOptions(input)).toBeNull();
  });
});
