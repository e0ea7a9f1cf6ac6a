import { describe, expect, it } from 'vitest';
import { campaignSchema, type Campaign } from '../../../src/lib/notice/campaign';
import { composeOutputs, type NoticeContext } from '../../../src/lib/notice/compose';
import { countryNameIn, lawOf, senderOutsideHome } from '../../../src/lib/notice/countries';
import { checkCoverage } from '../../../src/lib/notice/coverage';
import { coveredItems } from '../../../src/lib/notice/document';
import { inWords } from './coverage-words';
import { TRANSFER_PLACEHOLDERS } from '../../../src/lib/notice/fields';
import { LANGUAGE_CODES, LANGUAGE_FILES, languageText } from '../../../src/lib/notice/languages';
import { toPlainText } from '../../../src/lib/notice/render';
import { senderProfileSchema, type SenderProfile } from '../../../src/lib/profile/schema';
import { COUNTRIES, fullContext } from './fixtures';

const regionOf = (code: string) => COUNTRIES.find((c) => c.code === code)?.region;
const RECIPIENTS = ['', ...COUNTRIES.map((c) => c.code)];
/** Senders inside and outside the EEA and the UK, and one with no country given. */
const SENDERS = ['', 'DE', 'FR', 'NO', 'LI', 'GB', 'CH', 'US', 'CA', 'RU', 'IN', 'AE'];
const item1f = (ctx: NoticeContext) => inWords(checkCoverage(ctx).items.find((i) => i.id === '1f')!);

function context(profile: Partial<SenderProfile>, campaign: Partial<Campaign>): NoticeContext {
  return { profile: senderProfileSchema.parse({ legalName: 'Acme', privacyEmail: 'p@acme.example', ...profile }), campaign: campaignSchema.parse(campaign), countries: COUNTRIES };
}

describe('transfers outside the EU/UK have no default', () => {
  it('the campaign starts with the transfer question unanswered', () => {
    expect(campaignSchema.parse({}).transfer).toBeNull();
  });

  it.each(LANGUAGE_CODES)('%s: transfers unanswered leaves a placeholder and a missing coverage item', (language) => {
    for (const recipientCountry of ['', 'FR', 'GB', 'CH']) {
      const ctx = context({ country: 'DE' }, { language, recipientCountry });
      const law = lawOf(COUNTRIES.find((c) => c.code === recipientCountry));
      const notice = composeOutputs(ctx).notice;
      const text = toPlainText(notice);
      expect(text).toContain(TRANSFER_PLACEHOLDERS.unanswered[law]);
      expect(coveredItems(notice).has('1f')).toBe(false);
      for (const region of ['eu', 'uk'] as const) expect(text).not.toContain(languageText(language).regions[region].transferNone);
      expect(item1f(ctx)).toMatchObject({ status: 'missing', note: expect.stringContaining('Transfers outside the EU/UK') });
    }
  });
});

describe('a sender outside the home area of the law', () => {
  it.each(LANGUAGE_CODES)('%s: a sender outside the EU/EEA never gets "we do not transfer" (nor one outside the UK for UK recipients)', (language) => {
    const t = languageText(language);
    for (const country of SENDERS) {
      for (const recipientCountry of RECIPIENTS) {
        const law = lawOf(COUNTRIES.find((c) => c.code === recipientCountry));
        if (senderOutsideHome(country, law, regionOf) !== true) continue;
        const ctx = context({ country }, { language, recipientCountry, transfer: 'none' });
        const text = toPlainText(composeOutputs(ctx).notice);
        expect(text, `sender ${country}, recipient ${recipientCountry}`).not.toContain(t.regions[law].transferNone);
        expect(text).toContain(TRANSFER_PLACEHOLDERS.basisNeeded[law]);
        expect(item1f(ctx).status).toBe('missing');
      }
    }
  });

  it('explains why in the coverage check and asks for the basis', () => {
    expect(item1f(context({ country: 'US' }, { recipientCountry: 'FR', transfer: 'none' })).note).toBe(
      'Your company is established outside the EU/EEA, so the data are processed outside it: "No transfer" cannot be true. Choose the basis your transfers rely on under "Transfers outside the EU/UK".',
    );
    expect(item1f(context({ country: 'DE' }, { recipientCountry: 'GB', transfer: 'none' })).note).toContain('established outside the UK');
  });

  it('an EEA sender writing to the EEA or Switzerland, a UK sender writing to the UK and a sender of unknown country may say "no transfer"', () => {
    for (const [country, recipientCountry] of [['DE', 'FR'], ['NO', 'FR'], ['DE', 'CH'], ['GB', 'GB'], ['', 'FR']]) {
      expect(item1f(context({ country }, { recipientCountry, transfer: 'none' })).status, `${country} → ${recipientCountry}`).toBe('covered');
    }
  });

  it('a sender abroad gets the basis it chose, after a sentence saying where it is established', () => {
    const text = toPlainText(composeOutputs(context({ country: 'US' }, { language: 'de', recipientCountry: 'DE', transfer: 'dpf' })).notice);
    expect(text).toContain('Wir haben unseren Sitz in einem Drittland (Vereinigte Staaten) außerhalb des Europäischen Wirtschaftsraums und verarbeiten Ihre Daten dort.');
    expect(text).toContain('Wir übermitteln Ihre Daten in ein Drittland (Vereinigte Staaten).');
    expect(text).toContain('EU-US-Datenschutzrahmen');
  });
});

describe('the transfer destination', () => {
  it('is a country code, not free text', () => {
    expect(campaignSchema.safeParse({ transferDestination: 'United Arab Emirates' }).success).toBe(false);
    expect(campaignSchema.safeParse({ transferDestination: 'AE' }).success).toBe(true);
  });

  it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('%s: is written in the letter’s language, never in English', (language) => {
    const text = toPlainText(composeOutputs(fullContext(language, { transfer: 'adequacy', transferDestination: 'AE' })).notice);
    expect(text).not.toContain('United Arab Emirates');
    expect(text).toContain(`(${countryNameIn('AE', languageText(language).locale)})`);
  });

  it('regression: the French letter says "Émirats arabes unis", not "(United Arab Emirates)"', () => {
    expect(toPlainText(composeOutputs(fullContext('fr', { transfer: 'scc', transferDestination: 'AE' })).notice)).toContain('vers un pays tiers (Émirats arabes unis).');
  });
});

describe('the transfer bases', () => {
  it.each(LANGUAGE_CODES)('%s: the UK adequacy sentence cites UK GDPR Art. 45A, in force since 5 February 2026', (language) => {
    expect(languageText(language).regions.uk.basis.adequacy).toMatch(/45(\.º-)?A\b/);
  });

  it.each(LANGUAGE_CODES)('%s: the Data Privacy Framework sentences name the framework (EU) and its UK Extension (UK)', (language) => {
    const { eu, uk } = languageText(language).regions;
    expect(eu.basis.dpf).toContain('EU-U.S. Data Privacy Framework');
    expect(uk.basis.dpf).toContain('UK Extension to the EU-U.S. Data Privacy Framework');
  });

  it('no template hedges about the UK Data (Use and Access) Act 2025 being in force', () => {
    for (const code of LANGUAGE_CODES) {
      expect(JSON.stringify(LANGUAGE_FILES[code]), code).not.toMatch(/commencement|not (yet )?(been )?confirmed|unverified|Data \(Use and Access\)/i);
    }
  });
});
