import { describe, expect, it } from 'vitest';
import { TRANSLATED_FRAGMENTS } from '../../../src/lib/i18n/anchors';
import { localePath } from '../../../src/lib/i18n/locales';

describe('localePath', () => {
  it('leaves English paths as they are', () => {
    expect(localePath('en', '/playbook/opt-out/#keep-a-suppression-list')).toBe('/playbook/opt-out/#keep-a-suppression-list');
  });

  it("translates a heading's fragment to the translated page's own id", () => {
    expect(localePath('ru', '/playbook/opt-out/#keep-a-suppression-list', TRANSLATED_FRAGMENTS.ru)).toBe('/ru/playbook/opt-out/#ведите-стоп-лист');
    expect(localePath('ar', '/reference/glossary/#consent', TRANSLATED_FRAGMENTS.ar)).toBe('/ar/reference/glossary/#الموافقة');
  });

  it('keeps a fragment every language shares, such as a country code', () => {
    expect(localePath('ru', '/reference/countries/#de', TRANSLATED_FRAGMENTS.ru)).toBe('/ru/reference/countries/#de');
  });
});
