import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES, INTERESTS, OPT_OUT_METHODS, SAFEGUARDS, SOURCE_KINDS, campaignSchema } from '../../../src/lib/notice/campaign';
import { OUTPUT_IDS, composeOutputs, type NoticeContext } from '../../../src/lib/notice/compose';
import { checkCoverage } from '../../../src/lib/notice/coverage';
import { coveredItems } from '../../../src/lib/notice/document';
import { LANGUAGE_CODES, languageText } from '../../../src/lib/notice/languages';
import { toHtml, toPlainText } from '../../../src/lib/notice/render';
import { emptyProfile, senderProfileSchema } from '../../../src/lib/profile/schema';
import { COUNTRIES, fullContext } from './fixtures';

/** Signs of a sentence written around a missing value. */
const DANGLING: [string, RegExp][] = [
  ['an unfilled {placeholder}', /(^|[^{])\{[a-zA-Z]+\}/],
  ['empty brackets', /\(\s*\)/],
  ['a space before a full stop or comma', / [.,]/],
  ['a colon followed by a full stop', /:\s*\./],
  // "Inc., 1 Main St" is fine: company names end with abbreviations.
  ['doubled punctuation', /\.\.|,,|, ,|,\.|;\.|:\.|\?\./],
  ['"undefined", "null" or "NaN"', /\b(undefined|null|NaN)\b/],
  ['a label with nothing after it', /[:：]\s*$/m],
  ['an empty line', /\n\s*\n/],
  ['two spaces in a row', / {2}/],
  ['empty quotes', /“\s*”|„\s*“|«\s*»|”\s*”/],
];

/** Fails with the output and the pattern when any output shows dangling text. */
function expectNoDangling(ctx: NoticeContext): void {
  const outputs = composeOutputs(ctx);
  for (const id of OUTPUT_IDS) {
    const text = toPlainText(outputs[id]);
    for (const [what, pattern] of DANGLING) {
      expect(pattern.test(text), `${ctx.campaign.language} ${id} has ${what}:\n${text}`).toBe(false);
    }
    expect(toHtml(outputs[id])).not.toMatch(/<(p|strong)>\s*<\/\1>|<p>\s*<br>|<br>\s*<\/p>/);
  }
}

describe('empty fields never leave dangling text', () => {
  it.each(LANGUAGE_CODES)('%s: with an empty profile and campaign', (language) => {
    expectNoDangling({ profile: emptyProfile(), campaign: campaignSchema.parse({ language, retentionMonths: null, dataCategories: [] }), countries: COUNTRIES });
  });

  it.each(LANGUAGE_CODES)('%s: regression "We obtained your data from ." — no source sentence without a source', (language) => {
    const template = languageText(language);
    const outputs = composeOutputs(fullContext(language, { sourceKind: 'other', source: '   ' }));
    for (const id of OUTPUT_IDS) {
      const text = toPlainText(outputs[id]);
      expect(text).not.toContain(template.sources.other.withDetail.split('{detail}')[0]!.trim());
    }
    expect(coveredItems(outputs.notice).has('2f')).toBe(false);
  });

  it.each(LANGUAGE_CODES)('%s: a blank company leaves out the identity sentence and the footer line', (language) => {
    const outputs = composeOutputs(fullContext(language, {}, { legalName: ' ', tradingName: '' }));
    expect(toPlainText(outputs.notice)).not.toContain('200 Example Street');
    expect(toPlainText(outputs.footer).split('\n')[0]).not.toMatch(/^ ·|· $/);
  });

  /** What a user might type: nothing, blanks, words, or values with their own punctuation and line breaks. */
  const text = () =>
    fc.oneof(
      fc.constantFrom('', '   ', '\n', 'Ends with a stop.', 'Asks a question?', 'trailing comma,', 'trailing colon:', '  padded value  ', 'line one\nline two'),
      fc.array(fc.stringMatching(/^[A-Za-zÀ-ž0-9@/&'-]{1,8}$/), { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')),
    );
  const profile = fc.record({
    legalName: text(),
    tradingName: text(),
    postalAddress: fc.oneof(text(), fc.constant('1 Main St,\n\nToronto,\n')),
    country: fc.constantFrom('', 'CA', 'DE', 'GB', 'US', 'CH'),
    privacyEmail: fc.oneof(text(), fc.constant('privacy@x.example')),
    website: text(),
    privacyNoticeUrl: fc.oneof(text(), fc.constant('https://x.example/privacy')),
    dpoContact: text(),
    euRepresentative: text(),
    ukRepresentative: text(),
  });
  const campaign = fc.record({
    purpose: text(),
    interest: fc.constantFrom(...INTERESTS),
    customInterest: text(),
    dataCategories: fc.subarray([...DATA_CATEGORIES]),
    otherData: text(),
    sourceKind: fc.constantFrom(...SOURCE_KINDS),
    source: text(),
    emailPlatform: text(),
    crm: text(),
    transfer: fc.constantFrom(null, ...SAFEGUARDS),
    transferDestination: fc.constantFrom('', 'US', 'JP', 'IN', 'AE', 'CH', 'GB'),
    retentionMonths: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 120 })),
    retentionRule: text(),
    recipientCountry: fc.constantFrom('', ...COUNTRIES.map((c) => c.code)),
    optOut: fc.constantFrom(...OPT_OUT_METHODS),
    unsubscribeLink: fc.constantFrom('', '{{unsubscribe_link}}', 'https://u.example/1', '*|UNSUB|*'),
    language: fc.constantFrom(...LANGUAGE_CODES),
  });

  it('property: any mix of empty, blank and filled fields, in any language', () => {
    fc.assert(
      fc.property(profile, campaign, (p, c) => {
        const ctx: NoticeContext = { profile: senderProfileSchema.parse(p), campaign: campaignSchema.parse(c), countries: COUNTRIES };
        expectNoDangling(ctx);
      }),
      { numRuns: 600 },
    );
  });

  it('property: every item the coverage check calls covered is written in the full notice', () => {
    fc.assert(
      fc.property(profile, campaign, (p, c) => {
        const ctx: NoticeContext = { profile: senderProfileSchema.parse(p), campaign: campaignSchema.parse(c), countries: COUNTRIES };
        const written = coveredItems(composeOutputs(ctx).notice);
        for (const item of checkCoverage(ctx).items) {
          if (item.status === 'covered') expect(written.has(item.id), `Art. ${item.article} is "covered" but not written`).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });
});
