import { describe, expect, it } from 'vitest';
import { EN } from '../../../src/lib/i18n/en/index';
import { RULE_LABELS } from '../../../src/lib/jurisdictions/labels';
import { FIELD_LABELS } from '../../../src/lib/notice/fields';
import { ART14_ITEMS } from '../../../src/lib/notice/items';
import { LANGUAGE_CODES, LANGUAGE_FILES } from '../../../src/lib/notice/languages';

// The catalog is where the tool's words live now; these keep the English ones the same as the
// labels external tests and the coverage check already use.
describe('the notice and profile catalogs', () => {
  it('label every control exactly as the coverage check names it', () => {
    const shown: Record<string, string> = { ...EN.profile.labels, ...EN.notice.labels };
    for (const [key, label] of Object.entries(FIELD_LABELS)) expect(shown[key], key).toBe(label);
  });

  it('keep the contract labels and output titles', () => {
    expect(EN.profile.labels.legalName).toBe('Company name');
    expect(EN.profile.clearSavedData).toBe('Clear saved data');
    expect(EN.notice.labels.recipientCountry).toBe('Recipient country');
    expect(Object.values(EN.notice.outputs.titles)).toEqual(['Short disclaimer', 'Full notice', 'Objection line', 'Opt-out footer', 'List-Unsubscribe headers']);
  });

  it('name every output language as its template does', () => {
    expect(Object.keys(EN.notice.languages).sort()).toEqual([...LANGUAGE_CODES].sort());
    for (const code of LANGUAGE_CODES) expect(EN.notice.languages[code], code).toBe(LANGUAGE_FILES[code].englishName);
  });

  it('put every Art. 14 item in words', () => {
    for (const item of ART14_ITEMS) expect(EN.notice.coverage.items, item.id).toHaveProperty(item.id);
  });

  it('name each rule as the site’s badges do', () => {
    expect(EN.notice.rule.badges).toEqual(RULE_LABELS);
  });
});
