import { describe, expect, it } from 'vitest';
import { getMessages } from '../../../src/lib/i18n/catalogs';
import { formatDate } from '../../../src/lib/i18n/format';
import type { Locale } from '../../../src/lib/i18n/locales';
import { recordOutline } from '../../../src/lib/planner/outline';
import { parseRecordFile, recordToMarkdown } from '../../../src/lib/planner/record-file';
import { emptyRecord } from '../../../src/lib/planner/schema';
import { country } from './fixtures';

/**
 * Issue #16: the campaign planner showed dates as YYYY-MM-DD in every language. The dates a
 * reader sees (a country's review date, the date of the assessment, the day of the export) are
 * written in words for the reader's language; the machine-readable JSON copy keeps YYYY-MM-DD.
 */
const COUNTRY = country('DE', 'Germany', 'consent-required', { reviewed: '2026-01-31' });

function record() {
  const r = emptyRecord();
  r.about.date = '2026-03-01';
  r.segment.countries = ['DE'];
  return r;
}

describe.each([
  ['en', '31 January 2026', '1 March 2026', '2 March 2026'],
  ['ru', '31 января 2026 г.', '1 марта 2026 г.', '2 марта 2026 г.'],
  ['ar', '31 يناير 2026', '1 مارس 2026', '2 مارس 2026'],
] as const)('the campaign record in %s', (locale: Locale, reviewed, assessed, exported) => {
  const m = getMessages(locale).planner;

  it('formats the dates the way formatDate writes them for the locale', () => {
    expect([formatDate('2026-01-31', locale), formatDate('2026-03-01', locale), formatDate('2026-03-02', locale)]).toEqual([reviewed, assessed, exported]);
  });

  it('shows the country review date and the assessment date in words, never as YYYY-MM-DD', () => {
    const outline = recordOutline(record(), [COUNTRY], '', m, locale);
    const rules = outline.sections[2]!.entries.find((e) => e.label.startsWith('Germany'))!;
    expect(rules.items!.some((line) => line.includes(reviewed))).toBe(true);
    expect(outline.sections[0]!.entries.find((e) => e.label === m.about.date.label)!.text).toBe(assessed);
    const shown = outline.sections.flatMap((s) => s.entries.flatMap((e) => [e.text, ...(e.items ?? [])]));
    expect(shown.filter((text) => /\d{4}-\d{2}-\d{2}/.test(text))).toEqual([]);
  });

  it('writes the export date in words in the Markdown, keeps ISO dates in its JSON copy, and imports back unchanged', () => {
    const markdown = recordToMarkdown(record(), [COUNTRY], { exportedOn: '2026-03-02' }, m, locale);
    const [prose, machine] = markdown.split('```json');
    expect(prose).toContain(exported);
    expect(prose).toContain(reviewed);
    expect(prose).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(machine).toContain('"date": "2026-03-01"');
    expect(parseRecordFile(markdown)).toEqual({ ok: true, record: record() });
  });
});
