import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../../../src/lib/jurisdictions/schema';
import { toPlannerCountries } from '../../../src/lib/planner/countries';
import { recordOutline } from '../../../src/lib/planner/outline';
import { recordToMarkdown } from '../../../src/lib/planner/record-file';
import { ENFORCEMENT_GAPS, ENFORCEMENT_LABELS, bodyName, enforcementLines, enforcementText } from '../../../src/lib/planner/rules';
import { emptyRecord } from '../../../src/lib/planner/schema';
import { COUNTRIES, FAKE, country } from './fixtures';

/** A made-up country whose email rule is enforced by a consumer body, with a stated fine. */
const ENFORCED = country('EE', 'Enforcia', 'consent-required', {
  enforcer: { name: 'Verbraucheramt (VA)', englishName: 'Consumer Office', url: 'https://example.org/EE/consumer' },
  maxFine: { amount: 'up to €100,000', source: { title: 'Enforcia Marketing Act § 9', url: 'https://example.org/EE/act' } },
});

const byCode = (code: string) => COUNTRIES.find((c) => c.code === code)!;

describe('the name of a body in the English interface', () => {
  it('is the English name where the record gives one', () => {
    expect(bodyName({ name: 'Autoriteit Consument & Markt (ACM)', englishName: 'Netherlands Authority for Consumers and Markets', url: 'https://www.spamklacht.nl/' })).toBe(
      'Netherlands Authority for Consumers and Markets',
    );
  });

  it('is the native name where the native name is already English', () => {
    expect(bodyName({ name: 'Data Protection Commission (DPC)', url: 'https://www.dataprotection.ie/' })).toBe('Data Protection Commission (DPC)');
  });
});

describe('who acts on a breach, per country', () => {
  it('lists the data protection authority, the enforcer and the fine, each linked to where it is stated', () => {
    const [authority, enforcer, fine] = enforcementLines(ENFORCED);
    expect(authority).toEqual({ label: ENFORCEMENT_LABELS.authority, text: 'Enforcia Data Authority', link: { title: 'Enforcia Data Authority', href: 'https://example.org/EE/dpa' } });
    expect(enforcer).toEqual({ label: ENFORCEMENT_LABELS.enforcer, text: 'Consumer Office', link: { title: 'Consumer Office', href: 'https://example.org/EE/consumer' } });
    expect(fine).toEqual({ label: ENFORCEMENT_LABELS.maxFine, text: 'up to €100,000', link: { title: 'Enforcia Marketing Act § 9', href: 'https://example.org/EE/act' } });
  });

  it('says no source states a maximum, rather than guessing one, for a record without a fine', () => {
    const [, , fine] = enforcementLines(FAKE[1]!);
    expect(fine).toEqual({ label: ENFORCEMENT_LABELS.maxFine, text: ENFORCEMENT_GAPS.maxFine });
  });

  it('names the consumer and markets authority, not the data protection authority, as the Dutch enforcer', () => {
    const [authority, enforcer] = enforcementLines(byCode('NL'));
    expect(authority.text).toBe('Dutch Data Protection Authority');
    expect(enforcer.text).toBe('Netherlands Authority for Consumers and Markets');
    expect(enforcer.link?.href).toBe('https://www.spamklacht.nl/');
  });

  it('writes one line of text per fact, with the source of a fine and the address of a body', () => {
    const [authority, , fine] = enforcementLines(ENFORCED);
    expect(enforcementText(authority)).toBe('Data protection authority (GDPR complaints): Enforcia Data Authority (https://example.org/EE/dpa)');
    expect(enforcementText(fine)).toBe('Maximum fine: up to €100,000 (source: Enforcia Marketing Act § 9, https://example.org/EE/act)');
    expect(enforcementText(enforcementLines(FAKE[0]!)[1])).toBe('Enforces the email rule: Allowland Market Office (https://example.org/AA/market)');
  });
});

describe('the records the page receives', () => {
  it('leave the fine out when a record has none, instead of sending undefined', () => {
    const bare = { ...FAKE[0]!, region: 'EU' } as Jurisdiction;
    const [planned] = toPlannerCountries([bare]);
    expect(Object.hasOwn(planned!, 'maxFine')).toBe(false);
  });

  it('keep the enforcer and fine of a record that has them', () => {
    const [planned] = toPlannerCountries([{ ...ENFORCED, region: 'EU' } as Jurisdiction]);
    expect(planned!.enforcer).toEqual(ENFORCED.enforcer);
    expect(planned!.maxFine).toEqual(ENFORCED.maxFine);
  });
});

describe('the exported record', () => {
  it("lists each target country's authority, enforcer and maximum fine in the Markdown", () => {
    const record = emptyRecord();
    record.segment.countries = ['ES', 'NL'];
    const markdown = recordToMarkdown(record, COUNTRIES);
    const es = byCode('ES');
    expect(markdown).toContain(`- Enforces the email rule: Spanish Data Protection Agency (${es.enforcer!.url})`);
    expect(markdown).toContain(`- Maximum fine: ${es.maxFine!.amount} (source: ${es.maxFine!.source.title}, ${es.maxFine!.source.url})`);
    expect(markdown).toContain('- Enforces the email rule: Netherlands Authority for Consumers and Markets (https://www.spamklacht.nl/)');
    expect(markdown).toContain(`- Maximum fine: ${ENFORCEMENT_GAPS.maxFine}`);
    expect(markdown).toContain('- Data protection authority (GDPR complaints): Dutch Data Protection Authority (https://www.autoriteitpersoonsgegevens.nl/)');
  });

  it('exports each country’s enforcer with its address', () => {
    const record = emptyRecord();
    record.segment.countries = ['CC'];
    const rules = recordOutline(record, FAKE).sections.find((s) => s.title === '2. Country rules')!;
    const consentia = rules.entries.find((e) => e.label === 'Consentia (CC)')!;
    expect(consentia.items).toContain('Enforces the email rule: Consentia Market Office (https://example.org/CC/market)');
    expect(recordToMarkdown(record, FAKE)).toContain('- Enforces the email rule: Consentia Market Office (https://example.org/CC/market)');
  });
});
