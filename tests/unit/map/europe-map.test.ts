import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEuropeMap, type WorldTopology } from '../../../src/lib/map/europe-map';
import { mapCountries, mapTitle } from '../../../src/lib/map/countries';

const topology = JSON.parse(readFileSync(new URL('../../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8')) as WorldTopology;
const DIR = new URL('../../../src/content/jurisdictions/', import.meta.url);
const records = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as { code: string; name: string; namedAddress: 'allowed'; confidence: 'high' });
const map = buildEuropeMap(topology, mapCountries(records));

/** Every coordinate pair of an SVG path. */
function points(d: string): [number, number][] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return numbers.flatMap((_, i) => (i % 2 === 0 ? [[numbers[i]!, numbers[i + 1]!] as [number, number]] : []));
}

describe('the country map', () => {
  it('draws a shape for every one of the 32 records, in the order given', () => {
    expect(records).toHaveLength(32);
    expect(map.shapes.map((s) => s.code)).toEqual(records.map((r) => r.code));
    for (const shape of map.shapes) expect(shape.d, shape.code).toMatch(/^M[\d.-]+,[\d.-]+/);
  });

  it('keeps every country of the 32 inside the drawing, overseas territories clipped', () => {
    for (const shape of map.shapes) {
      for (const [x, y] of points(shape.d)) {
        expect(x, shape.code).toBeGreaterThanOrEqual(0);
        expect(x, shape.code).toBeLessThanOrEqual(map.width);
        expect(y, shape.code).toBeGreaterThanOrEqual(0);
        expect(y, shape.code).toBeLessThanOrEqual(map.height);
      }
    }
  });

  it('puts each country where it belongs: Iceland north-west of Germany, Cyprus south-east, Malta south', () => {
    const at = (code: string) => map.shapes.find((s) => s.code === code)!.centre;
    const [dx, dy] = at('DE');
    expect(at('IS')[0]).toBeLessThan(dx);
    expect(at('IS')[1]).toBeLessThan(dy);
    expect(at('CY')[0]).toBeGreaterThan(dx);
    expect(at('CY')[1]).toBeGreaterThan(dy);
    expect(at('MT')[1]).toBeGreaterThan(at('IT')[1]);
  });

  it('marks Malta, Liechtenstein and Luxembourg as too small to see, and Germany or France not', () => {
    const small = map.shapes.filter((s) => s.small).map((s) => s.code).sort();
    expect(small).toEqual(expect.arrayContaining(['LI', 'LU', 'MT']));
    expect(small).not.toContain('DE');
    expect(small).not.toContain('FR');
  });

  it('draws the neighbours (Ukraine, Serbia, Morocco …) as context, not as coloured countries', () => {
    expect(map.context.length).toBeGreaterThan(1000);
    expect(map.shapes).toHaveLength(32);
  });

  it('stays light enough for the home page (under 80 KB of path data)', () => {
    const bytes = map.context.length + map.shapes.reduce((n, s) => n + s.d.length, 0);
    expect(bytes).toBeLessThan(80_000);
  });

  it('refuses a country the geodata does not have, naming it', () => {
    expect(() => buildEuropeMap(topology, [{ code: 'XX', numeric: '999' }])).toThrow(/999 \(XX\)/);
  });
});

describe('mapCountries and mapTitle', () => {
  it('finds the ISO numeric code of every record (Germany 276, United Kingdom 826)', () => {
    const codes = mapCountries([{ code: 'DE' }, { code: 'GB' }]);
    expect(codes).toEqual([
      { code: 'DE', numeric: '276' },
      { code: 'GB', numeric: '826' },
    ]);
    expect(() => mapCountries([{ code: 'QQ' }])).toThrow(/QQ/);
  });

  it('says the name, the rule for a named address and the confidence', () => {
    expect(mapTitle({ code: 'DE', namedAddress: 'consent-required', confidence: 'high' })).toBe(
      'Germany: consent required for a named address (high confidence)',
    );
  });

  it.each([
    ['ru', 'Германия: для именного адреса — нужно согласие (высокая уверенность)'],
    ['ar', 'ألمانيا: الموافقة مطلوبة للعنوان الاسمي (مستوى الثقة: عالٍ)'],
  ] as const)('says it in the page language (%s), with the country named in that language', (locale, title) => {
    expect(mapTitle({ code: 'DE', namedAddress: 'consent-required', confidence: 'high' }, locale)).toBe(title);
  });
});
