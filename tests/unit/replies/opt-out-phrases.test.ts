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
