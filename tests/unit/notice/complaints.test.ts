import { describe, expect, it } from 'vitest';
import { OUTPUT_IDS, composeOutputs } from '../../../src/lib/notice/compose';
import { checkCoverage } from '../../../src/lib/notice/coverage';
import { coveredItems } from '../../../src/lib/notice/document';
import { FIELD_LABELS } from '../../../src/lib/notice/fields';
import { STANDARD_TEXT, inWords } from './coverage-words';
import { LANGUAGE_CODES, languageText } from '../../../src/lib/notice/languages';
import { toPlainText } from '../../../src/lib/notice/render';
import { fullContext } from './fixtures';

/**
 * UK recipients (Data (Use and Access) Act 2025 s. 103 and Sch. 10, from 19 June 2026): UK GDPR
 * Art. 77 is omitted; a notice tells people they can complain to the sender (UK GDPR
 * Art. 14(2)(da), Data Protection Act 2018 s. 164A) and to the authority under DPA 2018 s. 165.
 */
describe('UK complaints in the notice', () => {
  const ukNotice = (language: (typeof LANGUAGE_CODES)[number], profile = {}) =>
    toPlainText(composeOutputs(fullContext(language, { recipientCountry: 'GB' }, profile)).notice);

  it.each(LANGUAGE_CODES)('%s: a UK notice never cites the repealed UK GDPR Art. 77', (language) => {
    const outputs = composeOutputs(fullContext(language, { recipientCountry: 'GB' }));
    for (const id of OUTPUT_IDS) expect(toPlainText(outputs[id]), id).not.toMatch(/\b77\b/);
  });

  it.each(LANGUAGE_CODES)('%s: a UK notice tells the recipient they can complain to the sender, at the privacy email', (language) => {
    const t = languageText(language);
    const outputs = composeOutputs(fullContext(language, { recipientCountry: 'GB' }));
    expect(toPlainText(outputs.notice)).toContain(t.regions.uk.complaintToUs.replace('{email}', 'privacy@fernhill.example'));
    expect(coveredItems(outputs.notice).has('2da')).toBe(true);
  });

  it.each(LANGUAGE_CODES)('%s: a UK notice names the complaint to the sender (s. 164A) before the one to the ICO (s. 165)', (language) => {
    const text = ukNotice(language);
    expect(text.indexOf('164A')).toBeGreaterThan(0);
    expect(text.indexOf('164A')).toBeLessThan(text.indexOf('165'));
    expect(text).toContain("Information Commissioner's Office (ICO), https://ico.org.uk/");
  });

  it.each(LANGUAGE_CODES)('%s: without a privacy email, a UK notice still tells the recipient they can complain to the sender', (language) => {
    const outputs = composeOutputs(fullContext(language, { recipientCountry: 'GB', transfer: 'adequacy' }, { privacyEmail: '' }));
    expect(toPlainText(outputs.notice)).toContain(languageText(language).regions.uk.complaintToUsNoEmail);
    expect(coveredItems(outputs.notice).has('2da')).toBe(true);
  });

  it('the English UK wording, word for word', () => {
    expect(ukNotice('en')).toContain(
      'You can complain to us about how we handle your personal data (section 164A of the Data Protection Act 2018): write to privacy@fernhill.example. We will acknowledge your complaint within 30 days and tell you the outcome. You can also complain to the UK supervisory authority under section 165 of the Data Protection Act 2018: Information Commissioner\'s Office (ICO), https://ico.org.uk/.',
    );
  });

  it.each(LANGUAGE_CODES)('%s: EU, Swiss and unknown recipients are not told about the UK complaint to the sender', (language) => {
    for (const recipientCountry of ['FR', 'CH', '']) {
      const outputs = composeOutputs(fullContext(language, { recipientCountry }));
      expect(toPlainText(outputs.notice), recipientCountry).not.toContain('164A');
      expect(coveredItems(outputs.notice).has('2da')).toBe(false);
    }
  });
});

describe('the coverage check counts the complaint to the sender for UK recipients', () => {
  it('lists 14(2)(da) between 14(2)(d) and 14(2)(e) for a UK recipient, covered by the standard text and the privacy email', () => {
    const items = checkCoverage(fullContext('en', { recipientCountry: 'GB' })).items;
    expect(items.map((i) => i.article).slice(9, 12)).toEqual(['14(2)(d)', '14(2)(da)', '14(2)(e)']);
    expect(inWords(items.find((i) => i.id === '2da')!)).toMatchObject({ status: 'covered', filledBy: [STANDARD_TEXT, FIELD_LABELS.privacyEmail] });
  });

  it('asks for a privacy email for it when there is none', () => {
    const item = inWords(checkCoverage(fullContext('en', { recipientCountry: 'GB' }, { privacyEmail: '' })).items.find((i) => i.id === '2da')!);
    expect(item.filledBy).toEqual([STANDARD_TEXT]);
    expect(item.note).toContain(FIELD_LABELS.privacyEmail);
  });

  it('does not list it for EU, Swiss or unknown recipients: the EU GDPR has no such item', () => {
    for (const recipientCountry of ['FR', 'CH', '']) {
      expect(checkCoverage(fullContext('en', { recipientCountry })).items.map((i) => i.id), recipientCountry).not.toContain('2da');
    }
  });
});

describe('authority names in multilingual countries', () => {
  const notice = (language: (typeof LANGUAGE_CODES)[number], recipientCountry: string) => toPlainText(composeOutputs(fullContext(language, { recipientCountry })).notice);

  it.each([
    ['a French notice to a Swiss recipient names the PFPDT', 'fr', 'CH', 'Préposé fédéral à la protection des données et à la transparence (PFPDT), https://www.edoeb.admin.ch/'],
    ['an Italian notice to a Swiss recipient names the IFPDT', 'it', 'CH', 'Incaricato federale della protezione dei dati e della trasparenza (IFPDT), https://www.edoeb.admin.ch/'],
    ['a German notice to a Swiss recipient names the EDÖB', 'de', 'CH', 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB), https://www.edoeb.admin.ch/'],
    ['an English notice to a Swiss recipient names the FDPIC', 'en', 'CH', 'Federal Data Protection and Information Commissioner (FDPIC), https://www.edoeb.admin.ch/'],
    ['a French notice to a Belgian recipient names the APD', 'fr', 'BE', 'Autorité de protection des données (APD), https://www.dataprotectionauthority.be/'],
    ['a Dutch notice to a Belgian recipient names the GBA', 'nl', 'BE', 'Gegevensbeschermingsautoriteit (GBA), https://www.dataprotectionauthority.be/'],
    ['a Swedish notice to a Finnish recipient names the Dataombudsmannens byrå', 'sv', 'FI', 'Dataombudsmannens byrå, https://tietosuoja.fi/'],
    ['a German notice to a Luxembourg recipient names the Nationale Datenschutzkommission', 'de', 'LU', 'Nationale Datenschutzkommission (CNPD), https://cnpd.public.lu/'],
    ['a Polish notice to a Belgian recipient keeps the bilingual name the body uses', 'pl', 'BE', 'Autorité de protection des données / Gegevensbeschermingsautoriteit (APD/GBA), https://www.dataprotectionauthority.be/'],
  ] as const)('%s', (_title, language, code, expected) => {
    expect(notice(language, code)).toContain(expected);
  });

  it('a French notice to a Swiss recipient does not use the German name', () => {
    expect(notice('fr', 'CH')).not.toContain('EDÖB');
  });

  it('the coverage check names the authority as the letter does', () => {
    expect(inWords(checkCoverage(fullContext('fr', { recipientCountry: 'CH' })).items.find((i) => i.id === '2e')!).note).toContain('(PFPDT)');
  });
});
