import { describe, expect, it } from 'vitest';
import { parsePattern, patternProblem, termQuality, withinOneEdit } from '../../../src/lib/replies/patterns';
import { tokenize } from '../../../src/lib/replies/normalise';

describe('the pattern language', () => {
  it('reads groups, alternatives, word sequences, stems and exclusions', () => {
    const p = parsePattern('delet*|take off + my data|everything + !by mistake');
    expect(p.groups).toEqual([
      [[{ text: 'delet', mode: 'prefix' }], [{ text: 'take', mode: 'word' }, { text: 'off', mode: 'word' }]],
      [[{ text: 'my', mode: 'word' }, { text: 'data', mode: 'word' }], [{ text: 'everything', mode: 'word' }]],
    ]);
    expect(p.excluded).toEqual([[[{ text: 'by', mode: 'word' }, { text: 'mistake', mode: 'word' }]]]);
    expect(parsePattern('*auskunft*').groups[0]![0]).toEqual([{ text: 'auskunft', mode: 'infix' }]);
    expect(parsePattern('*adresse').groups[0]![0]).toEqual([{ text: 'adresse', mode: 'suffix' }]);
  });

  it('normalises terms like messages: accents, apostrophes and hyphens', () => {
    expect(parsePattern("don't|e-mail").groups[0]).toEqual([
      [{ text: 'don', mode: 'word' }, { text: 't', mode: 'word' }],
      [{ text: 'e', mode: 'word' }, { text: 'mail', mode: 'word' }],
    ]);
    expect(parsePattern('désinscri*').groups[0]).toEqual([[{ text: 'desinscri', mode: 'prefix' }]]);
  });

  it('writes German umlauts both ways: "lösch*" also matches "loesch…"', () => {
    expect(parsePattern('lösch*').groups[0]).toEqual([[{ text: 'losch', mode: 'prefix' }], [{ text: 'loesch', mode: 'prefix' }]]);
  });

  it('weighs by the number of groups unless told', () => {
    expect(parsePattern('stop').weight).toBe(0.6);
    expect(parsePattern('stop + emailing').weight).toBe(0.8);
    expect(parsePattern('a1 + b1 + c1').weight).toBe(0.9);
    expect(parsePattern('stop @0.5').weight).toBe(0.5);
  });

  it.each([
    ['where + ', 'a group is empty'],
    ['a|', 'an alternative is empty'],
    ['!not', 'at least one group'],
    ['de* + x', 'shorter than 3 letters'],
    ['x @2', 'not between 0 and 1'],
    ['a + b + c + d + e', 'at most 4 groups'],
    ['stop!', 'not a letter or digit'],
  ])('refuses "%s": %s', (source, message) => {
    expect(patternProblem(source)).toContain(message);
  });
});

describe('matching one word', () => {
  it('one typing error is one edit: a letter missing, extra, wrong, or two swapped', () => {
    expect(['adress', 'addresss', 'addrees', 'adderss', 'address'].map((w) => withinOneEdit('address', w))).toEqual([true, true, true, true, true]);
    expect(withinOneEdit('address', 'adrss')).toBe(false);
    expect(withinOneEdit('address', 'adresss')).toBe(false);
  });

  it('tolerates a typo only in long terms, and never in the first letter', () => {
    const word = { text: 'information', mode: 'word' } as const;
    expect(termQuality(word, 'information')).toBe(1);
    expect(termQuality(word, 'infromation')).toBe(0.8);
    expect(termQuality(word, 'nformation')).toBe(0);
    expect(termQuality({ text: 'remove', mode: 'word' }, 'remote')).toBe(0);
    expect(termQuality({ text: 'unsubscrib', mode: 'prefix' }, 'unsuscribe')).toBe(0.8);
    expect(termQuality({ text: 'auskunft', mode: 'infix' }, 'datenauskunftsersuchen')).toBe(1);
    expect(termQuality({ text: 'adresse', mode: 'suffix' }, 'mailadresse')).toBe(1);
  });
});

describe('words and sentences of a message', () => {
  it('splits sentences at . ! ? ; : and line breaks, not inside "Art. 15", "10:30" or "12. März"', () => {
    const clauses = (text: string) => [...new Set(tokenize(text).map((t) => t.clause))].length;
    expect(clauses('Delete it. Then stop! Now?\nOk')).toBe(4);
    expect(clauses('Art. 15 DSGVO')).toBe(1);
    expect(clauses('at 10:30 please')).toBe(1);
    expect(clauses('bis 12. März nicht da')).toBe(1);
  });

  it('keeps where each word stands, so the page can quote the message', () => {
    const text = 'Bitte   LÖSCHEN Sie';
    expect(tokenize(text).map((t) => [t.word, text.slice(t.start, t.end)])).toEqual([
      ['bitte', 'Bitte'],
      ['loschen', 'LÖSCHEN'],
      ['sie', 'Sie'],
    ]);
  });
});
