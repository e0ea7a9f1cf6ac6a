import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/lib/i18n/format';
import { recordOutline } from '../../../src/lib/planner/outline';
import { ABOUT, DATA_QUESTIONS, EVIDENCE_LABELS, FIELD_LABELS, LIA, OUTCOME, RELEVANCE, SAFEGUARD_LABELS, SAFEGUARDS_QUESTION, SEGMENT } from '../../../src/lib/planner/questions';
import { parseRecordFile, recordFileName, recordToJson, recordToMarkdown } from '../../../src/lib/planner/record-file';
import { DATA_FIELDS, EVIDENCE_KINDS, RECORD_FORMAT, SAFEGUARDS, emptyRecord, type CampaignRecord } from '../../../src/lib/planner/schema';
import { COUNTRIES, completeRecord } from './fixtures';

/** Text that tries to break a Markdown export: fences, our own heading, HTML, CRLF, emoji. */
const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('```', '```json', '```json\n{"format":"x"}\n```', '## Machine-readable copy', '<img src=x onerror=alert(1)>', 'a\r\nb', '  ', '👩🏽‍💻 Zoë, Łódź', '_Not answered._'),
);
const line = fc.oneof(fc.constant(''), nasty);
const codes = COUNTRIES.map((c) => c.code);

/** Any valid campaign record. */
const recordArb: fc.Arbitrary<CampaignRecord> = fc.record({
  format: fc.constant(RECORD_FORMAT),
  version: fc.constant(1 as const),
  about: fc.record({ campaign: line, preparedBy: line, approvedBy: line, date: fc.constantFrom('', '2026-03-01', '2024-02-29') }),
  segment: fc.record({
    offer: line,
    offerWhy: line,
    countries: fc.uniqueArray(fc.constantFrom(...codes, 'US'), { maxLength: 6 }),
    countriesWhy: line,
    industries: line,
    industriesWhy: line,
    specialists: line,
    specialistsWhy: line,
    employees: line,
    revenue: line,
    sizeWhy: line,
    positions: line,
    positionsWhy: line,
  }),
  data: fc.record({
    name: fc.record({ collect: fc.boolean(), use: line }),
    workEmail: fc.record({ collect: fc.boolean(), use: line }),
    personalEmail: fc.record({ collect: fc.boolean(), use: line }),
    jobTitle: fc.record({ collect: fc.boolean(), use: line }),
    company: fc.record({ collect: fc.boolean(), use: line }),
    phone: fc.record({ collect: fc.boolean(), use: line, willCall: fc.boolean() }),
    linkedin: fc.record({ collect: fc.boolean(), use: line }),
    postalAddress: fc.record({ collect: fc.boolean(), use: line, kind: fc.constantFrom('' as const, 'business' as const, 'home' as const) }),
    other: fc.record({ collect: fc.boolean(), use: line, what: line }),
  }),
  relevance: fc.record({
    surprised: fc.constantFrom('' as const, 'no' as const, 'some' as const, 'yes' as const),
    surpriseNote: line,
    evidence: fc.uniqueArray(fc.constantFrom(...EVIDENCE_KINDS)),
    evidenceOther: line,
    evidenceWhere: line,
  }),
  lia: fc.record({
    purpose: line,
    necessity: line,
    balancing: line,
    safeguards: fc.uniqueArray(fc.constantFrom(...SAFEGUARDS)),
    safeguardsNote: line,
    outcome: fc.constantFrom('' as const, 'proceed' as const, 'proceed-with-changes' as const, 'stop' as const),
    outcomeNote: line,
  }),
});

/** Fields holding a choice from a list, shown by its label rather than its value. */
const CHOICES = /^(format|segment\.countries\.\d+|relevance\.surprised|relevance\.evidence\.\d+|lia\.safeguards\.\d+|lia\.outcome|data\.postalAddress\.kind)$/;

/** Every free-text answer of a record, with where it is. */
function textAnswers(record: CampaignRecord): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string' && !CHOICES.test(path)) out.push([path, value]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(record, '');
  return out;
}

describe('JSON export and import', () => {
  it('round-trips any record (property)', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        expect(parseRecordFile(recordToJson(record))).toEqual({ ok: true, record });
      }),
    );
  });

  it('reads a file with a byte order mark', () => {
    expect(parseRecordFile(`\uFEFF${recordToJson(completeRecord())}`)).toEqual({ ok: true, record: completeRecord() });
  });
});

describe('Markdown export', () => {
  it('round-trips any record through "Import record" (property)', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        expect(parseRecordFile(recordToMarkdown(record, COUNTRIES))).toEqual({ ok: true, record });
      }),
    );
  });

  it('survives a CRLF conversion by a text editor', () => {
    const record = completeRecord();
    expect(parseRecordFile(recordToMarkdown(record, COUNTRIES).replace(/\n/g, '\r\n'))).toEqual({ ok: true, record });
  });

  it('contains every answer of a complete record, as typed, above the JSON copy', () => {
    const record = completeRecord();
    const markdown = recordToMarkdown(record, COUNTRIES);
    const prose = markdown.slice(0, markdown.indexOf('## Machine-readable copy'));
    // The assessment date is the one answer written for the reader ("1 March 2026"), not as typed.
    for (const [path, text] of textAnswers(record)) expect(prose, path).toContain(path === 'about.date' ? formatDate(text) : text);
    for (const kind of EVIDENCE_KINDS) expect(prose).toContain(EVIDENCE_LABELS[kind]);
    for (const safeguard of SAFEGUARDS) expect(prose).toContain(SAFEGUARD_LABELS[safeguard]);
    expect(prose).toContain(RELEVANCE.surprised.options.no);
    expect(prose).toContain(OUTCOME.options.proceed);
    expect(prose).toContain('France (FR), United Kingdom (GB)');
    expect(prose).toContain('Someone will call these numbers: Yes');
    expect(prose).toContain("Whose address is it? The company's address");
  });

  it('contains every non-empty answer of any record (property)', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const markdown = recordToMarkdown(record, COUNTRIES);
        const prose = markdown.slice(0, markdown.lastIndexOf('## Machine-readable copy'));
        for (const [path, text] of textAnswers(record)) if (text.trim() !== '' && path !== 'about.date') expect(prose, path).toContain(text);
      }),
    );
  });

  it('asks every question of the checklist, answered or not', () => {
    const markdown = recordToMarkdown(emptyRecord(), COUNTRIES);
    const labels = recordOutline(emptyRecord(), COUNTRIES).sections.flatMap((s) => s.entries.map((e) => e.label));
    const questions = [
      ...Object.values(ABOUT).map((q) => q.label),
      ...SEGMENT.flatMap((part) => [...Object.values(part.fields).map((q) => q!.label), part.whyLabel]),
      ...DATA_FIELDS.map((f) => `${FIELD_LABELS[f]}: ${DATA_QUESTIONS.use}`),
      ...[RELEVANCE.surprised, RELEVANCE.surpriseNote, RELEVANCE.evidence, RELEVANCE.evidenceOther, RELEVANCE.evidenceWhere].map((q) => q.label),
      ...Object.values(LIA).map((q) => q.label),
      SAFEGUARDS_QUESTION.label,
      SAFEGUARDS_QUESTION.noteLabel,
      OUTCOME.label,
      OUTCOME.noteLabel,
    ];
    for (const question of questions) {
      expect(labels, question).toContain(question);
      expect(markdown, question).toContain(`**${question}**`);
    }
  });

  it('shows each chosen country with its rule, conditions, sources and review date', () => {
    const record = emptyRecord();
    record.segment.countries = ['DE', 'GB'];
    const markdown = recordToMarkdown(record, COUNTRIES);
    const de = COUNTRIES.find((c) => c.code === 'DE')!;
    expect(markdown).toContain('**Germany (DE)**');
    expect(markdown).toContain(de.conditions);
    expect(markdown).toContain('- Named address: Consent required');
    expect(markdown).toContain(`Reviewed ${formatDate(de.reviewed)}.`);
    for (const s of de.sources) expect(markdown).toContain(`[${s.title}](${s.url})`);
    expect(markdown).toMatch(/\*\*Warning\*\*\n\nCold email needs prior consent in Germany:/);
  });

  it('says "Not answered" for an empty answer and never leaves dangling text', () => {
    const markdown = recordToMarkdown(emptyRecord(), COUNTRIES);
    expect(markdown).toContain('**Your offer in one sentence**\n\n_Not answered._');
    expect(markdown).toMatch(/^# Campaign record: untitled campaign\n/);
    expect(markdown).not.toMatch(/: \.|\(\)|: $|\bundefined\b|\bnull\b/m);
    expect(markdown).not.toContain('Exported from');
  });

  it('lists the readiness count with absolute links when given the site address', () => {
    const markdown = recordToMarkdown(completeRecord(), COUNTRIES, { exportedOn: '2026-03-02', siteUrl: 'https://kit.example' });
    expect(markdown).toContain('Exported from the campaign planner of the Cold Email GDPR Kit on 2 March 2026.');
    expect(markdown).toContain('## Readiness: 18 of 18 done');
    expect(markdown).toContain('- [x] The offer is written down in one sentence. ([Step 1: Define the segment before you collect anything](https://kit.example/playbook/target-and-minimise/#define-the-segment-before-you-collect-anything))');
    expect(recordToMarkdown(emptyRecord(), COUNTRIES)).toContain('- [ ] The offer is written down in one sentence. ([Step 1: Define the segment before you collect anything](/playbook/');
  });
});

describe('importing the wrong file', () => {
  it.each([
    ['an empty file', '', 'no-record', 'This file holds no campaign record.'],
    ['a CSV file', 'email,name\na@b.example,A\n', 'no-record', 'This file holds no campaign record.'],
    ['broken JSON', '{"format": ', 'not-json', 'This file is not valid JSON.'],
    ['a sender profile', JSON.stringify({ legalName: 'Acme', country: 'CA' }), 'not-record', 'This file is not a campaign record.'],
    ['a JSON array', '[1, 2]', 'no-record', 'This file holds no campaign record.'],
    ['Markdown with no JSON copy', '# Campaign record\n\nSome notes.\n', 'no-record', 'This file holds no campaign record.'],
    ['Markdown whose JSON copy was cut off', '# Record\n\n```json\n{"format": "coldkit-campaign-record"', 'no-record', 'This file holds no campaign record.'],
  ])('%s gets one sentence', (_name, text, reason, message) => {
    const result = parseRecordFile(text);
    expect(result).toEqual({ ok: false, reason, message: expect.stringContaining(message) });
    if (!result.ok) expect(result.message).toContain('"Export record"');
  });
});

describe('file names', () => {
  it.each([
    ['', 'campaign-record.md'],
    ['IT leads in French logistics, spring', 'campaign-record-it-leads-in-french-logistics-spring.md'],
    ['Zoë & Łukasz: Q2!', 'campaign-record-zoe-ukasz-q2.md'],
    ['Кампания', 'campaign-record.md'],
    ['../../etc/passwd', 'campaign-record-etc-passwd.md'],
  ])('"%s" → %s', (campaign, name) => {
    const record = emptyRecord();
    record.about.campaign = campaign;
    expect(recordFileName(record, 'md')).toBe(name);
  });

  it('uses the extension asked for and stays short', () => {
    const record = emptyRecord();
    record.about.campaign = 'x'.repeat(300);
    expect(recordFileName(record, 'json')).toMatch(/^campaign-record-x{60}\.json$/);
  });
});

describe('the outline shared by print and Markdown', () => {
  it('holds one entry per data field with its advice', () => {
    const record = emptyRecord();
    record.data.personalEmail = { collect: true, use: '' };
    const data = recordOutline(record, COUNTRIES).sections.find((s) => s.title === '3. Data minimisation')!;
    expect(data.entries).toHaveLength(DATA_FIELDS.length);
    const personal = data.entries.find((e) => e.label.startsWith('Personal email'))!;
    expect(personal.items!.some((i) => i.startsWith("Don't collect it"))).toBe(true);
    expect(personal.items!.some((i) => i.startsWith('A personal address'))).toBe(true);
  });

  it('shows a country code with no record without inventing a rule', () => {
    const record = emptyRecord();
    record.segment.countries = ['US'];
    const rules = recordOutline(record, COUNTRIES).sections.find((s) => s.title === '2. Country rules')!;
    expect(rules.entries).toEqual([{ label: 'US', text: 'No record for this country code: check its national rule yourself.' }]);
  });
});
