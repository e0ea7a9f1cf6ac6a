import { describe, expect, it } from 'vitest';
import { categoryLabel, categoryOfHeader } from '../../../src/lib/notice/data-categories';
import { LANGUAGE_CODES } from '../../../src/lib/notice/languages';

describe('column headers name data categories (so letters never show "Betroffene Daten: Name, Email")', () => {
  it.each([
    ['First Name', 'name'],
    ['Last Name', 'name'],
    ['Vorname', 'name'],
    ['Prénom', 'name'],
    ['Imię i nazwisko', 'name'],
    ['Email', 'workEmail'],
    ['E-Mail-Adresse', 'workEmail'],
    ['Adresse e-mail', 'workEmail'],
    ['Correo electrónico', 'workEmail'],
    ['e-postadress', 'workEmail'],
    ['Company Name', 'company'],
    ['Société', 'company'],
    ['Unternehmen', 'company'],
    ['Job Title', 'jobTitle'],
    ['Position', 'jobTitle'],
    ['Stanowisko', 'jobTitle'],
    ['Phone', 'phone'],
    ['Téléphone', 'phone'],
    ['LinkedIn URL', 'linkedin'],
    ['linkedinUrl', 'linkedin'],
    ['City', 'location'],
    ['Land', 'location'],
    ['País', 'location'],
  ] as const)('"%s" is %s', (header, category) => {
    expect(categoryOfHeader(header)).toBe(category);
  });

  it.each(['Lead score', 'Notes', '', '  ', 'icebreaker'])('"%s" names no category', (header) => {
    expect(categoryOfHeader(header)).toBeNull();
  });

  it.each(LANGUAGE_CODES)('%s: each category has a label from the template, never the header', (code) => {
    expect(categoryLabel('workEmail', code)).not.toBe('Email');
    for (const key of ['name', 'workEmail', 'jobTitle', 'company', 'phone', 'linkedin', 'location'] as const) expect(categoryLabel(key, code).length).toBeGreaterThan(1);
  });

  it('a German letter says "Name, geschäftliche E-Mail-Adresse" for the headers "Name, Email"', () => {
    expect(['Name', 'Email'].map((h) => categoryLabel(categoryOfHeader(h)!, 'de')).join(', ')).toBe('Name, geschäftliche E-Mail-Adresse');
  });
});
