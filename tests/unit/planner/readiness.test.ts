import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READINESS_ITEMS, readiness } from '../../../src/lib/planner/readiness';
import { emptyRecord, type CampaignRecord } from '../../../src/lib/planner/schema';
import { COUNTRIES, completeRecord } from './fixtures';

const doneIds = (record: CampaignRecord) => readiness(record, COUNTRIES).items.filter((i) => i.done).map((i) => i.id);
const ALL = READINESS_ITEMS.map((i) => i.id);
/** A real country whose named-address rule is still unclear (the records change as research lands). */
const UNCLEAR_CODE = COUNTRIES.find((c) => c.namedAddress === 'unclear')?.code;
if (!UNCLEAR_CODE) throw new Error('No country record is "unclear" any more: give the "an unclear country added" case a fixture country.');

describe('the readiness count', () => {
  it('is 0 of 18 for an empty record', () => {
    const r = readiness(emptyRecord(), COUNTRIES);
    expect([r.done, r.total]).toEqual([0, 18]);
  });

  it('is 18 of 18 for a complete record', () => {
    const r = readiness(completeRecord(), COUNTRIES);
    expect(r.items.filter((i) => !i.done).map((i) => i.id)).toEqual([]);
    expect([r.done, r.total]).toEqual([18, 18]);
  });

  /** Each row undoes one answer of the complete record; exactly the named items must drop out. */
  it.each<[string, (r: CampaignRecord) => void, string[]]>([
    ['no offer', (r) => (r.segment.offer = ' '), ['offer']],
    ['no industries', (r) => (r.segment.industries = ''), ['segment']],
    ['no company size at all', (r) => ((r.segment.employees = ''), (r.segment.revenue = '')), ['segment']],
    ['one "why" missing', (r) => (r.segment.sizeWhy = ''), ['why']],
    ['no country', (r) => (r.segment.countries = []), ['segment', 'countries']],
    ['Germany added', (r) => r.segment.countries.push('DE'), ['countries']],
    ['an unclear country added', (r) => r.segment.countries.push(UNCLEAR_CODE), ['countries']],
    ['a code with no record', (r) => r.segment.countries.push('US'), ['countries']],
    ['a collected field with no use', (r) => (r.data.jobTitle.use = ''), ['fields']],
    ['an unnamed "other" field', (r) => (r.data.other.what = ''), ['fields']],
    ['nothing collected', (r) => Object.values(r.data).forEach((f) => (f.collect = false)), ['fields', 'risky-fields']],
    ['a personal email', (r) => (r.data.personalEmail = { collect: true, use: 'backup' }), ['risky-fields']],
    ['a home address', (r) => (r.data.postalAddress.kind = 'home'), ['risky-fields']],
    ['a phone nobody will call', (r) => (r.data.phone.willCall = false), ['risky-fields']],
    ['some would be surprised', (r) => (r.relevance.surprised = 'some'), ['surprise']],
    ['no evidence', (r) => ((r.relevance.evidence = []), (r.relevance.evidenceOther = '')), ['evidence']],
    ['only other evidence', (r) => (r.relevance.evidence = []), []],
    ['no purpose', (r) => (r.lia.purpose = ''), ['purpose']],
    ['no necessity', (r) => (r.lia.necessity = ''), ['necessity']],
    ['no balancing', (r) => (r.lia.balancing = ''), ['balancing']],
    ['no opt-out', (r) => (r.lia.safeguards = r.lia.safeguards.filter((s) => s !== 'optOut')), ['safeguard-optOut']],
    ['no retention limit', (r) => (r.lia.safeguards = r.lia.safeguards.filter((s) => s !== 'retention')), ['safeguard-retention']],
    ['outcome: do not go ahead', (r) => (r.lia.outcome = 'stop'), ['outcome']],
    ['outcome: go ahead after changes', (r) => (r.lia.outcome = 'proceed-with-changes'), []],
    ['no date', (r) => (r.about.date = ''), ['outcome']],
    ['no approver', (r) => (r.about.approvedBy = ''), ['outcome']],
  ])('%s', (_name, change, undone) => {
    const record = completeRecord();
    change(record);
    expect(doneIds(record)).toEqual(ALL.filter((id) => !undone.includes(id)));
  });
});

/** Heading anchors as Starlight builds them (github-slugger) for the plain headings of the playbook. */
function anchorsOf(page: string): string[] {
  const mdx = readFileSync(new URL(`../../../src/content/docs/playbook/${page}.mdx`, import.meta.url), 'utf8');
  return [...mdx.matchAll(/^#{2,4} (.+)$/gm)].map((m) =>
    m[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-'),
  );
}

describe('every readiness item links to the playbook section that explains it', () => {
  it.each(READINESS_ITEMS.map((i) => [i.id, i.explainedIn.href, i.explainedIn.title] as const))('%s → %s', (_id, href, title) => {
    const match = /^\/playbook\/([a-z-]+)\/#([a-z0-9-]+)$/.exec(href);
    expect(match, href).not.toBeNull();
    expect(anchorsOf(match![1]!)).toContain(match![2]);
    expect(title).toMatch(/^Step [1-5]: /);
  });

  it('covers all five steps of the playbook', () => {
    const pages = new Set(READINESS_ITEMS.map((i) => /^\/playbook\/([a-z-]+)\//.exec(i.explainedIn.href)![1]));
    expect(pages).toEqual(new Set(['target-and-minimise', 'legitimate-interest', 'opt-out', 'clean-and-secure', 'answer-requests']));
  });
});
