import { describe, expect, it } from 'vitest';
import {
  availableEncodings,
  createDecoder,
  detectEncoding,
  detectNonCsv,
  encodingOf,
  isAsciiCompatible,
  isLikelyBinary,
  type Encoding,
} from '../../../src/lib/csv/encoding.ts';
import { guessSingleByte } from '../../../src/lib/csv/single-byte.ts';
import { concat, singleByte, splitAt, utf16, utf8 } from './byte-fixtures.ts';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('byte order marks', () => {
  it.each([
    ['UTF-8 BOM (Excel "CSV UTF-8")', utf8('"email";"name"\r\n', true), 'utf-8'],
    ['UTF-16LE BOM (Excel "Unicode Text")', utf16('email\tname\r\n', 'le', true), 'utf-16le'],
    ['UTF-16BE BOM', utf16('email\tname\r\n', 'be', true), 'utf-16be'],
    ['UTF-16LE BOM before Cyrillic', utf16('Почта\tИмя\r\n', 'le', true), 'utf-16le'],
  ] as const)('%s', (_name, bytes, encoding) => {
    expect(detectEncoding(bytes)).toEqual({ encoding, bom: true, by: 'bom', sure: true });
  });
});

describe('UTF-16 without a BOM', () => {
  it.each([
    ['little-endian', utf16('email,name\r\nanna@example.de,Anna\r\n', 'le'), 'utf-16le'],
    ['big-endian', utf16('email,name\r\nanna@example.de,Anna\r\n', 'be'), 'utf-16be'],
  ] as const)('%s, recognised by where the NUL bytes sit', (_name, bytes, encoding) => {
    expect(detectEncoding(bytes)).toEqual({ encoding, bom: false, by: 'utf-16', sure: true });
  });
});

describe('UTF-8 without a BOM', () => {
  it.each([
    ['pure ASCII', ascii('email,name\nbob@example.com,Bob\n')],
    ['empty sample', new Uint8Array()],
    // A character cut at the end of the sample is not an error, nor evidence yet.
    ['ASCII, then an emoji cut after 2 of its 4 bytes', utf8('ok 😀').subarray(0, 5)],
  ])('%s: UTF-8 for now ("ascii": the rest of the file decides)', (_name, bytes) => {
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-8', bom: false, by: 'ascii', sure: true });
  });

  it.each([
    ['accented Latin', utf8('name;city\nMüller;Köln\nRenée;Besançon\n')],
    ['Cyrillic', utf8('Имя;Компания\nИван;ООО «Ромашка»\n')],
    ['emoji (4-byte sequences)', utf8('name,note\nAna,👍🏽 ok\n')],
    // The sample is a prefix of the file: a character cut at its end is not an error.
    ['Cyrillic cut mid-character at the end of the sample', utf8('Иван;Пётр').subarray(0, 7)],
    ['regression: a few stray bytes among many UTF-8 characters',
      concat(utf8('name;city\nMüller;Köln\nRenée;Besançon\nJosé;Málaga\n'), singleByte('Jürgen;Düsseldorf\n', 'windows-1252'))],
  ])('%s', (_name, bytes) => {
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-8', bom: false, by: 'utf-8', sure: true });
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
    expect(detectEncoding(singleByte(text, 'windows-1251'))).toMatchObject({ encoding: 'windows-1251', bom: false, by: 'letters' });
  });

  it.each([
    ['German', 'Name;Straße;Ort\r\nMüller;Hauptstraße 5;Köln\r\nGößner;Ährenweg 2;Düsseldorf\r\n'],
    ['French', 'nom;ville\r\nRenée Lefèvre;Besançon\r\nÉlodie;Orléans\r\nà propos;Français\r\n'],
    ['Spanish', 'nombre;ciudad\r\nJosé Núñez;A Coruña\r\n¿Qué?;Cádiz\r\n'],
    ['Polish names that fit in 1252', 'nazwisko;miasto\r\nWójcik;Kraków\r\nGórski;Tarnów\r\n'],
    ['smart quotes and euro sign with Latin words', 'name;note\r\n“Acme” GmbH;Preis 5 €\r\nCafé;naïve\r\n'],
    ['Scandinavian with two accented letters in a row', 'navn;by\r\nÆøbø;Århus\r\nBjørn;Tromsø\r\n'],
  ])('%s → windows-1252', (_name, text) => {
    expect(detectEncoding(singleByte(text, 'windows-1252'))).toMatchObject({ encoding: 'windows-1252', bom: false, by: 'letters' });
  });

  it('symbols only (no letters): windows-1252, and not sure', () => {
    expect(detectEncoding(singleByte('price;unit\r\n5 €;°C\r\n', 'windows-1252'))).toEqual({ encoding: 'windows-1252', bom: false, by: 'letters', sure: false });
  });
});

describe('regression: Central European, KOI8-R and Arabic exports were read as windows-1251 or -1252', () => {
  // A code page is right when it reads the bytes back as the text: windows-1250 and ISO-8859-2
  // share most letters, and either is right for a text that uses only those.
  it.each([
    ['Polish (windows-1250)', 'Email;Imię i nazwisko\nlukasz@x.pl;Łukasz Żółć\nanna@x.pl;Anna Wiśniewska\njan@x.pl;Jan Kowalski, Gdańsk\n', 'windows-1250'],
    ['Polish (ISO-8859-2)', 'Email;Imię i nazwisko\nlukasz@x.pl;Łukasz Żółć\nanna@x.pl;Anna Wiśniewska\njan@x.pl;Jan Kowalski, Gdańsk\n', 'iso-8859-2'],
    ['Czech (windows-1250)', 'Email;Jméno\nantonin@x.cz;Antonín Dvořák\npetr@x.cz;Petr Černý, Plzeň\njana@x.cz;Jana Nováková, Brno, ulice Příčná\n', 'windows-1250'],
    ['Czech (ISO-8859-2)', 'Email;Jméno\nantonin@x.cz;Antonín Dvořák\npetr@x.cz;Petr Černý, Plzeň\njana@x.cz;Jana Nováková, Brno, ulice Příčná\n', 'iso-8859-2'],
    ['Hungarian (windows-1250)', 'Email;Név;Város\na@x.hu;Kovács Gábor;Győr\nb@x.hu;Szűcs Zsófia;Debrecen\nc@x.hu;Nagy Péter;Székesfehérvár\nd@x.hu;Tóth Erzsébet;Pécs\ne@x.hu;Horváth Ödön;Kőszeg\nf@x.hu;Fűzfa Kft.;Nyíregyháza\n', 'windows-1250'],
    ['Romanian (windows-1250)', 'Email;Nume;Oraş\na@x.ro;Ştefan Tănase;Braşov\nb@x.ro;Ioana Munteanu;Timişoara\n', 'windows-1250'],
    ['Russian, names in title case (KOI8-R)', 'Email;ФИО\ni@x.ru;Иванов Иван Иванович\np@x.ru;Пётр Смирнов, ООО "Ромашка"\n', 'koi8-r'],
    ['Russian, lower case (KOI8-R)', 'Email;Заметка\ni@x.ru;привет как дела\np@x.ru;хорошо спасибо\n', 'koi8-r'],
    ['Russian (windows-1251)', 'Email;ФИО\ni@x.ru;Иванов Иван Иванович\np@x.ru;Пётр Смирнов, ООО «Ромашка»\n', 'windows-1251'],
    ['Ukrainian (windows-1251)', 'Email;Ім’я;Місто\na@x.ua;Олександр Шевченко;Київ\nb@x.ua;Ірина Коваленко;Львів\n', 'windows-1251'],
    ['Arabic Excel export (windows-1256)', 'Email;الاسم\na@x.sa;محمد عبد الله\nb@x.ae;شركة الأمل للتجارة\n', 'windows-1256'],
    ['Western European names (windows-1252)', 'Email;Name;City\na@x.fr;Hélène Dupré;Besançon\nb@x.es;Iñaki Núñez;Logroño\nc@x.pt;João Simões;Évora\nd@x.se;Åsa Ström;Göteborg\ne@x.dk;Søren Ærø;Århus\n', 'windows-1252'],
    ['Italian (windows-1252)', 'Email;Nome\ng@x.it;Niccolò Città, perché più così\n', 'windows-1252'],
  ])('%s', (_name, text, encoding) => {
    const bytes = singleByte(text, encoding);
    const detected = detectEncoding(bytes);
    expect(detected.by).toBe('letters');
    expect(new TextDecoder(detected.encoding).decode(bytes)).toBe(text);
  });

  it.each([
    ['a letter-rich Polish list', 'Email;Imię i nazwisko\nlukasz@x.pl;Łukasz Żółć\nanna@x.pl;Anna Wiśniewska\njan@x.pl;Jan Kowalski, Gdańsk\n', 'windows-1250', true],
    ['a Russian list', 'Email;ФИО\ni@x.ru;Иванов Иван Иванович\np@x.ru;Пётр Смирнов, ООО «Ромашка»\n', 'windows-1251', true],
    ['one ambiguous word', 'Email;Name\nm@x.it;perché\n', 'windows-1252', false],
    ['Russian in lower case only, which KOI8-R reads in capitals', 'Email;note\ni@x.ru;привет как дела\np@x.ru;хорошо спасибо\n', 'windows-1251', false],
  ])('says whether it is sure: %s', (_name, text, encoding, sure) => {
    expect(guessSingleByte(singleByte(text, encoding))).toEqual({ encoding, sure });
  });
});

describe('encoding names', () => {
  it.each([
    ['utf-8', 'utf-8'],
    ['UTF8', 'utf-8'],
    ['latin1', 'windows-1252'],
    ['ISO-8859-1', 'windows-1252'],
    ['cp1250', 'windows-1250'],
    ['CP1251', 'windows-1251'],
    ['windows-1256', 'windows-1256'],
    ['koi8', 'koi8-r'],
    ['iso-8859-2', 'iso-8859-2'],
    [' Shift_JIS ', 'shift_jis'],
    ['unicode', 'utf-16le'],
  ])('%j names %s', (label, encoding) => {
    expect(encodingOf(label)).toBe(encoding);
  });

  it.each(['', 'latin9x', 'iso-2022-kr', 'utf-32'])('%j names none (the retired ISO-2022-KR decodes every file to one U+FFFD)', (label) => {
    expect(encodingOf(label)).toBeNull();
  });

  it('offers every encoding this platform decodes, the detected ones first', () => {
    const names = availableEncodings();
    expect(names.slice(0, 9)).toEqual(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1251', 'koi8-r', 'windows-1256']);
    for (const name of names) expect(encodingOf(name)).toBe(name);
    expect(names.length).toBeGreaterThan(30);
  });

  it.each([
    ['utf-8', true],
    ['windows-1250', true],
    ['koi8-r', true],
    ['euc-jp', true],
    ['utf-16le', false],
    ['shift_jis', false],
    ['iso-2022-jp', false],
    ['gb18030', false],
  ])('%s can be cut into records on its bytes: %s', (encoding, compatible) => {
    expect(isAsciiCompatible(encoding)).toBe(compatible);
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

  it('an incomplete character at the very end is read as a code page character on end(), and reported', () => {
    const bad: number[] = [];
    const decoder = createDecoder('utf-8', { onBadBytes: (at) => bad.push(at), fallback: 'windows-1252' });
    expect(decoder.decode(utf8('ok Ж').subarray(0, 4))).toBe('ok ');
    expect(decoder.end()).toBe('Ð');
    expect(bad).toEqual([0]);
  });

  it('regression: bytes that are not UTF-8 became U+FFFD; they are read as the code page they look like, and reported', () => {
    const bad: number[] = [];
    const decoder = createDecoder('utf-8', { onBadBytes: (at) => bad.push(at) });
    const bytes = concat(utf8('Müller,'), singleByte('Jürgen', 'windows-1252'), utf8(',Köln\n'));
    expect(decoder.decode(bytes) + decoder.end()).toBe('Müller,Jürgen,Köln\n');
    expect(bad).toEqual([8]);
  });

  it('other encodings report the bytes they do not define (U+FFFD)', () => {
    const bad: number[] = [];
    const decoder = createDecoder('iso-8859-3', { onBadBytes: (at) => bad.push(at) });
    expect(decoder.decode(Uint8Array.of(0x61, 0xa5, 0x62)) + decoder.end()).toBe('a\uFFFDb');
    expect(bad).toEqual([1]);
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
