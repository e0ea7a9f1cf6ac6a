import { describe, expect, it } from 'vitest';
import { SAFEGUARDS } from '../../../src/lib/notice/campaign';
import { OUTPUT_IDS, composeOutputs } from '../../../src/lib/notice/compose';
import type { NoticeCountry } from '../../../src/lib/notice/countries';
import { bodyNameIn } from '../../../src/lib/jurisdictions/names';
import { LANGUAGE_CODES, languageText, type LanguageCode } from '../../../src/lib/notice/languages';
import { toPlainText } from '../../../src/lib/notice/render';
import { COUNTRIES, fullContext } from './fixtures';

/**
 * Art. 77(1) in each language version of the GDPR: "in particular in the Member State of his or
 * her habitual residence, place of work or place of the alleged infringement", addressed to the reader.
 */
const ART_77: Record<LanguageCode, string[]> = {
  en: ['in the Member State of your habitual residence', 'place of work', 'place of the alleged infringement'],
  de: ['in dem Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts', 'Ihres Arbeitsplatzes', 'des Orts des mutmaßlichen Verstoßes'],
  fr: ['dans l’État membre dans lequel se trouve votre résidence habituelle', 'votre lieu de travail', 'le lieu où la violation aurait été commise'],
  es: ['en el Estado miembro en el que tenga su residencia habitual', 'lugar de trabajo', 'lugar de la supuesta infracción'],
  it: ['nello Stato membro in cui risiede abitualmente', 'lavora', 'del luogo ove si è verificata la presunta violazione'],
  nl: ['in de lidstaat waar u gewoonlijk verblijft', 'waar u uw werkplek hebt', 'waar de beweerde inbreuk is begaan'],
  pl: ['w państwie członkowskim Państwa zwykłego pobytu', 'Państwa miejsca pracy', 'miejsca popełnienia domniemanego naruszenia'],
  pt: ['no Estado-Membro da sua residência habitual', 'do seu local de trabalho', 'do local onde foi alegadamente praticada a infração'],
  sv: ['i den medlemsstat där du har din hemvist', 'din arbetsplats', 'där det påstådda intrånget begicks'],
};

/**
 * Brackets inside brackets, or two bracketed groups side by side. The numbered and lettered
 * points of a citation ("6(1)(f)", "point f)", "letra c)") are not brackets in this sense.
 */
function bracketFault(text: string): string | null {
  const plain = text.replace(/(?<=[\p{L}\d)])\((\d+|[a-z])\)/gu, '').replace(/(?<=\s)[a-z]\)/g, '');
  const adjacent = /[^.]*\)\s*\([^.]*/.exec(plain);
  if (adjacent) return `adjacent brackets: ${adjacent[0]}`;
  let depth = 0;
  for (const [i, c] of [...plain].entries()) {
    if (c === '(' && ++depth > 1) return `nested brackets at: …${plain.slice(Math.max(0, i - 40), i + 40)}…`;
    if (c === ')' && --depth < 0) return `unbalanced ")" at: …${plain.slice(Math.max(0, i - 40), i + 10)}…`;
  }
  return depth === 0 ? null : 'an unclosed "("';
}

describe('the right to complain (Art. 77)', () => {
  it.each(LANGUAGE_CODES)('%s: the complaint sentence names the place of the alleged infringement, in the GDPR’s own words', (language) => {
    for (const recipientCountry of ['', 'FR', 'DE', 'CH']) {
      const text = toPlainText(composeOutputs(fullContext(language, { recipientCountry })).notice);
      for (const phrase of ART_77[language]) expect(text, `${recipientCountry || 'no country'}: ${phrase}`).toContain(phrase);
    }
  });

  it.each(LANGUAGE_CODES)('%s: UK recipients are sent to the UK authority, not to "the Member State"', (language) => {
    const uk = COUNTRIES.find((c) => c.code === 'GB')!;
    const text = toPlainText(composeOutputs(fullContext(language, { recipientCountry: 'GB' })).notice);
    expect(text).toContain(languageText(language).regions.uk.complaintAuthority.replace('{authority}', bodyNameIn(uk.authority, language)).replace('{url}', uk.authority.url));
    expect(text).not.toContain(ART_77[language][2]);
  });

  it.each(LANGUAGE_CODES)('%s: Swiss recipients learn they can report to the FDPIC, which is not named as a GDPR supervisory authority', (language) => {
    const t = languageText(language);
    const swiss = COUNTRIES.find((c) => c.code === 'CH')!;
    const text = toPlainText(composeOutputs(fullContext(language, { recipientCountry: 'CH' })).notice);
    expect(text).toContain(t.notice.swissAuthority.replace('{authority}', bodyNameIn(swiss.authority, language)).replace('{url}', swiss.authority.url));
    expect(text).toContain(t.regions.eu.complaint);
    expect(text).not.toContain(t.regions.eu.complaintAuthority.slice(t.regions.eu.complaint.length).split('{authority}')[0]!);
  });
});

describe('authority names in the letter’s language', () => {
  /** A record as the country data now stores it: the native name, and an English name beside it. */
  const estonia: NoticeCountry = {
    ...COUNTRIES.find((c) => c.code === 'EE')!,
    authority: { name: 'Andmekaitse Inspektsioon (AKI)', englishName: 'Estonian Data Protection Inspectorate', url: 'https://www.aki.ee/' },
  };
  const countries = [...COUNTRIES.filter((c) => c.code !== 'EE'), estonia];

  it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('%s: no English authority gloss in a non-English notice', (language) => {
    const text = toPlainText(composeOutputs({ ...fullContext(language, { recipientCountry: 'EE' }), countries }).notice);
    expect(text).toContain('Andmekaitse Inspektsioon (AKI), https://www.aki.ee/.');
    expect(text).not.toContain('Estonian Data Protection Inspectorate');
  });

  it('an English notice uses the English name where the record has one, else the native name', () => {
    expect(toPlainText(composeOutputs({ ...fullContext('en', { recipientCountry: 'EE' }), countries }).notice)).toContain('Estonian Data Protection Inspectorate, https://www.aki.ee/.');
    expect(toPlainText(composeOutputs(fullContext('en', { recipientCountry: 'FR' })).notice)).toContain('French Data Protection Authority (CNIL), https://www.cnil.fr/.');
    expect(toPlainText(composeOutputs(fullContext('en', { recipientCountry: 'IE' })).notice)).toContain('Data Protection Commission (DPC), https://www.dataprotection.ie/.');
  });

  it('no non-English notice shows the English name of any real record', () => {
    for (const country of COUNTRIES.filter((c) => c.authority.englishName !== undefined && c.authority.englishName !== c.authority.name)) {
      for (const language of LANGUAGE_CODES.filter((l) => l !== 'en')) {
        expect(toPlainText(composeOutputs(fullContext(language, { recipientCountry: country.code })).notice)).not.toContain(country.authority.englishName);
      }
    }
  });
});

describe('brackets', () => {
  it.each(LANGUAGE_CODES)('%s: no double brackets in any output, for any country or transfer basis', (language) => {
    for (const recipientCountry of ['', ...COUNTRIES.map((c) => c.code)]) {
      for (const transfer of SAFEGUARDS.filter((s) => s !== 'none')) {
        const outputs = composeOutputs(fullContext(language, { recipientCountry, transfer }));
        for (const id of OUTPUT_IDS) expect(bracketFault(toPlainText(outputs[id])), `${recipientCountry} ${transfer} ${id}`).toBeNull();
      }
    }
  });

  it('regressions: "(CNIL) (https://www.cnil.fr/)" and "(artikel 6.1 f i dataskyddsförordningen (GDPR))"', () => {
    expect(toPlainText(composeOutputs(fullContext('en', { recipientCountry: 'FR' })).notice)).not.toContain('(CNIL) (');
    const sv = toPlainText(composeOutputs(fullContext('sv', { recipientCountry: 'GB' })).notice);
    expect(sv).not.toContain('(GDPR))');
    expect(sv).toContain('vårt berättigade intresse enligt artikel 6.1 f i den brittiska dataskyddsförordningen (UK GDPR).');
  });

  it('the detector finds what it should', () => {
    expect(bracketFault('Authority (CNIL) (https://www.cnil.fr/).')).toMatch(/adjacent/);
    expect(bracketFault('interest (artikel 6.1 f i dataskyddsförordningen (GDPR)).')).toMatch(/nested/);
    expect(bracketFault('interest (Article 6(1)(f) GDPR) and (artículo 46, apartado 2, letra c), del RGPD).')).toBeNull();
  });
});

describe('data categories', () => {
  it.each(LANGUAGE_CODES)('%s: come from the template’s translated list, in the letter’s list format', (language) => {
    const t = languageText(language);
    const keys = ['name', 'workEmail', 'jobTitle', 'company'] as const;
    const text = toPlainText(composeOutputs(fullContext(language, { dataCategories: [...keys] })).notice);
    const list = new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(keys.map((k) => t.dataCategories[k]));
    expect(text).toContain(t.notice.data.replace('{categories}', list));
    if (language !== 'en') for (const english of ['work email address', 'job title']) expect(text).not.toContain(english);
  });
});
