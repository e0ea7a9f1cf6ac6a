/**
 * A whole cleaning run over in-memory files: what it detects, what it writes, what it counts,
 * and that neither the chunking of the input nor its encoding changes the outcome.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/clean/input-error.ts';
import { REMOVAL_REASONS, type CleanSummary } from '../../../src/lib/clean/options.ts';
import { SAMPLE_BYTES, cleanList, inspectLeads, readSample } from '../../../src/lib/clean/run.ts';
import { formatCsvRow } from '../../../src/lib/csv/write.ts';
import { POOLED_BYTES, release } from '../../../src/lib/bytes/buffers.ts';
import { concat, singleByte, utf16, utf8 } from '../csv/byte-fixtures.ts';
import { CONSENT_COUNTRIES, COUNTRY_LOOKUP, DISPOSABLE, clean, collectingSink, english, englishNotes, linesOf, memorySource } from './fixtures.ts';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Only the non-zero counts of a summary group, so expectations name what matters. */
function nonZero(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

/** Sum of the removal counts. */
function removedTotal(summary: CleanSummary): number {
  return Object.values(summary.removed).reduce((a, b) => a + b, 0);
}

/** A lead list that exercises every reason, quoting, a multi-line cell and non-ASCII text. */
const EVERYTHING = [
  'First Name;Email;Company;Country;Unsubscribed;Note',
  'Anna;anna.schmidt@acme-gmbh.de;Acme GmbH;Germany;;Grüße 😀',
  'Bob;"Bob Martin <BOB@martin.fr>";Martin SARL;France;;"Met at ""Expo"", Paris"',
  'Cara;c.ara.jones+crm@gmail.com;Self;United Kingdom;;',
  'Dan;carajones@googlemail.com;Self;United Kingdom;;',
  'Eve;;Nowhere Ltd;Ireland;;',
  'Fay;fay@@broken;Broken Ltd;Ireland;;',
  'Gus;gus@mailinator.com;Temp Co;Spain;;',
  'Hal;hal@blocked.example;Blocked Inc;Italy;;',
  'Ivy;ivy@eu.blocked.example;Blocked Inc;Italy;;',
  'Jo;jo@optout.example;Out Ltd;Sweden;yes;',
  'Jo;JO@optout.example ;Out Ltd;Sweden;;',
  'Kim;kim@formula.example;=HYPERLINK("http://x");Finland;;',
  'Lee;info@lee.example;Lee Inc;Portugal;;',
  'Mo;mo@hashed.example;Hash Co;Belgium;;',
  '',
  'Oli;oli@multi.example;"Multi',
  'Line Co";Poland;;',
  'Pia;mailto:pia@mailto.example?subject=Hi;Mailto Co;Norway;;',
  '',
].join('\r\n');
const EVERYTHING_SUPPRESSION = ['Email address', 'blocked.example', sha256('mo@hashed.example'), 'someone@else.example', 'not an entry', ''].join('\n');

describe('the summary: the contract shape, every key always present', () => {
  it('has exactly the contract keys, in the contract order, even when every count is zero', async () => {
    const { summary } = await clean('Email\r\n');
    expect(summary).toEqual({
      input: { rows: 0, skipped: 0, rowsWithBadBytes: 0, encoding: 'utf-8', delimiter: ',', emailColumn: 'Email' },
      kept: 0,
      removed: { missing: 0, invalid: 0, optedOut: 0, suppressed: 0, duplicate: 0, disposable: 0, role: 0, free: 0, consentCountry: 0 },
      flagged: { disposable: 0, role: 0, free: 0, consentCountry: 0, formula: 0 },
      suppression: { emails: 0, domains: 0, hashes: 0, ignored: 0 },
      notes: [],
    });
    expect(Object.keys(summary)).toEqual(['input', 'kept', 'removed', 'flagged', 'suppression', 'notes']);
    expect(Object.keys(summary.input)).toEqual(['rows', 'skipped', 'rowsWithBadBytes', 'encoding', 'delimiter', 'emailColumn']);
    expect(Object.keys(summary.removed)).toEqual([...REMOVAL_REASONS]);
    expect(Object.keys(summary.flagged)).toEqual(['disposable', 'role', 'free', 'consentCountry', 'formula']);
    expect(Object.keys(summary.suppression)).toEqual(['emails', 'domains', 'hashes', 'ignored']);
  });

  it('counts every reason of the reference list, and kept + removed = rows', async () => {
    const { summary } = await clean(EVERYTHING, { suppress: [EVERYTHING_SUPPRESSION] });
    expect(summary.input).toEqual({ rows: 16, skipped: 0, rowsWithBadBytes: 0, encoding: 'utf-8', delimiter: ';', emailColumn: 'Email' });
    expect(summary.kept).toBe(7);
    expect(nonZero(summary.removed)).toEqual({ missing: 1, invalid: 1, optedOut: 2, suppressed: 3, duplicate: 1, disposable: 1 });
    // consentCountry: Anna (Germany), Oli (Poland), Pia (Norway); Kim's Finland and Lee's Portugal are not consent-required.
    expect(nonZero(summary.flagged)).toEqual({ role: 1, free: 1, consentCountry: 3, formula: 1 });
    expect(summary.suppression).toEqual({ emails: 1, domains: 1, hashes: 1, ignored: 2 });
    expect(summary.kept + removedTotal(summary)).toBe(summary.input.rows);
  });

  it('serialises to one line of JSON that parses back to itself', async () => {
    const { summary } = await clean(EVERYTHING);
    const json = JSON.stringify(summary);
    expect(json).not.toContain('\n');
    expect(JSON.parse(json)).toEqual(summary);
  });
});

describe('the removal report: row, reason, detail, then the original columns', () => {
  it('lists every removed row with its 1-based data row number and the contract details', async () => {
    const { report } = await clean(EVERYTHING, { suppress: [EVERYTHING_SUPPRESSION] });
    expect(linesOf(report)).toEqual([
      'row;reason;detail;First Name;Email;Company;Country;Unsubscribed;Note',
      '4;duplicate;duplicate of row 3;Dan;carajones@googlemail.com;Self;United Kingdom;;',
      '5;missing;the email cell is empty;Eve;;Nowhere Ltd;Ireland;;',
      '6;invalid;not a valid address: fay@@broken;Fay;fay@@broken;Broken Ltd;Ireland;;',
      '7;disposable;disposable domain mailinator.com;Gus;gus@mailinator.com;Temp Co;Spain;;',
      '8;suppressed;domain blocked.example;Hal;hal@blocked.example;Blocked Inc;Italy;;',
      '9;suppressed;domain blocked.example;Ivy;ivy@eu.blocked.example;Blocked Inc;Italy;;',
      '10;optedOut;opted out at row 10;Jo;jo@optout.example;Out Ltd;Sweden;yes;',
      '11;optedOut;opted out at row 10;Jo;JO@optout.example ;Out Ltd;Sweden;;',
      '14;suppressed;sha256 hash;Mo;mo@hashed.example;Hash Co;Belgium;;',
    ]);
  });

  it('protects formula-like cells of removed rows, header included, whatever the option', async () => {
    const leads = 'Email,=Note\r\n=HYPERLINK(),=1+1\r\njane@acme.com,-5\r\njane@acme.com,@SUM(A1)\r\n';
    const { report } = await clean(leads, { options: { protectFormulas: false } });
    expect(linesOf(report)).toEqual([
      "row,reason,detail,Email,'=Note",
      "1,invalid,not a valid address: =HYPERLINK(),'=HYPERLINK(),'=1+1",
      "3,duplicate,duplicate of row 2,jane@acme.com,'@SUM(A1)",
    ]);
  });

  it('holds only its header when nothing is removed', async () => {
    const { report } = await clean('Email;Name\r\njane@acme.com;Jane\r\n');
    expect(report).toBe('\uFEFFrow;reason;detail;Email;Name\r\n');
  });
});

describe('the cleaned list: original header, columns, values and order', () => {
  const LEADS = [
    'Email;Name;Note',
    'jane@acme.com;"Doe, Jane";"say ""hi"""',
    'bob@acme.com;"Bob";"a;b"',
    'JANE@acme.com;Dup;',
    'cara@acme.com;  Cara  ;"two',
    'lines"',
    'dan@acme.com;\uFEFFDan;ragged;extra',
  ].join('\n');

  it('is UTF-8 with a BOM, CRLF, the input delimiter and quotes only where needed, byte for byte', async () => {
    const { cleaned, report } = await clean(LEADS);
    const expected = concat(
      Uint8Array.of(0xef, 0xbb, 0xbf),
      utf8(
        'Email;Name;Note\r\n' +
          'jane@acme.com;Doe, Jane;"say ""hi"""\r\n' +
          'bob@acme.com;Bob;"a;b"\r\n' +
          'cara@acme.com;  Cara  ;"two\nlines"\r\n' +
          'dan@acme.com;"\uFEFFDan";ragged;extra\r\n',
      ),
    );
    expect(utf8(cleaned)).toEqual(expected);
    expect(utf8(report)).toEqual(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('row;reason;detail;Email;Name;Note\r\n3;duplicate;duplicate of row 1;JANE@acme.com;Dup;\r\n')));
  });

  it('bom: false writes both files without a byte order mark', async () => {
    const { cleaned, report } = await clean(LEADS, { options: { bom: false } });
    expect(cleaned.startsWith('Email;Name;Note\r\n')).toBe(true);
    expect(report.startsWith('row;reason;detail;Email;Name;Note\r\n')).toBe(true);
  });

  it('an input BOM is not doubled', async () => {
    const { cleaned } = await clean(utf8('Email\r\njane@acme.com\r\n', true));
    expect(cleaned).toBe('\uFEFFEmail\r\njane@acme.com\r\n');
  });

  it.each([
    [false, 'jane@acme.com,=1+1,-5,+49 30 1234,@SUM(A1),  =x,plain'],
    [true, "jane@acme.com,'=1+1,'-5,'+49 30 1234,'@SUM(A1),'  =x,plain"],
  ])('protectFormulas %s', async (protectFormulas, row) => {
    const { cleaned, summary } = await clean('Email,A,B,C,D,E,F\r\njane@acme.com,=1+1,-5,+49 30 1234,@SUM(A1),  =x,plain\r\n', { options: { protectFormulas } });
    expect(linesOf(cleaned)[1]).toBe(row);
    expect(summary.flagged.formula).toBe(5);
  });

  it('regression: protectFormulas left a formula-like header cell of the cleaned list unprotected', async () => {
    const leads = 'Email,=HYPERLINK("http://x")\r\njane@acme.com,ok\r\n';
    expect(linesOf((await clean(leads, { options: { protectFormulas: true } })).cleaned)[0]).toBe(`Email,"'=HYPERLINK(""http://x"")"`);
    expect(linesOf((await clean(leads, { options: { protectFormulas: false } })).cleaned)[0]).toBe('Email,"=HYPERLINK(""http://x"")"');
  });

  it.each([
    [',', 'Email,Name\r\njane@acme.com,"Doe, Jane"\r\n'],
    [';', 'Email;Name\r\njane@acme.com;Doe, Jane\r\n'],
    ['\t', 'Email\tName\r\njane@acme.com\tDoe, Jane\r\n'],
    ['|', 'Email|Name\r\njane@acme.com|Doe, Jane\r\n'],
  ])('keeps the input delimiter %j', async (delimiter, expected) => {
    const { cleaned, summary } = await clean(`Email${delimiter}Name\njane@acme.com${delimiter}"Doe, Jane"\n`);
    expect(summary.input.delimiter).toBe(delimiter);
    expect(cleaned).toBe(`\uFEFF${expected}`);
  });
});

describe('title lines above the header and blank lines are not rows; titles are counted and reported', () => {
  const LEADS = [
    'Export from HubSpot 2026-01-01,,',
    '',
    'Email,Name,Company',
    '',
    'jane@acme.com,Jane,Acme',
    '',
    '',
    'JANE@acme.com,Jane again,Acme',
    ',,',
    'bob@acme.com,Bob,Acme',
    '',
  ].join('\r\n');

  it('numbers data rows from the first row under the header, skipping blank lines', async () => {
    const { summary, cleaned, report, inspection } = await clean(LEADS);
    expect(inspection.headerRow).toBe(2);
    expect(summary.input.rows).toBe(4);
    expect(linesOf(cleaned)).toEqual(['Email,Name,Company', 'jane@acme.com,Jane,Acme', 'bob@acme.com,Bob,Acme']);
    // A row of only delimiters is not a blank line: it is a data row with an empty email cell.
    expect(summary.input.skipped).toBe(1);
    expect(linesOf(report)).toEqual([
      'row,reason,detail,Email,Name,Company',
      ',skipped,line 1: above the header row,Export from HubSpot 2026-01-01,,',
      '2,duplicate,duplicate of row 1,JANE@acme.com,Jane again,Acme',
      '3,missing,the email cell is empty,,,',
    ]);
  });

  it('the opt-out pass numbers rows the same way', async () => {
    const leads = 'My leads\n\nEmail;Name;Unsubscribed\n\njane@acme.com;A;\n\nbob@acme.com;B;\n\nJane@acme.com;C;yes\n';
    const { report } = await clean(leads);
    expect(linesOf(report).slice(1)).toEqual([';skipped;line 1: above the header row;My leads', '1;optedOut;opted out at row 3;jane@acme.com;A;', '3;optedOut;opted out at row 3;Jane@acme.com;C;yes']);
  });
});

describe('opted out: the list marks addresses itself', () => {
  const LEADS = 'Email,Name,Email Opt Out\njane@acme.com,Jane,false\nbob@acme.com,Bob,\nJ.Ane@GMAIL.com,x,\njane@acme.com,Jane 2,TRUE\njane@gmail.com,y,Yes\n';

  it('a mark on a later row removes the earlier rows of that address', async () => {
    const { report, summary } = await clean(LEADS);
    expect(summary.removed.optedOut).toBe(4);
    expect(linesOf(report).slice(1)).toEqual([
      '1,optedOut,opted out at row 4,jane@acme.com,Jane,false',
      '3,optedOut,opted out at row 5,J.Ane@GMAIL.com,x,',
      '4,optedOut,opted out at row 4,jane@acme.com,Jane 2,TRUE',
      '5,optedOut,opted out at row 5,jane@gmail.com,y,Yes',
    ]);
  });

  it('optOutColumns: [] ignores the detected columns; a list of indexes honours those instead', async () => {
    expect((await clean(LEADS, { options: { optOutColumns: [] } })).summary.removed.optedOut).toBe(0);
    expect((await clean('Email,Status2\njane@acme.com,yes\n', { options: { optOutColumns: [1] } })).summary.removed.optedOut).toBe(1);
  });

  it('the list is read once more only when it has opt-out columns', async () => {
    const withColumn = memorySource(LEADS);
    const without = memorySource('Email\njane@acme.com\n');
    for (const source of [withColumn, without]) {
      await cleanList(source, [], {
        consentCountries: [],
        countryLookup: COUNTRY_LOOKUP,
        loadDisposable: async () => DISPOSABLE,
        sink: collectingSink().sink,
      });
    }
    expect([withColumn.opens, without.opens]).toEqual([3, 2]);
  });
});

describe('canonical: Gmail dots, +tags and googlemail.com as one mailbox', () => {
  const LEADS = 'Email\njane.doe@gmail.com\nJaneDoe+news@gmail.com\njane.doe@googlemail.com\njane+x@outlook.com\njane@outlook.com\nj.doe+x@acme.com\njdoe@acme.com\n';

  it.each([
    [true, 4, 3],
    [false, 7, 0],
  ])('canonical %s: %i kept, %i duplicates', async (canonical, kept, duplicate) => {
    const { summary } = await clean(LEADS, { options: { canonical } });
    expect([summary.kept, summary.removed.duplicate]).toEqual([kept, duplicate]);
  });

  it('is on by default', async () => {
    const { report } = await clean(LEADS);
    expect(linesOf(report).slice(1)).toEqual([
      '2,duplicate,duplicate of row 1,JaneDoe+news@gmail.com',
      '3,duplicate,duplicate of row 1,jane.doe@googlemail.com',
      '5,duplicate,duplicate of row 4,jane@outlook.com',
    ]);
  });
});

describe('suppression lists', () => {
  const LEADS = 'Email\njane@acme.com\nbob@eu.sales.acme.com\ncara@notacme.com\ndan@acme.com.au\nJ.Doe+x@gmail.com\nmo@hashed.example\nkim@other.example\n';

  it('a domain covers itself and every subdomain, never a look-alike', async () => {
    const { report, summary } = await clean(LEADS, { suppress: ['*@acme.com\n'] });
    expect(linesOf(report).slice(1)).toEqual(['1,suppressed,domain acme.com,jane@acme.com', '2,suppressed,domain acme.com,bob@eu.sales.acme.com']);
    expect(summary.suppression).toEqual({ emails: 0, domains: 1, hashes: 0, ignored: 0 });
  });

  it.each([
    [true, ['5,suppressed,sha256 hash,J.Doe+x@gmail.com', '6,suppressed,md5 hash,mo@hashed.example']],
    [false, ['6,suppressed,md5 hash,mo@hashed.example']],
  ])('hashed entries, canonical %s: a hash of the canonical form matches only with it on', async (canonical, expected) => {
    const hashes = `sha256\r\n${sha256('jdoe@gmail.com')}\r\nmd5\r\n${md5('mo@hashed.example').toUpperCase()}\r\n`;
    const { report, summary } = await clean(LEADS, { suppress: [hashes], options: { canonical } });
    expect(linesOf(report).slice(1)).toEqual(expected);
    expect(summary.suppression).toEqual({ emails: 0, domains: 0, hashes: 2, ignored: 2 });
  });

  it('reads every file, in any layout and delimiter, and counts distinct entries', async () => {
    const crmExport = 'Name;Email;Reason\nKim;KIM@other.example;asked\nJane;jane@acme.com;bounced\n';
    const plain = 'kim@other.example\n\nother.example\n';
    const { summary } = await clean(LEADS, { suppress: [crmExport, plain, ''] });
    expect(summary.suppression).toEqual({ emails: 2, domains: 1, hashes: 0, ignored: 7 });
    expect(summary.removed.suppressed).toBe(2);
  });

  describe('the hashed suppression list', () => {
    const SUPPRESS = 'Email\nJane@Acme.com\njane@acme.com\n"Bob" <bob@acme.com>\nacme.org\n' + sha256('x@y.com') + '\n';

    it.each([
      ['sha256' as const, sha256],
      ['md5' as const, md5],
    ])('%s: one hash per distinct suppression address (normalised), CRLF, nothing else', async (hash, digest) => {
      const { hashed } = await clean(LEADS, { suppress: [SUPPRESS], options: { hash } });
      expect(hashed).toBe(`${digest('jane@acme.com')}\r\n${digest('bob@acme.com')}\r\n`);
    });

    it('is not written when the suppression files hold no address', async () => {
      const { hashed } = await clean(LEADS, { suppress: ['acme.org\n'] });
      expect(hashed).toBe('');
    });
  });
});

describe('optional classes: removed only when on, otherwise flagged on kept rows', () => {
  const LEADS = [
    'Email,Country',
    'info@acme.com,',
    'jane@gmail.com,',
    'jane@acme.de,',
    'bob@acme.com,Deutschland',
    'cara@acme.com,DE',
    'x@mailinator.com,',
    'info@acme.com,', // a duplicate: not flagged again
    'sales@mailinator.com,', // disposable and role
  ].join('\n');

  it('by default only disposable addresses are removed; the rest are counted as flagged', async () => {
    const { summary } = await clean(LEADS);
    expect(nonZero(summary.removed)).toEqual({ disposable: 2, duplicate: 1 });
    expect(nonZero(summary.flagged)).toEqual({ role: 1, free: 1, consentCountry: 3 });
  });

  it('keeping disposable addresses flags them, with their other classes', async () => {
    const { summary } = await clean(LEADS, { options: { remove: { disposable: false } } });
    expect(nonZero(summary.removed)).toEqual({ duplicate: 1 });
    expect(nonZero(summary.flagged)).toEqual({ disposable: 2, role: 2, free: 3, consentCountry: 3 });
  });

  it.each([
    // Both info@acme.com rows are role: the first was not kept, so the second is no duplicate.
    ['role', { role: true }, { disposable: 2, role: 2 }, { free: 1, consentCountry: 3 }],
    ['free', { free: true }, { disposable: 2, duplicate: 1, free: 1 }, { role: 1, consentCountry: 3 }],
    ['consentCountry', { consentCountry: true }, { disposable: 2, duplicate: 1, consentCountry: 3 }, { role: 1, free: 1 }],
    ['all', { role: true, free: true, consentCountry: true }, { disposable: 2, role: 2, free: 1, consentCountry: 3 }, {}],
  ])('removing %s', async (_name, remove, removed, flagged) => {
    const { summary } = await clean(LEADS, { options: { remove } });
    expect(nonZero(summary.removed)).toEqual(nonZero(removed));
    expect(nonZero(summary.flagged)).toEqual(flagged);
    expect(summary.kept + removedTotal(summary)).toBe(8);
  });

  it('names the country column it used, in any language', async () => {
    const leads = 'E-Mail;Land\nanna@acme.com;Deutschland\nbob@acme.de;Frankreich\ncara@acme.de;Atlantis\n';
    const { report, inspection } = await clean(leads, { options: { remove: { consentCountry: true } } });
    expect(inspection.countryColumn).toBe(1);
    // Bob's column says France, which wins over his .de domain; Atlantis is no country, so Cara's domain decides.
    expect(linesOf(report).slice(1)).toEqual([
      '1;consentCountry;DE requires prior consent (country column);anna@acme.com;Deutschland',
      '3;consentCountry;DE requires prior consent (.de domain);cara@acme.de;Atlantis',
    ]);
  });
});

describe('formula-like cells are counted on kept rows', () => {
  it('counts cells, not rows, and skips removed rows', async () => {
    const leads = 'Email,A,B\njane@acme.com,=1,-2\nbob@acme.com,+3,ok\njane@acme.com,=4,=5\n,=6,\n';
    const { summary } = await clean(leads);
    expect(summary.flagged.formula).toBe(3);
  });
});

describe('encodings: the whole run, end to end', () => {
  it('a windows-1251 list with ; and Cyrillic headers', async () => {
    const text = [
      'Эл. почта;Имя;Компания;Страна',
      'ivan@firma.ru;Иван Петров;ООО «Ромашка»;Россия',
      'olga@firma.com;Ольга;ГмбХ;Германия',
      'IVAN@firma.ru;Иван;ООО «Ромашка»;Россия',
      '',
    ].join('\r\n');
    const bytes = singleByte(text, 'windows-1251');
    for (const chunkSize of [1, 2, 7, 1 << 16]) {
      const { summary, cleaned, report } = await clean(bytes, { chunkSize, options: { remove: { consentCountry: true } } });
      expect(summary.input).toEqual({ rows: 3, skipped: 0, rowsWithBadBytes: 0, encoding: 'windows-1251', delimiter: ';', emailColumn: 'Эл. почта' });
      expect(cleaned).toBe('\uFEFFЭл. почта;Имя;Компания;Страна\r\nivan@firma.ru;Иван Петров;ООО «Ромашка»;Россия\r\n');
      expect(linesOf(report).slice(1)).toEqual([
        '2;consentCountry;DE requires prior consent (country column);olga@firma.com;Ольга;ГмбХ;Германия',
        '3;duplicate;duplicate of row 1;IVAN@firma.ru;Иван;ООО «Ромашка»;Россия',
      ]);
    }
  });

  it('a UTF-16LE tab-separated list (Excel "Unicode Text"), cut inside characters', async () => {
    const text = 'E-Mail-Adresse\tName\tFirma\r\nanna@acme-gmbh.de\tAnna Müller\tAcme GmbH\r\nbob@acme.com\tBob 😀\t"Tab\there"\r\nAnna@Acme-GmbH.de\tdup\t\r\n';
    const bytes = utf16(text, 'le', true);
    for (const chunkSize of [1, 3, 5, 1 << 16]) {
      const { summary, cleaned } = await clean(bytes, { chunkSize });
      expect(summary.input).toEqual({ rows: 3, skipped: 0, rowsWithBadBytes: 0, encoding: 'utf-16le', delimiter: '\t', emailColumn: 'E-Mail-Adresse' });
      expect(summary.removed.duplicate).toBe(1);
      expect(cleaned).toBe('\uFEFFE-Mail-Adresse\tName\tFirma\r\nanna@acme-gmbh.de\tAnna Müller\tAcme GmbH\r\nbob@acme.com\tBob 😀\t"Tab\there"\r\n');
    }
  });

  it('the encoding override decodes what detection would get wrong', async () => {
    // Hungarian ő and ű read as Portuguese õ and French û in windows-1252: few words to tell by.
    const bytes = singleByte('Email;Name\r\nj@x.hu;József Kővári, Győr\r\nz@x.hu;Zsófia Szűcs\r\n', 'windows-1250');
    const detected = await clean(bytes);
    expect(detected.summary.input.encoding).toBe('windows-1252');
    expect(englishNotes(detected.summary)).toEqual([
      'The list was read as windows-1252 (a guess from its letters: few of them, or they read almost as well in another code page). If names look wrong, choose the encoding ("Encoding" on the page, --encoding in the CLI) and clean it again.',
    ]);
    const { cleaned, summary } = await clean(bytes, { overrides: { encoding: 'windows-1250' } });
    expect([summary.input.encoding, summary.notes]).toEqual(['windows-1250', []]);
    expect(linesOf(cleaned)[1]).toBe('j@x.hu;József Kővári, Győr');
  });

  it('regression: Cyrillic glued to Latin letters («Ромашка» after ZAO) was read as windows-1252', async () => {
    const bytes = singleByte('Email;Company\r\nivan@firma.ru;ZAO«Ромашка»\r\n', 'windows-1251');
    const { cleaned, summary } = await clean(bytes);
    expect(summary.input.encoding).toBe('windows-1251');
    expect(linesOf(cleaned)[1]).toBe('ivan@firma.ru;ZAO«Ромашка»');
  });
});

describe('the chunking of the input never changes the result', () => {
  const bytes = utf8(EVERYTHING, true);

  it.each([1, 2, 3, 4, 5, 7, 13, 64, 1000])('chunks of %i bytes give what one chunk gives', async (chunkSize) => {
    const whole = await clean(bytes, { suppress: [EVERYTHING_SUPPRESSION], chunkSize: bytes.length });
    const cut = await clean(bytes, { suppress: [EVERYTHING_SUPPRESSION], chunkSize });
    expect(cut).toEqual(whole);
  });

  it('a list longer than the detection sample, with a character and a quoted cell across its end', async () => {
    const rows: string[][] = [['Email', 'Note']];
    let size = 'Email,Note\r\n'.length;
    while (size < SAMPLE_BYTES - 100) {
      rows.push([`p${rows.length}@acme.com`, 'plain']);
      size += formatCsvRow(rows.at(-1) ?? [], ',').length; // ASCII: characters are bytes
    }
    // Pad so the 2-byte "é" starts on the sample's last byte, inside a quoted cell with a line break.
    const pad = SAMPLE_BYTES - 1 - size - 'last@acme.com,"'.length;
    rows.push(['last@acme.com', `${'x'.repeat(pad)}é\nstill quoted`]);
    for (let j = 0; j < 50; j++) rows.push([`q${j}@acme.com`, 'plain']);
    const input = utf8(rows.map((r) => formatCsvRow(r, ',')).join(''));
    expect(input[SAMPLE_BYTES - 1]).toBe(0xc3);

    const results = await Promise.all([1 << 16, 4093, SAMPLE_BYTES].map((chunkSize) => clean(input, { chunkSize })));
    expect(results[0]?.summary.input.rows).toBe(rows.length - 1);
    expect(results[0]?.cleaned).toBe(`\uFEFF${rows.map((r) => formatCsvRow(r, ',')).join('')}`);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('reused buffers never leak what they held before into a piece or an output part', async () => {
    // A list of several full-size pieces, and a pool primed with buffers full of quotes, line
    // breaks and commas: any stale byte that reached a piece or a part would change the output.
    const junk = new TextEncoder().encode('",\r\n"x"'.repeat(POOLED_BYTES));
    for (let i = 0; i < 32; i++) {
      const buffer = new ArrayBuffer(POOLED_BYTES);
      new Uint8Array(buffer).set(junk.subarray(i, i + POOLED_BYTES));
      release(buffer);
    }
    const lines = ['Email,Name,Note'];
    const kept = [lines[0]];
    for (let i = 0; i < 40_000; i++) {
      const line = `p${i % 34_000}@acme${(i % 34_000) % 97}.com,Name ${i},${i % 3 === 0 ? '"says ""hi"", twice"' : 'plain'}`;
      lines.push(line);
      if (i < 34_000) kept.push(line);
    }
    const input = utf8(`${lines.join('\r\n')}\r\n`);
    expect(input.length).toBeGreaterThan(4 * POOLED_BYTES);
    const result = await clean(input, { chunkSize: 1 << 20 });
    expect([result.summary.kept, result.summary.removed.duplicate]).toEqual([34_000, 6_000]);
    expect(result.cleaned).toBe(`\uFEFF${kept.join('\r\n')}\r\n`);
  });
});

describe('inspectLeads: what is detected, and every override', () => {
  const LEADS = 'Exported 2026-01-01;;;\nFirst;Work Email;Country;Unsubscribed\nAnna;anna@acme.de;Germany;\n\nBob;bob@acme.com;France;yes\nC;c@x.com;;\nD;d@x.com;;\nE;e@x.com;;\nF;f@x.com;;\n';

  it('detects encoding, delimiter, header row and the columns', async () => {
    expect(await inspectLeads(memorySource(utf8(LEADS, true)))).toEqual({
      encoding: 'utf-8',
      encodingBy: 'bom',
      encodingSure: true,
      bom: true,
      delimiter: ';',
      headerRow: 1,
      header: ['First', 'Work Email', 'Country', 'Unsubscribed'],
      emailColumn: 1,
      emailColumnBy: 'header',
      optOutColumns: [3],
      countryColumn: 2,
      sampleRows: [
        ['Anna', 'anna@acme.de', 'Germany', ''],
        ['Bob', 'bob@acme.com', 'France', 'yes'],
        ['C', 'c@x.com', '', ''],
        ['D', 'd@x.com', '', ''],
        ['E', 'e@x.com', '', ''],
      ],
      estimatedRows: 6,
    });
  });

  it('estimates the number of data rows from the rows in the sample', async () => {
    const row = 'name,someone@example.com\n'; // 25 bytes
    const big = utf8(`Name,Email\n${row.repeat(40_000)}`); // 1 MB: four times the sample
    const { estimatedRows } = await inspectLeads(memorySource(big));
    expect(estimatedRows).toBeGreaterThan(39_000);
    expect(estimatedRows).toBeLessThan(41_000);
  });

  it('finds the email column by content when no header names it', async () => {
    const inspection = await inspectLeads(memorySource('Name,Contact\nJane,jane@acme.com\nBob,bob@acme.com\n'));
    expect([inspection.emailColumn, inspection.emailColumnBy]).toEqual([1, 'content']);
  });

  it('returns no email column when none looks like one', async () => {
    const inspection = await inspectLeads(memorySource('Name,Company\nJane,Acme\n'));
    expect([inspection.emailColumn, inspection.emailColumnBy]).toEqual([null, null]);
  });

  it.each([
    [{ emailColumn: 'first' }, { emailColumn: 0, emailColumnBy: 'user' }],
    [{ emailColumn: ' WORK EMAIL ' }, { emailColumn: 1, emailColumnBy: 'user' }],
    [{ emailColumn: 2 }, { emailColumn: 2, emailColumnBy: 'user' }],
    [{ headerRow: 0 }, { headerRow: 0, header: ['Exported 2026-01-01', '', '', ''], emailColumn: 1, emailColumnBy: 'content' }],
    [{ delimiter: ',' }, { delimiter: ',', headerRow: 0, header: ['Exported 2026-01-01;;;'], emailColumn: null }],
    [{ encoding: 'windows-1252' as const }, { encoding: 'windows-1252', encodingBy: 'user', bom: false }],
  ])('override %j', async (overrides, expected) => {
    expect(await inspectLeads(memorySource(utf8(LEADS, true)), overrides)).toMatchObject(expected);
  });

  it('the email column is never also an opt-out column', async () => {
    const inspection = await inspectLeads(memorySource('Name,Bounced\nJane,jane@acme.com\n'), { emailColumn: 'Bounced' });
    expect(inspection.optOutColumns).toEqual([]);
  });

  it('readSample stops at its limit, however the chunks fall', async () => {
    const source = memorySource('0123456789', 3);
    expect(new TextDecoder().decode(await readSample(source, 5))).toBe('01234');
    expect(new TextDecoder().decode(await readSample(source, 50))).toBe('0123456789');
  });
});

describe('input errors: one sentence that says what is wrong and what to do', () => {
  const XLSX = concat(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0), utf8('[Content_Types].xml'), new Uint8Array(40), utf8('xl/workbook.xml'));

  it.each<{ name: string; leads: string | Uint8Array; overrides?: object; message: string }>([
    {
      name: 'an empty file',
      leads: '',
      message: '"leads.csv" is empty (0 bytes). Export the list again as CSV and load that file.',
    },
    {
      name: 'only white space',
      leads: utf8(' \r\n\t\n', true),
      message: '"leads.csv" holds no text, only white space. Export the list again as CSV and load that file.',
    },
    {
      name: 'an Excel workbook',
      leads: XLSX,
      message: '"leads.csv" is an Excel workbook (.xlsx), not a CSV file. In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)" and load that file.',
    },
    {
      name: 'a PDF',
      leads: utf8('%PDF-1.7\n'),
      message: '"leads.csv" is a PDF, not a CSV file. Export the list from your CRM or spreadsheet as CSV instead.',
    },
    {
      name: 'a list without a header row',
      leads: 'jane@acme.com,Jane\nbob@acme.com,Bob\n',
      message: 'The first row of "leads.csv" holds an email address (jane@acme.com), not column names. Add a header row (for example "Email") above the data and load the file again.',
    },
    {
      name: 'no column of email addresses',
      leads: 'Name,Company\nJane,Acme\n',
      message: 'No column of "leads.csv" looks like email addresses (columns: Name, Company). Say which one holds them: "Email column" on the page, --email-column in the CLI.',
    },
    {
      name: 'an email column name that is not in the header',
      leads: 'Email,Name\njane@acme.com,Jane\n',
      overrides: { emailColumn: 'Mail' },
      message: 'There is no column named "Mail". The columns are: Email, Name.',
    },
    {
      name: 'an email column number past the header',
      leads: 'Email,Name\njane@acme.com,Jane\n',
      overrides: { emailColumn: 4 },
      message: 'There is no column 5: the header has 2 columns.',
    },
    {
      name: 'an unbalanced quote, by the line it starts on',
      leads: 'Email,Note\r\njane@acme.com,ok\r\nbob@acme.com,"multi\r\nline"\r\ncara@acme.com,"oops\r\ndan@acme.com,fine\r\n',
      message: '"leads.csv": Unbalanced quote: the quoted field that starts on line 5 never closes. Check that line for a stray " character.',
    },
  ])('$name', async ({ leads, overrides, message }) => {
    const error = await clean(leads, { overrides }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(english(error)).toBe(message);
  });

  it('a suppression file that is a workbook is named in the message', async () => {
    const error = await clean('Email\njane@acme.com\n', { suppress: ['a@b.com\n', XLSX] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(english(error)).toMatch(/^"suppress-2\.csv" is an Excel workbook \(\.xlsx\)/);
  });
});

describe('the page preview, progress and cancelling', () => {
  it('keeps the first removed rows of each reason, up to previewPerReason', async () => {
    const leads = 'Email\n\na@x\nb@x\nc@x\njane@acme.com\njane@acme.com\n';
    const { sink } = collectingSink();
    const { preview } = await cleanList(memorySource(leads), [], {
      consentCountries: CONSENT_COUNTRIES,
      countryLookup: COUNTRY_LOOKUP,
      loadDisposable: async () => DISPOSABLE,
      sink,
      previewPerReason: 2,
    });
    expect(preview).toEqual([
      { row: 1, reason: 'invalid', detail: 'not a valid address: a@x', email: 'a@x', cells: ['a@x'] },
      { row: 2, reason: 'invalid', detail: 'not a valid address: b@x', email: 'b@x', cells: ['b@x'] },
      { row: 5, reason: 'duplicate', detail: 'duplicate of row 4', email: 'jane@acme.com', cells: ['jane@acme.com'] },
    ]);
  });

  it('gives the removed rows whole, the first kept rows, and the kept rows that are flagged with their flags', async () => {
    const leads = 'Name,Email,Company\nAnn,ann@acme.com,Acme\nBob,b@x,"Broken, Ltd"\nInfo,info@acme.com,Acme\nKim,kim@acme.com,=HYPERLINK("x")\n';
    const { sink } = collectingSink();
    const { preview, kept, flagged } = await cleanList(memorySource(leads), [], {
      consentCountries: CONSENT_COUNTRIES,
      countryLookup: COUNTRY_LOOKUP,
      loadDisposable: async () => DISPOSABLE,
      sink,
    });
    expect(preview.map((p) => p.cells)).toEqual([['Bob', 'b@x', 'Broken, Ltd']]);
    expect(kept).toEqual([
      ['Ann', 'ann@acme.com', 'Acme'],
      ['Info', 'info@acme.com', 'Acme'],
      ['Kim', 'kim@acme.com', '=HYPERLINK("x")'],
    ]);
    expect(flagged).toEqual([
      { row: 3, flags: ['role'], email: 'info@acme.com', cells: ['Info', 'info@acme.com', 'Acme'] },
      { row: 4, flags: ['formula'], email: 'kim@acme.com', cells: ['Kim', 'kim@acme.com', '=HYPERLINK("x")'] },
    ]);
  });

  it('reports progress per phase, starting at 0 (said before the phase’s first read) and ending at each file size', async () => {
    const leads = memorySource('Email,Unsubscribed\njane@acme.com,\nbob@acme.com,yes\n', 8);
    const suppression = memorySource('acme.org\n', 4, 'suppress.csv');
    const seen: { phase: string; bytes: number; total: number }[] = [];
    await cleanList(leads, [suppression], {
      consentCountries: [],
      countryLookup: COUNTRY_LOOKUP,
      loadDisposable: async () => DISPOSABLE,
      sink: collectingSink().sink,
      onProgress: (p) => seen.push(p),
    });
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(['suppression', 'scan', 'clean']);
    for (const phase of phases) {
      const reports = seen.filter((p) => p.phase === phase);
      expect(reports[0]?.bytes).toBe(0);
      expect(reports.at(-1)?.bytes).toBe(reports.at(-1)?.total);
    }
  });

  it('stops with an AbortError when the signal is aborted', async () => {
    const run = cleanList(memorySource('Email\njane@acme.com\n'), [], {
      consentCountries: [],
      countryLookup: COUNTRY_LOOKUP,
      loadDisposable: async () => DISPOSABLE,
      sink: collectingSink().sink,
      signal: AbortSignal.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
