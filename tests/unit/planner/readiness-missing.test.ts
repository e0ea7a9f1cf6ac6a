import { describe, expect, it } from 'vitest';
import { EN, type Messages } from '../../../src/lib/i18n/en/index';
import { fieldRefLabel, readiness, type ReadinessResult } from '../../../src/lib/planner/readiness';
import { emptyRecord, type CampaignRecord } from '../../../src/lib/planner/schema';
import { COUNTRIES, completeRecord } from './fixtures';

const missingOf = (record: CampaignRecord) =>
  Object.fromEntries(readiness(record, COUNTRIES).items.filter((i) => !i.done).map((i: ReadinessResult) => [i.id, i.missing]));

describe('what the readiness panel says is missing', () => {
  it('names every answer of an empty record, in page order', () => {
    expect(missingOf(emptyRecord())).toEqual({
      offer: ['segment.offer'],
      segment: ['segment.countries', 'segment.industries', 'segment.specialists', 'segment.employees', 'segment.positions'],
      why: ['segment.offerWhy', 'segment.countriesWhy', 'segment.industriesWhy', 'segment.specialistsWhy', 'segment.sizeWhy', 'segment.positionsWhy'],
      countries: ['segment.countries'],
      fields: ['data'],
      'risky-fields': ['data'],
      surprise: ['relevance.surprised'],
      evidence: ['relevance.evidence'],
      purpose: ['lia.purpose'],
      necessity: ['lia.necessity'],
      balancing: ['lia.balancing'],
      'safeguard-optOut': ['lia.safeguards.optOut'],
      'safeguard-notice': ['lia.safeguards.notice'],
      'safeguard-suppression': ['lia.safeguards.suppression'],
      'safeguard-provenance': ['lia.safeguards.provenance'],
      'safeguard-retention': ['lia.safeguards.retention'],
      'safeguard-requests': ['lia.safeguards.requests'],
      outcome: ['about.date', 'about.approvedBy', 'lia.outcome'],
    });
  });

  it.each<[string, (r: CampaignRecord) => void, Record<string, string[]>]>([
    ['revenue alone is a company size', (r) => (r.segment.employees = ''), {}],
    ['no company size at all', (r) => ((r.segment.employees = ''), (r.segment.revenue = '')), { segment: ['segment.employees'] }],
    ['Germany added', (r) => r.segment.countries.push('DE'), { countries: ['segment.countries'] }],
    ['two collected fields without a use', (r) => ((r.data.phone.use = ''), (r.data.linkedin.use = '')), { fields: ['data.phone.use', 'data.linkedin.use'] }],
    ['an unnamed "other" field', (r) => (r.data.other.what = ''), { fields: ['data.other.what'] }],
    [
      'a personal email, a home address and a phone nobody calls',
      (r) => ((r.data.personalEmail = { collect: true, use: 'backup' }), (r.data.postalAddress.kind = 'home'), (r.data.phone.willCall = false)),
      { 'risky-fields': ['data.personalEmail.collect', 'data.phone.willCall', 'data.postalAddress.kind'] },
    ],
    ['some would be surprised', (r) => (r.relevance.surprised = 'some'), { surprise: ['relevance.surprised'] }],
    ['no approver and "do not go ahead"', (r) => ((r.about.approvedBy = ''), (r.lia.outcome = 'stop')), { outcome: ['about.approvedBy', 'lia.outcome'] }],
  ])('%s', (_name, change, expected) => {
    const record = completeRecord();
    change(record);
    expect(missingOf(record)).toEqual(expected);
  });

  it('gives a done item nothing missing, and an item to do at least one field', () => {
    for (const record of [emptyRecord(), completeRecord()]) {
      for (const item of readiness(record, COUNTRIES).items) expect(item.done, item.id).toBe(item.missing.length === 0);
    }
  });
});

describe('the name of a missing field is the label the form gives it', () => {
  const m = EN.planner;
  it.each([
    ['segment.offer', m.segment.fields.offer.label],
    ['segment.countries', 'Target countries'],
    ['segment.sizeWhy', m.segment.why.sizeWhy.label],
    ['about.approvedBy', 'Approved by'],
    ['data', m.sections.data],
    ['data.phone.use', 'Phone'],
    ['data.personalEmail.collect', 'Personal email'],
    ['relevance.surprised', m.relevance.surprised.label],
    ['relevance.evidence', m.relevance.evidence.label],
    ['lia.balancing', m.lia.parts.balancing.label],
    ['lia.safeguards.retention', m.lia.safeguardLabels.retention],
    ['lia.outcome', 'Outcome'],
  ])('%s → %s', (ref, label) => {
    expect(fieldRefLabel(ref, m)).toBe(label);
  });

  it('names every field any readiness item can point at', () => {
    const record = completeRecord();
    record.data.personalEmail = { collect: true, use: '' };
    record.data.postalAddress.kind = 'home';
    record.data.phone.willCall = false;
    record.data.other.what = '';
    const refs = [...readiness(emptyRecord(), COUNTRIES).items, ...readiness(record, COUNTRIES).items].flatMap((i) => i.missing);
    for (const ref of refs) expect(fieldRefLabel(ref, m), ref).not.toBe(ref);
  });
});

describe('the readiness words come from the catalog', () => {
  it('in the language of the messages passed in', () => {
    const en: Messages['planner'] = EN.planner;
    const m = { ...en, readiness: { ...en.readiness, items: { ...en.readiness.items, offer: 'OFFER (translated)' } }, playbook: { ...en.playbook, defineSegment: 'STEP 1 (translated)' } };
    const offer = readiness(emptyRecord(), COUNTRIES, m).items.find((i) => i.id === 'offer')!;
    expect([offer.label, offer.explainedIn.title]).toEqual(['OFFER (translated)', 'STEP 1 (translated)']);
  });
});
