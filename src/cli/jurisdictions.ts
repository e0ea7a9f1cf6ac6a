import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountryRule } from '../lib/jurisdictions/lookup.ts';

const RULES = ['allowed', 'conditions', 'consent-required', 'unclear'];

/**
 * The fields of the jurisdiction records the cleaner needs, read from the same JSON files the
 * site is built from. The build and the unit tests check those files against the full schema;
 * this reads only these fields and checks only them, so that the CLI does not load the schema
 * library (some 95 modules, about a tenth of a second) before every run.
 */
export function readCountryRules(dir = fileURLToPath(new URL('../content/jurisdictions/', import.meta.url))): CountryRule[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => countryRule(JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown, file));
}

function countryRule(record: unknown, file: string): CountryRule {
  const fail = (what: string): never => {
    throw new Error(`Jurisdiction "${file}": ${what}`);
  };
  if (typeof record !== 'object' || record === null) return fail('not an object');
  const { code, name, nativeNames = [], aliases = [], namedAddress } = record as Record<string, unknown>;
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) fail('code: expected a two-letter upper-case ISO code such as "DE"');
  if (typeof name !== 'string' || name === '') fail('name: expected the country name');
  const names = (value: unknown, field: string) =>
    Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length >= 2) ? (value as string[]) : fail(`${field}: expected a list of names`);
  if (typeof namedAddress !== 'string' || !RULES.includes(namedAddress)) fail(`namedAddress: expected one of ${RULES.join(', ')}`);
  return { code, name, nativeNames: names(nativeNames, 'nativeNames'), aliases: names(aliases, 'aliases'), namedAddress } as CountryRule;
}
