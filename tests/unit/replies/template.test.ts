import { describe, expect, it } from 'vitest';
import { fill, fillLine, fillParagraph, placeholdersIn } from '../../../src/lib/replies/template';

describe('filling templates', () => {
  it('replaces placeholders with their values', () => {
    expect(fill('From {source} on {sourceDate}.', { source: 'acme.example', sourceDate: '3 March 2026' })).toBe('From acme.example on 3 March 2026.');
  });

  it('returns null when any placeholder has no value (empty, spaces only, or absent)', () => {
    expect(fill('From {source}.', {})).toBeNull();
    expect(fill('From {source}.', { source: '' })).toBeNull();
    expect(fill('From {source}.', { source: '  \n ' })).toBeNull();
  });

  it('uses the first alternative whose facts are all known, and drops the line when none is', () => {
    const line = ['From {source} on {sourceDate}.', 'From {source}.', 'Not from you.'];
    expect(fillLine(line, { source: 'a', sourceDate: 'b' })).toBe('From a on b.');
    expect(fillLine(line, { source: 'a' })).toBe('From a.');
    expect(fillLine(line, {})).toBe('Not from you.');
    expect(fillLine(['Only {source}.'], {})).toBeNull();
  });

  it('joins the kept sentences of a paragraph and drops an empty paragraph', () => {
    expect(fillParagraph(['One.', ['Two {name}.'], 'Three.'], {})).toBe('One. Three.');
    expect(fillParagraph([['Two {name}.']], {})).toBeNull();
  });

  it.each([
    ['Acme Inc.', 'By Acme Inc.'],
    ['Really?', 'By Really?'],
    ['Wow!', 'By Wow!'],
    ['Wait…', 'By Wait…'],
    ['Acme', 'By Acme.'],
  ])('a value ending a sentence (%j) swallows the template’s full stop', (value, expected) => {
    expect(fill('By {company}.', { company: value })).toBe(expected);
  });

  it('keeps a value’s full stop before other punctuation', () => {
    expect(fill('({company})', { company: 'Acme Inc.' })).toBe('(Acme Inc.)');
  });

  it('cannot be fooled by a value that contains the internal marker', () => {
    expect(fill('By {company}.', { company: 'A\u0000' })).toBe('By A.');
  });

  it('lists placeholders in order', () => {
    expect(placeholdersIn('{a} and {b}, {a}')).toEqual(['a', 'b', 'a']);
  });
});
