import { describe, expect, it } from 'vitest';
import { campaignSchema, type Campaign } from '../../../src/lib/notice/campaign';
import type { NoticeContext } from '../../../src/lib/notice/compose';
import { checkCoverage } from '../../../src/lib/notice/coverage';
import { FIELD_LABELS } from '../../../src/lib/notice/fields';
import { plural } from '../../../src/lib/i18n/format';
import { notice } from '../../../src/lib/i18n/en/notice';
import { STANDARD_TEXT, inWords } from './coverage-words';
import { senderProfileSchema, type SenderProfile } from '../../../src/lib/profile/schema';
import { COUNTRIES, fullContext } from './fixtures';

/** A context built from a few fields on top of an empty profile and the default campaign. */
function context(profile: Partial<SenderProfile> = {}, campaign: Partial<Campaign> = {}): NoticeContext {
  return { profile: senderProfileSchema.parse(profile), campaign: campaignSchema.parse(campaign), countries: COUNTRIES };
}

/** The contract fields every external test fills: name, address, privacy email, source. */
const CONTRACT = { legalName: 'Acme GmbH', postalAddress: 'Hauptstr. 1, Berlin', privacyEmail: 'privacy@acme.example' };

const status = (ctx: NoticeContext, id: string) => inWords(checkCoverage(ctx).items.find((i) => i.id === id)!);

describe('the overall status', () => {
  it('starts with the company, the transfers and the source missing', () => {
    const coverage = checkCoverage(context());
    expect(coverage.complete).toBe(false);
    expect(coverage.missing.map((i) => i.id)).toEqual(['1a', '1f', '2f']);
  });

  it('is complete once the contract fields are filled and the transfer question answered, keeping every other default', () => {
    const coverage = checkCoverage(context(CONTRACT, { source: 'acme.example/team', transfer: 'none' }));
    expect(coverage.complete).toBe(true);
    expect(coverage.missing).toEqual([]);
  });

  it('says "One item is missing" in the singular', () => {
    const coverage = checkCoverage(context(CONTRACT, { transfer: 'none' }));
    expect(coverage.missing.map((i) => i.id)).toEqual(['2f']);
    expect(plural(notice.coverage.missingCount, coverage.missing.length)).toBe('One item is missing from the notice.');
  });

  it('lists all 13 items of Art. 14(1) and 14(2), in order', () => {
    expect(checkCoverage(context()).items.map((i) => i.article)).toEqual([
      '14(1)(a)', '14(1)(b)', '14(1)(c)', '14(1)(d)', '14(1)(e)', '14(1)(f)',
      '14(2)(a)', '14(2)(b)', '14(2)(c)', '14(2)(d)', '14(2)(e)', '14(2)(f)', '14(2)(g)',
    ]);
  });

  it('is complete with every field filled', () => {
    expect(checkCoverage(fullContext('en')).complete).toBe(true);
  });
});

describe('each item names the fields that fill it', () => {
  it.each([
    ['1a', { filledBy: [FIELD_LABELS.legalName, FIELD_LABELS.postalAddress, FIELD_LABELS.privacyEmail, FIELD_LABELS.euRepresentative] }],
    ['1b', { filledBy: [FIELD_LABELS.dpoContact] }],
    ['1d', { filledBy: [FIELD_LABELS.dataCategories, FIELD_LABELS.otherData] }],
    ['1e', { filledBy: [FIELD_LABELS.emailPlatform, FIELD_LABELS.crm] }],
    ['1f', { filledBy: [FIELD_LABELS.transfer, FIELD_LABELS.transferDestination] }],
    ['2a', { filledBy: [FIELD_LABELS.retentionMonths] }],
    ['2e', { filledBy: [STANDARD_TEXT, FIELD_LABELS.recipientCountry] }],
    ['2f', { filledBy: [FIELD_LABELS.sourceKind, FIELD_LABELS.source] }],
  ])('Art. 14 item %s', (id, expected) => {
    expect(status(fullContext('en'), id)).toMatchObject({ status: 'covered', ...expected });
  });

  it('every label it names is a field of the page', () => {
    const labels = new Set<string>([...Object.values(FIELD_LABELS), STANDARD_TEXT]);
    for (const item of checkCoverage(fullContext('en')).items) for (const label of inWords(item).filledBy) expect(labels).toContain(label);
  });
});

describe('identity and representatives, Art. 14(1)(a) and Art. 27', () => {
  it('needs a contact: a postal address or a privacy email', () => {
    expect(status(context({ legalName: 'Acme' }), '1a')).toMatchObject({ status: 'missing', note: 'Add a "Postal address" or a "Privacy contact email".' });
    expect(status(context({ legalName: 'Acme', privacyEmail: 'p@acme.example' }), '1a').status).toBe('covered');
    expect(status(context({ legalName: 'Acme', postalAddress: '1 Main St' }), '1a').status).toBe('covered');
  });

  it.each([
    ['a Canadian sender writing to Germany needs an EU representative', { country: 'CA' }, 'DE', 'missing'],
    ['… and is covered once it names one', { country: 'CA', euRepresentative: 'Eurorep' }, 'DE', 'covered'],
    ['a Canadian sender with no country picked is held to the EU rule', { country: 'CA' }, '', 'missing'],
    ['a Canadian sender writing to the UK needs a UK representative', { country: 'CA', euRepresentative: 'Eurorep' }, 'GB', 'missing'],
    ['a German sender writing to the UK needs a UK representative', { country: 'DE' }, 'GB', 'missing'],
    ['a German sender writing to France needs none', { country: 'DE' }, 'FR', 'covered'],
    ['a Norwegian (EEA) sender writing to France needs none', { country: 'NO' }, 'FR', 'covered'],
    ['a UK sender writing to the UK needs none', { country: 'GB' }, 'GB', 'covered'],
    ['a sender with no country is not judged', {}, 'DE', 'covered'],
  ])('%s', (_name, profile, recipientCountry, expected) => {
    expect(status(context({ ...CONTRACT, ...profile }, { recipientCountry }), '1a').status).toBe(expected);
  });
});

describe('the other items', () => {
  it('14(1)(b): the DPO is not applicable unless one is given', () => {
    expect(status(context(), '1b').status).toBe('not-applicable');
    expect(status(context({ dpoContact: 'Dana, dpo@acme.example' }), '1b').status).toBe('covered');
  });

  it('14(1)(d): needs at least one data category, and "other" needs words', () => {
    expect(status(context({}, { dataCategories: [] }), '1d').status).toBe('missing');
    expect(status(context({}, { dataCategories: ['other'] }), '1d').status).toBe('missing');
    expect(status(context({}, { dataCategories: ['other'], otherData: 'company size' }), '1d').status).toBe('covered');
  });

  it('14(1)(e): the categories of recipients are enough; names are better', () => {
    expect(status(context(), '1e')).toMatchObject({ status: 'covered', filledBy: [STANDARD_TEXT] });
  });

  it('14(1)(f): standard contractual clauses and binding corporate rules need an address to ask for a copy', () => {
    for (const transfer of ['scc', 'bcr'] as const) {
      expect(status(context({}, { transfer }), '1f').status).toBe('missing');
      expect(status(context({ privacyEmail: 'not an email' }, { transfer }), '1f').status).toBe('missing');
      expect(status(context({ privacyEmail: 'p@acme.example' }, { transfer }), '1f').status).toBe('covered');
    }
    for (const transfer of ['adequacy', 'dpf', 'derogation'] as const) expect(status(context({}, { transfer }), '1f').status).toBe('covered');
  });

  it('14(1)(f): for Swiss recipients, an unnamed destination is covered with a note to name it (FADP Art. 19(4))', () => {
    expect(status(context({}, { transfer: 'adequacy', recipientCountry: 'CH' }), '1f').note).toContain('Art. 19(4)');
    expect(status(context({}, { transfer: 'adequacy', recipientCountry: 'CH', transferDestination: 'JP' }), '1f').note).toBe('');
  });

  it('14(2)(a): needs months or a rule in words', () => {
    expect(status(context({}, { retentionMonths: null }), '2a').status).toBe('missing');
    expect(status(context({}, { retentionMonths: null, retentionRule: 'Deleted after the campaign' }), '2a').filledBy).toEqual([FIELD_LABELS.retentionRule]);
  });

  it('14(2)(b): a custom interest needs words', () => {
    expect(status(context({}, { interest: 'custom' }), '2b').status).toBe('missing');
    expect(status(context({}, { interest: 'custom', customInterest: 'x' }), '2b').status).toBe('covered');
    expect(status(context({}, { interest: 'partnership' }), '2b').status).toBe('covered');
  });

  it('14(2)(d): withdrawing consent never applies to a legitimate-interest notice', () => {
    expect(status(fullContext('en'), '2d').status).toBe('not-applicable');
  });

  it('14(2)(e): names the authority of the recipient country when one is picked', () => {
    expect(status(context({}, { recipientCountry: 'FR' }), '2e').note).toContain('CNIL');
  });

  it.each([
    ['other', '', 'missing'],
    ['vendor', '', 'missing'],
    ['website', '', 'covered'],
    ['linkedin', '', 'covered'],
    ['vendor', 'Cognism', 'covered'],
    ['other', 'acme.example/team', 'covered'],
    ['pattern', '', 'missing'],
    ['pattern', 'acme.example/team', 'covered'],
  ] as const)('14(2)(f): source kind %s with detail "%s" is %s', (sourceKind, source, expected) => {
    expect(status(context({}, { sourceKind, source }), '2f').status).toBe(expected);
  });
});
