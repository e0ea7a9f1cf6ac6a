import { describe, expect, it } from 'vitest';
import {
  createDecoder,
  detectEncoding,
  detectNonCsv,
  guessSingleByte,
  isLikelyBinary,
  type Encoding,
} from '../../../src/lib/csv/encoding.ts';
import { concat, singleByte, splitAt, utf16, utf8 } from './byte-fixtures.ts';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('byte order marks', () => {
  it.each([
    ['UTF-8 BOM (Excel "CSV UTF-8")', utf8('"email";"name"\r\n', true), 'utf-8'],
    ['UTF-16LE BOM (Excel "Unicode Text")', utf16('email\tname\r\n', 'le', true), 'utf-16le'],
    ['UTF-16BE BOM', utf16('email\tname\r\n', 'be', true), 'utf-16be'],
    ['UTF-16LE BOM before Cyrillic', utf16('Почта\tИмя\r\n', 'le', true), 'utf-16le'],
  ] as const)('%s', (_name, bytes, encoding) => {
    expect(detectEncoding(bytes)).toEqual({ encoding, bom: true });
  });
});

describe('UTF-16 without a BOM', () => {
  it.each([
    ['little-endian', utf16('email,name\r\nanna@example.de,Anna\r\n', 'le'), 'utf-16le'],
    ['big-endian', utf16('email,name\r\nanna@example.de,Anna\r\n', 'be'), 'utf-16be'],
  ] as const)('%s, recognised by where the NUL bytes sit', (_name, bytes, encoding) => {
    expect(detectEncoding(bytes)).toEqual({ encoding, bom: false });
  });
});

describe('UTF-8 without a BOM', () => {
  it.each([
    ['pure ASCII', ascii('email,name\nbob@example.com,Bob\n')],
    ['empty sample', new Uint8Array()],
    ['accented Latin', utf8('name;city\nMüller;Köln\nRenée;Besançon\n')],
    ['Cyrillic', utf8('Имя;Компания\nИван;ООО «Ромашка»\n')],
    ['emoji (4-byte sequences)', utf8('name,note\nAna,👍🏽 ok\n')],
    // The sample is a prefix of the file: a character cut at its end is not an error.
    ['Cyrillic cut mid-character at the end of the sample', utf8('Иван;Пётр').subarray(0, 7)],
    ['emoji cut after 2 of its 4 bytes', utf8('ok 😀').subarray(0, 5)],
  ])('%s', (_name, bytes) => {
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-8', bom: false });
  });
});

describe('single-byte Windows code pages', () => {
  it.each([
    ['Russian names and companies', 'Фамилия;Имя;Компания;Email\r\nИванов;Иван;ООО «Ромашка»;ivan@romashka.ru\r\nПетрова;Анна;АО Север;anna@sever.ru\r\n'],
    ['Ukrainian (і, ї, є, ґ)', 'Прізвище;Місто\r\nКовальчук;Київ\r\nҐрицюк;Львів\r\nЄвтушенко;Житомир\r\n'],
    ['Bulgarian (ъ, щ)', 'Име;Фирма\r\nПетър Иванов;Българска търговска ЕООД\r\nЩерев;София\r\n'],
    ['Cyrillic mixed with ASCII emails and digits', 'email;город\r\nivan@mail.ru;Москва\r\nolga@yandex.ru;Санкт-Петербург 2\r\n'],
    ['one Cyrillic word among ASCII', 'email,name,city\r\na@b.ru,Ivan,Москва\r\n'],
  ])('%s → windows-1251', (_name, text) => {
    expect(detectEncoding(singleByte(text, 'windows-1251'))).toEqual({ encoding: 'windows-1251', bom: false });
  });

  it.each([
    ['German', 'Name;Straße;Ort\r\nMüller;Hauptstraße 5;Köln\r\nGößner;Ährenweg 2;Düsseldorf\r\n'],
    ['French', 'nom;ville\r\nRenée Lefèvre;Besançon\r\nÉlodie;Orléans\r\nà propos;Français\r\n'],
    ['Spanish', 'nombre;ciudad\r\nJosé Núñez;A Coruña\r\n¿Qué?;Cádiz\r\n'],
    ['Polish names that fit in 1252', 'nazwisko;miasto\r\nWójcik;Kraków\r\nGórski;Tarnów\r\n'],
    ['smart quotes and euro sign with Latin words', 'name;note\r\n“Acme” GmbH;Preis 5 €\r\nCafé;naïve\r\n'],
    ['Scandinavian with two accented letters in a row', 'navn;by\r\nÆøbø;Århus\r\nBjørn;Tromsø\r\n'],
  ])('%s → windows-1252', (_name, text) => {
    expect(detectEncoding(singleByte(text, 'windows-1252'))).toEqual({ encoding: 'windows-1252', bom: false });
  });

  it.each([
    ['windows-1252', 'windows-1252'],
    ['windows-1251', 'windows-1251'],
  ] as const)('symbols only (no letters) fall back to the %s preference', (_name, fallback) => {
    const bytes = singleByte('price;unit\r\n5 €;°C\r\n', 'windows-1252');
    expect(guessSingleByte(bytes, fallback)).toBe(fallback);
    expect(detectEncoding(bytes, { singleByteFallback: fallback }).encoding).toBe(fallback);
  });
});

describe('streaming decoder', () => {
  const samples: [string, Encoding, Uint8Array, string][] = [
    ['utf-8', 'utf-8', utf8('a,é,Ж,€,😀\n'), 'a,é,Ж,€,😀\n'],
    ['utf-8 with BOM', 'utf-8', utf8('"email"\n😀\n', true), '"email"\n😀\n'],
    ['utf-16le with BOM', 'utf-16le', utf16('e\tИ😀\r\n', 'le', true), 'e\tИ😀\r\n'],
    ['utf-16be with BOM', 'utf-16be', utf16('e\tИ😀\r\n', 'be', true), 'e\tИ😀\r\n'],
    ['utf-16le without BOM', 'utf-16le', utf16('x;😀', 'le'), 'x;😀'],
    ['windows-1251', 'windows-1251', singleByte('Привет;мир\r\n', 'windows-1251'), 'Привет;мир\r\n'],
    ['windows-1252', 'windows-1252', singleByte('Müller;€\r\n', 'windows-1252'), 'Müller;€\r\n'],
  ];

  it.each(samples)('%s: one chunk decodes and drops the BOM', (_name, encoding, bytes, text) => {
    const decoder = createDecoder(encoding);
    expect(decoder.decode(bytes) + decoder.end()).toBe(text);
  });

  it.each(samples)('%s: every two-chunk split gives the same text', (_name, encoding, bytes, text) => {
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = createDecoder(encoding);
      const [a = new Uint8Array(), b = new Uint8Array()] = splitAt(bytes, [cut]);
      expect(decoder.decode(a) + decoder.decode(b) + decoder.end(), `cut at byte ${cut}`).toBe(text);
    }
  });

  it.each(samples)('%s: one byte at a time gives the same text', (_name, encoding, bytes, text) => {
    const decoder = createDecoder(encoding);
    let out = '';
    for (const b of bytes) out += decoder.decode(Uint8Array.of(b));
    expect(out + decoder.end()).toBe(text);
  });

  it('regression (Papa Parse #751): decoding slices separately corrupts a split letter, ours does not', () => {
    const bytes = utf8('Привет');
    const [a = new Uint8Array(), b = new Uint8Array()] = splitAt(bytes, [1]);
    const naive = new TextDecoder().decode(a) + new TextDecoder().decode(b);
    expect(naive).not.toBe('Привет');
    const decoder = createDecoder('utf-8');
    expect(decoder.decode(a) + decoder.decode(b) + decoder.end()).toBe('Привет');
  });

  it('an incomplete character at the very end becomes U+FFFD on end()', () => {
    const decoder = createDecoder('utf-8');
    expect(decoder.decode(utf8('ok Ж').subarray(0, 4))).toBe('ok ');
    expect(decoder.end()).toBe('\uFFFD');
  });

  it('invalid bytes become U+FFFD instead of throwing', () => {
    const decoder = createDecoder('utf-8');
    expect(decoder.decode(Uint8Array.of(0x61, 0xff, 0x62)) + decoder.end()).toBe('a\uFFFDb');
  });
});

/** A minimal ZIP local file header naming its first entry. */
function zipWith(...names: string[]): Uint8Array {
  return concat(
    ...names.map((name) =>
      concat(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0), new Uint8Array(16), ascii(name), Uint8Array.of(0x8b, 0x00, 0x13, 0x9c)),
    ),
  );
}

/** Deterministic pseudo-random bytes (a linear congruential generator; tests must not flake). */
function noise(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('files that are not CSV', () => {
  it.each([
    ['xlsx (ZIP with xl/ entries)', zipWith('[Content_Types].xml', 'xl/workbook.xml'), 'xlsx'],
    ['Numbers (ZIP with Index/ entries)', zipWith('Index/Document.iwa', 'Metadata/Properties.plist'), 'numbers'],
    ['ods (ZIP with OpenDocument mimetype)', zipWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), 'ods'],
    ['other ZIP (a zipped CSV)', zipWith('leads.csv'), 'zip'],
    ['legacy .xls (OLE2)', concat(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), new Uint8Array(504)), 'xls'],
    ['PDF', ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'pdf'],
    ['PNG image', concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), noise(4000)), 'binary'],
    ['random bytes', noise(8192, 7), 'binary'],
    ['gzip', concat(Uint8Array.of(0x1f, 0x8b, 0x08, 0x00), noise(2000, 3)), 'binary'],
  ] as const)('%s', (_name, bytes, kind) => {
    expect(detectNonCsv(bytes)).toEqual({ kind });
  });

  it.each([
    ['UTF-8 CSV', utf8('email,name\nanna@example.de,Anna\n')],
    ['UTF-8 BOM CSV', utf8('"email";"name"\r\n', true)],
    ['UTF-16LE "Unicode Text" (full of NUL bytes)', utf16('email\tname\r\nanna@example.de\tAnna\r\n', 'le', true)],
    ['UTF-16LE without BOM', utf16('email,name\r\nanna@example.de,Anna\r\n', 'le')],
    ['UTF-16BE with Cyrillic', utf16('Почта\tИмя\r\nivan@mail.ru\tИван\r\n', 'be', true)],
    ['windows-1251 CSV', singleByte('Имя;Почта\r\nИван;ivan@mail.ru\r\n', 'windows-1251')],
    ['text with one stray NUL and a Ctrl-Z', concat(ascii('email\n'.repeat(100)), Uint8Array.of(0), ascii('x\n'), Uint8Array.of(0x1a))],
    ['empty file', new Uint8Array()],
  ])('%s is text', (_name, bytes) => {
    expect(isLikelyBinary(bytes)).toBe(false);
    expect(detectNonCsv(bytes)).toBeNull();
  });
});
