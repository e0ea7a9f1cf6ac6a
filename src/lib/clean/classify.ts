import { countryCodeFromDomain, countryCodeFromValue, isOptOutValue, type CountryLookup } from '../email/columns.ts';
import { DomainFilter, suffixHashes } from '../email/domain-filter.ts';
import { freeMailFilter, isDisposableDomain, isFreeMailDomain, isRoleAddress } from '../email/lists.ts';
import { canonicalAddress, domainOf, isValidAddress, localPartOf, normaliseAddress } from '../email/normalise.ts';
import type { SuppressionIndex } from '../email/suppression.ts';
import { ownCopy } from '../bytes/own-copy.ts';
import { KeyIndex, fingerprint } from '../collections/key-index.ts';

/** Where the preparer has a key's fingerprint written. */
const FP = new Int32Array(2);
import type { CleanOptions } from './options.ts';
import { CLASS_BIT, CLASS_SETS, firstClassOf } from './row-codes.ts';
import { OPTIONAL_CLASSES, type OptionalClass, type RemovalReason } from './summary.ts';

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
  /** Optional classes the row falls in (all of them, whether removed or kept); a shared list. */
  classes: readonly OptionalClass[];
}

/**
 * The keys of an email cell: `address` is the normalised address (what validity, domain and
 * hash checks use); `key` is what rows are compared by: the canonical mailbox when the
 * "Treat Gmail dots and +tags as one mailbox" option is on, else the address itself.
 */
export function keysOf(cell: string, canonical: boolean): { address: string; key: string } {
  const address = normaliseAddress(cell);
  return { address, key: keyOf(address, canonical) };
}

/** The key of a normalised address (see {@link keysOf}), without the object. */
function keyOf(address: string, canonical: boolean): string {
  return canonical && address !== '' ? canonicalAddress(address) : address;
}

/**
 * The cells of one row, read one at a time: a scanned CSV record cuts only the cells asked for
 * (`CsvRecord` is one); {@link cellsOf} wraps an array.
 */
export interface Cells {
  /** The value of column `i` (0-based), or undefined when the row is shorter. */
  field(i: number): string | undefined;
}

/** An array of cells as {@link Cells}. */
export function cellsOf(row: readonly string[]): Cells {
  return { field: (i) => row[i] };
}

/** True when any honoured opt-out column of the row says opted out, bounced or invalid. */
export function rowIsOptedOut(row: Cells, optOutColumns: readonly number[]): boolean {
  for (const column of optOutColumns) {
    const value = row.field(column);
    if (value !== undefined && isOptOutValue(value)) return true;
  }
  return false;
}

/**
 * Pass 1 of a run: every address that the lead list itself marks as opted out or bounced, with
 * the first data row that marks it, so pass 2 can remove it on every row, before or after.
 */
export class OptOutCollector {
  readonly marked = new KeyIndex();
  readonly #emailColumn: number;
  readonly #optOutColumns: readonly number[];
  readonly #canonical: boolean;
  constructor(emailColumn: number, optOutColumns: readonly number[], canonical: boolean) {
    this.#emailColumn = emailColumn;
    this.#optOutColumns = optOutColumns;
    this.#canonical = canonical;
  }

  /** Looks at one data row (1-based `rowNumber`). */
  add(row: Cells, rowNumber: number): void {
    if (!rowIsOptedOut(row, this.#optOutColumns)) return;
    const { key } = keysOf(row.field(this.#emailColumn) ?? '', this.#canonical);
    if (key !== '') this.marked.getOrAdd(key, rowNumber);
  }
}

/** What {@link createPreparer} finds out about a row: everything that does not depend on other rows. */
export interface PreparedRow {
  /** 'missing' and 'invalid' are final; 'valid' rows still meet the opt-out and duplicate checks. */
  status: 'missing' | 'invalid' | 'valid';
  /** For 'missing' and 'invalid': the report's detail. */
  detail: string;
  /**
   * For 'valid': the key rows are compared by; with `keyStart` and `keyEnd`, the key is that
   * part of this string (a batch's keys, joined), which is then not cut out row by row.
   */
  key: string;
  keyStart?: number;
  keyEnd?: number;
  /** The suppression entry that matched (`email …`, `domain …`, `sha256 hash`), or null. */
  suppressedBy: string | null;
  /** The optional classes, one bit each in {@link OPTIONAL_CLASSES} order. */
  classBits: number;
  /** The first class whose option removes it, or null; with its detail. */
  removal: OptionalClass | null;
  removalDetail: string;
  /** The key's KeyIndex fingerprint, computed once by the preparer (undefined if it has none). */
  hi?: number;
  lo?: number;
}

/**
 * A preparer (see {@link createPreparer}): called on a row, or on many rows at once with
 * {@link Preparer.many}.
 */
export interface Preparer {
  (row: Cells): PreparedRow;
  /**
   * Prepares the rows whose email cells are `emails` (undefined: not a row, skipped) and whose
   * country cells are `countries` (null without a country column), calling `each` with every
   * row's index and result, in no set order. Faster than row by row: the lookups of all the rows
   * start together (see `KeyIndex.touch`) instead of one cache miss after another.
   */
  many(emails: readonly (string | undefined)[], countries: readonly (string | undefined)[] | null, each: (i: number, row: PreparedRow) => void): void;
}

/**
 * The order-free half of the classifier: reads the email (and country) cell of a row and
 * checks it against the suppression and domain lists. It keeps only caches, so rows may be
 * prepared in any order and on any thread; {@link decideRow} then takes them in file order.
 * A valid row comes back in one object that the next call fills again (a million rows, not a
 * million objects): read it before preparing the next row.
 */
export function createPreparer(setup: ClassifierSetup): Preparer {
  const { options, suppression } = setup;
  const checkSuppression = !suppression.isEmpty;
  // Lead lists repeat domains and country names thousands of times: classify each once.
  const domainFacts = new DomainFactsCache(DOMAIN_CACHE_SIZE);
  const countryCodes = new BoundedCache<string, string | null>(COUNTRY_CACHE_SIZE);
  // Most new domains are in none of the lists: bitmaps of the lists' domains say so without a
  // Set lookup (see DomainFilter), from the hashes of the domain's suffixes, computed once.
  const disposableFilter = setup.disposable === null ? null : DomainFilter.of(setup.disposable);
  const freeFilter = freeMailFilter();
  const suppressionFilter = suppression.domainFilter();
  const suffixes = new Int32Array(16);
  /** The packed facts of `domain` (see {@link DomainFactsCache}), computed on first sight. */
  const factsOf = (domain: string, hi?: number, lo?: number): number => {
    let facts = domainFacts.get(domain, hi, lo);
    if (facts === undefined) {
      const n = suffixHashes(domain, suffixes);
      const all = n === -1; // too many labels for `suffixes`: ask the lists themselves
      facts = domainFacts.set(domain, {
        disposable: disposableFilter !== null && (all || disposableFilter.mayHaveAny(suffixes, n)) && isDisposableDomain(domain, setup.disposable!),
        free: (all || freeFilter.mayHave(suffixes[n - 1]!)) && isFreeMailDomain(domain),
        country: countryCodeFromDomain(domain),
        suppressedBy: checkSuppression && (all || suppressionFilter.mayHaveAny(suffixes, n)) ? suppression.walkDomain(domain) : null,
      });
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
  const removeMask = OPTIONAL_CLASSES.reduce((mask, c) => (options.remove[c] ? mask | CLASS_BIT[c] : mask), 0);
  const valid: PreparedRow = { status: 'valid', detail: '', key: '', suppressedBy: null, classBits: 0, removal: null, removalDetail: '', hi: 0, lo: 0 };

  // A row between its two steps: its address, key and domain, with their fingerprints.
  let address = '';
  let key = '';
  let hi = 0;
  let lo = 0;
  let domain = '';
  let domainHi = 0;
  let domainLo = 0;
  // The suppression check asks for the facts of the row's domain (or, with the canonical
  // option, of gmail.com for a googlemail.com row): the row's own has its fingerprint already.
  const domainHit = (d: string) => domainFacts.suppressedBy(d === domain ? factsOf(d, domainHi, domainLo) : factsOf(d));

  /** Step 1: reads the email cell; returns the final row of a missing or invalid address, else null. */
  const start = (cell: string): PreparedRow | null => {
    address = normaliseAddress(cell);
    if (address === '') return final('missing', 'the email cell is empty');
    if (!isValidAddress(address)) return final('invalid', `not a valid address: ${cell.trim()}`);
    key = keyOf(address, options.canonical);
    // One fingerprint per row serves the suppression lookup here and the dedup index later.
    fingerprint(key, FP);
    hi = FP[0]!;
    lo = FP[1]!;
    domain = domainOf(address);
    fingerprint(domain, FP);
    domainHi = FP[0]!;
    domainLo = FP[1]!;
    return null;
  };

  /** Step 2: the lookups and classes of the row that step 1 read. */
  const finish = (columnValue: string | undefined): PreparedRow => {
    const suppressedBy = checkSuppression
      ? suppression.match(address, options.canonical ? key : null, domainHit, key === address ? hi : undefined, key === address ? lo : undefined)
      : null;
    const facts = factsOf(domain, domainHi, domainLo);
    const columnCode = columnValue === undefined ? null : countryOfValue(columnValue);
    const country = columnCode ?? domainFacts.country(facts);
    const classBits =
      (facts & FACT_DISPOSABLE ? CLASS_BIT.disposable : 0) |
      (isRoleAddress(address) ? CLASS_BIT.role : 0) |
      (facts & FACT_FREE ? CLASS_BIT.free : 0) |
      (country !== null && setup.consentCountries.has(country) ? CLASS_BIT.consentCountry : 0);

    let removal: OptionalClass | null = null;
    let removalDetail = '';
    const removable = classBits & removeMask;
    if (removable !== 0) {
      removal = firstClassOf(removable)!;
      const details: Record<OptionalClass, () => string> = {
        disposable: () => `disposable domain ${domain}`,
        role: () => `role address ${localPartOf(address)}@`,
        free: () => `free mail provider ${domain}`,
        consentCountry: () =>
          `${country} requires prior consent (${columnCode !== null ? 'country column' : `.${domain.slice(domain.lastIndexOf('.') + 1)} domain`})`,
      };
      removalDetail = details[removal]();
    }
    valid.key = key;
    valid.suppressedBy = suppressedBy;
    valid.classBits = classBits;
    valid.removal = removal;
    valid.removalDetail = removalDetail;
    valid.hi = hi;
    valid.lo = lo;
    return valid;
  };

  const prepare = ((row: Cells): PreparedRow =>
    start(row.field(setup.emailColumn) ?? '') ?? finish(setup.countryColumn === null ? undefined : row.field(setup.countryColumn))) as Preparer;

  // Step 1's results for a batch, kept between the steps (and reused from batch to batch).
  let addresses: string[] = [];
  let keys: string[] = [];
  let domains: string[] = [];
  let his = new Int32Array(0);
  let los = new Int32Array(0);
  let domainHis = new Int32Array(0);
  let domainLos = new Int32Array(0);
  prepare.many = (emails, countries, each) => {
    const n = emails.length;
    if (his.length < n) {
      his = new Int32Array(n * 2);
      los = new Int32Array(n * 2);
      domainHis = new Int32Array(n * 2);
      domainLos = new Int32Array(n * 2);
    }
    let count = 0;
    const rows: number[] = [];
    for (let i = 0; i < n; i++) {
      const cell = emails[i];
      if (cell === undefined) continue;
      const done = start(cell);
      if (done !== null) {
        each(i, done);
        continue;
      }
      rows.push(i);
      addresses[count] = address;
      keys[count] = key;
      domains[count] = domain;
      his[count] = hi;
      los[count] = lo;
      domainHis[count] = domainHi;
      domainLos[count] = domainLo;
      count++;
    }
    // All the rows' first cache misses at once, then the second ones of the domain facts.
    if (checkSuppression) suppression.touch(his.subarray(0, count));
    domainFacts.touch(domainHis.subarray(0, count), domainLos.subarray(0, count));
    for (let r = 0; r < count; r++) {
      address = addresses[r]!;
      key = keys[r]!;
      domain = domains[r]!;
      hi = his[r]!;
      lo = los[r]!;
      domainHi = domainHis[r]!;
      domainLo = domainLos[r]!;
      const i = rows[r]!;
      each(i, finish(countries === null ? undefined : countries[i]));
    }
    // Nothing of the batch is kept alive until the next one.
    addresses = [];
    keys = [];
    domains = [];
  };
  return prepare;
}

function final(status: 'missing' | 'invalid', detail: string): PreparedRow {
  return { status, detail, key: '', suppressedBy: null, classBits: 0, removal: null, removalDetail: '' };
}


/** Kept rows share one decision object per combination of classes: no allocation per row. */
const KEPT_DECISIONS: readonly RowDecision[] = CLASS_SETS.map((classes) => ({ reason: null, detail: '', classes }));

/**
 * The in-order half of the classifier: gives a prepared row exactly one reason by precedence —
 * missing, invalid, optedOut, suppressed, duplicate, then the optional classes in the order
 * disposable, role, free, consentCountry (each removed only when its option is on) — and adds
 * kept rows to `kept`. Rows must come in file order: "duplicate" means "same key as an earlier
 * kept row". Kept decisions are shared objects: do not change them.
 */
export function decideRow(row: PreparedRow, rowNumber: number, kept: KeyIndex, optedOut: KeyIndex | null): RowDecision {
  if (row.status !== 'valid') return { reason: row.status, detail: row.detail, classes: NO_CLASSES };
  const key = row.key;
  const start = row.keyStart ?? 0;
  const end = row.keyEnd ?? key.length;
  const markedAt = optedOut?.get(key, row.hi, row.lo, start, end);
  if (markedAt !== undefined) return { reason: 'optedOut', detail: `opted out at row ${markedAt}`, classes: NO_CLASSES };
  if (row.suppressedBy !== null) return { reason: 'suppressed', detail: row.suppressedBy, classes: NO_CLASSES };
  const first = kept.get(key, row.hi, row.lo, start, end);
  if (first !== undefined) return { reason: 'duplicate', detail: `duplicate of row ${first}`, classes: NO_CLASSES };
  if (row.removal !== null) return { reason: row.removal, detail: row.removalDetail, classes: CLASS_SETS[row.classBits]! };
  kept.add(key, rowNumber, row.hi, row.lo, start, end);
  return KEPT_DECISIONS[row.classBits]!;
}

/**
 * Decides, row by row, what happens to each data row ({@link createPreparer} then
 * {@link decideRow}). Rows must be given in file order.
 */
export function createClassifier(setup: ClassifierSetup, optedOut: KeyIndex | null) {
  const prepare = createPreparer(setup);
  const kept = new KeyIndex();
  return (row: Cells, rowNumber: number): RowDecision => decideRow(prepare(row), rowNumber, kept, optedOut);
}

/** What the optional classes need to know about a domain. */
interface DomainFacts {
  disposable: boolean;
  free: boolean;
  /** The country its ccTLD names, or null. */
  country: string | null;
  /** The suppression entry that covers it (itself or a parent domain), or null. */
  suppressedBy: string | null;
}

/**
 * Domain → {@link DomainFacts}, for up to `limit` domains, then it starts over. A lead list has
 * hundreds of thousands of distinct domains, and a `Map` that large costs about a microsecond per
 * lookup with a freshly cut string (hashing it, then a cache miss on every pointer); a
 * {@link KeyIndex} probes one flat table, and the facts fit in the number it stores.
 *
 * A fact number: bit 0 always set (the index stores positive numbers), bit 1 disposable
 * (FACT_DISPOSABLE), bit 2 free (FACT_FREE), bits 3-12 the ccTLD country (see `countryNumber`:
 * every two-letter code fits), bits 13-31 the suppression entry + 1. Entries are numbered as
 * they are met; when they no longer fit, the cache starts over like at its size limit. A fact
 * number is read before the next call to `set`, which may start the cache over.
 */
class DomainFactsCache {
  #index = new KeyIndex();
  /** Suppression entries met so far; a fact number stores their positions. */
  #entries = new Interned();
  readonly #limit: number;
  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The fact number of `domain`, or undefined when it is not cached. `hi`, `lo`: its fingerprint, if known. */
  get(domain: string, hi?: number, lo?: number): number | undefined {
    return this.#index.get(domain, hi, lo);
  }

  /** Brings the slots and keys of these domains' fingerprints into the cache (see `KeyIndex.touch`). */
  touch(his: Int32Array, los: Int32Array): void {
    this.#index.touch(his);
    this.#index.touchKeys(his, los);
  }

  /** Caches the facts of `domain` and returns their fact number. */
  set(domain: string, facts: DomainFacts): number {
    if (this.#index.size >= this.#limit || (facts.suppressedBy !== null && this.#entries.size > MAX_ENTRY)) this.#startOver();
    const entry = facts.suppressedBy === null ? 0 : this.#entries.id(facts.suppressedBy) + 1;
    const packed = (1 | (facts.disposable ? FACT_DISPOSABLE : 0) | (facts.free ? FACT_FREE : 0) | (countryNumber(facts.country) << 3) | (entry << 13)) >>> 0;
    this.#index.add(domain, packed);
    return packed;
  }

  /** The ccTLD country of a fact number. */
  country(packed: number): string | null {
    return COUNTRY_CODES[(packed >>> 3) & 0x3ff] ?? null;
  }

  /** The suppression entry of a fact number. */
  suppressedBy(packed: number): string | null {
    return this.#entries.at((packed >>> 13) - 1);
  }

  #startOver(): void {
    this.#index = new KeyIndex();
    this.#entries = new Interned();
  }
}

const FACT_DISPOSABLE = 2;
const FACT_FREE = 4;
/** The largest suppression entry number a fact number holds (19 bits, less the 0 for none). */
const MAX_ENTRY = 2 ** 19 - 2;

/** Two-letter codes by number: 1 + 26 × first letter + second letter (0: no country). */
const COUNTRY_CODES: readonly (string | null)[] = [
  null,
  ...Array.from({ length: 26 * 26 }, (_, n) => String.fromCharCode(65 + Math.floor(n / 26), 65 + (n % 26))),
];

/**
 * The number of a country code (see COUNTRY_CODES): `countryCodeFromDomain` only gives
 * two-letter codes A-Z; anything else would be a bug, and throws rather than mix countries up.
 */
function countryNumber(code: string | null): number {
  if (code === null) return 0;
  const a = code.charCodeAt(0) - 65;
  const b = code.charCodeAt(1) - 65;
  if (code.length !== 2 || a < 0 || a > 25 || b < 0 || b > 25) throw new RangeError(`not a two-letter country code: ${code}`);
  return 1 + a * 26 + b;
}

/** A list of distinct strings, each known by its position. */
class Interned {
  readonly #list: string[] = [];
  readonly #ids = new Map<string, number>();
  /** How many strings it holds. */
  get size(): number {
    return this.#list.length;
  }
  /** The position of `value`, added at the end if new. */
  id(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.#list.length;
      // A value cut from a lead's address would keep the whole piece of text it came from alive.
      const own = ownCopy(value);
      this.#list.push(own);
      this.#ids.set(own, id);
    }
    return id;
  }
  /** The string at `id`, or null for -1. */
  at(id: number): string | null {
    return id < 0 ? null : this.#list[id]!;
  }
}

/** Shared empty class list: most rows fall in no optional class (never mutated). */
const NO_CLASSES: readonly OptionalClass[] = [];

/** Distinct domains remembered before the cache starts over (about 40 MB at most). */
const DOMAIN_CACHE_SIZE = 1_000_000;
/** Distinct country cells remembered before that cache starts over. */
const COUNTRY_CACHE_SIZE = 10_000;

/** A Map that forgets everything when it reaches `limit` entries: memory stays bounded. */
class BoundedCache<K, V> {
  #map = new Map<K, V>();
  readonly #limit: number;
  constructor(limit: number) {
    this.#limit = limit;
  }
  get(key: K): V | undefined {
    return this.#map.get(key);
  }
  set(key: K, value: V): void {
    if (this.#map.size >= this.#limit) this.#map = new Map();
    this.#map.set(key, value);
  }
}
