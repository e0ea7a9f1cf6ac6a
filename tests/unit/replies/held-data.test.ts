import { describe, expect, it } from 'vitest';
import { categoriesOf, parseHeldData } from '../../../src/lib/replies/held-data';

describe('what you hold about them', () => {
  it.each([
    ['comma', 'First Name,Last Name,Email\nJonas,Berg,jonas@acme.example'],
    ['semicolon (European Excel)', 'First Name;Last Name;Email\r\nJonas;Berg;jonas@acme.example\r\n'],
    ['tab (pasted from a spreadsheet)', 'First Name\tLast Name\tEmail\nJonas\tBerg\tjonas@acme.example'],
  ])('reads the CSV header and row: %s', (_name, text) => {
    expect(parseHeldData(text)).toEqual([
      { label: 'First Name', value: 'Jonas' },
      { label: 'Last Name', value: 'Berg' },
      { label: 'Email', value: 'jonas@acme.example' },
    ]);
  });

  it('skips empty cells and keeps quoted commas', () => {
    expect(parseHeldData('Name,Phone,Company\n"Berg, Jonas",,"Acme, Inc."')).toEqual([
      { label: 'Name', value: 'Berg, Jonas' },
      { label: 'Company', value: 'Acme, Inc.' },
    ]);
  });

  it('reads "Label: value" lines, and values alone', () => {
    expect(parseHeldData('Name: Jonas Berg\nEmail: jonas@acme.example\nEmails sent: 2 (4 and 11 March)\nhttps://linkedin.com/in/jonas\nPhone:\n')).toEqual([
      { label: 'Name', value: 'Jonas Berg' },
      { label: 'Email', value: 'jonas@acme.example' },
      { label: 'Emails sent', value: '2 (4 and 11 March)' },
      { label: '', value: 'https://linkedin.com/in/jonas' },
    ]);
  });

  it('treats one line of commas as a value, not a header without a row', () => {
    expect(parseHeldData('Jonas, Head of IT, Acme')).toEqual([{ label: '', value: 'Jonas, Head of IT, Acme' }]);
  });

  it('is empty for blank text', () => {
    expect(parseHeldData(' \n\n ')).toEqual([]);
  });

  it('gives the categories for Art. 15(1)(b): the distinct labels', () => {
    expect(categoriesOf(parseHeldData('Email: a@b.example\nEmail: c@b.example\nCompany: Acme\nnote'))).toEqual(['Email', 'Company']);
  });
});
