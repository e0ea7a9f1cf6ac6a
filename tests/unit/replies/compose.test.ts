import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProfile, type SenderProfile } from '../../../src/lib/profile/schema';
import { composeReply, emptyFacts, factsFor, type ReplyFacts, type RequesterCountry } from '../../../src/lib/replies/compose';
import { fillParagraph } from '../../../src/lib/replies/template';
import { REQUEST_KINDS, type RequestKind } from '../../../src/lib/replies/kinds';
import { languageText } from '../../../src/lib/replies/language-files';
import { LANGUAGE_CODES, type LanguageCode } from '../../../src/lib/replies/languages';

/** Dates as Intl writes them, computed here independently of the code under test. */
const longDate = (locale: string, y: number, m: number, day: number) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(y, m - 1, day, 12));

/**
 * The official terms each language version of the GDPR uses, and how it cites the articles.
 * Russian has no official version; its terms are the established translations.
 */
const TERMS: Record<
  LanguageCode,
  {
    legitimateInterests: string;
    art6: string;
    /** Art. 6(1)(f) as item (a) of an access answer cites it, where the grammar differs. */
    art6Item?: string;
    objectAny: string;
    art15: string;
    art16: string;
    art17: string;
    art21: string;
    art77: string;
    supervisoryAuthority: string;
    erased: string;
    germany: string;
    ukGdpr: string;
  }
> = {
  en: { legitimateInterests: 'legitimate interests', art6: 'Article 6(1)(f) GDPR', objectAny: 'Article 21(2) GDPR', art15: 'Article 15 GDPR', art16: 'Article 16 GDPR', art17: 'Article 17 GDPR', art21: 'Article 21(2) and (3) GDPR', art77: 'Article 77 GDPR', supervisoryAuthority: 'lodge a complaint with a supervisory authority', erased: 'erased your personal data', germany: 'Germany', ukGdpr: 'Article 15 UK GDPR' },
  de: { legitimateInterests: 'berechtigten Interessen', art6: 'Art. 6 Abs. 1 lit. f DSGVO', objectAny: 'Art. 21 Abs. 2 DSGVO', art15: 'Art. 15 DSGVO', art16: 'Art. 16 DSGVO', art17: 'Art. 17 DSGVO', art21: 'Art. 21 Abs. 2 und 3 DSGVO', art77: 'Art. 77 DSGVO', supervisoryAuthority: 'Beschwerde bei einer Aufsichtsbehörde', erased: 'personenbezogenen Daten aus unseren Kontaktlisten und E-Mail-Systemen gelöscht', germany: 'Deutschland', ukGdpr: 'Art. 15 UK GDPR' },
  fr: { legitimateInterests: 'intérêts légitimes', art6: 'article 6, paragraphe 1, point f), du RGPD', objectAny: 'article 21, paragraphe 2, du RGPD', art15: 'article 15 du RGPD', art16: 'article 16 du RGPD', art17: 'article 17 du RGPD', art21: 'article 21, paragraphes 2 et 3, du RGPD', art77: 'article 77 du RGPD', supervisoryAuthority: 'introduire une réclamation auprès d’une autorité de contrôle', erased: 'effacé vos données à caractère personnel', germany: 'Allemagne', ukGdpr: 'article 15 du RGPD britannique' },
  es: { legitimateInterests: 'interés legítimo', art6: 'artículo 6, apartado 1, letra f), del RGPD', objectAny: 'artículo 21, apartado 2, del RGPD', art15: 'artículo 15 del RGPD', art16: 'artículo 16 del RGPD', art17: 'artículo 17 del RGPD', art21: 'artículo 21, apartados 2 y 3, del RGPD', art77: 'artículo 77 del RGPD', supervisoryAuthority: 'presentar una reclamación ante una autoridad de control', erased: 'suprimido sus datos personales', germany: 'Alemania', ukGdpr: 'artículo 15 del RGPD del Reino Unido' },
  it: { legitimateInterests: 'legittimo interesse', art6: 'articolo 6, paragrafo 1, lettera f), del GDPR', objectAny: 'articolo 21, paragrafo 2, del GDPR', art15: 'articolo 15 del GDPR', art16: 'articolo 16 del GDPR', art17: 'articolo 17 del GDPR', art21: 'articolo 21, paragrafi 2 e 3, del GDPR', art77: 'articolo 77 del GDPR', supervisoryAuthority: 'proporre reclamo a un’autorità di controllo', erased: 'cancellato i Suoi dati personali', germany: 'Germania', ukGdpr: 'articolo 15 del GDPR del Regno Unito' },
  nl: { legitimateInterests: 'gerechtvaardigde belangen', art6: 'artikel 6, lid 1, punt f), van de AVG', objectAny: 'artikel 21, lid 2, van de AVG', art15: 'artikel 15 van de AVG', art16: 'artikel 16 van de AVG', art17: 'artikel 17 van de AVG', art21: 'artikel 21, leden 2 en 3, van de AVG', art77: 'artikel 77 van de AVG', supervisoryAuthority: 'klacht in te dienen bij een toezichthoudende autoriteit', erased: 'persoonsgegevens gewist', germany: 'Duitsland', ukGdpr: 'artikel 15 van de Britse AVG' },
  pl: { legitimateInterests: 'prawnie uzasadnionych interesach', art6: 'art. 6 ust. 1 lit. f RODO', objectAny: 'art. 21 ust. 2 RODO', art15: 'art. 15 RODO', art16: 'art. 16 RODO', art17: 'art. 17 RODO', art21: 'art. 21 ust. 2 i 3 RODO', art77: 'art. 77 RODO', supervisoryAuthority: 'wnieść skargę do organu nadzorczego', erased: 'usunęliśmy Państwa dane osobowe', germany: 'Niemcy', ukGdpr: 'art. 15 UK GDPR' },
  pt: { legitimateInterests: 'interesses legítimos', art6: 'artigo 6.º, n.º 1, alínea f), do RGPD', objectAny: 'artigo 21.º, n.º 2, do RGPD', art15: 'artigo 15.º do RGPD', art16: 'artigo 16.º do RGPD', art17: 'artigo 17.º do RGPD', art21: 'artigo 21.º, n.os 2 e 3, do RGPD', art77: 'artigo 77.º do RGPD', supervisoryAuthority: 'apresentar reclamação a uma autoridade de controlo', erased: 'apagámos os seus dados pessoais', germany: 'Alemanha', ukGdpr: 'artigo 15.º do RGPD do Reino Unido' },
  sv: { legitimateInterests: 'berättigade intresse', art6: 'artikel 6.1 f i dataskyddsförordningen', objectAny: 'artikel 21.2 i dataskyddsförordningen', art15: 'artikel 15 i dataskyddsförordningen', art16: 'artikel 16 i dataskyddsförordningen', art17: 'artikel 17 i dataskyddsförordningen', art21: 'artikel 21.2 och 21.3 i dataskyddsförordningen', art77: 'artikel 77 i dataskyddsförordningen', supervisoryAuthority: 'klagomål till en tillsynsmyndighet', erased: 'raderat dina personuppgifter', germany: 'Tyskland', ukGdpr: 'artikel 15 i den brittiska dataskyddsförordningen' },
  ru: { legitimateInterests: 'законные интересы', art6: 'статьёй 6(1)(f) GDPR', art6Item: 'статья 6(1)(f) GDPR', objectAny: 'статьёй 21(2) GDPR', art15: 'статьёй 15 GDPR', art16: 'статья 16 GDPR', art17: 'статья 17 GDPR', art21: 'статья 21(2) и (3) GDPR', art77: 'статья 77 GDPR', supervisoryAuthority: 'подать жалобу в надзорный орган', erased: 'удалили Ваши персональные данные', germany: 'Германия', ukGdpr: 'статьёй 15 UK GDPR' },
};

const GERMANY: RequesterCountry = {
  code: 'DE',
  name: 'Germany',
  region: 'EU',
  authorityName: 'Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)',
  authorityUrl: 'https://www.bfdi.bund.de/',
};
const UK: RequesterCountry = { code: 'GB', name: 'United Kingdom', region: 'UK', authorityName: "Information Commissioner's Office (ICO)", authorityUrl: 'https://ico.org.uk/' };
const SWITZERLAND: RequesterCountry = { code: 'CH', name: 'Switzerland', region: 'CH', authorityName: 'FDPIC', authorityUrl: 'https://www.edoeb.admin.ch/' };

const FACTS: ReplyFacts = {
  ...emptyFacts(),
  requesterName: 'Jonas Berg',
  received: '2026-03-03',
  held: 'First name;Last name;Email;Company\nJonas;Berg;jonas.berg@acme.example;Acme GmbH',
  source: 'acme.example/team',
  sourceDate: '2026-02-10',
  purpose: 'Kestrel Mail Shield',
  interest: 'Acme careers page, mail engineer vacancy',
  recipients: 'Lemlist, HubSpot',
  retention: '6 months',
  correction: 'Head of IT',
  suppression: 'hash',
  transfer: 'scc',
  transferCountry: 'US',
};

const PROFILE: SenderProfile = {
  ...emptyProfile(),
  legalName: 'Kestrel Labs Ltd',
  postalAddress: '1 Harbour Street\nToronto ON M5J 1A7',
  country: 'CA',
  privacyEmail: 'privacy@kestrel.example',
  website: 'https://kestrel.example',
  privacyNoticeUrl: 'https://kestrel.example/privacy',
  dpoContact: 'Dana Lee, dpo@kestrel.example',
  euRepresentative: 'EU-Rep GmbH, rep@eurep.example',
  ukRepresentative: 'UK-Rep Ltd, rep@ukrep.example',
};

function reply(language: LanguageCode, kinds: RequestKind[], options: { facts?: ReplyFacts; profile?: SenderProfile; country?: RequesterCountry | null } = {}) {
  return composeReply({
    kinds,
    pack: languageText(language),
    facts: options.facts ?? FACTS,
    profile: options.profile ?? PROFILE,
    country: options.country === undefined ? GERMANY : options.country,
  });
}

/** What a reply must contain for each kind, in a language. */
function required(language: LanguageCode, kind: RequestKind): string[] {
  const t = TERMS[language];
  const locale = languageText(language).locale;
  switch (kind) {
    case 'legalBasis':
      return [t.legitimateInterests, t.art6, t.objectAny, FACTS.purpose, FACTS.interest];
    case 'source': {
      const c = languageText(language).reply.categories;
      return [FACTS.source, longDate(locale, 2026, 2, 10), `${c.name}, ${c.email}, ${c.company}`];
    }
    case 'access':
      return [t.art15, t.art6Item ?? t.art6, 'Jonas', 'Berg', 'jonas.berg@acme.example', 'Acme GmbH', FACTS.purpose, FACTS.recipients, FACTS.retention, FACTS.source, longDate(locale, 2026, 2, 10)];
    case 'rectification':
      return [t.art16, FACTS.correction];
    case 'erasure':
      return [t.art17, t.erased, 'SHA-256'];
    case 'objection':
      return [t.art21, 'SHA-256'];
    case 'notInterested':
      return ['SHA-256'];
    case 'complaint':
      return [t.art77];
  }
}

describe('for each kind and language, the reply holds the required content', () => {
  describe.each(LANGUAGE_CODES)('%s', (language) => {
    it.each(REQUEST_KINDS)('%s', (kind) => {
      const { text } = reply(language, [kind]);
      for (const needle of required(language, kind)) expect(text, `${language}/${kind} should contain "${needle}"`).toContain(needle);
      // Every reply: the right to complain, the requester's authority, the sender's contacts.
      for (const needle of [TERMS[language].supervisoryAuthority, GERMANY.authorityName, GERMANY.authorityUrl, TERMS[language].germany, PROFILE.privacyEmail, PROFILE.legalName]) {
        expect(text, `${language}/${kind} should contain "${needle}"`).toContain(needle);
      }
      expect(text).toContain(longDate(languageText(language).locale, 2026, 3, 3));
    });

    it('access lists Art. 15(1)(a) to (h), in order, one per line', () => {
      const lines = reply(language, ['access']).text.split('\n');
      const starts = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((letter) => lines.findIndex((l) => l.startsWith(`${letter})`) || l.startsWith(`(${letter})`)));
      expect(starts.every((i) => i >= 0), starts.join(',')).toBe(true);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      expect(starts[7]! - starts[0]!).toBe(7);
    });

    it('erasure and objection explain the suppression record: the hash, or the address itself', () => {
      const hashed = reply(language, ['erasure']).text;
      const plain = reply(language, ['erasure'], { facts: { ...FACTS, suppression: 'address' } }).text;
      expect(hashed).toContain('SHA-256');
      expect(plain).not.toContain('SHA-256');
      expect(plain).not.toBe(hashed);
    });

    it('cites the UK GDPR and the UK representative for a UK requester', () => {
      const text = reply(language, ['access'], { country: UK }).text;
      expect(text).toContain(TERMS[language].ukGdpr);
      expect(text).toContain(PROFILE.ukRepresentative);
      expect(text).not.toContain(PROFILE.euRepresentative);
      expect(text).toContain(UK.authorityName);
    });
  });
});

describe('one combined reply', () => {
  it('answers the kinds in reply order, whatever the order ticked', () => {
    const text = reply('en', ['complaint', 'erasure', 'source']).text;
    const at = (needle: string) => text.indexOf(needle);
    expect(at('We obtained your data')).toBeGreaterThan(0);
    expect(at('We obtained your data')).toBeLessThan(at('we have erased'));
    expect(at('we have erased')).toBeLessThan(at('Article 77'));
  });

  it('writes the suppression paragraph once, and leaves out answers that another one covers', () => {
    const text = reply('en', ['legalBasis', 'source', 'access', 'erasure', 'objection', 'notInterested']).text;
    expect(text.match(/SHA-256/g)).toHaveLength(1);
    expect(text).not.toContain('You told us you do not want to hear from us'); // objection: covered by erasure
    expect(text).not.toContain('Thank you for letting us know'); // not interested: covered
    expect(text).not.toContain('just reply "no thanks"'); // no offer to object: the objection is done
    expect(text).not.toContain('We obtained your data from the following source'); // source: item (g) of access
    expect(text).toContain('(g) Source: acme.example/team');
  });

  it('offers to object and to delete only when the reply does not already confirm it', () => {
    expect(reply('en', ['legalBasis']).text).toContain('just reply "no thanks"');
    expect(reply('en', ['source']).text).toContain('we will delete it');
    expect(reply('en', ['source', 'objection']).text).not.toContain('we will delete it');
  });

  it('for an EU requester names the EU representative only; for a Swiss one neither', () => {
    const eu = reply('en', ['access']).text;
    expect(eu).toContain(PROFILE.euRepresentative);
    expect(eu).not.toContain(PROFILE.ukRepresentative);
    const ch = reply('en', ['access'], { country: SWITZERLAND }).text;
    expect(ch).not.toContain(PROFILE.euRepresentative);
    expect(ch).not.toContain(PROFILE.ukRepresentative);
    expect(ch).toContain('Switzerland');
  });

  it('ends with the closing and the sender’s signature block', () => {
    const text = reply('en', ['objection'], { profile: { ...PROFILE, tradingName: 'Kestrel' } }).text;
    expect(text.trimEnd().endsWith('Kind regards,\nKestrel\nKestrel Labs Ltd\n1 Harbour Street\nToronto ON M5J 1A7\nhttps://kestrel.example')).toBe(true);
  });

  it('folds line breaks and runs of spaces inside a fact', () => {
    const text = reply('en', ['legalBasis'], { facts: { ...FACTS, interest: 'your job post\n\nfor a   mail engineer' } }).text;
    expect(text).toContain('Why we wrote to you: your job post, for a mail engineer.');
  });

  it('a value that ends a sentence does not get a second full stop', () => {
    const text = reply('en', ['legalBasis'], { facts: { ...FACTS, purpose: 'Email security for Acme Inc.' } }).text;
    expect(text).toContain('What we offer: Email security for Acme Inc. Why');
  });
});

/** Problems a reader would see as a gap or a broken sentence. */
function danglingProblems(text: string): string[] {
  const problems: string[] = [];
  const checks: [RegExp, string][] = [
    [/[{}]/, 'a placeholder left in'],
    [/\(\s*\)/, 'empty brackets'],
    [/:[\s\u00a0]*[.,;)]/, 'a colon with nothing after it'],
    [/ [.,;:!?)]/, 'a space before punctuation'],
    [/ {2,}/, 'a double space'],
    [/\.\./, 'a double full stop'],
    [/\b(undefined|null|NaN)\b/, 'a programming value'],
    [/\n{3,}/, 'an empty paragraph'],
    [/^[ \t]+|[ \t]+$/m, 'a line that starts or ends with a space'],
    [/:\n\n/, 'a heading with nothing under it'],
  ];
  // The greeting line may end with ":" (Spanish "Buenos días:"); the rest may not dangle.
  const body = text.slice(text.indexOf('\n') + 1);
  for (const [re, name] of checks) if (re.test(body)) problems.push(`${name}: ${JSON.stringify(body.match(re)?.[0])}`);
  return problems;
}

describe('empty facts never produce dangling text', () => {
  it.each(LANGUAGE_CODES)('%s: every kind alone and all together, with nothing filled in', (language) => {
    for (const kinds of [...REQUEST_KINDS.map((k) => [k]), [...REQUEST_KINDS], []]) {
      const { text } = reply(language, kinds, { facts: emptyFacts(), profile: emptyProfile(), country: null });
      expect(danglingProblems(text), `${language} ${kinds.join('+')}:\n${text}`).toEqual([]);
    }
  });

  it('any mix of filled and empty facts, in any language (property)', () => {
    // Words with single spaces (runs of spaces in a fact are folded, which the first test shows).
    const word = fc.array(fc.stringMatching(/^[A-Za-z0-9]{1,8}$/), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const maybe = fc.oneof(fc.constant(''), word);
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGE_CODES),
        fc.subarray([...REQUEST_KINDS]),
        fc.record({ requesterName: maybe, source: maybe, purpose: maybe, interest: maybe, recipients: maybe, retention: maybe, automated: maybe, correction: maybe, held: maybe }),
        fc.constantFrom('', '2026-02-10', '2026-02-31'),
        fc.record({ legalName: maybe, tradingName: maybe, privacyEmail: maybe, dpoContact: maybe, euRepresentative: maybe, privacyNoticeUrl: maybe }),
        fc.constantFrom(GERMANY, UK, null),
        (language, kinds, facts, sourceDate, profile, country) => {
          const result = composeReply({
            kinds,
            pack: languageText(language),
            facts: { ...emptyFacts(), ...facts, sourceDate, received: '' },
            profile: { ...emptyProfile(), ...profile },
            country,
          });
          expect(danglingProblems(result.text)).toEqual([]);
          if (kinds.includes('legalBasis') && facts.purpose) expect(result.text).toContain(facts.purpose);
          if (kinds.includes('access') && facts.recipients) expect(result.text).toContain(facts.recipients);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lists what is missing, so the page can ask for it', () => {
    const { missing } = reply('en', ['legalBasis', 'access'], { facts: emptyFacts(), profile: emptyProfile(), country: null });
    expect(missing).toEqual(['country', 'requesterName', 'held', 'source', 'purpose', 'interest', 'recipients', 'retention', 'transfer', 'company', 'privacyEmail']);
    expect(reply('en', ['objection']).missing).toEqual([]);
  });
});

/** Every jurisdiction record, as the page passes it to the composer. */
function recordedCountries(): RequesterCountry[] {
  const dir = 'src/content/jurisdictions';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { code: string; name: string; region: RequesterCountry['region']; authority: { name: string; englishName?: string; localNames?: Record<string, string>; url: string } })
    .map((r) => ({
      code: r.code,
      name: r.name,
      region: r.region,
      authorityName: r.authority.name,
      authorityEnglishName: r.authority.englishName,
      authorityLocalNames: r.authority.localNames,
      authorityUrl: r.authority.url,
    }));
}

/** The text without the brackets of article subdivisions ("6(1)(f)"), which English and Russian cite in brackets. */
const withoutSubdivisions = (text: string) => text.replace(/\((\d{1,2}|[a-z])\)/g, '');

/** How many times `needle` occurs in `text`. */
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('findings of the review (issue 14), each pinned', () => {
  it.each(LANGUAGE_CODES)('%s: the reply never says both "here is a copy" and "we erased"', (language) => {
    const pack = languageText(language);
    const input = { kinds: ['access', 'erasure'] as RequestKind[], pack, facts: FACTS, profile: PROFILE, country: GERMANY };
    const facts = factsFor(input);
    const text = composeReply(input).text;
    // The present-tense copy and the past-tense erasure are never combined …
    expect(text).not.toContain(fillParagraph(pack.reply.access.intro, facts));
    expect(text).not.toContain(fillParagraph(pack.reply.erasure[0]!, facts));
    // … the copy comes first, and the erasure is promised for when the reply has gone.
    expect(text).toContain(fillParagraph(pack.reply.access.introBeforeErasure, facts));
    expect(text).toContain(fillParagraph(pack.reply.erasureAfterAccess[0]!, facts));
    if (language === 'en') {
      expect(text).not.toMatch(/here is a copy/i);
      expect(text).not.toMatch(/we have erased/i);
    }
  });

  it('an erasure request alone still says the data were erased', () => {
    expect(reply('en', ['erasure']).text).toContain('we have erased your personal data');
    expect(reply('en', ['access']).text).toContain('here is a copy of that data');
  });

  it.each(LANGUAGE_CODES)('%s: "one at a time" only when ticked', (language) => {
    const sentence = String(languageText(language).reply.legalBasis.oneAtATime[0]);
    expect(reply(language, ['legalBasis']).text).not.toContain(sentence);
    expect(reply(language, ['legalBasis'], { facts: { ...FACTS, oneAtATime: false } }).text).not.toContain(sentence);
    expect(reply(language, ['legalBasis'], { facts: { ...FACTS, oneAtATime: true } }).text).toContain(sentence);
    expect(emptyFacts().oneAtATime).toBe(false);
  });

  it.each(LANGUAGE_CODES)('%s: the right to complain is said once when access and complaint are answered together', (language) => {
    const term = TERMS[language].supervisoryAuthority;
    for (const kinds of [['access', 'complaint'], ['complaint'], ['access'], ['access', 'complaint', 'erasure'], ['objection']] as RequestKind[][]) {
      const text = reply(language, kinds).text;
      expect(count(text, term), `${language} ${kinds.join('+')}`).toBe(1);
      expect(count(text, GERMANY.authorityUrl), `${language} ${kinds.join('+')}`).toBe(1);
    }
  });

  it.each(LANGUAGE_CODES)('%s: no double brackets around the authority and its website ("(CNIL) (https://…)")', (language) => {
    const france: RequesterCountry = { code: 'FR', name: 'France', region: 'EU', authorityName: 'Commission nationale de l’informatique et des libertés (CNIL)', authorityUrl: 'https://www.cnil.fr/' };
    for (const kinds of [['access'], ['objection'], ['complaint']] as RequestKind[][]) {
      const text = reply(language, kinds, { country: france }).text;
      expect(text).toContain('(CNIL), https://www.cnil.fr/');
      expect(text).not.toMatch(/\)\s*\(https?:/);
      expect(withoutSubdivisions(text)).not.toMatch(/\([^()]*\([^()]*\)[^()]*\)/); // no brackets inside brackets
    }
  });

  it.each(LANGUAGE_CODES)('%s: no brackets inside brackets when citing the UK GDPR', (language) => {
    const text = reply(language, ['legalBasis', 'access', 'erasure', 'complaint'], { country: UK }).text;
    expect(withoutSubdivisions(text)).not.toMatch(/\([^()]*\([^()]*\)[^()]*\)/);
  });

  it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))("%s: no '(list:' in a non-English letter, and no English name of the authority", (language) => {
    const germany: RequesterCountry = { ...GERMANY, authorityName: 'Landesbeauftragte für den Datenschutz', authorityEnglishName: 'State data protection authority (list: Datenschutzkonferenz)' };
    const text = reply(language, ['access', 'complaint'], { country: germany }).text;
    expect(text).toContain('Landesbeauftragte für den Datenschutz');
    expect(text).not.toContain('(list:');
    expect(text).not.toContain('State data protection authority');
  });

  it('an English letter names the authority by its English name where the record gives one', () => {
    const estonia: RequesterCountry = { code: 'EE', name: 'Estonia', region: 'EU', authorityName: 'Andmekaitse Inspektsioon (AKI)', authorityEnglishName: 'Data Protection Inspectorate (AKI)', authorityUrl: 'https://www.aki.ee/' };
    expect(reply('en', ['objection'], { country: estonia }).text).toContain('Data Protection Inspectorate (AKI), https://www.aki.ee/');
    expect(reply('de', ['objection'], { country: estonia }).text).toContain('Andmekaitse Inspektsioon (AKI), https://www.aki.ee/');
  });

  it('with the real country records, every letter names the authority as the record says for its language', () => {
    for (const country of recordedCountries()) {
      for (const language of LANGUAGE_CODES) {
        const text = reply(language, ['objection'], { country }).text;
        const expected = language === 'en' ? (country.authorityEnglishName ?? country.authorityName) : (country.authorityLocalNames?.[language] ?? country.authorityName);
        expect(text, `${language} ${country.code}`).toContain(`${expected}, ${country.authorityUrl}`);
        if (language !== 'en' && country.authorityEnglishName) expect(text).not.toContain(country.authorityEnglishName);
      }
    }
  });

  it.each(LANGUAGE_CODES)('%s: offers to object with the word the notice asks for (Portuguese «remover», not «stop»)', (language) => {
    const text = reply(language, ['legalBasis']).text;
    expect(text).toContain(languageText(language).optOutKeyword);
    if (language === 'pt') {
      expect(text).toContain('«remover»');
      expect(text).not.toContain('«stop»');
    }
  });

  it.each(LANGUAGE_CODES)('%s: access names the actual recipients, and never guesses them', (language) => {
    const named = reply(language, ['access']).text;
    expect(named).toContain(FACTS.recipients);
    const unnamed = reply(language, ['access'], { facts: { ...FACTS, recipients: '' } });
    expect(unnamed.text).toContain(languageText(language).reply.missing);
    expect(unnamed.gaps).toContain('recipients');
    expect(unnamed.text).not.toMatch(/processors|Auftragsverarbeiter|sous-traitants|encargados del tratamiento/);
  });

  it.each(LANGUAGE_CODES)('%s: Art. 15(2) transfers are asked, never defaulted', (language) => {
    const pack = languageText(language);
    const unanswered = reply(language, ['access'], { facts: { ...FACTS, transfer: '', transferCountry: '' } });
    expect(unanswered.gaps).toEqual(['transfer']);
    expect(unanswered.missing).toContain('transfer');
    expect(unanswered.text).toContain(pack.reply.missing);
    const us = new Intl.DisplayNames([pack.locale], { type: 'region' }).of('US')!;
    for (const transfer of ['adequacy', 'scc'] as const) {
      const text = reply(language, ['access'], { facts: { ...FACTS, transfer, transferCountry: 'US' } }).text;
      expect(text).toContain(`(${us})`);
      expect(text).not.toContain(pack.reply.missing);
    }
    const none = reply(language, ['access'], { facts: { ...FACTS, transfer: 'none' } });
    expect(none.gaps).toEqual([]);
    // UK requesters get the UK rule: transfers approved by regulations (Art. 45A).
    expect(reply(language, ['access'], { country: UK, facts: { ...FACTS, transfer: 'adequacy', transferCountry: 'US' } }).text).toMatch(/45A|45\.º-A/);
    // Not asked for a copy: nothing about transfers.
    expect(reply(language, ['objection'], { facts: { ...FACTS, transfer: '' } }).gaps).toEqual([]);
  });

  it.each(LANGUAGE_CODES)('%s: categories of data are named in the letter’s language, not by the list’s column names', (language) => {
    const c = languageText(language).reply.categories;
    const facts = { ...FACTS, held: 'E-mail;First Name;Company;Lead score\njonas@acme.example;Jonas;Acme;7' };
    const text = reply(language, ['source'], { facts }).text;
    expect(text).toContain(`${c.email}, ${c.name}, ${c.company}, Lead score`);
  });

  it('wording fixed after the native review: German does not assume anger, Polish "contact" has its object, Portuguese greets with a vocative comma', () => {
    expect(reply('de', ['complaint']).text).not.toContain('verärgert');
    for (const kinds of [['legalBasis'], ['source'], ['erasure'], ['notInterested']] as RequestKind[][]) {
      expect(reply('pl', kinds).text).not.toMatch(/nie będziemy się (więcej|już) kontaktować/);
    }
    expect(reply('pt', ['objection']).text.startsWith('Bom dia, Jonas Berg,\n')).toBe(true);
  });
});

describe('one citation style and one form of address per language', () => {
  /** What each language must not mix in: the other citation style, the other form of address. */
  const FORBIDDEN: Partial<Record<LanguageCode, [RegExp, string][]>> = {
    es: [[/\d\.\d\.[a-z]\)/, 'the short "6.1.f)" style beside "apartado 1, letra f)"'], [/\b(tú|te escribimos|tus datos)\b/i, 'tú beside usted']],
    nl: [[/onder [a-z]\b/, '"onder f" beside "punt f)"'], [/\b(je|jij|jouw)\b/i, 'je beside u']],
    it: [[/\b(suo|sua|suoi|lei|la contatteremo)\b/, 'lower-case "suo" beside "Suo"']],
    pl: [[/\b(Pan|Pani|Panu|Pana)\b/, '"Pan/Pani" beside "Państwo"']],
    de: [[/\b(du|dich|dir|dein|deine)\b/i, 'du beside Sie'], [/Absatz \d/, '"Absatz" beside "Abs."']],
    fr: [[/\b(tu|toi|ton|tes)\b/i, 'tu beside vous'], [/\b6\(1\)/, 'the English citation style']],
    pt: [[/\bvocê\b/i, 'você beside the formal third person']],
    ru: [[/(?<!\p{L})(ты|тебе|тебя|твои)(?!\p{L})/iu, 'ты beside Вы'], [/(?<!\p{L})(вы|вас|вам|ваш|ваши|вашей)(?!\p{L})/u, 'lower-case "вы" beside "Вы"']],
  };

  it.each(LANGUAGE_CODES)('%s', (language) => {
    const all = [...REQUEST_KINDS];
    const texts = [
      reply(language, all).text,
      ...REQUEST_KINDS.map((k) => reply(language, [k]).text),
      reply(language, ['access', 'erasure'], { country: UK }).text,
      reply(language, ['legalBasis'], { facts: { ...FACTS, oneAtATime: true } }).text,
    ];
    for (const text of texts) {
      // The facts typed by the user are not the language's own words.
      const own = [FACTS.source, FACTS.purpose, FACTS.interest, FACTS.recipients, FACTS.retention, FACTS.correction].reduce((t, f) => t.split(f).join(''), text);
      for (const [re, what] of FORBIDDEN[language] ?? []) expect(own, `${language}: ${what}`).not.toMatch(re);
    }
  });
});

describe('UK complaints: the Data Protection Act 2018, never the repealed UK GDPR Art. 77', () => {
  /** Every combination of kinds a UK letter can carry the right to complain in. */
  const COMBINATIONS: RequestKind[][] = [...REQUEST_KINDS.map((k) => [k]), ['access', 'complaint'], ['access', 'erasure'], ['legalBasis', 'source', 'objection']];

  it.each(LANGUAGE_CODES)('%s: a UK letter never cites the repealed UK GDPR Art. 77', (language) => {
    for (const kinds of COMBINATIONS) {
      const text = reply(language, kinds, { country: UK }).text;
      expect(text, `${language} ${kinds.join('+')}`).not.toMatch(/\b77\b/);
      expect(text, `${language} ${kinds.join('+')}`).toContain('Data Protection Act 2018');
    }
  });

  it.each(LANGUAGE_CODES)('%s: a UK letter says once that the requester can complain to the sender (s. 164A) and to the ICO (s. 165)', (language) => {
    for (const kinds of COMBINATIONS) {
      const text = reply(language, kinds, { country: UK }).text;
      expect(count(text, '164A'), `${language} ${kinds.join('+')}`).toBe(1);
      expect(count(text, '165'), `${language} ${kinds.join('+')}`).toBe(1);
      expect(count(text, UK.authorityUrl), `${language} ${kinds.join('+')}`).toBe(1);
      expect(text).toContain(UK.authorityName);
    }
  });

  it.each(LANGUAGE_CODES)('%s: a UK access reply lists (ea), the complaint to the sender, between (e) and (f), with the privacy contact', (language) => {
    const lines = reply(language, ['access'], { country: UK }).text.split('\n');
    const at = (item: string) => lines.findIndex((l) => l.startsWith(`${item})`) || l.startsWith(`(${item})`));
    expect(at('e')).toBeGreaterThan(0);
    expect(at('ea')).toBe(at('e') + 1);
    expect(at('f')).toBe(at('ea') + 1);
    expect(lines[at('ea')]).toContain('164A');
    expect(lines[at('ea')]).toContain(PROFILE.privacyEmail);
    expect(lines[at('f')]).toContain('165');
  });

  it('the English UK wording, word for word', () => {
    expect(reply('en', ['objection'], { country: UK }).text).toContain(
      "If you are not satisfied with our answer, you can make a complaint to us (section 164A of the Data Protection Act 2018) and to the UK supervisory authority (section 165 of that Act). The UK supervisory authority: Information Commissioner's Office (ICO), https://ico.org.uk/",
    );
    const access = reply('en', ['access'], { country: UK }).text;
    expect(access).toContain('(ea) You have the right to make a complaint to us (section 164A of the Data Protection Act 2018): write to privacy@kestrel.example. We will acknowledge it within 30 days and tell you the outcome.');
    expect(access).toContain("(f) You have the right to make a complaint to the UK supervisory authority (section 165 of the Data Protection Act 2018): Information Commissioner's Office (ICO), https://ico.org.uk/");
  });

  it.each(LANGUAGE_CODES)('%s: without a privacy email, a UK access reply asks for the complaint by reply, with no gap', (language) => {
    const text = reply(language, ['access'], { country: UK, profile: { ...PROFILE, privacyEmail: '' } }).text;
    const ea = text.split('\n').find((l) => l.startsWith('ea)') || l.startsWith('(ea)'));
    expect(ea).toBeDefined();
    expect(ea).not.toContain('{');
    expect(ea).toContain('164A');
  });

  it.each(LANGUAGE_CODES)('%s: EU letters keep Art. 77 with the place of the alleged infringement, and no UK section', (language) => {
    for (const kinds of [['access'], ['complaint']] as RequestKind[][]) {
      const text = reply(language, kinds, { country: GERMANY }).text;
      expect(text).toContain(TERMS[language].art77);
      expect(text).not.toContain('164A');
      expect(text).not.toContain('Data Protection Act 2018');
    }
  });
});

describe('authority names in multilingual countries', () => {
  const byCode = new Map(recordedCountries().map((c) => [c.code, c]));
  it.each([
    ['a French letter to a Swiss recipient names the PFPDT', 'fr', 'CH', 'Préposé fédéral à la protection des données et à la transparence (PFPDT)'],
    ['an Italian letter to a Swiss recipient names the IFPDT', 'it', 'CH', 'Incaricato federale della protezione dei dati e della trasparenza (IFPDT)'],
    ['a German letter to a Swiss recipient names the EDÖB', 'de', 'CH', 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)'],
    ['an English letter to a Swiss recipient names the FDPIC', 'en', 'CH', 'Federal Data Protection and Information Commissioner (FDPIC)'],
    ['a French letter to a Belgian recipient names the APD', 'fr', 'BE', 'Autorité de protection des données (APD)'],
    ['a Dutch letter to a Belgian recipient names the GBA', 'nl', 'BE', 'Gegevensbeschermingsautoriteit (GBA)'],
    ['a Swedish letter to a Finnish recipient names the Dataombudsmannens byrå', 'sv', 'FI', 'Dataombudsmannens byrå'],
    ['a German letter to a Luxembourg recipient names the Nationale Datenschutzkommission', 'de', 'LU', 'Nationale Datenschutzkommission (CNPD)'],
    ['a Spanish letter to a Swiss recipient falls back to the name the body uses at home', 'es', 'CH', 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)'],
  ] as const)('%s', (_title, language, code, expected) => {
    const country = byCode.get(code)!;
    const text = reply(language, ['objection'], { country }).text;
    expect(text).toContain(`${expected}, ${country.authorityUrl}`);
    for (const [other, name] of Object.entries(country.authorityLocalNames ?? {})) if (other !== language && name !== expected) expect(text).not.toContain(name);
  });
});
