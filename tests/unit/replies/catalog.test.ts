import { describe, expect, it } from 'vitest';
import { EN } from '../../../src/lib/i18n/en';
import { composeReply, emptyFacts } from '../../../src/lib/replies/compose';
import { buildPhraseIndex, detectRequests } from '../../../src/lib/replies/detect';
import { EXAMPLE_IDS, EXAMPLES } from '../../../src/lib/replies/examples';
import { AUTO_REPLY_INFO, KIND_INFO, REQUEST_KINDS } from '../../../src/lib/replies/kinds';
import { languageText, languageTexts } from '../../../src/lib/replies/language-files';
import { CLOCK_STOP_REASONS, REQUEST_STATUSES } from '../../../src/lib/replies/log';
import { LANGUAGE_CODES } from '../../../src/lib/replies/languages';
import { emptyProfile } from '../../../src/lib/profile/schema';

const m = EN.replies;

describe('the reply composer’s catalog (EN.replies)', () => {
  it('names the kinds exactly as the contract labels and the log export do', () => {
    expect(m.kinds).toEqual(Object.fromEntries(REQUEST_KINDS.map((k) => [k, KIND_INFO[k].title])));
    expect(m.autoReply).toEqual(AUTO_REPLY_INFO);
    expect(m.log.statuses).toEqual({ open: 'Open', extended: 'Open, extension notified', answered: 'Answered' });
    expect(Object.keys(m.log.statuses)).toEqual([...REQUEST_STATUSES]);
    expect(Object.keys(m.log.clock.reasons)).toEqual([...CLOCK_STOP_REASONS]);
    expect(Object.keys(m.log.clock.waitingSince)).toEqual([...CLOCK_STOP_REASONS]);
  });

  it('names every reply language', () => {
    expect(Object.keys(m.languages).sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it('keeps the labels other tests and tools rely on', () => {
    expect([m.message.label, m.detected.heading, m.reply.label, m.reply.copy, m.reply.addToLog, m.log.clear, m.log.importLog, m.log.exportCsv, m.log.exportJson]).toEqual([
      'Incoming message',
      'Detected requests',
      'Reply text',
      'Copy reply',
      'Add to log',
      'Clear log',
      'Import log',
      'Export log as CSV',
      'Export log as JSON',
    ]);
  });
});

describe('"Try an example"', () => {
  const index = buildPhraseIndex(languageTexts());

  it('offers the examples in the catalog’s order, each with a name', () => {
    expect(Object.keys(m.message.examples)).toEqual([...EXAMPLE_IDS]);
  });

  it.each(EXAMPLE_IDS)('%s is detected as what it claims to be, in its language', (id) => {
    const example = EXAMPLES[id];
    const detection = detectRequests(example.message, index);
    expect(detection.language).toBe(example.language);
    const kinds = detection.kinds.map((k) => k.kind);
    expect(kinds).toEqual(example.kinds.length === 0 ? ['autoReply'] : example.kinds);
  });

  it.each(EXAMPLE_IDS.filter((id) => EXAMPLES[id].kinds.length > 0))('%s fills every fact its reply would otherwise lack, except the sender’s own', (id) => {
    const example = EXAMPLES[id];
    const facts = { ...emptyFacts(), ...example.facts, requesterName: example.requesterName, received: '2026-03-02', sourceDate: '2026-02-01' };
    const country = { code: example.country, name: example.country, region: example.country === 'GB' ? 'UK' : 'EU', authorityName: 'Authority', authorityUrl: 'https://authority.example' } as const;
    const reply = composeReply({ kinds: example.kinds, pack: languageText(example.language), facts, profile: emptyProfile(), country });
    expect(reply.missing).toEqual(['company', 'privacyEmail']);
    expect(reply.gaps).toEqual([]);
  });
});
