import type { LanguagePack } from './schema.ts';

/**
 * The downloadable opt-out phrase list: for each language, the word the notice asks people to
 * reply with, then the plain phrases people use to unsubscribe, object or ask for erasure, one
 * per line, lower-case, without duplicates. Lines starting with `#` are comments. Generated from
 * the same language files the composer uses; every phrase is one the composer detects.
 */
export function optOutPhraseList(packs: readonly LanguagePack[]): string {
  const out = [
    '# Opt-out phrases for mailbox filter rules',
    '# From the reply composer of Cold Email GDPR Kit (/tools/reply-composer/).',
    '# A reply containing one of these phrases is probably an objection to direct marketing',
    '# (GDPR Art. 21(2)) or an erasure request (Art. 17): stop emailing that person and answer',
    '# within one month (Art. 12(3)). A filter finds candidates; a person should read each one.',
    '# One phrase per line, grouped by language. Lines starting with # are comments.',
    '',
  ];
  for (const pack of packs) {
    out.push(`## ${pack.englishName} (${pack.code})`);
    const seen = new Set<string>();
    for (const phrase of [pack.optOutKeyword, ...pack.detection.filterPhrases]) {
      const line = phrase.trim().toLowerCase();
      if (seen.has(line)) continue;
      seen.add(line);
      out.push(line);
    }
    out.push('');
  }
  return out.join('\n');
}
