import { describe, expect, it } from 'vitest';
import { allowedErrors, buildPhraseIndex, detectRequests, ownText } from '../../../src/lib/replies/detect';
import { KIND_INFO } from '../../../src/lib/replies/kinds';
import { LANGUAGE_LIST } from '../../../src/lib/replies/languages';
import { LANGUAGE_CODES } from '../../../src/lib/replies/schema';
import { MESSAGES } from './messages';

const index = buildPhraseIndex(LANGUAGE_LIST);
const ranked = (text: string) => detectRequests(text, index).kinds.map((k) => k.kind);

describe('realistic messages: the right kind ranks first, in every language', () => {
  it('has at least 5 messages per language, some with two kinds', () => {
    for (const language of LANGUAGE_CODES) {
      const own = MESSAGES.filter((m) => m.language === language);
      expect(own.length, language).toBeGreaterThanOrEqual(5);
      expect(own.some((m) => m.kinds.length === 2), language).toBe(true);
    }
  });

  it.each(MESSAGES.map((m) => [m.language, m.kinds.map((k) => KIND_INFO[k].title).join(' + '), m] as const))('%s: %s', (_language, _title, message) => {
    const detection = detectRequests(message.text, index);
    const top = detection.kinds.slice(0, message.kinds.length).map((k) => k.kind);
    if (message.kinds.length === 1) expect(top[0]).toBe(message.kinds[0]);
    else expect(new Set(top)).toEqual(new Set(message.kinds));
    expect(detection.language).toBe(message.language);
  });
});

describe('scores', () => {
  it('are between 0 and 1, best first, with the phrases that matched', () => {
    const { kinds } = detectRequests('Where did you get my email address? Please delete my data and stop emailing me.', index);
    expect(kinds.length).toBeGreaterThanOrEqual(3);
    for (const k of kinds) {
      expect(k.score).toBeGreaterThan(0);
      expect(k.score).toBeLessThanOrEqual(1);
      expect(k.phrases.length).toBeGreaterThan(0);
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
});

describe('matching', () => {
  it('tolerates typing errors in longer phrases', () => {
    expect(ranked('Were did you get my adress from?')[0]).toBe('source');
    expect(ranked('plese delete my dta')[0]).toBe('erasure');
  });

  it('ignores case, accents and punctuation', () => {
    expect(ranked('LÖSCHEN SIE MEINE DATEN!!!')[0]).toBe('erasure');
    expect(ranked('loschen sie meine daten')[0]).toBe('erasure');
    expect(ranked("Désinscrivez-moi s'il vous plaît")[0]).toBe('objection');
  });

  it('reads article numbers written with an abbreviation ("Art. 15")', () => {
    expect(detectRequests('Ich verlange eine Kopie gemäß Art. 15 DSGVO.', index).kinds[0]?.phrases).toContain('art 15');
    expect(ranked('Proszę o usunięcie, art. 17 RODO.')[0]).toBe('erasure');
  });

  it('matches short phrases only as whole words', () => {
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

  it('allows more typing errors in longer phrases, none in short ones', () => {
    expect([5, 7, 8, 14, 15, 23, 24, 31].map(allowedErrors)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
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

describe('speed', () => {
  it('reads a long pasted thread in well under a keystroke’s time', () => {
    const long = `${MESSAGES.map((m) => m.text).join('\n\n')}\n`.repeat(3);
    const start = performance.now();
    detectRequests(long, index);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
