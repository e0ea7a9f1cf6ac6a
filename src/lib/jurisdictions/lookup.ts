import { buildCountryLookup, type CountryLookup } from '../email/columns.ts';
import type { Jurisdiction } from './schema.ts';

/** The few fields of a jurisdiction record the tools need, small enough to pass to an island. */
export type CountryRule = Pick<Jurisdiction, 'code' | 'name' | 'nativeNames' | 'aliases' | 'namedAddress'>;

/** Reduces full records to what the tools need. */
export function toCountryRules(records: Iterable<Jurisdiction>): CountryRule[] {
  return [...records].map(({ code, name, nativeNames, aliases, namedAddress }) => ({ code, name, nativeNames, aliases, namedAddress }));
}

/** ISO codes of the countries where a cold email to a named address needs prior consent. */
export function consentRequiredCodes(rules: Iterable<CountryRule>): string[] {
  return [...rules].filter((r) => r.namedAddress === 'consent-required').map((r) => r.code);
}

/** Name, native name or alias → ISO code, for reading a lead list's country column. */
export function countryLookupOf(rules: Iterable<CountryRule>): CountryLookup {
  return buildCountryLookup([...rules].map((r) => ({ code: r.code, names: [r.name, ...r.nativeNames, ...r.aliases] })));
}
