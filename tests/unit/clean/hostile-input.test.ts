/**
 * Regressions from an adversarial run of `coldkit clean` (issue #17): inputs that lost or
 * corrupted rows, or crashed the run. Each test is named after what it protects; the CLI's own
 * cases (exit codes, signals, messages) are in tests/unit/cli.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/clean/input-error.ts';
import { countryCodeFromDomain } from '../../../src/lib/email/columns.ts';
import { concat, singleByte, utf8 } from '../csv/byte-fixtures.ts';
import { CONSENT_COUNTRIES, clean, english, englishNotes, linesOf } from './fixtures.ts';

describe('no row is lost, on any input', () => {
  it('a line holding only "" is a row whose email is missing, not a blank line', async () => {
    const { summary, cleaned, report } = await clean('Email,Name\r\n""\r\na@x.com,Ann\r\n\r\n"",\r\n');
    expect(summary.input.rows).toBe(3);
    expect(summary.removed.missing).toBe(2);
    expect(linesOf(cleaned)).toEqual(['Email,Name', 'a@x.com,Ann']);
    expect(linesOf(report)).toEqual(['row,reason,detail,Email,Name', '1,missing,the email cell is empty,', '3,missing,the email cell is empty,,']);
  });
});

describe('no crash on a real global list', () => {
  it('every two-letter country-code domain in one list fits the domain facts', async () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const rows = ['Email'];
    for (const a of letters) for (const b of letters) rows.push(`p@x.${a}${b}`);
    const { summary } = await clean(`${rows.join('\n')}\n`);
    expect(summary.input.rows).toBe(26 * 26);
    expect(summary.kept).toBe(26 * 26);
  });

  it('the country of each domain survives the cache that holds them all', async () => {
    // Consent-required countries among 676 TLDs are still found as such (their codes are not mixed up).
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const rows = ['Email'];
    for (const a of letters) for (const b of letters) rows.push(`p@x.${a}${b}`);
    rows.push('q@y.de', 'q@y.pl');
    const { summary } = await clean(`${rows.join('\n')}\n`, { options: { remove: { consentCountry: true } } });
    const consent = new Set(CONSENT_COUNTRIES);
    const expected = rows.slice(1).filter((email) => consent.has(countryCodeFromDomain(email.slice(email.indexOf('@') + 1)) ?? '')).length;
    expect(expected).toBeGreaterThan(5);
    expect(summary.removed.consentCountry).toBe(expected);
  });
});

describe('error messages quote what they must, capped and on one line', () => {
  it('regression: a 10 KB garbled header was printed whole in the "no email column" message', async () => {
    const header = Array.from({ length: 400 }, (_, i) => `Field\n${i} ${'x'.repeat(20)}`);
    const leads = `${header.map((h) => `"${h}"`).join(',')}\r\n${header.map(() => 'value').join(',')}\r\n`;
    const error = await clean(leads).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const message = english(error);
    expect(message).not.toContain('\n');
    expect(message.length).toBeLessThan(1000);
    expect(message).toContain('Field\\n0 xxxxxxxxxxxxxxxxxxxx, ');
    expect(message).toContain(' and 388 more)');
  });

  it('a header cell holding an address is quoted escaped and capped', async () => {
    const error = await clean(`\u202EAnn ${'x'.repeat(300)} <a@x.com>,b\r\nc@x.com,d\r\n`).catch((e: unknown) => e);
    const message = english(error);
    expect(message).toMatch(/^The first row of "leads\.csv" holds an email address \(\\u202eAnn x{74}…\), not column names\./);
  });

  it.each([
    ['a column name', { emailColumn: 'Mail\r\n'.repeat(50) }, /^There is no column named "(Mail\\r\\n){13}M…"\. The columns are: Email, Name\.$/],
  ])('--email-column: %s is quoted escaped and capped', async (_name, overrides, pattern) => {
    const error = await clean('Email,Name\r\na@x.com,Ann\r\n', { overrides }).catch((e: unknown) => e);
    expect(english(error)).toMatch(pattern);
  });
});

describe('suppression cells holding several addresses', () => {
  it.each([
    ['a comma-separated list in one quoted cell', '"a@x.com, f@y.com"'],
    ['a semicolon-separated list', 'a@x.com; f@y.com'],
    ['names with addresses in angle brackets', '"Ann <a@x.com>, Fay <f@y.com>"'],
    ['one address per line in one cell', '"a@x.com\nf@y.com"'],
  ])('regression: %s suppressed none or only the last one', async (_name, cell) => {
    const { summary, report } = await clean('Email\r\na@x.com\r\nf@y.com\r\nk@z.com\r\n', { suppress: [`Email\n${cell}\n`] });
    expect(summary.removed.suppressed).toBe(2);
    expect(summary.suppression).toEqual({ emails: 2, domains: 0, hashes: 0, ignored: 1 });
    expect(linesOf(report).slice(1)).toEqual(['1,suppressed,email a@x.com,a@x.com', '2,suppressed,email f@y.com,f@y.com']);
  });

  it('a display name with a comma in quotes is still one address', async () => {
    const { summary } = await clean('Email\r\njane@acme.com\r\n', { suppress: ['"""Doe, Jane"" <jane@acme.com>"\n'] });
    expect(summary.suppression).toEqual({ emails: 1, domains: 0, hashes: 0, ignored: 0 });
    expect(summary.removed.suppressed).toBe(1);
  });

  it('domains and hashes listed in one cell count one entry each', async () => {
    const { summary } = await clean('Email\r\na@x.com\r\n', { suppress: ['"blocked.example; other.example, *.third.example"\nnote with words\n'] });
    expect(summary.suppression).toEqual({ emails: 0, domains: 3, hashes: 0, ignored: 1 });
  });
});

describe('the header row, however few of its cells are named', () => {
  it('regression: "Email,Name,,,," over rows of six cells lost the header and the first data row', async () => {
    const leads = 'Email,Name,,,,\na@x.com,Ann,1,2,3,4\nb@x.com,Bob,1,2,3,4\nc@x.com,Cy,1,2,3,4\n';
    const { summary, cleaned, inspection } = await clean(leads);
    expect(inspection.headerRow).toBe(0);
    expect(summary.input.rows).toBe(3);
    expect(summary.kept).toBe(3);
    expect(linesOf(cleaned)).toEqual(['Email,Name,,,,', 'a@x.com,Ann,1,2,3,4', 'b@x.com,Bob,1,2,3,4', 'c@x.com,Cy,1,2,3,4']);
  });

  it('regression: "Email" over rows of three cells was refused as a list without a header', async () => {
    const { summary, inspection } = await clean('Email\na@x.com,1,2\nb@x.com,1,2\n');
    expect([inspection.headerRow, inspection.emailColumn]).toEqual([0, 0]);
    expect(summary.kept).toBe(2);
  });

  it('a narrow header that names no email column is the line above the first row holding an address', async () => {
    const { summary, inspection } = await clean('Contact,Name,,,,\na@x.com,Ann,1,2,3,4\nb@x.com,Bob,1,2,3,4\nc@x.com,Cy,1,2,3,4\n');
    expect(inspection.headerRow).toBe(0);
    expect(summary.kept).toBe(3);
  });

  it('lines skipped above the header are counted in the summary and listed in the report', async () => {
    const leads = 'Exported by Acme CRM\r\nQ3 list, do not share\r\n\r\nEmail;Name;;;\r\na@x.com;Ann;1;2;3\r\nb@x.com;Bob;1;2;3\r\n';
    const { summary, report } = await clean(leads);
    expect([summary.input.rows, summary.input.skipped, summary.kept]).toEqual([2, 2, 2]);
    expect(linesOf(report)).toEqual([
      'row;reason;detail;Email;Name;;;',
      ';skipped;line 1: above the header row;Exported by Acme CRM',
      ';skipped;line 2: above the header row;Q3 list, do not share',
    ]);
  });

  it('regression: a header row longer than 256 KB made a valid file unusable', async () => {
    const fields = Array.from({ length: 30_000 }, (_, i) => `Custom field ${i}`);
    const leads = `Email,${fields.join(',')}\r\na@x.com,${fields.map(() => 'v').join(',')}\r\nb@x.com,${fields.map(() => 'w').join(',')}\r\n`;
    expect(leads.indexOf('\r\n')).toBeGreaterThan(256 * 1024);
    const { summary, cleaned, inspection } = await clean(leads, { chunkSize: 64 * 1024 });
    expect([inspection.headerRow, inspection.emailColumn, inspection.header.length]).toEqual([0, 0, 30_001]);
    expect(summary.kept).toBe(2);
    expect(cleaned).toBe(`\uFEFF${leads}`);
  });
});

describe('the encoding is decided by the whole file, and no byte is written as U+FFFD', () => {
  /** About 300 KB of plain ASCII rows: more than the detection sample. */
  const asciiRows = (n = 6000) => Array.from({ length: n }, (_, i) => `person${i}@example${i % 97}.com;Person ${i};Plain Company Ltd\r\n`).join('');

  it.each([
    ['windows-1252', 'Jürgen Müller;Straße 5 GmbH', 'jurgen@example.de'],
    ['windows-1251', 'Иван Петров;ООО Ромашка', 'ivan@example.ru'],
    ['windows-1250', 'Łukasz Żółć;Wiśniewski i Synowie', 'lukasz@example.pl'],
  ])('regression: %s text after the first 256 KB of ASCII was written as U+FFFD', async (encoding, cells, email) => {
    const tail = singleByte(`${email};${cells}\r\n`.repeat(20), encoding);
    const bytes = concat(utf8(`Email;Name;Company\r\n${asciiRows()}`), tail);
    for (const chunkSize of [64 * 1024, 1 << 20]) {
      const { summary, cleaned } = await clean(bytes, { chunkSize });
      expect(summary.input.encoding).toBe(encoding);
      expect(cleaned).not.toContain('\uFFFD');
      expect(linesOf(cleaned).at(-1)).toBe(`${email};${cells}`);
      expect(summary.input.rowsWithBadBytes).toBe(0);
      expect(englishNotes(summary)[0]).toMatch(new RegExp(`^The list holds only ASCII characters for its first \\d+ KB; the rest reads as ${encoding}, and so it was read`));
    }
  });

  it('regression: a UTF-8 file with one bad byte stayed UTF-8 nowhere: now only that row is read otherwise, and named', async () => {
    const leads = concat(
      utf8('Email;Name\r\nk@bücher.de;Käthe\r\nanna@bücher.de;Anna\r\nANNA@BÜCHER.DE;Anna again\r\n'),
      singleByte('j@x.de;J\u00fcrgen\r\n', 'windows-1252'),
      utf8('zoe@zürich.ch;Zoë\r\n'),
    );
    const { summary, cleaned, report } = await clean(leads, { suppress: ['k@bücher.de\n'] });
    expect(summary.input.encoding).toBe('utf-8');
    expect([summary.removed.suppressed, summary.removed.duplicate, summary.kept]).toEqual([1, 1, 3]);
    expect(linesOf(cleaned)).toEqual(['Email;Name', 'anna@bücher.de;Anna', 'j@x.de;Jürgen', 'zoe@zürich.ch;Zoë']);
    expect(linesOf(report).slice(1)).toEqual(['1;suppressed;email k@xn--bcher-kva.de;k@bücher.de;Käthe', '3;duplicate;duplicate of row 2;ANNA@BÜCHER.DE;Anna again']);
    expect(summary.input.rowsWithBadBytes).toBe(1);
    expect(englishNotes(summary)).toEqual(['Row 4 holds bytes that are not valid utf-8: they were read as windows-1252 characters, where they most likely come from. Check it.']);
  });

  it('names many rows with bad bytes by their first ten and their number', async () => {
    const bad = singleByte('x@y.de;Müller\r\n', 'windows-1252');
    const leads = concat(utf8('Email;Name\r\nz@y.de;Zoë Bücher\r\n'), ...Array.from({ length: 12 }, () => bad));
    const { summary } = await clean(leads);
    expect(englishNotes(summary)[0]).toBe('Rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 … (12 in all) hold bytes that are not valid utf-8: they were read as windows-1252 characters, where they most likely come from. Check them.');
  });

  it.each([
    ['windows-1250', 'Antonín Dvořák;Plzeň'],
    ['iso-8859-2', 'Łukasz Żółć;Gdańsk'],
    ['koi8-r', 'Иванов Иван Иванович;Санкт-Петербург'],
    ['windows-1256', 'محمد عبد الله;شركة الأمل'],
  ])('regression: a %s export was read as windows-1251 or -1252', async (encoding, cells) => {
    const bytes = singleByte(`Email;Name;City\r\na@x.example;${cells}\r\nb@x.example;${cells}\r\n`, encoding);
    const { cleaned, summary } = await clean(bytes);
    expect(new TextDecoder(summary.input.encoding).decode(bytes)).toBe(new TextDecoder(encoding).decode(bytes));
    expect(linesOf(cleaned)[1]).toBe(`a@x.example;${cells}`);
  });

  it('a list whose later part is in another script stops with a message that names both', async () => {
    const west = singleByte(`Email;Name\r\n${'jurgen@x.de;Jürgen Müller, Köln\r\n'.repeat(9000)}`, 'windows-1252');
    const east = singleByte('ivan@x.ru;Иванов Иван Иванович, ООО Ромашка, Санкт-Петербург\r\n'.repeat(2000), 'windows-1251');
    const error = await clean(concat(west, east)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(english(error)).toMatch(/^"leads\.csv" changes encoding: its rows up to row \d+ read as windows-1252, the rows after that as windows-1251\./);
  });

  it('a suppression file whose first 256 KB are ASCII is read in the encoding of the rest', async () => {
    const suppression = concat(utf8(`${Array.from({ length: 12_000 }, (_, i) => `nobody${i}@example.com`).join('\n')}\n`), singleByte('juergen@bücher.de\nmüller.de\n', 'windows-1252'));
    expect(suppression.length).toBeGreaterThan(256 * 1024);
    const { summary } = await clean('Email\r\njuergen@bücher.de\r\nanna@müller.de\r\nkept@x.de\r\n', { suppress: [suppression] });
    expect([summary.removed.suppressed, summary.kept]).toEqual([2, 1]);
  });

  it('a suppression file with stray bytes: their lines are named', async () => {
    const suppression = concat(utf8('Email\nzoe@zürich.ch\nanna@bücher.de\n'), singleByte('mueller@müller.de\n', 'windows-1252'));
    const { summary } = await clean('Email\r\nmueller@müller.de\r\nzoe@zürich.ch\r\n', { suppress: [suppression] });
    expect(summary.removed.suppressed).toBe(2);
    expect(englishNotes(summary)).toEqual(['The suppression file "suppress-1.csv": Line 4 holds bytes that are not valid utf-8; they were read as characters of the Windows code page they most likely are.']);
  });
});
