import { describe, expect, it } from 'vitest';
import { pick } from '../../../src/lib/planner/countries';
import { EXAMPLE_COUNTRIES, exampleRecord, isEmptyRecord } from '../../../src/lib/planner/example';
import { judgeFields } from '../../../src/lib/planner/minimise';
import { readiness } from '../../../src/lib/planner/readiness';
import { parseRecordFile, recordToJson } from '../../../src/lib/planner/record-file';
import { emptyRecord } from '../../../src/lib/planner/schema';
import { COUNTRIES, completeRecord } from './fixtures';

describe('"Try an example"', () => {
  const example = exampleRecord('2026-03-01');

  it('is a valid record that survives export and import', () => {
    const parsed = parseRecordFile(recordToJson(example));
    expect(parsed).toEqual({ ok: true, record: example });
  });

  it('meets every readiness check but the approver, which only the user can give', () => {
    const r = readiness(example, COUNTRIES);
    expect(r.items.filter((i) => !i.done).map((i) => [i.id, i.missing])).toEqual([['outcome', ['about.approvedBy']]]);
    expect(example.about.approvedBy).toBe('');
  });

  it('writes only to countries whose rule allows cold B2B email to a named address under conditions', () => {
    const chosen = pick(EXAMPLE_COUNTRIES, COUNTRIES);
    expect(chosen.map((c) => c.code)).toEqual([...EXAMPLE_COUNTRIES]);
    for (const c of chosen) expect(['allowed', 'conditions'], c.code).toContain(c.namedAddress);
  });

  it('collects only fields with a use and no warning', () => {
    expect(judgeFields(example.data).filter((v) => v.status !== 'not-collected' && v.status !== 'keep')).toEqual([]);
  });

  it('is dated as asked', () => {
    expect(example.about.date).toBe('2026-03-01');
  });
});

describe('an empty form', () => {
  it('is the empty record, whatever the order of its keys', () => {
    expect(isEmptyRecord(emptyRecord())).toBe(true);
    const { lia, ...rest } = emptyRecord();
    const reordered = { lia, ...rest, about: { date: '', approvedBy: '', preparedBy: '', campaign: '' } };
    expect(isEmptyRecord(reordered)).toBe(true);
  });

  it.each<[string, (r: ReturnType<typeof emptyRecord>) => void]>([
    ['a campaign name', (r) => (r.about.campaign = 'Q3')],
    ['a country', (r) => r.segment.countries.push('FR')],
    ['a ticked field', (r) => (r.data.phone.collect = true)],
    ['an evidence kind', (r) => r.relevance.evidence.push('referral')],
    ['an outcome', (r) => (r.lia.outcome = 'stop')],
    ['white space only', (r) => (r.segment.offer = ' ')],
  ])('is no longer empty with %s', (_name, change) => {
    const record = emptyRecord();
    change(record);
    expect(isEmptyRecord(record)).toBe(false);
  });

  it('is not empty when an answer is longer than the schema allows', () => {
    const record = completeRecord();
    record.lia.purpose = 'x'.repeat(6000);
    expect(isEmptyRecord(record)).toBe(false);
  });
});
