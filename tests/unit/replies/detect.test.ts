import { describe, expect, it } from 'vitest';
import { LANGUAGE_FILES } from '../../../src/lib/notice/languages';
import { buildPhraseIndex, detectRequests, ownText } from '../../../src/lib/replies/detect';
import { KIND_INFO, MESSAGE_KINDS, REQUEST_KINDS } from '../../../src/lib/replies/kinds';
import { languageText, languageTexts } from '../../../src/lib/replies/language-files';
import { LANGUAGE_CODES, type LanguageCode } from '../../../src/lib/replies/languages';
import { MESSAGES } from './messages';
import de from './phrasings/de';
import en from './phrasings/en';
import es from './phrasings/es';
import fr from './phrasings/fr';
import itPhrasings from './phrasings/it';
import nl from './phrasings/nl';
import pl from './phrasings/pl';
import pt from './phrasings/pt';
import ru from './phrasings/ru';
import sv from './phrasings/sv';
import type { Phrasings } from './phrasings/types';

const index = buildPhraseIndex(languageTexts());
const ranked = (text: string) => detectRequests(text, index).kinds.map((k) => k.kind);
const PHRASINGS: Record<LanguageCode, Phrasings> = { en, de, fr, es, it: itPhrasings, nl, pl, pt, sv, ru };

describe('realistic messages: the right kind ranks first, in every language', () => {
  it('has at least 5 messages per language, some with two kinds; German, French, Polish and Russian have more', () => {
    for (const language of LANGUAGE_CODES) {
      const own = MESSAGES.filter((m) => m.language === language);
      expect(own.length, language).toBeGreaterThanOrEqual(['de', 'fr', 'pl', 'ru'].includes(language) ? 9 : 5);
      expect(own.some((m) => m.kinds.length === 2), language).toBe(true);
    }
  });

  it.each(MESSAGES.map((m) => [m.language, m.kinds.join(' + '), m] as const))('%s: %s', (_language, _kinds, message) => {
    const detection = detectRequests(message.text, index);
    const top = detection.kinds.slice(0, message.kinds.length).map((k) => k.kind);
    if (message.kinds.length === 1) expect(top[0]).toBe(message.kinds[0]);
    else expect(new Set(top)).toEqual(new Set(message.kinds));
    expect(detection.language).toBe(message.language);
  });
});

describe('phrasings as people write them: word order, inflection, informal forms, typos', () => {
  it.each(LANGUAGE_CODES)('%s has at least eight phrasings of every kind, and messages that ask for nothing', (language) => {
    for (const kind of [...MESSAGE_KINDS, 'none'] as const) expect(PHRASINGS[language][kind].length, `${language} ${kind}`).toBeGreaterThanOrEqual(8);
  });

  describe.each(LANGUAGE_CODES)('%s', (language) => {
    it.each(MESSAGE_KINDS)('%s ranks first', (kind) => {
      for (const text of PHRASINGS[language][kind]) {
        const detection = detectRequests(text, index);
        expect(detection.kinds[0]?.kind, `"${text}" → ${detection.kinds.map((k) => k.kind).join(', ')}`).toBe(kind);
        // Two words can be any language ("STOP", "no thanks"); a sentence has a language.
        if (text.split(/\s+/).length >= 3) expect(detection.language, `"${text}"`).toBe(language);
      }
    });

    it('a message that asks for nothing is left alone', () => {
      for (const text of PHRASINGS[language].none) expect(ranked(text), `"${text}"`).toEqual([]);
    });
  });
});

describe('findings of the review (issue 14), each pinned', () => {
  it('erasure mentioning data you hold is not an access request', () => {
    for (const text of [
      'Please delete all the data you hold about me.',
      'Delete everything you have on me',
      'Löschen Sie bitte alles, was Sie über mich gespeichert haben.',
      'Supprimez toutes les données que vous détenez sur moi.',
      'Eliminen toda la información que tienen sobre mí.',
      'Eliminate tutte le informazioni che avete su di me.',
      'Verwijder alles wat jullie over mij hebben.',
      'Proszę skasować wszystko, co macie na mój temat.',
      'Eliminem toda a informação que têm sobre mim.',
      'Radera allt ni har om mig.',
      'Сотрите всё, что у вас есть обо мне.',
    ]) {
      expect(ranked(text), text).toEqual(['erasure']);
    }
  });

  it('the German examples of the issue: erasure in normal word order, and a question about the source', () => {
    expect(ranked('Löschen Sie bitte alles, was Sie über mich gespeichert haben')).toEqual(['erasure']);
    expect(ranked('Ich will wissen, woher Sie meine Daten haben')).toEqual(['source']);
  });

  it('the synonyms the issue names are detected: "von der Liste nehmen", "ne plus m’écrire", "не пишите", "nie wysyłać", "su di me"', () => {
    expect(ranked('Bitte von der Liste nehmen.')[0]).toBe('objection');
    expect(ranked('Merci de ne plus m’écrire.')[0]).toBe('objection');
    expect(ranked('Не пишите мне.')[0]).toBe('objection');
    expect(ranked('Proszę nie wysyłać.')[0]).toBe('objection');
    expect(ranked('Quali dati avete su di me?')[0]).toBe('access');
  });

  it('informal persons are read like formal ones (du/ihr, tu, ty, vosotros)', () => {
    expect(ranked('Lösch bitte meine Daten')[0]).toBe('erasure');
    expect(ranked('Löscht meine Daten')[0]).toBe('erasure');
    expect(ranked('Woher habt ihr meine Adresse?')[0]).toBe('source');
    expect(ranked('Supprime mes données')[0]).toBe('erasure');
    expect(ranked('Usuń moje dane')[0]).toBe('erasure');
    expect(ranked('Borrad mis datos')[0]).toBe('erasure');
    expect(ranked('¿De dónde habéis sacado mi correo?')[0]).toBe('source');
  });

  it('an out-of-office message is not an objection', () => {
    const autoReplies = [
      'Estoy de baja médica hasta el lunes. No leeré el correo; para cualquier urgencia escriba a info@acme.example.',
      'Ich bin bis 12. März nicht im Büro. Ihre E-Mail wird nicht weitergeleitet und nicht gelesen.',
      'I am out of the office until 3 March. Please do not expect a reply before then; stop by reception for anything urgent.',
    ];
    for (const text of autoReplies) {
      expect(ranked(text), text).toEqual(['autoReply']);
    }
  });

  it('every notice language’s reply keyword is an objection', () => {
    for (const [code, template] of Object.entries(LANGUAGE_FILES)) {
      const keyword = template.replyKeyword;
      for (const text of [keyword, `${keyword}.`, `«${keyword}»`, `"${keyword}"`, keyword.toUpperCase()]) {
        expect(ranked(text)[0], `${code}: ${text}`).toBe('objection');
      }
      // The replies offer the same word the notice taught.
      expect(languageText(code as LanguageCode).optOutKeyword, code).toBe(keyword);
    }
  });

  it('Portuguese «remover» alone is an objection', () => {
    expect(ranked('remover')).toEqual(['objection']);
    expect(detectRequests('Remover, obrigado.', index).language).toBe('pt');
  });

  it('shows under each kind the words of the message that triggered it', () => {
    const message = 'Hi Maya,\n\nwhere did you get my email address? And please delete everything you have on me.\n\nJonas';
    const { kinds } = detectRequests(message, index);
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k.matched]));
    expect(byKind.source).toEqual(['where did you get my']);
    expect(byKind.erasure).toEqual(['delete everything']);
    for (const k of kinds) for (const text of k.matched) expect(message).toContain(text);
  });

  it('shortens a long trigger in the middle, keeping both ends', () => {
    const message = `Delete ${'very '.repeat(3)}all of it`;
    const [first] = detectRequests(message, index).kinds;
    for (const text of first!.matched) expect(text.length).toBeLessThanOrEqual(90);
  });

  it('every phrase of the mailbox filter list is detected as an objection or an erasure request', () => {
    for (const pack of languageTexts()) {
      for (const phrase of pack.detection.filterPhrases) {
        expect(['objection', 'erasure'], `${pack.code}: ${phrase}`).toContain(ranked(phrase)[0]);
      }
    }
  });
});

describe('scores', () => {
  it('are between 0 and 1, best first, with the patterns that matched', () => {
    const { kinds } = detectRequests('Where did you get my email address? Please delete my data and stop emailing me.', index);
    expect(kinds.length).toBeGreaterThanOrEqual(3);
    for (const k of kinds) {
      expect(k.score).toBeGreaterThan(0);
      expect(k.score).toBeLessThanOrEqual(1);
      expect(k.phrases.length).toBeGreaterThan(0);
      expect(k.matched.length).toBeGreaterThan(0);
    }
    expect(kinds.map((k) => k.score)).toEqual([...kinds.map((k) => k.score)].sort((a, b) => b - a));
  });

  it('grow with more independent signals of the same kind', () => {
    const one = detectRequests('What right do you have?', index).kinds[0]!;
    const two = detectRequests('What right do you have? I never signed up and never consented.', index).kinds[0]!;
    expect(one.kind).toBe('legalBasis');
    expect(two.kind).toBe('legalBasis');
    expect(two.score).toBeGreaterThan(one.score);
  });

  it('a short phrase inside a longer phrase of another kind does not count ("remove my data" is erasure, not "remove me")', () => {
    expect(ranked('Remove my data please')).toEqual(['erasure']);
    expect(ranked('Please remove me')).toEqual(['objection']);
  });

  it('words far apart in one sentence, or in different sentences, do not make a match', () => {
    expect(ranked('Delete. That is what I did with the first one, and then a colleague forwarded your email with my data sheet.')).not.toContain('erasure');
  });
});

describe('matching', () => {
  it('tolerates a typing error in longer words', () => {
    expect(ranked('wher did you get my adress')[0]).toBe('source');
    expect(ranked('please unsuscribe me')[0]).toBe('objection');
    expect(ranked('What personal infromation do you hold?')[0]).toBe('access');
  });

  it('ignores case, accents and punctuation; umlauts may be typed as ae, oe, ue', () => {
    expect(ranked('LÖSCHEN SIE MEINE DATEN!!!')[0]).toBe('erasure');
    expect(ranked('loschen sie meine daten')[0]).toBe('erasure');
    expect(ranked('loeschen sie meine daten')[0]).toBe('erasure');
    expect(ranked("Désinscrivez-moi s'il vous plaît")[0]).toBe('objection');
  });

  it('reads article numbers written with an abbreviation ("Art. 15")', () => {
    expect(detectRequests('Ich verlange eine Kopie gemäß Art. 15 DSGVO.', index).kinds[0]?.phrases).toContain('art 15');
    expect(ranked('Proszę o usunięcie, art. 17 RODO.')[0]).toBe('erasure');
  });

  it('matches whole words unless a pattern says it is a stem', () => {
    expect(ranked('STOP')).toEqual(['objection']);
    expect(ranked('Stopped by your website yesterday, it looks good.')).toEqual([]);
    expect(ranked("Can we talk next week? I'm in Mexico until Friday.")).toEqual([]);
  });

  it('finds nothing in an ordinary positive reply', () => {
    expect(ranked('Thanks Maya, sounds interesting. Can we talk on Tuesday at 10?')).toEqual([]);
    expect(ranked('Gerne, schicken Sie mir bitte mehr Informationen.')).toEqual([]);
    expect(ranked('')).toEqual([]);
    expect(detectRequests('   \n  ', index)).toEqual({ kinds: [], language: null });
  });

  it('a date written "12. März" does not end the sentence', () => {
    expect(ranked('Ich bin bis 12. März nicht im Büro.')).toEqual(['autoReply']);
  });
});

describe('the quoted earlier message is not read', () => {
  it('drops > lines and cuts at "On … wrote:" and "-----Original Message-----"', () => {
    expect(ranked('Unsubscribe\n\nOn Tue, 3 Mar 2026, Maya wrote:\n> What data do you hold about me? Delete it.')).toEqual(['objection']);
    expect(ranked('Kindly unsubscribe me.\n\n-----Original Message-----\nFrom: Maya\nWhat data do you hold about me?')).toEqual(['objection']);
    expect(ranked('Bitte austragen.\n\nAm Di., 3. März 2026 um 09:12 Uhr schrieb Maya Ortiz <maya@kestrel.example>:\nWelche Daten haben Sie über mich?')).toEqual(['objection']);
  });

  it('keeps the text when a marker opens the message (nothing to cut from)', () => {
    expect(ownText('From: Jonas\nDelete my data', index.quoteMarkers)).toBe('From: Jonas\nDelete my data');
  });
});

describe('language', () => {
  it.each([
    ['en', 'Please take me off your list, thanks.'],
    ['de', 'Bitte nehmen Sie mich aus dem Verteiler.'],
    ['fr', 'Merci de ne plus m’écrire.'],
    ['es', 'Por favor, no me escriban más.'],
    ['it', 'Per favore non scrivetemi più.'],
    ['nl', 'Graag geen mails meer sturen.'],
    ['pl', 'Proszę do mnie nie pisać.'],
    ['pt', 'Por favor não me enviem mais e-mails.'],
    ['sv', 'Snälla, sluta mejla mig.'],
    ['ru', 'Пожалуйста, не пишите мне.'],
  ] as const)('%s', (language, text) => {
    expect(detectRequests(text, index).language).toBe(language);
  });

  it('is null when nothing points to a language', () => {
    expect(detectRequests('12345 !!!', index).language).toBeNull();
  });
});

describe('kinds', () => {
  it('an automatic reply is a kind of message, not a kind of request', () => {
    expect(MESSAGE_KINDS).toContain('autoReply');
    expect(REQUEST_KINDS as readonly string[]).not.toContain('autoReply');
    expect(Object.keys(KIND_INFO)).toEqual([...REQUEST_KINDS]);
  });
});
