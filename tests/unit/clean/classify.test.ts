/**
 * The per-row decision of the list cleaner: exactly one reason per row, by precedence
 * missing → invalid → optedOut → suppressed → duplicate → disposable → role → free →
 * consentCountry, the optional classes removed only when their option is on.
 */
import { describe, expect, it } from 'vitest';
import {
  OptOutCollector,
  cellsOf,
  createClassifier,
  keysOf,
  rowIsOptedOut,
  type RowDecision,
} from '../../../src/lib/clean/classify.ts';
import { parseCleanOptions, type CleanOptionsInput, type RemovalReason } from '../../../src/lib/clean/options.ts';
import { SuppressionIndex } from '../../../src/lib/email/suppression.ts';
import { sha256Hex } from '../../../src/lib/email/hash.ts';
import { CONSENT_COUNTRIES, COUNTRY_LOOKUP, DISPOSABLE } from './fixtures.ts';

/** Rows in these tests are `[email, optOut, country]`. */
const EMAIL = 0;
const OPT_OUT = 1;
const COUNTRY = 2;

interface Scenario {
  options?: CleanOptionsInput;
  /** Suppression file cells. */
  suppress?: string[];
  /** Null: the disposable class is not checked at all. */
  disposable?: ReadonlySet<string> | null;
  countryColumn?: number | null;
}

/**
 * Decides every row in file order, the way a run does: pass 1 collects the rows marked as opted
 * out, pass 2 classifies. Rows are numbered from 1.
 */
function decide(rows: readonly (readonly string[])[], scenario: Scenario = {}): RowDecision[] {
  const options = parseCleanOptions(scenario.options ?? {});
  const suppression = new SuppressionIndex({ canonical: options.canonical });
  suppression.addAll(scenario.suppress ?? []);
  const collector = new OptOutCollector(EMAIL, [OPT_OUT], options.canonical);
  rows.forEach((row, i) => collector.add(cellsOf(row), i + 1));
  const classify = createClassifier(
    {
      emailColumn: EMAIL,
      optOutColumns: [OPT_OUT],
      countryColumn: scenario.countryColumn === undefined ? COUNTRY : scenario.countryColumn,
      options,
      suppression,
      disposable: scenario.disposable === undefined ? DISPOSABLE : scenario.disposable,
      consentCountries: new Set(CONSENT_COUNTRIES),
      countryLookup: COUNTRY_LOOKUP,
    },
    collector.marked,
  );
  return rows.map((row, i) => classify(cellsOf(row), i + 1));
}

/** The reasons and details of a run, one `reason: detail` string per row (`kept` for kept rows). */
function outcomes(rows: readonly (readonly string[])[], scenario: Scenario = {}): string[] {
  return decide(rows, scenario).map((d) => (d.reason === null ? 'kept' : `${d.reason}: ${d.detail}`));
}

const ALL_ON: CleanOptionsInput = { remove: { disposable: true, role: true, free: true, consentCountry: true } };

describe('one reason per removal class', () => {
  it.each<{ reason: RemovalReason; rows: string[][]; scenario?: Scenario; detail: string }>([
    { reason: 'missing', rows: [['']], detail: 'the email cell is empty' },
    { reason: 'missing', rows: [[' \u00A0\u200B ']], detail: 'the email cell is empty' },
    { reason: 'missing', rows: [[]], detail: 'the email cell is empty' }, // a ragged row without the column
    { reason: 'invalid', rows: [['jane@acme']], detail: 'not a valid address: jane@acme' },
    { reason: 'invalid', rows: [['  fay@@broken ']], detail: 'not a valid address: fay@@broken' },
    { reason: 'invalid', rows: [['Jane Doe']], detail: 'not a valid address: Jane Doe' },
    { reason: 'optedOut', rows: [['jane@acme.com', 'yes']], detail: 'opted out at row 1' },
    { reason: 'suppressed', rows: [['jane@acme.com']], scenario: { suppress: ['JANE@acme.com'] }, detail: 'email jane@acme.com' },
    { reason: 'suppressed', rows: [['jane@acme.com']], scenario: { suppress: ['@acme.com'] }, detail: 'domain acme.com' },
    { reason: 'suppressed', rows: [['jane@acme.com']], scenario: { suppress: [sha256Hex('jane@acme.com')] }, detail: 'sha256 hash' },
    { reason: 'duplicate', rows: [['jane@acme.com'], [' JANE@Acme.com ']], detail: 'duplicate of row 1' },
    { reason: 'disposable', rows: [['x@mailinator.com']], detail: 'disposable domain mailinator.com' },
    { reason: 'disposable', rows: [['x@eu.yopmail.com']], detail: 'disposable domain eu.yopmail.com' },
    { reason: 'disposable', rows: [[`x@${'a.'.repeat(20)}mailinator.com`]], detail: `disposable domain ${'a.'.repeat(20)}mailinator.com` },
    { reason: 'role', rows: [['info+eu@acme.com']], scenario: { options: { remove: { role: true } } }, detail: 'role address info+eu@' },
    { reason: 'free', rows: [['jane@gmx.de', '', 'Austria']], scenario: { options: { remove: { free: true } } }, detail: 'free mail provider gmx.de' },
    { reason: 'consentCountry', rows: [['jane@acme.de']], scenario: { options: { remove: { consentCountry: true } } }, detail: 'DE requires prior consent (.de domain)' },
    { reason: 'consentCountry', rows: [['jane@acme.com', '', 'Germany']], scenario: { options: { remove: { consentCountry: true } } }, detail: 'DE requires prior consent (country column)' },
  ])('$reason: $rows → $detail', ({ reason, rows, scenario, detail }) => {
    expect(decide(rows, scenario).at(-1)).toMatchObject({ reason, detail });
  });
});

describe('precedence: a row that qualifies for several reasons gets the first', () => {
  it.each<{ name: string; rows: string[][]; scenario?: Scenario; expected: string[] }>([
    {
      name: 'an empty cell marked as opted out is missing',
      rows: [['', 'yes']],
      expected: ['missing: the email cell is empty'],
    },
    {
      name: 'an invalid address marked as opted out is invalid',
      rows: [['jane@', 'unsubscribed']],
      expected: ['invalid: not a valid address: jane@'],
    },
    {
      name: 'an opted-out address that is also suppressed is optedOut',
      rows: [['jane@acme.com', 'TRUE']],
      scenario: { suppress: ['jane@acme.com', 'acme.com'] },
      expected: ['optedOut: opted out at row 1'],
    },
    {
      name: 'a suppressed disposable role address is suppressed',
      rows: [['info@mailinator.com']],
      scenario: { suppress: ['mailinator.com'], options: ALL_ON },
      expected: ['suppressed: domain mailinator.com'],
    },
    {
      name: 'a suppressed duplicate is suppressed (the first was never kept)',
      rows: [['jane@acme.com'], ['jane@acme.com']],
      scenario: { suppress: ['jane@acme.com'] },
      expected: ['suppressed: email jane@acme.com', 'suppressed: email jane@acme.com'],
    },
    {
      name: 'an opted-out duplicate is optedOut, on both rows',
      rows: [['jane@acme.com'], ['jane@acme.com', 'yes']],
      expected: ['optedOut: opted out at row 2', 'optedOut: opted out at row 2'],
    },
    {
      name: 'a duplicate of a disposable first row is disposable, not duplicate: the first was not kept',
      rows: [['x@mailinator.com'], ['X@Mailinator.com']],
      expected: ['disposable: disposable domain mailinator.com', 'disposable: disposable domain mailinator.com'],
    },
    {
      name: 'a duplicate of a kept disposable row (disposable kept) is duplicate',
      rows: [['x@mailinator.com'], ['X@Mailinator.com']],
      scenario: { options: { remove: { disposable: false } } },
      expected: ['kept', 'duplicate: duplicate of row 1'],
    },
    {
      name: 'a duplicate of a removed role row is role again',
      rows: [['info@acme.com'], ['info@acme.com']],
      scenario: { options: { remove: { role: true } } },
      expected: ['role: role address info@', 'role: role address info@'],
    },
    {
      name: 'a duplicate names the kept row, not the removed ones before it',
      rows: [['jane@acme.com', 'no'], ['jane@acme.com'], ['jane@acme.com']],
      expected: ['kept', 'duplicate: duplicate of row 1', 'duplicate: duplicate of row 1'],
    },
    {
      name: 'disposable beats role, free and consentCountry',
      rows: [['info@mailinator.com', '', 'Germany']],
      scenario: { options: ALL_ON },
      expected: ['disposable: disposable domain mailinator.com'],
    },
    {
      name: 'role beats free and consentCountry',
      rows: [['info@web.de']],
      scenario: { options: ALL_ON },
      expected: ['role: role address info@'],
    },
    {
      name: 'free beats consentCountry',
      rows: [['jane@web.de']],
      scenario: { options: ALL_ON },
      expected: ['free: free mail provider web.de'],
    },
    {
      name: 'an optional class that is off is skipped for the next one that is on',
      rows: [['info@web.de']],
      scenario: { options: { remove: { role: false, free: false, consentCountry: true } } },
      expected: ['consentCountry: DE requires prior consent (.de domain)'],
    },
    {
      name: 'with every optional class off the row is kept',
      rows: [['info@web.de']],
      scenario: { options: { remove: { disposable: false } } },
      expected: ['kept'],
    },
    {
      name: 'with no disposable list the disposable class is never checked',
      rows: [['x@mailinator.com']],
      scenario: { disposable: null },
      expected: ['kept'],
    },
  ])('$name', ({ rows, scenario, expected }) => {
    expect(outcomes(rows, scenario)).toEqual(expected);
  });
});

describe('optional classes are reported on every row that reaches them', () => {
  it.each<{ email: string; country?: string; classes: string[] }>([
    { email: 'jane@acme.com', classes: [] },
    { email: 'info@mailinator.com', classes: ['disposable', 'role', 'free'] },
    { email: 'info@web.de', classes: ['role', 'free', 'consentCountry'] },
    { email: 'jane@acme.com', country: 'Deutschland', classes: ['consentCountry'] },
    { email: 'sales@acme.fr', country: 'France', classes: ['role'] }, // FR's rule is not consent-required
  ])('$email ($country) → $classes', ({ email, country, classes }) => {
    const [decision] = decide([[email, '', country ?? '']], { options: { remove: { disposable: false } } });
    expect(decision).toEqual({ reason: null, detail: '', classes });
  });

  it('rows removed before the optional classes carry none', () => {
    const decisions = decide([['info@web.de'], ['info@web.de'], ['info@web.de', 'yes']], { suppress: [] });
    expect(decisions.map((d) => d.classes)).toEqual([[], [], []]);
  });
});

describe('opted out: the list itself marks an address', () => {
  it('a mark on a later row removes the earlier rows too, naming the first marking row', () => {
    const rows = [['jane@acme.com', ''], ['bob@acme.com', ''], ['Jane@ACME.com', 'Unsubscribed'], ['jane@acme.com', 'bounced']];
    expect(outcomes(rows)).toEqual([
      'optedOut: opted out at row 3',
      'kept',
      'optedOut: opted out at row 3',
      'optedOut: opted out at row 3',
    ]);
  });

  it.each([
    ['yes'], ['TRUE'], ['1'], ['x'], ['ja'], ['Oui'], ['Unsubscribed'], ['Bounced'], ['Hard bounce'], ['do not email'], ['Отписан'],
  ])('%j in an opt-out column is a mark', (value) => {
    expect(rowIsOptedOut(cellsOf(['jane@acme.com', value]), [OPT_OUT])).toBe(true);
  });

  it.each([[''], ['no'], ['false'], ['0'], ['subscribed'], ['verified'], ['2026-01-01']])('%j is not', (value) => {
    expect(rowIsOptedOut(cellsOf(['jane@acme.com', value]), [OPT_OUT])).toBe(false);
  });

  it('only honoured columns count, and a missing cell is no mark', () => {
    expect(rowIsOptedOut(cellsOf(['jane@acme.com', 'no', 'yes']), [OPT_OUT])).toBe(false);
    expect(rowIsOptedOut(cellsOf(['jane@acme.com', 'no', 'yes']), [OPT_OUT, 2])).toBe(true);
    expect(rowIsOptedOut(cellsOf(['jane@acme.com']), [OPT_OUT, 5])).toBe(false);
  });

  it.each([
    [true, ['optedOut: opted out at row 2', 'optedOut: opted out at row 2']],
    [false, ['kept', 'optedOut: opted out at row 2']],
  ])('with canonical %s, a mark on j.doe+x@googlemail.com covers jdoe@gmail.com only when on', (canonical, expected) => {
    const rows = [['jdoe@gmail.com'], ['j.doe+x@googlemail.com', 'yes']];
    expect(outcomes(rows, { options: { canonical } })).toEqual(expected);
  });

  it('the collector keeps the first marking row and ignores empty addresses', () => {
    const collector = new OptOutCollector(EMAIL, [OPT_OUT], true);
    collector.add(cellsOf(['', 'yes']), 1);
    collector.add(cellsOf(['jane@acme.com', 'no']), 2);
    collector.add(cellsOf(['Jane@acme.com', 'yes']), 3);
    collector.add(cellsOf(['jane@acme.com', 'yes']), 4);
    expect(collector.marked.size).toBe(1);
    expect(collector.marked.get('jane@acme.com')).toBe(3);
  });
});

describe('keys: what rows are compared by', () => {
  it.each([
    [' Jane.Doe+News@GoogleMail.com ', true, 'jane.doe+news@googlemail.com', 'janedoe@gmail.com'],
    [' Jane.Doe+News@GoogleMail.com ', false, 'jane.doe+news@googlemail.com', 'jane.doe+news@googlemail.com'],
    ['"Doe, Jane" <jane@acme.com>', true, 'jane@acme.com', 'jane@acme.com'],
    ['j.doe+x@acme.com', true, 'j.doe+x@acme.com', 'j.doe+x@acme.com'], // not a provider that ignores them
    ['jane+x@outlook.com', true, 'jane+x@outlook.com', 'jane@outlook.com'],
    ['', true, '', ''],
  ])('%j (canonical %s) → address %s, key %s', (cell, canonical, address, key) => {
    expect(keysOf(cell, canonical)).toEqual({ address, key });
  });

  it.each([
    [true, ['kept', 'duplicate: duplicate of row 1', 'duplicate: duplicate of row 1', 'duplicate: duplicate of row 1']],
    [false, ['kept', 'kept', 'kept', 'duplicate: duplicate of row 1']],
  ])('canonical %s: Gmail dots, +tags and googlemail.com', (canonical, expected) => {
    const rows = [['jane.doe@gmail.com'], ['JaneDoe+news@gmail.com'], ['j.a.n.e.d.o.e@googlemail.com'], ['Jane.Doe@Gmail.com']];
    expect(outcomes(rows, { options: { canonical } })).toEqual(expected);
  });
});

describe('consent countries: by the country column, else by the ccTLD', () => {
  const removeConsent: Scenario = { options: { remove: { consentCountry: true } } };

  it.each([
    ['Germany', 'DE requires prior consent (country column)'],
    ['Deutschland', 'DE requires prior consent (country column)'],
    ['DE', 'DE requires prior consent (country column)'],
    [' de ', 'DE requires prior consent (country column)'],
    ['Allemagne', 'DE requires prior consent (country column)'],
    ['Österreich', 'AT requires prior consent (country column)'],
    ['Polska', 'PL requires prior consent (country column)'],
  ])('%j in the country column', (country, detail) => {
    expect(outcomes([['jane@acme.com', '', country]], removeConsent)).toEqual([`consentCountry: ${detail}`]);
  });

  it.each([
    ['jane@acme.de', 'consentCountry: DE requires prior consent (.de domain)'],
    ['jane@acme.co.at', 'consentCountry: AT requires prior consent (.at domain)'],
    ['jane@ACME.PL', 'consentCountry: PL requires prior consent (.pl domain)'],
    ['jane@acme.fr', 'kept'], // FR: conditions
    ['jane@acme.co.uk', 'kept'], // GB: conditions
    ['jane@acme.com', 'kept'], // generic TLD, no country
    ['jane@acme.eu', 'kept'], // .eu names no country
  ])('%s with no country value', (email, expected) => {
    expect(outcomes([[email, '', '']], removeConsent)).toEqual([expected]);
  });

  it.each([
    ['France', 'kept'],
    ['United Kingdom', 'kept'],
    ['UK', 'kept'],
    ['US', 'kept'], // a code outside the records is still a country, and it is not a consent country
    ['Atlantis', 'consentCountry: DE requires prior consent (.de domain)'], // not a country: fall back to the TLD
    ['   ', 'consentCountry: DE requires prior consent (.de domain)'],
  ])('the country column %j decides over the .de domain', (country, expected) => {
    expect(outcomes([['jane@acme.de', '', country]], removeConsent)).toEqual([expected]);
  });

  it('without a country column only the domain counts', () => {
    expect(outcomes([['jane@acme.com', '', 'Germany']], { ...removeConsent, countryColumn: null })).toEqual(['kept']);
  });
});

describe('suppression through the classifier', () => {
  it.each<{ name: string; suppress: string[]; canonical: boolean; email: string; expected: string }>([
    { name: 'a domain covers itself', suppress: ['acme.com'], canonical: true, email: 'jane@acme.com', expected: 'suppressed: domain acme.com' },
    { name: 'a domain covers every subdomain', suppress: ['*.acme.com'], canonical: true, email: 'jane@eu.sales.acme.com', expected: 'suppressed: domain acme.com' },
    // More labels than the classifier's domain filters take: the lists themselves are asked.
    { name: 'a domain covers a subdomain twenty labels deep', suppress: ['acme.com'], canonical: true, email: `jane@${'x.'.repeat(20)}acme.com`, expected: 'suppressed: domain acme.com' },
    { name: 'a domain does not cover a look-alike', suppress: ['acme.com'], canonical: true, email: 'jane@notacme.com', expected: 'kept' },
    { name: 'a domain does not cover a longer TLD', suppress: ['acme.com'], canonical: true, email: 'jane@acme.com.au', expected: 'kept' },
    { name: 'a subdomain entry does not cover its parent', suppress: ['eu.acme.com'], canonical: true, email: 'jane@acme.com', expected: 'kept' },
    { name: 'gmail.com covers googlemail.com under canonical', suppress: ['gmail.com'], canonical: true, email: 'jane@googlemail.com', expected: 'suppressed: domain gmail.com' },
    { name: 'but not without', suppress: ['gmail.com'], canonical: false, email: 'jane@googlemail.com', expected: 'kept' },
    { name: 'a dotted Gmail entry covers the undotted lead under canonical', suppress: ['j.doe+list@gmail.com'], canonical: true, email: 'jdoe@gmail.com', expected: 'suppressed: email j.doe+list@gmail.com' },
    { name: 'but not without', suppress: ['j.doe+list@gmail.com'], canonical: false, email: 'jdoe@gmail.com', expected: 'kept' },
    { name: 'a hash of the canonical form matches under canonical', suppress: [sha256Hex('jdoe@gmail.com')], canonical: true, email: 'J.Doe+x@gmail.com', expected: 'suppressed: sha256 hash' },
    { name: 'but not without', suppress: [sha256Hex('jdoe@gmail.com')], canonical: false, email: 'J.Doe+x@gmail.com', expected: 'kept' },
  ])('$name ($suppress, canonical $canonical, $email)', ({ suppress, canonical, email, expected }) => {
    expect(outcomes([[email]], { suppress, options: { canonical } })).toEqual([expected]);
  });
});
