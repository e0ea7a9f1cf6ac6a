import { describe, expect, it } from 'vitest';
import { composeOutputs } from '../../../src/lib/notice/compose';
import { checkCoverage } from '../../../src/lib/notice/coverage';
import { coveredItems } from '../../../src/lib/notice/document';
import { LANGUAGE_CODES, REPLY_KEYWORDS, LANGUAGE_FILES, languageText, type LanguageCode } from '../../../src/lib/notice/languages';
import { toPlainText } from '../../../src/lib/notice/render';
import { fullContext } from './fixtures';
import { inWords } from './coverage-words';

/** Every string in a language's template, however deep. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(leaves);
}
const textOf = (code: LanguageCode) => leaves(LANGUAGE_FILES[code]).join('\n');

describe('one citation style and one form of address per language (the reply composer’s)', () => {
  it.each([
    ['es', 'artículo 6, apartado 1, letra f), del RGPD'],
    ['nl', 'artikel 6, lid 1, punt f), van de AVG'],
    ['it', 'articolo 6, paragrafo 1, lettera f), del GDPR'],
    ['fr', 'article 6, paragraphe 1, point f), du RGPD'],
    ['pt', 'artigo 6.º, n.º 1, alínea f), do RGPD'],
    ['sv', 'artikel 6.1 f i dataskyddsförordningen'],
    ['pl', 'art. 6 ust. 1 lit. f RODO'],
    ['de', 'Art. 6 Abs. 1 lit. f DSGVO'],
  ] as const)('%s cites Art. 6(1)(f) as "%s"', (code, citation) => {
    expect(languageText(code).regions.eu.legalBasis).toBe(citation);
  });

  it('Spanish never uses the short "6.1.f)" style', () => {
    expect(textOf('es')).not.toMatch(/\d+\.\d+\.[a-z]\)/);
  });

  it('Dutch never uses "onder f"', () => {
    expect(textOf('nl')).not.toMatch(/\bonder [a-z]\b/);
  });

  it('Italian writes the courtesy forms capitalised (Lei, Suo, La, Le), never "suo" or "lei"', () => {
    expect(textOf('it')).not.toMatch(/\b(suo|sua|suoi|sue|lei)\b/);
    expect(textOf('it')).toContain('i Suoi dati');
  });

  it('Polish addresses the reader as "Państwo", never "Pani/Pan"', () => {
    expect(textOf('pl')).not.toMatch(/\bPan(i|a|u)?\b/);
    expect(textOf('pl')).toContain('Państwa dane');
  });
});

describe('wording a native privacy professional would write', () => {
  it('German: no anglicism "um Sie zu Produkten … zu kontaktieren"', () => {
    expect(textOf('de')).not.toMatch(/Sie zu [^.]*zu kontaktieren/);
    expect(languageText('de').notice.purpose).toBe(
      'Wir verwenden Ihre Daten, um Sie per E-Mail auf Produkte und Dienstleistungen hinzuweisen, die für Ihre berufliche Tätigkeit von Interesse sein können.',
    );
  });

  it('Polish: "kontaktować się" always has its object, and never reads as "each other"', () => {
    const pl = textOf('pl');
    expect(pl).not.toMatch(/kontaktować się w sprawie/);
    expect(pl).not.toContain('nie będziemy się więcej kontaktować');
    expect(languageText('pl').objection.reply).toContain('a nie będziemy się już z Państwem kontaktować.');
  });

  it('French: "hors de l’EEE", not the redundant "hors de l’UE et de l’EEE"', () => {
    expect(textOf('fr')).not.toMatch(/UE et (de )?l’EEE/);
    expect(languageText('fr').regions.eu.transferNone).toBe('Nous ne transférons pas vos données hors de l’Espace économique européen (EEE).');
  });

  it.each(LANGUAGE_CODES)('%s: the EEA is named alone, never "EU and EEA" or "EU/EEA"', (code) => {
    expect(textOf(code)).not.toMatch(/\b(EU|UE)\s*(\/|and|und|et|y|e|en|i|och|bzw\.)\s*(the )?(de l’|des |del |dello |dell’)?(EEA|EWR|EEE|SEE|EER|EOG|EES)\b/);
  });

  it('Swedish: the legal basis carries no "(GDPR)" to nest in brackets', () => {
    expect(languageText('sv').regions.eu.legalBasis).not.toContain('(');
  });
});

describe('the address worked out from the company’s pattern (Art. 14(2)(f))', () => {
  it.each(LANGUAGE_CODES)('%s: pattern-derived source, with and without where the name and format were found', (code) => {
    const t = languageText(code);
    const withDetail = fullContext(code, { sourceKind: 'pattern', source: 'acme.example/team' });
    const text = toPlainText(composeOutputs(withDetail).notice);
    expect(text).toContain(t.sources.pattern.withDetail.replace('{detail}', 'acme.example/team'));
    expect(coveredItems(composeOutputs(withDetail).notice).has('2f')).toBe(true);
    expect(checkCoverage(withDetail).items.find((i) => i.id === '2f')!.status).toBe('covered');
    // The sentence with the detail is the one without it, plus where both were found.
    expect(t.sources.pattern.withDetail.startsWith(t.sources.pattern.withoutDetail!.slice(0, -1))).toBe(true);

    const without = fullContext(code, { sourceKind: 'pattern', source: '' });
    expect(toPlainText(composeOutputs(without).short)).toContain(t.sources.pattern.withoutDetail!);
    expect(inWords(checkCoverage(without).items.find((i) => i.id === '2f')!)).toMatchObject({
      status: 'missing',
      note: expect.stringContaining('the name and the address format'),
    });
  });
});

describe('the reply keyword each notice asks for (a contract with the reply composer)', () => {
  it('is exported per language and unchanged', () => {
    expect(REPLY_KEYWORDS).toEqual({ en: 'no thanks', de: 'Nein danke', fr: 'non merci', es: 'no, gracias', it: 'no, grazie', nl: 'nee, bedankt', pl: 'nie, dziękuję', pt: 'remover', sv: 'nej tack' });
    for (const code of LANGUAGE_CODES) expect(REPLY_KEYWORDS[code]).toBe(languageText(code).replyKeyword);
  });

  it.each(LANGUAGE_CODES)('%s: every reply sentence asks for exactly that keyword', (code) => {
    const outputs = composeOutputs(fullContext(code, { optOut: 'reply' }));
    for (const id of ['short', 'objection', 'footer'] as const) expect(toPlainText(outputs[id])).toContain(REPLY_KEYWORDS[code]);
  });
});
