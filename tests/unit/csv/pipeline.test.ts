/**
 * Bytes in, rows out: detection, streaming decode and streaming parse together, the way the
 * worker and the CLI run them, on the files Excel and CRMs actually produce.
 */
import { describe, expect, it } from 'vitest';
import { createDecoder, detectEncoding, detectNonCsv, type Encoding } from '../../../src/lib/csv/encoding.ts';
import { detectHeaderRow, sniffDelimiter } from '../../../src/lib/csv/sniff.ts';
import { decodeAndParse, singleByte, splitAt, utf16, utf8 } from './byte-fixtures.ts';

interface Fixture {
  name: string;
  bytes: Uint8Array;
  encoding: Encoding;
  bom: boolean;
  delimiter: string;
  header: number;
  rows: string[][];
}

const russianRows = [
  ['Фамилия', 'Имя', 'Компания', 'Email', 'Выручка'],
  ['Иванов', 'Иван', 'ООО "Ромашка"', 'ivan@romashka.ru', '1 234,50'],
  ['Петрова', 'Анна', 'АО «Север»', 'anna@sever.ru', '99,9'],
];
const germanRows = [
  ['Name', 'Firma', 'E-Mail', 'Umsatz'],
  ['Müller', 'Bäckerei Größe GmbH', 'm@baeckerei.de', '12,5'],
  ['Lefèvre', 'Café „Zentral“', 'l@cafe.fr', '3,75'],
];

const fixtures: Fixture[] = [
  {
    name: 'windows-1251 ; file from Russian Excel (CRLF, quoted company)',
    bytes: singleByte(
      'Фамилия;Имя;Компания;Email;Выручка\r\nИванов;Иван;"ООО ""Ромашка""";ivan@romashka.ru;1 234,50\r\nПетрова;Анна;АО «Север»;anna@sever.ru;99,9\r\n',
      'windows-1251',
    ),
    encoding: 'windows-1251',
    bom: false,
    delimiter: ';',
    header: 0,
    rows: russianRows,
  },
  {
    name: 'windows-1252 ; file from German Excel (decimal commas, smart quotes)',
    bytes: singleByte(
      'Name;Firma;E-Mail;Umsatz\r\nMüller;Bäckerei Größe GmbH;m@baeckerei.de;12,5\r\nLefèvre;Café „Zentral“;l@cafe.fr;3,75\r\n',
      'windows-1252',
    ),
    encoding: 'windows-1252',
    bom: false,
    delimiter: ';',
    header: 0,
    rows: germanRows,
  },
  {
    name: 'UTF-16LE tab-separated with BOM (Excel "Unicode Text")',
    bytes: utf16('Фамилия\tИмя\tКомпания\tEmail\tВыручка\r\nИванов\tИван\t"ООО ""Ромашка"""\tivan@romashka.ru\t1 234,50\r\nПетрова\tАнна\tАО «Север»\tanna@sever.ru\t99,9\r\n', 'le', true),
    encoding: 'utf-16le',
    bom: true,
    delimiter: '\t',
    header: 0,
    rows: russianRows,
  },
  {
    name: 'UTF-8 with BOM before a quoted header (Excel "CSV UTF-8")',
    bytes: utf8('"Name";"Firma";"E-Mail";"Umsatz"\r\nMüller;Bäckerei Größe GmbH;m@baeckerei.de;"12,5"\r\nLefèvre;Café „Zentral“;l@cafe.fr;3,75', true),
    encoding: 'utf-8',
    bom: true,
    delimiter: ';',
    header: 0,
    rows: germanRows,
  },
  {
    name: 'UTF-8 CRLF with LF inside quoted cells and a title line',
    bytes: utf8('Export from HubSpot 2026-01-01\r\nemail,name,note\r\nanna@example.de,Anna,"Met at fair\nfollow up 👍"\r\nbob@example.com,Bob,\r\n'),
    encoding: 'utf-8',
    bom: false,
    delimiter: ',',
    header: 1,
    rows: [
      ['Export from HubSpot 2026-01-01'],
      ['email', 'name', 'note'],
      ['anna@example.de', 'Anna', 'Met at fair\nfollow up 👍'],
      ['bob@example.com', 'Bob', ''],
    ],
  },
];

describe.each(fixtures)('$name', ({ bytes, encoding, bom, delimiter, header, rows }) => {
  it('is detected as text in the right encoding, with the right delimiter and header row', () => {
    expect(detectNonCsv(bytes)).toBeNull();
    expect(detectEncoding(bytes)).toMatchObject({ encoding, bom });
    const decoder = createDecoder(encoding);
    const decoded = decoder.decode(bytes) + decoder.end();
    expect(decoded.startsWith('\uFEFF'), 'the decoder drops the BOM').toBe(false);
    expect(sniffDelimiter(decoded)).toBe(delimiter);
    expect(detectHeaderRow(decodeAndParse([bytes], encoding, delimiter))).toBe(header);
  });

  it('parses to the expected rows in one chunk', () => {
    expect(decodeAndParse([bytes], encoding, delimiter)).toEqual(rows);
  });

  it('parses to the same rows when the bytes are cut at every possible point', () => {
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(decodeAndParse(splitAt(bytes, [cut]), encoding, delimiter), `cut at byte ${cut}`).toEqual(rows);
    }
  });

  it('parses to the same rows fed one byte at a time', () => {
    const chunks = Array.from(bytes, (b) => Uint8Array.of(b));
    expect(decodeAndParse(chunks, encoding, delimiter)).toEqual(rows);
  });
});

describe('multi-byte characters split at every chunk boundary', () => {
  // 2-, 3- and 4-byte UTF-8 sequences; surrogate pairs in UTF-16; next to quotes, delimiters and
  // line breaks, where a wrong split would also confuse the tokenizer.
  const text = 'é,"Ж""€",😀\r\n"👍🏽\n中",ß\r\n';
  const rows = [
    ['é', 'Ж"€', '😀'],
    ['👍🏽\n中', 'ß'],
  ];

  it.each([
    ['utf-8', utf8(text)],
    ['utf-8', utf8(text, true)],
    ['utf-16le', utf16(text, 'le', true)],
    ['utf-16be', utf16(text, 'be', true)],
  ] as const)('%s (%#): all two- and three-chunk splits', (encoding, bytes) => {
    for (let a = 0; a <= bytes.length; a++) {
      for (let b = a; b <= bytes.length; b++) {
        expect(decodeAndParse(splitAt(bytes, [a, b]), encoding, ','), `cuts at ${a}, ${b}`).toEqual(rows);
      }
    }
  });
});
