import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv/parse.ts';
import { detectHeaderRow, sniffDelimiter } from '../../../src/lib/csv/sniff.ts';

describe('delimiter: the obvious cases', () => {
  it.each([
    ['comma', 'email,name,company\na@b.de,Anna,Acme\nc@d.fr,Céline,Foo\n', ','],
    ['semicolon (Excel in decimal-comma locales)', 'email;name;company\na@b.de;Anna;Acme\n', ';'],
    ['tab (Excel "Unicode Text")', 'email\tname\tcompany\na@b.de\tAnna\tAcme\n', '\t'],
    ['pipe', 'email|name|company\na@b.de|Anna|Acme\n', '|'],
    ['CRLF, no final line break', 'email;name\r\na@b.de;Anna', ';'],
    ['header only', 'email;name;company', ';'],
  ])('%s', (_name, text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});

describe('delimiter: decimal commas and other decoys', () => {
  it.each([
    ['decimal commas in a ; file', 'Name;Umsatz;Email\nMüller;12,5;a@b.de\nSchmidt;3,75;c@d.de\nWeber;100;e@f.de\n'],
    ['decimal comma on every row', 'Name;Umsatz;Email\nMüller;12,5;a@b.de\nSchmidt;3,75;c@d.de\n'],
    ['thousands dots and decimal commas', 'Firma;Umsatz\nAcme;1.234,56\nFoo;7.000.000,00\nBar;12\n'],
    // Papa Parse falls back to "," here (research §2): the trailing empty row lowers its average.
    ['regression: two columns, decimal commas, trailing newline', 'Name;Wert\nA;1,5\nB;2,25\nC;3,0\n'],
    ['commas in the header only (Papa Parse #600)', 'Name, Vorname;Email\nMüller;a@b.de\nWeber;c@d.de\n'],
    ['quoted commas in every row', 'name;address\n"Anna";"Hauptstr. 1, Berlin"\n"Bob";"Rue 2, Paris"\n'],
  ])('%s → ;', (_name, text) => {
    expect(sniffDelimiter(text)).toBe(';');
  });

  it.each([
    ['quoted semicolons and tabs do not count', 'email,tags\na@b.c,"x;y;z"\nd@e.f,"p\tq"\n', ','],
    ['a quoted cell spanning lines', 'email,note\na@b.c,"line 1;\nline 2;"\nd@e.f,x\n', ','],
    ['tab file with commas in names', 'name\temail\nDoe, John\tj@d.com\nRoe, Jane\tr@d.com\n', '\t'],
    ['a title line before the table', 'Export from HubSpot 2026-01-01\nemail;name\na@b.c;A\nd@e.f;D\n', ';'],
    ['blank lines do not count', '\n\nemail|name\n\na@b.c|A\n', '|'],
  ])('%s', (_name, text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});

describe('delimiter: ties and degenerate input', () => {
  it.each([
    ['one column', 'email\na@b.c\nd@e.f\n', ','],
    ['empty', '', ','],
    [', and ; equally consistent, same width → ,', 'a,b;c\nd,e;f\n', ','],
    ['; and tab tie → ;', 'a;b\tc\nd;e\tf\n', ';'],
    ['tab and | tie → tab', 'a|b\tc\nd|e\tf\n', '\t'],
    ['equally consistent, more fields wins', 'a,b;c;d\ne,f;g;h\n', ';'],
  ])('%s', (_name, text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });

  it('looks only at the start: a long file is sniffed in constant time', () => {
    const text = 'a;b\n' + '1;2\n'.repeat(50) + 'x,y,z,w\n'.repeat(200_000);
    expect(sniffDelimiter(text)).toBe(';');
  });
});

describe('header row', () => {
  it.each([
    ['header on the first row', 'email,name\na@b.c,A\n', 0],
    ['leading blank lines', '\n\nemail,name\na@b.c,A\n', 2],
    ['a title line (one cell)', 'Export from HubSpot 2026-01-01\nemail,name,company\na,b,c\nd,e,f\n', 1],
    ['a title line padded with empty cells', 'Export from HubSpot 2026-01-01,,\nemail,name,company\na,b,c\n', 1],
    ['title, blank line, header', 'Leads Q1\n\nemail,name,company\na,b,c\nd,e,f\n', 2],
    ['two title lines', 'Acme CRM\nExported 2026-01-01\nemail,name,company,phone\na,b,c,d\ne,f,g,h\n', 2],
    ['title line followed only by a header', 'Report\nemail,name,company\n', 1],
    ['sparse data rows do not hide the header', 'email,name,company,phone,city\na@b.c,,,,\nd@e.f,D,,,\n', 0],
    ['one-column file', 'email\na@b.c\nd@e.f\n', 0],
    ['one-column file after blank lines', '\n\nemail\na@b.c\n', 2],
  ])('%s → %i', (_name, text, index) => {
    expect(detectHeaderRow(parseCsv(text, { delimiter: ',' }))).toBe(index);
  });

  it.each([
    ['no rows', []],
    ['only blank rows', [[''], ['', '']]],
  ])('%s → 0', (_name, rows) => {
    expect(detectHeaderRow(rows)).toBe(0);
  });
});
