import { isFormulaLike } from '../csv/write';
import { countryCodeFromDomain, countryCodeFromValue, isOptOutValue, type CountryLookup } from '../email/columns';
import { isDisposableDomain, isFreeMailDomain, isRoleAddress } from '../email/lists';
import { canonicalAddress, domainOf, isValidAddress, localPartOf, normaliseAddress } from '../email/normalise';
import type { SuppressionIndex } from '../email/suppression';
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

  return function classify(row: readonly string[], rowNumber: number): RowDecision {
    const cell = row[setup.emailColumn] ?? '';
    const { address, key } = keysOf(cell, options.canonical);
    if (address === '') return { reason: 'missing', detail: 'the email cell is empty', classes: [] };
    if (!isValidAddress(address)) return { reason: 'invalid', detail: `not a valid address: ${cell.trim()}`, classes: [] };

    const markedAt = optedOut?.get(key);
    if (markedAt !== undefined) return { reason: 'optedOut', detail: `opted out at row ${markedAt}`, classes: [] };

    if (checkSuppression) {
      const hit = suppression.match(address, options.canonical ? key : null);
      if (hit !== null) return { reason: 'suppressed', detail: hit, classes: [] };
    }

    const first = kept.get(key);
    if (first !== undefined) return { reason: 'duplicate', detail: `duplicate of row ${first}`, classes: [] };

    const domain = domainOf(address);
    const classes: OptionalClass[] = [];
    const details: Partial<Record<OptionalClass, string>> = {};
    if (setup.disposable !== null && isDisposableDomain(domain, setup.disposable)) {
      classes.push('disposable');
      details.disposable = `disposable domain ${domain}`;
    }
    if (isRoleAddress(address)) {
      classes.push('role');
      details.role = `role address ${localPartOf(address)}@`;
    }
    if (isFreeMailDomain(domain)) {
      classes.push('free');
      details.free = `free mail provider ${domain}`;
    }
    const country = countryOf(row, setup, domain);
    if (country !== null && setup.consentCountries.has(country.code)) {
      classes.push('consentCountry');
      details.consentCountry = `${country.code} requires prior consent (${country.from})`;
    }

    for (const c of classes) {
      if (options.remove[c]) return { reason: c, detail: details[c] ?? c, classes };
    }
    kept.getOrAdd(key, rowNumber);
    return { reason: null, detail: '', classes };
  };
}

/** The row's country: its country column when that names one, else its address's ccTLD. */
function countryOf(row: readonly string[], setup: ClassifierSetup, domain: string): { code: string; from: string } | null {
  if (setup.countryColumn !== null) {
    const value = row[setup.countryColumn];
    if (value !== undefined && value.trim() !== '') {
      const code = countryCodeFromValue(value, setup.countryLookup);
      if (code !== null) return { code, from: 'country column' };
    }
  }
  const code = countryCodeFromDomain(domain);
  return code === null ? null : { code, from: `.${domain.slice(domain.lastIndexOf('.') + 1)} domain` };
}
