/**
 * The order-free half of the classifier: what can be found out about a row without the rows
 * before it (its address, whether it is valid, suppressed, disposable, free mail, a role address,
 * in a consent-required country). Rows may be prepared in any order and on any thread;
 * `decideRow` then takes them in file order.
 */
import { hashedKey, type HashedKey } from '../collections/key-index.ts';
import { countryCodeFromDomain, countryCodeFromValue } from '../email/columns.ts';
import { DomainFilter, suffixHashes } from '../email/domain-filter.ts';
import { freeMailFilter, isDisposableDomain, isFreeMailDomain, isRoleAddress } from '../email/lists.ts';
import { canonicalAddressAt, isValidAddress, lastIndexOfCode, localPartOf, normaliseAddress } from '../email/normalise.ts';
import { ownCopy } from '../bytes/own-copy.ts';
import type { Cells, ClassifierSetup } from './classify.ts';
import { BoundedCache, DomainFactsCache, FACT_DISPOSABLE, FACT_FREE } from './domain-facts.ts';
import { CLASS_BIT, firstClassOf } from './row-codes.ts';
import { OPTIONAL_CLASSES, type OptionalClass } from './summary.ts';

/** What a preparer finds out about a row: everything that does not depend on other rows. */
export interface PreparedRow {
  /** 'missing' and 'invalid' are final; 'valid' rows still meet the opt-out and duplicate checks. */
  status: 'missing' | 'invalid' | 'valid';
  /** For 'missing' and 'invalid': the report's detail. */
  detail: string;
  /** For 'valid': the key rows are compared by, with its fingerprint (computed once, here). */
  key: HashedKey;
  /** The suppression entry that matched (`email …`, `domain …`, `sha256 hash`), or null. */
  suppressedBy: string | null;
  /** The optional classes, one bit each (see `CLASS_BIT`). */
  classBits: number;
  /** The first class whose option removes it, or null; with its detail. */
  removal: OptionalClass | null;
  removalDetail: string;
}

/** Prepares rows one at a time (`prepare`) or many at once (`many`). */
export interface Preparer {
  /** Prepares one row. A valid row comes back in an object the next call fills again. */
  prepare(row: Cells): PreparedRow;
  /**
   * Prepares the rows whose email cells are `emails` (undefined: not a row, skipped) and whose
   * country cells are `countries` (null without a country column), calling `each` with every
   * row's index and result, in no set order. Faster than row by row: the lookups of all the rows
   * start together (see `KeyIndex.touch`) instead of one cache miss after another.
   */
  many(emails: readonly (string | undefined)[], countries: readonly (string | undefined)[] | null, each: (i: number, row: PreparedRow) => void): void;
}

/** The class bits, as plain numbers for the per-row code. */
const DISPOSABLE = CLASS_BIT.disposable;
const ROLE = CLASS_BIT.role;
const FREE = CLASS_BIT.free;
const CONSENT_COUNTRY = CLASS_BIT.consentCountry;

/** Distinct domains remembered before the cache starts over (about 40 MB at most). */
const DOMAIN_CACHE_SIZE = 1_000_000;
/** Distinct country cells remembered before that cache starts over. */
const COUNTRY_CACHE_SIZE = 10_000;

/** The preparer of a run's rows (see {@link RowPreparer}). */
export function createPreparer(setup: ClassifierSetup): Preparer {
  return new RowPreparer(setup);
}

/**
 * A {@link Preparer}. A row goes through two steps: `#read` (the email cell: missing, invalid,
 * or an address with its key and domain, fingerprinted), then `#check` (the lookups and the
 * classes). `many` reads all the rows of a piece first, starts the lookups of all of them at
 * once, then checks them. It keeps only caches, so any order and any thread will do.
 */
class RowPreparer implements Preparer {
  readonly #setup: ClassifierSetup;
  readonly #canonical: boolean;
  readonly #consentCountries: ReadonlySet<string>;
  readonly #checkSuppression: boolean;
  /** Lead lists repeat domains and country names thousands of times: each is classified once. */
  readonly #domainFacts = new DomainFactsCache(DOMAIN_CACHE_SIZE);
  readonly #countryCodes = new BoundedCache<string, string | null>(COUNTRY_CACHE_SIZE);
  /**
   * Most new domains are in none of the lists: bitmaps of the lists' domains say so without a
   * Set lookup (see DomainFilter), from the hashes of the domain's suffixes, computed once.
   */
  readonly #disposableFilter: DomainFilter | null;
  readonly #freeFilter = freeMailFilter();
  readonly #suppressionFilter: DomainFilter;
  readonly #suffixes = new Int32Array(16);
  /** The class bits of the classes whose option removes a row. */
  readonly #removeMask: number;
  /** The valid row, filled again for each row. */
  readonly #valid: PreparedRow = { status: 'valid', detail: '', key: hashedKey(''), suppressedBy: null, classBits: 0, removal: null, removalDetail: '' };

  /** The row between its two steps: its address, its key and its domain, with their fingerprints. */
  #address = '';
  /** The suppression entry covering the row's domain, from its facts (step 2). */
  #domainEntry: string | null = null;
  readonly #key = hashedKey('');
  readonly #domain = hashedKey('');

  /** The first step's results of a piece's rows (`many`), kept for the second. */
  #rows = new Int32Array(0);
  #addresses: string[] = [];
  #keys: string[] = [];
  #domains: string[] = [];
  #his = new Int32Array(0);
  #los = new Int32Array(0);
  #domainHis = new Int32Array(0);
  #domainLos = new Int32Array(0);

  constructor(setup: ClassifierSetup) {
    this.#setup = setup;
    this.#canonical = setup.options.canonical;
    this.#consentCountries = setup.consentCountries;
    this.#checkSuppression = !setup.suppression.isEmpty;
    this.#disposableFilter = setup.disposable === null ? null : DomainFilter.of(setup.disposable);
    this.#suppressionFilter = setup.suppression.domainFilter();
    this.#removeMask = OPTIONAL_CLASSES.reduce((mask, c) => (setup.options.remove[c] ? mask | CLASS_BIT[c] : mask), 0);
  }

  prepare(row: Cells): PreparedRow {
    const { emailColumn, countryColumn } = this.#setup;
    return this.#read(row.field(emailColumn) ?? '') ?? this.#check(countryColumn === null ? undefined : row.field(countryColumn));
  }

  many(emails: readonly (string | undefined)[], countries: readonly (string | undefined)[] | null, each: (i: number, row: PreparedRow) => void): void {
    const count = this.#readAll(emails, each);
    // All the rows' first cache misses at once, then the second ones of the domain facts.
    if (this.#checkSuppression) this.#setup.suppression.touch(this.#his.subarray(0, count));
    this.#domainFacts.touch(this.#domainHis.subarray(0, count), this.#domainLos.subarray(0, count));
    for (let r = 0; r < count; r++) {
      this.#restore(r);
      const i = this.#rows[r]!;
      each(i, this.#check(countries === null ? undefined : countries[i]));
    }
    // Nothing of the piece is kept alive until the next one.
    this.#addresses = [];
    this.#keys = [];
    this.#domains = [];
  }

  /** Step 1 for every row of a piece: the missing and invalid ones are done; the others are kept for step 2. Returns how many. */
  #readAll(emails: readonly (string | undefined)[], each: (i: number, row: PreparedRow) => void): number {
    const n = emails.length;
    if (this.#his.length < n) {
      this.#rows = new Int32Array(n * 2);
      this.#his = new Int32Array(n * 2);
      this.#los = new Int32Array(n * 2);
      this.#domainHis = new Int32Array(n * 2);
      this.#domainLos = new Int32Array(n * 2);
    }
    let count = 0;
    for (let i = 0; i < n; i++) {
      const cell = emails[i];
      if (cell === undefined) continue;
      const done = this.#read(cell);
      if (done !== null) {
        each(i, done);
        continue;
      }
      this.#rows[count] = i;
      this.#addresses[count] = this.#address;
      this.#keys[count] = this.#key.text;
      this.#domains[count] = this.#domain.text;
      this.#his[count] = this.#key.hi;
      this.#los[count] = this.#key.lo;
      this.#domainHis[count] = this.#domain.hi;
      this.#domainLos[count] = this.#domain.lo;
      count++;
    }
    return count;
  }

  /** Makes row r of the piece the row between the steps again. */
  #restore(r: number): void {
    this.#address = this.#addresses[r]!;
    const key = this.#keys[r]!;
    this.#key.text = key;
    this.#key.end = key.length;
    this.#key.hi = this.#his[r]!;
    this.#key.lo = this.#los[r]!;
    const domain = this.#domains[r]!;
    this.#domain.text = domain;
    this.#domain.end = domain.length;
    this.#domain.hi = this.#domainHis[r]!;
    this.#domain.lo = this.#domainLos[r]!;
  }

  /** Step 1: reads the email cell; returns the final row of a missing or invalid address, else null. */
  #read(cell: string): PreparedRow | null {
    const address = normaliseAddress(cell);
    if (address === '') return final('missing', 'the email cell is empty');
    if (!isValidAddress(address)) return final('invalid', `not a valid address: ${cell.trim()}`);
    this.#address = address;
    // The domain is cut once and serves the canonical key too.
    const at = lastIndexOfCode(address, 0x40);
    const domain = address.slice(at + 1);
    // One fingerprint per row serves the suppression lookup here and the dedup index later.
    hashedKey(this.#canonical ? canonicalAddressAt(address, at, domain) : address, this.#key);
    hashedKey(domain, this.#domain);
    return null;
  }

  /** Step 2: the lookups and classes of the row that step 1 read; `countryCell` is its country column's. */
  #check(countryCell: string | undefined): PreparedRow {
    const address = this.#address;
    const key = this.#key;
    const domain = this.#domain.text;
    const facts = this.#factsOf(domain, this.#domain);
    this.#domainEntry = this.#domainFacts.suppressedBy(facts);
    const suppressedBy = this.#checkSuppression ? this.#suppressedBy(address, key) : null;
    const columnCode = countryCell === undefined ? null : this.#countryOfCell(countryCell);
    const country = columnCode ?? this.#domainFacts.country(facts);
    const classBits =
      (facts & FACT_DISPOSABLE ? DISPOSABLE : 0) |
      (isRoleAddress(address) ? ROLE : 0) |
      (facts & FACT_FREE ? FREE : 0) |
      (country !== null && this.#consentCountries.has(country) ? CONSENT_COUNTRY : 0);
    const removable = classBits & this.#removeMask;
    const removal = removable === 0 ? null : firstClassOf(removable);
    const valid = this.#valid;
    valid.key = key;
    valid.suppressedBy = suppressedBy;
    valid.classBits = classBits;
    valid.removal = removal;
    valid.removalDetail = removal === null ? '' : this.#removalDetail(removal, country, columnCode !== null);
    return valid;
  }

  /** The suppression entry that covers the row (by address, canonical key, domain or hash), or null. */
  #suppressedBy(address: string, key: HashedKey): string | null {
    const suppression = this.#setup.suppression;
    const canonical = this.#canonical ? key.text : null;
    return key.text === address
      ? suppression.matchHashed(key, canonical, this.#domainHit, this.#domain.text)
      : suppression.match(address, canonical, this.#domainHit);
  }

  /**
   * The suppression entry covering a domain of the row (made once: a function per row would be
   * an allocation per row). The row's own domain's is known from its facts; gmail.com's for a
   * googlemail.com row is looked up.
   */
  readonly #domainHit = (d: string): string | null => (d === this.#domain.text ? this.#domainEntry : this.#domainFacts.suppressedBy(this.#factsOf(d, null)));

  /** The fact number of `domain` (see {@link DomainFactsCache}), computed on first sight. */
  #factsOf(domain: string, hashed: HashedKey | null): number {
    const cache = this.#domainFacts;
    const known = hashed === null ? cache.get(domain) : cache.getHashed(hashed);
    if (known !== undefined) return known;
    const { disposable, suppression } = this.#setup;
    const suffixes = this.#suffixes;
    const n = suffixHashes(domain, suffixes);
    const all = n === -1; // too many labels for `suffixes`: ask the lists themselves
    return cache.set(domain, {
      disposable: this.#disposableFilter !== null && (all || this.#disposableFilter.mayHaveAny(suffixes, n)) && isDisposableDomain(domain, disposable!),
      free: (all || this.#freeFilter.mayHave(suffixes[n - 1]!)) && isFreeMailDomain(domain),
      country: countryCodeFromDomain(domain),
      suppressedBy: this.#checkSuppression && (all || this.#suppressionFilter.mayHaveAny(suffixes, n)) ? suppression.walkDomain(domain) : null,
    });
  }

  /** The country a country cell names, or null (see `countryCodeFromValue`). */
  #countryOfCell(value: string): string | null {
    let code = this.#countryCodes.get(value);
    if (code === undefined) {
      code = value.trim() === '' ? null : countryCodeFromValue(value, this.#setup.countryLookup);
      this.#countryCodes.set(ownCopy(value), code);
    }
    return code;
  }

  /** The report's detail of a row removed by an optional class. */
  #removalDetail(removal: OptionalClass, country: string | null, byColumn: boolean): string {
    const domain = this.#domain.text;
    switch (removal) {
      case 'disposable':
        return `disposable domain ${domain}`;
      case 'role':
        return `role address ${localPartOf(this.#address)}@`;
      case 'free':
        return `free mail provider ${domain}`;
      case 'consentCountry':
        return `${country} requires prior consent (${byColumn ? 'country column' : `.${domain.slice(domain.lastIndexOf('.') + 1)} domain`})`;
    }
  }
}

/** The shared key of rows that have none. */
const NO_KEY: HashedKey = hashedKey('');

function final(status: 'missing' | 'invalid', detail: string): PreparedRow {
  return { status, detail, key: NO_KEY, suppressedBy: null, classBits: 0, removal: null, removalDetail: '' };
}
