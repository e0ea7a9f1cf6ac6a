import { describe, expect, it } from 'vitest';
import { collectedFields, judgeField, judgeFields, type AdviceKind } from '../../../src/lib/planner/minimise';
import { DATA_FIELDS, emptyRecord, type CampaignRecord, type DataField } from '../../../src/lib/planner/schema';

type Plan<F extends DataField> = Partial<CampaignRecord['data'][F]>;

/** The data section with one field planned as given. */
function dataWith<F extends DataField>(field: F, plan: Plan<F>): CampaignRecord['data'] {
  const data = emptyRecord().data;
  return { ...data, [field]: { ...data[field], ...plan } };
}

const kinds = (field: DataField, plan: Plan<DataField>) => judgeField(dataWith(field, plan), field).advice.map((a) => a.kind);

describe('a field with no use: "Don\'t collect it"', () => {
  it.each(DATA_FIELDS.filter((f) => f !== 'personalEmail' && f !== 'phone' && f !== 'other'))('%s collected with no use is dropped', (field) => {
    const verdict = judgeField(dataWith(field, { collect: true, use: '' }), field);
    expect(verdict.status).toBe('drop');
    expect(verdict.advice.map((a) => a.kind)).toEqual(['no-use']);
    expect(verdict.advice[0]!.text).toMatch(/^Don't collect it/);
  });

  it.each([
    ['spaces', '   '],
    ['line breaks', '\n\n'],
    ['a tab', '\t'],
  ])('a use made only of %s counts as no use', (_name, use) => {
    expect(kinds('jobTitle', { collect: true, use })).toEqual(['no-use']);
  });

  it('a field that is not collected gets no advice, whatever its use says', () => {
    for (const field of DATA_FIELDS) {
      expect(judgeField(dataWith(field, { collect: false, use: '' }), field)).toEqual({ field, status: 'not-collected', advice: [] });
    }
  });

  it('a collected field with a use is kept', () => {
    expect(judgeField(dataWith('workEmail', { collect: true, use: 'To send the email.' }), 'workEmail')).toEqual({ field: 'workEmail', status: 'keep', advice: [] });
  });

  it('"other" must also say which field it is', () => {
    expect(kinds('other', { collect: true, use: 'Scoring', what: '' })).toEqual(['unnamed-field']);
    expect(kinds('other', { collect: true, use: '', what: '' })).toEqual(['no-use', 'unnamed-field']);
    expect(kinds('other', { collect: true, use: 'Scoring', what: 'Seniority score' })).toEqual([]);
  });
});

describe('specific warnings', () => {
  it.each<[string, DataField, Plan<DataField>, AdviceKind[], string]>([
    ['a personal email, even with a use', 'personalEmail', { collect: true, use: 'As a backup address' }, ['personal-email'], 'warn'],
    ['a personal email with no use', 'personalEmail', { collect: true, use: '' }, ['no-use', 'personal-email'], 'drop'],
    ['a home address', 'postalAddress', { collect: true, use: 'To send a brochure', kind: 'home' }, ['home-address'], 'warn'],
    ['a company address', 'postalAddress', { collect: true, use: 'To send a brochure', kind: 'business' }, [], 'keep'],
    ['an address whose kind is not said', 'postalAddress', { collect: true, use: 'To send a brochure', kind: '' }, [], 'keep'],
    ['a phone nobody will call', 'phone', { collect: true, use: 'Enrichment', willCall: false }, ['phone-not-called'], 'warn'],
    ['a phone nobody will call, with no use', 'phone', { collect: true, use: '', willCall: false }, ['no-use', 'phone-not-called'], 'drop'],
    ['a phone someone will call', 'phone', { collect: true, use: 'To call people who ask for a call', willCall: true }, [], 'keep'],
  ])('%s', (_name, field, plan, expected, status) => {
    const verdict = judgeField(dataWith(field, plan), field);
    expect(verdict.advice.map((a) => a.kind)).toEqual(expected);
    expect(verdict.status).toBe(status);
  });

  it('every piece of advice names a source with a link', () => {
    const data = emptyRecord().data;
    for (const field of DATA_FIELDS) data[field].collect = true;
    data.postalAddress.kind = 'home';
    const advice = judgeFields(data).flatMap((v) => v.advice);
    expect(new Set(advice.map((a) => a.kind))).toEqual(new Set(['no-use', 'unnamed-field', 'personal-email', 'home-address', 'phone-not-called']));
    for (const a of advice) {
      expect(a.source.url).toMatch(/^https:\/\//);
      expect(a.source.title.length).toBeGreaterThan(3);
    }
    expect(advice.find((a) => a.kind === 'no-use')!.source.title).toContain('Art. 5(1)(c)');
  });
});

describe('all fields', () => {
  it('are judged in the order the planner asks about them', () => {
    expect(judgeFields(emptyRecord().data).map((v) => v.field)).toEqual([...DATA_FIELDS]);
  });

  it('collectedFields lists only the ticked ones', () => {
    const data = dataWith('jobTitle', { collect: true });
    data.name.collect = true;
    expect(collectedFields(data)).toEqual(['name', 'jobTitle']);
  });
});
