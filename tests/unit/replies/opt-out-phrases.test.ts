import { describe, expect, it } from 'vitest';
import { languageTexts } from '../../../src/lib/replies/language-files';
import { optOutPhraseList } from '../../../src/lib/replies/opt-out-phrases';

describe('the opt-out phrase list for mailbox filters', () => {
  const text = optOutPhraseList(languageTexts());
  const lines = text.split('\n');

  it('has a section per language with the notice’s reply word and the unsubscribe and erasure phrases', () => {
    for (const pack of languageTexts()) {
      expect(lines).toContain(`## ${pack.englishName} (${pack.code})`);
      for (const phrase of [pack.optOutKeyword, ...pack.detection.filterPhrases]) expect(lines).toContain(phrase.toLowerCase());
    }
    for (const phrase of ['unsubscribe', 'abmelden', 'désinscrire', 'darme de baja', 'cancellatemi', 'afmelden', 'wypisać', 'cancelar a subscrição', 'remover', 'avregistrera', 'отписаться']) {
      expect(lines).toContain(phrase);
    }
  });

  it('does not include other kinds or duplicates within a language', () => {
    expect(lines).not.toContain('not interested');
    expect(lines.some((l) => l.includes('+') || l.includes('*'))).toBe(false);
    const english = lines.slice(lines.indexOf('## English (en)') + 1, lines.indexOf('## German (de)')).filter((l) => l !== '');
    expect(new Set(english).size).toBe(english.length);
  });

  it('starts with comment lines that say what it is', () => {
    expect(lines[0]).toBe('# Opt-out phrases for mailbox filter rules');
    expect(lines.filter((l) => l.startsWith('#') && !l.startsWith('##')).length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(['ru', 'ar'] as const)('the opt-out phrase list linked from the %s reply composer', (locale) => {
  const english = optOutPhraseList(languageTexts()).split('\n');
  const lines = optOutPhraseList(languageTexts(), locale).split('\n');
  const comments = lines.filter((l) => l.startsWith('#'));

  it('says what it is in the page’s language, naming only the kit, GDPR and the page in Latin letters', () => {
    expect(comments.filter((l) => !l.startsWith('##')).length).toBeGreaterThanOrEqual(3);
    const words = comments.join('\n').replace(/Cold Email GDPR Kit|GDPR|\/\w+\/tools\/reply-composer\/|\((?:[a-z]{2})\)/g, '');
    expect(words.match(/[A-Za-z]{2,}/g)).toBeNull();
  });

  it('names each language in the page’s language', () => {
    const german = new Intl.DisplayNames([locale], { type: 'language' }).of('de')!;
    expect(lines.some((l) => l.toLowerCase() === `## ${german} (de)`.toLowerCase())).toBe(true);
  });

  it('holds exactly the phrases of the English list, in the same order: the phrases stay in their languages', () => {
    expect(lines.filter((l) => !l.startsWith('#'))).toEqual(english.filter((l) => !l.startsWith('#')));
  });
});
