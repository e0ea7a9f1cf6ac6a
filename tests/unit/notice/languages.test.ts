import { describe, expect, it } from 'vitest';
import { OPT_OUT_METHODS, SOURCE_KINDS } from '../../../src/lib/notice/campaign';
import { composeOutputs } from '../../../src/lib/notice/compose';
import { coveredItems } from '../../../src/lib/notice/document';
import { ITEM_IDS, type ItemId } from '../../../src/lib/notice/items';
import { countryNameIn } from '../../../src/lib/notice/countries';
import { bodyNameIn } from '../../../src/lib/jurisdictions/names';
import { LANGUAGE_CODES, languageText, type LanguageCode } from '../../../src/lib/notice/languages';
import { toHtml, toPlainText } from '../../../src/lib/notice/render';
import { COUNTRIES, NOTICE_VALUES, fullContext } from './fixtures';

/**
 * Every item except 14(2)(d) (consent), which never applies to a legitimate-interest notice; the
 * UK-only 14(2)(da) (complaint to the sender) only under UK wording.
 */
const REQUIRED_UK: ItemId[] = ITEM_IDS.filter((id) => id !== '2d');
const REQUIRED: ItemId[] = REQUIRED_UK.filter((id) => id !== '2da');

/**
 * The official GDPR terms each language version must use (checked against the GDPR's own
 * language versions), per output.
 */
const TERMS: Record<LanguageCode, { notice: string[]; objection: string[] }> = {
  en: { notice: ['legitimate interest', 'supervisory authority', 'right to object', 'data portability', 'processors'], objection: ['object', 'direct marketing'] },
  de: { notice: ['berechtigtes Interesse', 'Aufsichtsbehörde', 'widersprechen', 'Datenübertragbarkeit', 'Verantwortlicher', 'DSGVO'], objection: ['Widerspruchsrecht', 'Direktwerbung'] },
  fr: { notice: ['intérêt légitime', 'autorité de contrôle', 'vous opposer', 'portabilité', 'Responsable du traitement', 'RGPD'], objection: ['droit d’opposition', 'prospection'] },
  es: { notice: ['interés legítimo', 'autoridad de control', 'oponerse', 'portabilidad', 'Responsable del tratamiento', 'RGPD'], objection: ['derecho de oposición', 'mercadotecnia directa'] },
  it: { notice: ['legittimo interesse', 'autorità di controllo', 'opporsi', 'portabilità', 'Titolare del trattamento', 'GDPR'], objection: ['diritto di opposizione', 'marketing diretto'] },
  nl: { notice: ['gerechtvaardigd belang', 'toezichthoudende autoriteit', 'bezwaar', 'overdraagbaarheid', 'Verwerkingsverantwoordelijke', 'AVG'], objection: ['recht van bezwaar', 'direct marketing'] },
  pl: { notice: ['prawnie uzasadniony interes', 'organu nadzorczego', 'sprzeciwu', 'przenoszenia danych', 'Administrator danych', 'RODO'], objection: ['Prawo sprzeciwu', 'marketingu bezpośredniego'] },
  pt: { notice: ['interesse legítimo', 'autoridade de controlo', 'opor', 'portabilidade', 'Responsável pelo tratamento', 'RGPD'], objection: ['direito de oposição', 'comercialização direta'] },
  sv: { notice: ['berättigade intresse', 'tillsynsmyndighet', 'invända', 'dataportabilitet', 'Personuppgiftsansvarig', 'dataskyddsförordningen'], objection: ['invändningar', 'direktmarknadsföring'] },
};

describe.each(LANGUAGE_CODES)('language %s', (language) => {
  const template = languageText(language);

  describe('full notice', () => {
    it('covers every Art. 14 item that applies, in the EU wording', () => {
      const outputs = composeOutputs(fullContext(language));
      expect([...coveredItems(outputs.notice)].sort()).toEqual(REQUIRED);
    });

    it('covers every item in the UK wording, naming the UK representative and the UK GDPR', () => {
      const outputs = composeOutputs(fullContext(language, { recipientCountry: 'GB' }));
      const text = toPlainText(outputs.notice);
      expect([...coveredItems(outputs.notice)].sort()).toEqual(REQUIRED_UK);
      expect(text).toContain('UK GDPR');
      expect(text).toContain('Britrep Ltd, 2 Sample Road, London');
      expect(text).not.toContain('Eurorep');
      expect(text).toContain("Information Commissioner's Office (ICO)");
    });

    it('shows every value the sender gave', () => {
      const text = toPlainText(composeOutputs(fullContext(language)).notice);
      for (const value of NOTICE_VALUES) expect(text).toContain(value);
      // The recipient's authority (France in the fixture), named as the letter's language names it.
      expect(text).toContain(language === 'en' ? 'French Data Protection Authority (CNIL)' : "Commission nationale de l'informatique et des libertés (CNIL)");
      expect(text).toContain(template.regions.eu.legalBasis);
      for (const key of ['name', 'workEmail', 'jobTitle', 'company', 'phone', 'linkedin', 'location'] as const) {
        expect(text).toContain(template.dataCategories[key]);
      }
    });

    it('uses the official terms of its GDPR language version', () => {
      const text = toPlainText(composeOutputs(fullContext(language)).notice);
      for (const term of TERMS[language].notice) expect(text).toContain(term);
    });

    it.each(['adequacy', 'dpf', 'scc', 'bcr', 'derogation'] as const)('states the transfer basis "%s", with or without a destination', (transfer) => {
      for (const transferDestination of ['JP', '']) {
        for (const recipientCountry of ['FR', 'GB']) {
          const outputs = composeOutputs(fullContext(language, { transfer, transferDestination, recipientCountry }));
          expect(coveredItems(outputs.notice).has('1f')).toBe(true);
          const text = toPlainText(outputs.notice);
          const terms = template.regions[recipientCountry === 'GB' ? 'uk' : 'eu'];
          expect(text).toContain(terms.basis[transfer]);
          // The sender (Canada) is established outside the EEA and the UK: the notice says so, in the letter's language.
          expect(text).toContain(terms.processedAbroad.replace('{country}', countryNameIn('CA', template.locale)));
          // The Data Privacy Framework names the United States whatever the destination field says.
          const shown = transfer === 'dpf' ? 'US' : transferDestination;
          if (shown) expect(text).toContain(terms.transferTo.replace('{destination}', countryNameIn(shown, template.locale)));
          else expect(text).toContain(terms.transferToUnnamed);
          // Art. 14(1)(f): for standard contractual clauses and binding corporate rules, where to get a copy.
          const copy = template.notice.transferCopy.replace('{email}', 'privacy@fernhill.example');
          if (transfer === 'scc' || transfer === 'bcr') expect(text).toContain(copy);
          else expect(text).not.toContain(copy);
        }
      }
    });

    it('states "no transfer" for a sender established in the home area of the law', () => {
      for (const [sender, recipientCountry, law] of [['DE', 'FR', 'eu'], ['NO', 'FR', 'eu'], ['GB', 'GB', 'uk']] as const) {
        const outputs = composeOutputs(fullContext(language, { transfer: 'none', recipientCountry }, { country: sender }));
        expect(coveredItems(outputs.notice).has('1f')).toBe(true);
        expect(toPlainText(outputs.notice)).toContain(template.regions[law].transferNone);
      }
    });

    it.each(SOURCE_KINDS)('names the source of kind "%s" with its detail', (sourceKind) => {
      const outputs = composeOutputs(fullContext(language, { sourceKind }));
      expect(coveredItems(outputs.notice).has('2f')).toBe(true);
      expect(toPlainText(outputs.notice)).toContain('SOURCE-DETAIL acme.example/team');
    });

    it('writes the retention period with the right plural form for 1 to 120 months', () => {
      const plural = new Intl.PluralRules(template.locale);
      for (let n = 1; n <= 120; n++) {
        const category = plural.select(n) as keyof typeof template.months;
        // Every plural category the language uses for a whole number has its own wording.
        expect(template.months[category], `${language}: no "${category}" form for ${n}`).toBeDefined();
        const text = toPlainText(composeOutputs(fullContext(language, { retentionMonths: n })).notice);
        expect(text).toContain(template.months[category]!.replace('{n}', String(n)));
      }
    });

    it('uses a retention rule in the sender’s own words instead of the months', () => {
      const text = toPlainText(composeOutputs(fullContext(language, { retentionRule: 'RETENTION-RULE after the campaign ends' })).notice);
      expect(text).toContain('RETENTION-RULE after the campaign ends.');
      expect(text).not.toContain(template.months.other.replace('{n}', '6'));
    });

    it('names the supervisory authority of the recipient’s country, or speaks generally without one', () => {
      const germany = COUNTRIES.find((c) => c.code === 'DE')!;
      expect(toPlainText(composeOutputs(fullContext(language, { recipientCountry: 'DE' })).notice)).toContain(bodyNameIn(germany.authority, language));
      const general = composeOutputs(fullContext(language, { recipientCountry: '' }));
      expect(toPlainText(general.notice)).toContain(template.regions.eu.complaint);
      expect(coveredItems(general.notice).has('2e')).toBe(true);
    });

    it('states a custom legitimate interest in the sender’s words', () => {
      const text = toPlainText(composeOutputs(fullContext(language, { interest: 'custom', customInterest: 'INTEREST-CUSTOM reaching IT leads' })).notice);
      expect(text).toContain('INTEREST-CUSTOM reaching IT leads.');
    });
  });

  describe('short disclaimer', () => {
    it('says why, where the address came from and how to opt out, in 3 sentences', () => {
      const short = composeOutputs(fullContext(language)).short;
      const text = toPlainText(short);
      expect(short.blocks).toHaveLength(1);
      expect(short.blocks[0]!.sentences).toHaveLength(3);
      expect(text.startsWith('PURPOSE-SENTENCE about invoice fraud.')).toBe(true);
      expect(text).toContain('SOURCE-DETAIL acme.example/team');
      expect(text).toContain(template.replyKeyword);
      expect(text).toContain('{{unsubscribe_link}}');
    });

    it('falls back to a general reason when no purpose is given', () => {
      const text = toPlainText(composeOutputs(fullContext(language, { purpose: '' })).short);
      expect(text.startsWith(template.short.whyGeneric)).toBe(true);
    });
  });

  describe('objection line', () => {
    it('states the right to object under its own label, with how to use it', () => {
      const objection = composeOutputs(fullContext(language)).objection;
      const text = toPlainText(objection);
      expect(objection.blocks).toHaveLength(1);
      expect(text.startsWith(template.objection.label)).toBe(true);
      for (const term of TERMS[language].objection) expect(text).toContain(term);
      expect(text).toContain(template.replyKeyword);
      expect(text).toContain('{{unsubscribe_link}}');
      expect(text).toContain('privacy@fernhill.example');
    });

    it('is separate from the other outputs: the notice never repeats it', () => {
      const outputs = composeOutputs(fullContext(language));
      expect(toPlainText(outputs.notice)).not.toContain(template.objection.label);
    });
  });

  describe('opt-out footer', () => {
    it('identifies the sender and says how to opt out and where the privacy notice is', () => {
      const text = toPlainText(composeOutputs(fullContext(language)).footer);
      expect(text.split('\n')).toEqual([
        'Fernhill Security Inc. (Fernhill) · 200 Example Street, Toronto ON M5V 2T6, Canada',
        expect.stringContaining(template.replyKeyword),
        expect.stringContaining('https://fernhill.example/prospect-privacy'),
      ]);
    });

    it('points to the privacy email when there is no privacy notice URL', () => {
      const text = toPlainText(composeOutputs(fullContext(language, {}, { privacyNoticeUrl: '' })).footer);
      expect(text).toContain(template.footer.privacyEmail.replace('{email}', 'privacy@fernhill.example'));
    });
  });

  describe.each(OPT_OUT_METHODS)('opt-out by %s', (optOut) => {
    it('offers exactly that method in the disclaimer, the objection line and the footer', () => {
      const outputs = composeOutputs(fullContext(language, { optOut, unsubscribeLink: 'https://u.example/x' }));
      for (const id of ['short', 'objection', 'footer'] as const) {
        const html = toHtml(outputs[id]);
        expect(html.includes(template.replyKeyword), `${id} keyword`).toBe(optOut !== 'link');
        expect(html.includes('<a href="https://u.example/x">https://u.example/x</a>'), `${id} link`).toBe(optOut !== 'reply');
      }
    });
  });

  it('offers the reply when the link is chosen but left empty', () => {
    const text = toPlainText(composeOutputs(fullContext(language, { optOut: 'link', unsubscribeLink: '' })).objection);
    expect(text).toContain(template.replyKeyword);
  });
});
