import { isFormulaLike } from '../csv/write';
import { countryCodeFromDomain, countryCodeFromValue, isOptOutValue, type CountryLookup } from '../email/columns';
import { isDisposableDomain, isFreeMailDomain, isRoleAddress } from '../email/lists';
import { canonicalAddress, domainOf, isValidAddress, localPartOf, normaliseAddress } from '../email/normalise';
import type { SuppressionIndex } from '../email/suppression';
import { ownCopy } from '../own-copy';
import { KeyIndex } from './key-index';
import type { CleanOptions, OptionalClass, RemovalReason } from './options';

/** Where the classifier finds things in a row, and the lists it checks against. */
export interface ClassifierSetup {
  /** 0-based index of the email column. */
  emailColumn: number;
  /** 0-based indexes of the opt-out/bounce columns honoured in this run. */
  optOutColumns: readonly number[];
  /** 0-based index of the country column, or null to use the address's ccTLD only. */
  countryColumn: number | null;
  options: CleanOptions;
  suppression: SuppressionIndex;
  /** The disposable-domain list (from `loadDisposableDomains`), or null to skip that class. */
  disposable: ReadonlySet<string> | null;
  /** ISO codes of countries whose rule for a named address is `consent-required`. */
  consentCountries: ReadonlySet<string>;
  /** Country names and aliases → ISO code, for the country column. */
  countryLookup: CountryLookup;
}

/** The outcome for one data row. */
export interface RowDecision {
  /** Null when the row is kept. */
  reason: RemovalReason | null;
  /** What made it so, for the report: `duplicate of row 3`, `domain acme.com`, … */
  detail: string;
  /** Optional classes the row falls in (all of them, whether removed or kept). */
  classes: OptionalClass[];
}

/**
 * The keys of an email cell: `address` is the normalised address (what validity, domain and
 * hash checks use); `key` is what rows are compared by: the canonical mailbox when the
 * "Treat Gmail dots and +tags as one mailbox" option is on, else the address itself.
 */
export function keysOf(cell: string, canonical: boolean): { address: string; key: string } {
  const address = normaliseAddress(cell);
  return { address, key: canonical && address !== '' ? canonicalAddress(address) : address };
}

/** True when any honoured opt-out column of the row says opted out, bounced or invalid. */
export function rowIsOptedOut(row: readonly string[], optOutColumns: readonly number[]): boolean {
  for (const column of optOutColumns) {
    const value = row[column];
    if (value !== undefined && isOptOutValue(value)) return true;
  }
  return false;
}

/** Counts formula-like cells (`=`, `+`, `-`, `@`, tab, CR first) in a row. */
export function countFormulaCells(row: readonly string[]): number {
  let n = 0;
  for (const cell of row) if (cell.length > 0 && isFormulaLike(cell)) n++;
  return n;
}

/**
 * Pass 1 of a run: every address that the lead list itself marks as opted out or bounced, with
 * the first data row that marks it, so pass 2 can remove it on every row, before or after.
 */
export class OptOutCollector {
  readonly marked = new KeyIndex();
  constructor(
    private readonly emailColumn: number,
    private readonly optOutColumns: readonly number[],
    private readonly canonical: boolean,
  ) {}

  /** Looks at one data row (1-based `rowNumber`). */
  add(row: readonly string[], rowNumber: number): void {
    if (!rowIsOptedOut(row, this.optOutColumns)) return;
    const { key } = keysOf(row[this.emailColumn] ?? '', this.canonical);
    if (key !== '') this.marked.getOrAdd(key, rowNumber);
  }
}

/**
 * Decides, row by row, what happens to each data row, with exactly one reason by precedence:
 * missing, invalid, optedOut, suppressed, duplicate, then the optional classes in the order
 * disposable, role, free, consentCountry (each removed only when its option is on).
 * Rows must be given in file order: "duplicate" means "same key as an earlier kept row".
 */
export function createClassifier(setup: ClassifierSetup, optedOut: KeyIndex | null) {
  const kept = new KeyIndex();
  const { options, suppression } = setup;
  const checkSuppression = !suppression.isEmpty;
  // Lead lists repeat domains and country names thousands of times: classify each once.
  const domainFacts = new BoundedCache<string, DomainFacts>(DOMAIN_CACHE_SIZE);
  const countryCodes = new BoundedCache<string, string | null>(DOMAIN_CACHE_SIZE);
  const factsOf = (domain: string): DomainFacts => {
    let facts = domainFacts.get(domain);
    if (facts === undefined) {
      facts = {
        disposable: setup.disposable !== null && isDisposableDomain(domain, setup.disposable),
        free: isFreeMailDomain(domain),
        country: countryCodeFromDomain(domain),
      };
      domainFacts.set(ownCopy(domain), facts);
    }
    return facts;
  };
  const countryOfValue = (value: string): string | null => {
    let code = countryCodes.get(value);
    if (code === undefined) {
      code = value.trim() === '' ? null : countryCodeFromValue(value, setup.countryLookup);
      countryCodes.set(ownCopy(value), code);
    }
    return code;
  };

  return function classify(row: readonly string[], rowNumber: number): RowDecision {
    const cell = row[setup.emailColumn] ?? '';
    const { address, key } = keysOf(cell, options.canonical);
    if (address === '') return { reason: 'missing', detail: 'the email cell is empty', classes: NO_CLASSES };
    if (!isValidAddress(address)) return { reason: 'invalid', detail: `not a valid address: ${cell.trim()}`, classes: NO_CLASSES };

    const markedAt = optedOut?.get(key);
    if (markedAt !== undefined) return { reason: 'optedOut', detail: `opted out at row ${markedAt}`, classes: NO_CLASSES };

    if (checkSuppression) {
      const hit = suppression.match(address, options.canonical ? key : null);
      if (hit !== null) return { reason: 'suppressed', detail: hit, classes: NO_CLASSES };
    }

    const first = kept.get(key);
    if (first !== undefined) return { reason: 'duplicate', detail: `duplicate of row ${first}`, classes: NO_CLASSES };

    const domain = domainOf(address);
    const facts = factsOf(domain);
    const columnValue = setup.countryColumn === null ? undefined : row[setup.countryColumn];
    const columnCode = columnValue === undefined ? null : countryOfValue(columnValue);
    const country = columnCode ?? facts.country;
    const consent = country !== null && setup.consentCountries.has(country);
    const role = isRoleAddress(address);

    let classes = NO_CLASSES;
    if (facts.disposable || role || facts.free || consent) {
      classes = [];
      if (facts.disposable) classes.push('disposable');
      if (role) classes.push('role');
      if (facts.free) classes.push('free');
      if (consent) classes.push('consentCountry');
      const removed = classes.find((c) => options.remove[c]);
      if (removed !== undefined) {
        const details: Record<OptionalClass, () => string> = {
          disposable: () => `disposable domain ${domain}`,
          role: () => `role address ${localPartOf(address)}@`,
          free: () => `free mail provider ${domain}`,
          consentCountry: () =>
            `${country} requires prior consent (${columnCode !== null ? 'country column' : `.${domain.slice(domain.lastIndexOf('.') + 1)} domain`})`,
        };
        return { reason: removed, detail: details[removed](), classes };
      }
    }
    kept.add(key, rowNumber);
    return { reason: null, detail: '', classes };
  };
}

/** What the optional classes need to know about a domain. */
interface DomainFacts {
  disposable: boolean;
  free: boolean;
  /** The country its ccTLD names, or null. */
  country: string | null;
}

/** Shared empty class list: most rows fall in no optional class (never mutated). */
const NO_CLASSES: OptionalClass[] = [];

/** Distinct domains (or country cells) remembered before the cache starts over. */
const DOMAIN_CACHE_SIZE = 200_000;

/** A Map that forgets everything when it reaches `limit` entries: memory stays bounded. */
class BoundedCache<K, V> {
  #map = new Map<K, V>();
  constructor(private readonly limit: number) {}
  get(key: K): V | undefined {
    return this.#map.get(key);
  }
  set(key: K, value: V): void {
    if (this.#map.size >= this.limit) this.#map = new Map();
    this.#map.set(key, value);
  }
}
