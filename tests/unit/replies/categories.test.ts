import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, categoryNames, categoryOf } from '../../../src/lib/replies/categories';
import { languageTexts } from '../../../src/lib/replies/language-files';

describe('categories of data in the letter’s language', () => {
  it.each([
    ['Email', 'email'],
    ['E-Mail-Adresse', 'email'],
    ['e-mail address', 'email'],
    ['Courriel', 'email'],
    ['First Name', 'name'],
    ['Nachname', 'name'],
    ['Prénom', 'name'],
    ['Nazwisko', 'name'],
    ['Фамилия', 'name'],
    ['Job Title', 'jobTitle'],
    ['Stanowisko', 'jobTitle'],
    ['Company Name', 'company'],
    ['LinkedIn URL', 'profile'],
    ['Country', 'location'],
  ] as const)('"%s" is %s', (label, id) => {
    expect(categoryOf(label)).toBe(id);
  });

  it('leaves a column it does not know as the user named it', () => {
    expect(categoryOf('Lead score')).toBeNull();
    expect(categoryNames(['Lead score'], languageTexts()[1]!.reply.categories)).toEqual(['Lead score']);
  });

  it('names a category once, however many columns it covers', () => {
    const de = languageTexts().find((p) => p.code === 'de')!.reply.categories;
    expect(categoryNames(['First name', 'Last name', 'Email', 'Company'], de)).toEqual(['Name', 'E-Mail-Adresse', 'Unternehmen']);
  });

  it('every language names every category', () => {
    for (const pack of languageTexts()) for (const id of CATEGORY_IDS) expect(pack.reply.categories[id].length, `${pack.code} ${id}`).toBeGreaterThan(1);
  });
});
