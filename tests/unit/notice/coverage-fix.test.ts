import { describe, expect, it } from 'vitest';
import { campaignSchema, type Campaign } from '../../../src/lib/notice/campaign';
import { checkCoverage } from '../../../src/lib/notice/coverage';
import { senderProfileSchema, type SenderProfile } from '../../../src/lib/profile/schema';
import { COUNTRIES, fullContext } from './fixtures';

const item = (profile: Partial<SenderProfile>, campaign: Partial<Campaign>, id: string) =>
  checkCoverage({ profile: senderProfileSchema.parse(profile), campaign: campaignSchema.parse(campaign), countries: COUNTRIES }).items.find((i) => i.id === id)!;

const COMPANY = { legalName: 'Acme GmbH', privacyEmail: 'privacy@acme.example' };

// The notice generator links every missing item to the field that fills it.
describe('the field to fill for each missing item', () => {
  it.each([
    ['1a', {}, {}, 'legalName'],
    ['1a', { legalName: 'Acme GmbH' }, {}, 'postalAddress'],
    ['1a', { ...COMPANY, country: 'CA' }, {}, 'euRepresentative'],
    ['1a', { ...COMPANY, country: 'DE' }, { recipientCountry: 'GB' }, 'ukRepresentative'],
    ['1d', COMPANY, { dataCategories: [] }, 'dataCategories'],
    ['1f', COMPANY, {}, 'transfer'],
    ['1f', { ...COMPANY, country: 'CA', euRepresentative: 'Rep' }, { transfer: 'none' }, 'transfer'],
    ['1f', { legalName: 'Acme GmbH', postalAddress: '1 Road' }, { transfer: 'scc' }, 'privacyEmail'],
    ['2a', COMPANY, { retentionMonths: null }, 'retentionMonths'],
    ['2b', COMPANY, { interest: 'custom' }, 'customInterest'],
    ['2f', COMPANY, {}, 'source'],
    ['2f', COMPANY, { sourceKind: 'vendor' }, 'source'],
  ] as const)('%s → %s', (id, profile, campaign, field) => {
    expect(item(profile, campaign as Partial<Campaign>, id)).toMatchObject({ status: 'missing', fix: field });
  });

  it('is absent from every item that is not missing', () => {
    for (const i of checkCoverage(fullContext('en')).items) expect(i.fix, i.id).toBeUndefined();
  });
});
