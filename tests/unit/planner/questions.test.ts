import { describe, expect, it } from 'vitest';
import { ADVICE } from '../../../src/lib/planner/minimise';
import { LIA, checklistQuestions } from '../../../src/lib/planner/questions';

/** Labels external tests find the page by (Playwright's getByLabel matches substrings, case-insensitive). */
const CONTRACT = ['Target countries', 'Export record', 'Import record', 'Clear saved data'];

describe('the checklist wording', () => {
  it('has no question twice', () => {
    const questions = checklistQuestions();
    expect(questions.filter((q, i) => questions.indexOf(q) !== i)).toEqual([]);
  });

  it('uses each contract label exactly once, and no other label contains one', () => {
    const questions = checklistQuestions();
    expect(questions.filter((q) => q === 'Target countries')).toHaveLength(1);
    for (const contract of CONTRACT) {
      const clashes = questions.filter((q) => q !== contract && q.toLowerCase().includes(contract.toLowerCase()));
      expect(clashes, contract).toEqual([]);
    }
  });

  it('asks the three parts of the test with prompts and an example each', () => {
    for (const part of Object.values(LIA)) {
      expect(part.prompts.length).toBeGreaterThanOrEqual(3);
      expect(part.example.length).toBeGreaterThan(80);
    }
  });

  it('uses straight apostrophes, so "Don\'t collect it" can be searched as typed', () => {
    expect(ADVICE['no-use'].text).toMatch(/^Don't collect it/);
    for (const text of [...checklistQuestions(), ...Object.values(ADVICE).map((a) => a.text)]) expect(text).not.toMatch(/[‘’“”]/);
  });
});
