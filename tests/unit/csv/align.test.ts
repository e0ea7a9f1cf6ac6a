/**
 * The aligner cuts text only between records: scanning its pieces one by one, each with a fresh
 * scanner, gives exactly the records of one scan of the whole text, for any input and chunking.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createByteAligner, createRecordAligner } from '../../../src/lib/csv/align.ts';
import { CsvError, createCsvScanner, type CsvRecord } from '../../../src/lib/csv/parse.ts';
import { splitAt, splitText, utf8 } from './byte-fixtures.ts';

type Scanned = { values: string[]; canonical: boolean } | { error: string };

/** The records of `pieces`, each piece scanned on its own (the first drops a BOM, the others not). */
function scanEach(pieces: readonly string[], delimiter: string): Scanned[] {
  const out: Scanned[] = [];
  const collect = (r: CsvRecord) => out.push({ values: r.values(), canonical: r.canonical });
  pieces.forEach((piece, i) => {
    const scanner = createCsvScanner({ delimiter, dropBom: i === 0 });
    try {
      scanner.push(piece, collect);
      scanner.end(collect);
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      out.push({ error: error.code });
    }
  });
  return out;
}

/** Feeds `chunks` to an aligner; returns the non-empty pieces it gives back, the rest last. */
function align(chunks: readonly string[], delimiter: string): string[] {
  const aligner = createRecordAligner(delimiter);
  const pieces = chunks.map((c) => aligner.push(c));
  pieces.push(aligner.end());
  return pieces.filter((p) => p !== '');
}

const messy = fc
  .array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '""', '\n', '\r', '\r\n', '\uFEFF', 'é'), maxLength: 40 }))
  .map((parts) => parts.join(''));

describe('createRecordAligner', () => {
  it('pieces join back to the input and scan to the same records as the whole', () => {
    fc.assert(
      fc.property(
        messy.chain((text) => fc.tuple(fc.constant(text), fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 10 }))),
        fc.constantFrom(',', ';'),
        ([text, cuts], delimiter) => {
          const pieces = align(splitText(text, cuts.sort((a, b) => a - b)), delimiter);
          expect(pieces.join('')).toBe(text);
          const whole = scanEach([text], delimiter);
          // An unbalanced quote is an error either way (its line number comes from a rerun of the whole).
          if (whole.some((r) => 'error' in r)) expect(scanEach(pieces, delimiter).some((r) => 'error' in r)).toBe(true);
          else expect(scanEach(pieces, delimiter)).toEqual(whole);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('cuts after line breaks outside quotes only', () => {
    expect(align(['a,b\nc,"d\ne"\nf', ',g\n'], ',')).toEqual(['a,b\nc,"d\ne"\n', 'f,g\n']);
    expect(align(['x,"1\n2', '"\ny\n'], ',')).toEqual(['x,"1\n2"\ny\n']);
    expect(align(['a\r', '\nb\rc'], ',')).toEqual(['a\r\nb\r', 'c']);
  });

  it('a quote in the middle of a field does not open a quoted field', () => {
    expect(align(['6\'5",x\n', 'y\n'], ',')).toEqual(['6\'5",x\n', 'y\n']);
  });

  it('on UTF-8 bytes, cuts exactly where it cuts the text, wherever the bytes are split', () => {
    fc.assert(
      fc.property(
        fc.record({ text: messy, bom: fc.boolean() }).chain(({ text, bom }) => {
          const bytes = utf8(text, bom);
          return fc.tuple(fc.constant({ bytes }), fc.uniqueArray(fc.integer({ min: 0, max: bytes.length }), { maxLength: 10 }));
        }),
        fc.constantFrom(',', ';'),
        ([{ bytes }, cuts], delimiter) => {
          // As the file is read: one decoder for the whole, which drops a leading BOM.
          const text = new TextDecoder().decode(bytes);
          const aligner = createByteAligner(delimiter, true);
          const parts = splitAt(bytes, cuts.sort((a, b) => a - b)).map((part) => aligner.push(part));
          parts.push(aligner.end());
          const pieces = parts.filter((p) => p.length > 0).map((p, i) => new TextDecoder('utf-8', { ignoreBOM: i > 0 }).decode(p));
          expect(pieces.join('')).toBe(text);
          const whole = scanEach([text], delimiter);
          if (whole.some((r) => 'error' in r)) expect(scanEach(pieces, delimiter).some((r) => 'error' in r)).toBe(true);
          else expect(scanEach(pieces, delimiter)).toEqual(whole);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
