/**
 * Suppression ("do not contact") lists: reading any cell of any file as an email address, a
 * domain, or an MD5/SHA-256 hash of an address, and matching lead keys against the result.
 *
 * Hashed lists are the affiliate and ad-platform way to share opt-outs without sharing addresses
 * (OPTIZMO, Daisycon, Customer Match); their convention is "trim + lowercase, then hash", which is
 * exactly our key from `normaliseAddress`. Hashes are pseudonymous, not anonymous: still personal
 * data, which is why this module never hashes unless a hashed list asks for it.
 */
import { KeyIndex, type HashedKey, type KeyIndexSnapshot } from '../collections/key-index.ts';
import { DigestSet, type DigestSetSnapshot } from '../collections/digest-set.ts';
import { DomainFilter } from './domain-filter.ts';
import { md5Bytes, sha256Bytes } from './hash.ts';
import { canonicalAddress, domainOf, isValidAddress, normaliseAddress, toAsciiDomain } from './normalise.ts';

/** What one suppression cell turned out to be. `key`, `domain` and `hash` are ready to compare. */
export type SuppressionValue =
  | { kind: 'email'; key: string }
  | { kind: 'domain'; domain: string }
  | { kind: 'md5' | 'sha256'; hash: string }
  | { kind: 'ignored' };

/** The summary's `suppression` object: distinct entries by kind, plus cells that were none. */
export interface SuppressionCounts {
  /** Distinct email keys. */
  emails: number;
  /** Distinct domains (each also covers its subdomains). */
  domains: number;
  /** Distinct MD5 and SHA-256 hashes together. */
  hashes: number;
  /** Non-empty cells that held no address, domain or hash (headers, names, notes). */
  ignored: number;
}

/** See {@link SuppressionIndex.snapshot}. */
export interface SuppressionSnapshot {
  emails: KeyIndexSnapshot;
  canonicalEmails: { index: KeyIndexSnapshot; entries: string[] } | null;
  domains: Set<string>;
  md5: DigestSetSnapshot;
  sha256: DigestSetSnapshot;
  ignored: number;
}

/** Options fixed when the index is built, because they decide what is stored. */
export interface SuppressionIndexOptions {
  /**
   * The "Treat Gmail dots and +tags as one mailbox" option: also store each email entry's
   * `canonicalAddress`, so `j.doe+x@gmail.com` on the list suppresses `jdoe@gmail.com` in the
   * leads and the other way round. Pass the lead's canonical key to `match` when it is on.
   */
  canonical?: boolean;
}

const MD5_HEX = /^[0-9a-fA-F]{32}$/;
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * A host name with at least one dot: LDH labels of 1–63 characters, and a top-level label that
 * is alphabetic or punycode. The TLD rule keeps numbers (`12.50`, `1.2.3.4`) and versions
 * (`v1.0`) found in arbitrary suppression-file cells from being read as domains.
 */
const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Longest DNS name in its text form (RFC 1035: 255 octets on the wire). */
const MAX_DOMAIN_LENGTH = 253;

/**
 * Classifies one suppression cell. Returns null for an empty cell (not counted anywhere).
 *
 * - 32 or 64 hex characters, any case → `md5` / `sha256`, stored lower-case.
 * - a value with an `@` after its first character → `email` if {@link normaliseAddress} makes a
 *   valid address of it (so `Name <a@b.com>` and `mailto:` links work), otherwise `ignored`;
 * - `acme.com`, `@acme.com`, `*@acme.com`, `*.acme.com`, `.acme.com`, any case, IDN → `domain`
 *   in lower-case punycode, if it is a host name with a dot;
 * - anything else, including header cells such as `email` or `domain` → `ignored`.
 */
export function classifySuppressionValue(raw: string): SuppressionValue | null {
  const s = raw.replace(ZERO_WIDTH, '').trim();
  if (s === '') return null;

  if (s.length === 32 && MD5_HEX.test(s)) return { kind: 'md5', hash: s.toLowerCase() };
  if (s.length === 64 && SHA256_HEX.test(s)) return { kind: 'sha256', hash: s.toLowerCase() };

  if (s.indexOf('@') > 0 && !s.startsWith('*@')) {
    const key = normaliseAddress(s);
    return isValidAddress(key) ? { kind: 'email', key } : { kind: 'ignored' };
  }

  const domain = domainEntry(s);
  return domain === null ? { kind: 'ignored' } : { kind: 'domain', domain };
}

/** A character that may separate entries in one cell: `,` `;` or white space. */
const SEPARATOR = /[,;\s]/;
/** Addresses in angle brackets: `Ann <a@x.com>`. */
const ANGLED = /<([^<>\s]+@[^<>\s]+)>/g;
/** What is left of a cell once its bracketed addresses and quoted names are taken out. */
const ANGLED_OR_QUOTED = /<[^<>]*>|"[^"]*"/g;

/**
 * The entries of one suppression cell. A cell usually holds one (returned as it is), but exports
 * and hand-kept lists put several in one: `a@x.com, f@y.com`, `a@x.com; f@y.com`, one per line,
 * `Ann <a@x.com>, Fay <f@y.com>`. When the cell holds two or more entries (addresses in angle
 * brackets, or words that are each an address, domain or hash), those are returned, one each;
 * otherwise the whole cell, so that `"Doe, Jane" <jane@acme.com>` stays one address and
 * `unsubscribed 2026` one ignored cell.
 */
export function suppressionCellEntries(cell: string): string[] {
  if (!SEPARATOR.test(cell.trim())) return [cell];
  const entries = Array.from(cell.matchAll(ANGLED), (m) => m[1]!);
  for (const word of cell.replace(ANGLED_OR_QUOTED, ' ').split(/[,;\s]+/)) {
    const value = word === '' ? null : classifySuppressionValue(word);
    if (value !== null && value.kind !== 'ignored') entries.push(word);
  }
  return entries.length >= 2 ? entries : [cell];
}

/** Reads the domain forms listed on {@link classifySuppressionValue}; null when not a domain. */
function domainEntry(value: string): string | null {
  let s = value.toLowerCase();
  // Wildcard spellings from other tools all mean "this domain and its subdomains" here.
  for (const prefix of ['*@', '@', '*.', '.']) {
    if (s.startsWith(prefix)) {
      s = s.slice(prefix.length);
      break;
    }
  }
  if (s.endsWith('.')) s = s.slice(0, -1);
  s = toAsciiDomain(s);
  return s.length <= MAX_DOMAIN_LENGTH && HOSTNAME.test(s) ? s : null;
}

/**
 * The suppression entries of one run, and the matcher the cleaner calls per lead row.
 *
 * Matching is by exact key, by domain (a domain entry covers itself and every subdomain), and
 * by hash. Hashing is the expensive part, so a lead key is only hashed when hashed entries
 * exist, and only with the algorithms that occur in the list: a million-row lead list checked
 * against a plain list computes no hash at all.
 *
 * Email entries, probed once per lead row, are kept in a {@link KeyIndex} (no size limit, and a
 * lookup does not chase pointers through a large `Set`); hashes as bytes in a {@link DigestSet}
 * (a row's digest is compared as bytes, with no hex string made). Domains are kept in a `Set`,
 * which V8 caps at 2^24 entries, far beyond the suppression lists seen in practice.
 */
export class SuppressionIndex {
  /** Email keys; a {@link KeyIndex} rather than a `Set`, as it is probed once per lead row. */
  #emails = new KeyIndex();
  /**
   * Only with the option on: canonical key → the position in `#canonicalEntries` of the first
   * list entry with that canonical form. A {@link KeyIndex}, like `#emails`, because it is
   * probed once per lead row, with the fingerprint the row's key already has.
   */
  #canonicalEmails: KeyIndex | null;
  #canonicalEntries: string[] = [];
  #domains = new Set<string>();
  /** The domains as a bitmap, made when first asked for and kept up to date after. */
  #domainFilter: DomainFilter | null = null;
  #md5 = new DigestSet(16);
  #sha256 = new DigestSet(32);
  #ignored = 0;

  /** Creates an empty index; see {@link SuppressionIndexOptions}. */
  constructor(options: SuppressionIndexOptions = {}) {
    this.#canonicalEmails = options.canonical ? new KeyIndex() : null;
  }

  /**
   * Stores every entry of one cell of a suppression file (see {@link suppressionCellEntries}).
   */
  addCell(cell: string): void {
    for (const entry of suppressionCellEntries(cell)) this.add(entry);
  }

  /**
   * Classifies one raw value and stores it. Returns what it was, or null for an empty value.
   * Duplicates are stored once and counted once.
   */
  add(raw: string): SuppressionValue | null {
    const value = classifySuppressionValue(raw);
    if (value === null) return null;
    switch (value.kind) {
      case 'email':
        this.#emails.getOrAdd(value.key, 1);
        if (this.#canonicalEmails !== null) {
          const canonical = canonicalAddress(value.key);
          if (this.#canonicalEmails.get(canonical) === undefined) {
            this.#canonicalEmails.add(canonical, this.#canonicalEntries.length);
            this.#canonicalEntries.push(value.key);
          }
        }
        break;
      case 'domain':
        this.#domains.add(value.domain);
        this.#domainFilter?.add(value.domain);
        break;
      case 'md5':
        this.#md5.addHex(value.hash);
        break;
      case 'sha256':
        this.#sha256.addHex(value.hash);
        break;
      case 'ignored':
        this.#ignored++;
        break;
    }
    return value;
  }

  /**
   * The index's entries, for {@link SuppressionIndex.fromSnapshot} on another thread: posting
   * it in a message copies it, which costs far less than reading the files again there. The
   * parts are the index's own: change nothing in them.
   */
  snapshot(): SuppressionSnapshot {
    const canonicalEmails = this.#canonicalEmails === null ? null : { index: this.#canonicalEmails.snapshot(), entries: this.#canonicalEntries };
    return { emails: this.#emails.snapshot(), canonicalEmails, domains: this.#domains, md5: this.#md5.snapshot(), sha256: this.#sha256.snapshot(), ignored: this.#ignored };
  }

  /** An index holding what `snapshot` held (it takes the parts as they are: pass copies). */
  static fromSnapshot(snapshot: SuppressionSnapshot): SuppressionIndex {
    const index = new SuppressionIndex();
    index.#emails = KeyIndex.fromSnapshot(snapshot.emails);
    index.#canonicalEmails = snapshot.canonicalEmails === null ? null : KeyIndex.fromSnapshot(snapshot.canonicalEmails.index);
    index.#canonicalEntries = snapshot.canonicalEmails?.entries ?? [];
    index.#domains = snapshot.domains;
    index.#md5 = DigestSet.fromSnapshot(snapshot.md5);
    index.#sha256 = DigestSet.fromSnapshot(snapshot.sha256);
    index.#ignored = snapshot.ignored;
    return index;
  }

  /** Adds every value of an iterable, e.g. {@link suppressionValuesFromRows}. */
  addAll(values: Iterable<string>): void {
    for (const value of values) this.add(value);
  }

  /**
   * The domain entries as a {@link DomainFilter}: a domain none of whose suffixes it may have
   * is covered by no entry (`walkDomain` would return null).
   */
  domainFilter(): DomainFilter {
    return (this.#domainFilter ??= DomainFilter.of(this.#domains));
  }

  /** The distinct email keys, in the order they were first added. */
  emailKeys(): Iterable<string> {
    return this.#emails.keys();
  }

  /** Brings the email slots of these fingerprints into the cache (see `KeyIndex.touch`). */
  touch(his: Int32Array): void {
    if (this.#emails.size > 0) this.#emails.touch(his);
  }

  /** The summary's `suppression` object, computed now. */
  get counts(): SuppressionCounts {
    return {
      emails: this.#emails.size,
      domains: this.#domains.size,
      hashes: this.#md5.size + this.#sha256.size,
      ignored: this.#ignored,
    };
  }

  /** True when nothing was added that can match, so the cleaner can skip `match` entirely. */
  get isEmpty(): boolean {
    return this.#emails.size + this.#domains.size + this.#md5.size + this.#sha256.size === 0;
  }

  /**
   * Why `key` is suppressed, or null. `key` is a valid normalised lead key; `canonical` is its
   * `canonicalAddress` when the canonical option is on, else null. Checks in order of cost and
   * returns the first hit: `email <entry>`, `domain <entry>`, `sha256 hash`, `md5 hash`.
   * Email entries are compared by canonical form only if the index was built with
   * `{ canonical: true }`; hashed entries are tried against `canonical` whenever it is given.
   * `domainHit` replaces {@link SuppressionIndex.walkDomain} for a caller that caches what it
   * knows per domain (the cleaner: one lookup per row).
   */
  match(key: string, canonical: string | null, domainHit: (domain: string) => string | null = (d) => this.walkDomain(d)): string | null {
    if (this.#emails.get(key) !== undefined) return `email ${key}`;
    const canonicalAt = canonical === null ? undefined : this.#canonicalEmails?.get(canonical);
    return this.#match(key, canonicalAt, canonical, undefined, domainHit);
  }

  /**
   * {@link SuppressionIndex.match} for a key whose fingerprint is known (`key.text` is the whole
   * key); `domain`, the key's domain, when the caller has it already (`domainHit` is then called
   * with that very string).
   */
  matchHashed(key: HashedKey, canonical: string | null, domainHit: (domain: string) => string | null, domain?: string): string | null {
    if (this.#emails.getHashed(key) !== undefined) return `email ${key.text}`;
    let canonicalAt: number | undefined;
    if (canonical !== null && this.#canonicalEmails !== null) {
      // The usual call: the key is its own canonical form, and its fingerprint serves both.
      canonicalAt = canonical === key.text ? this.#canonicalEmails.getHashed(key) : this.#canonicalEmails.get(canonical);
    }
    return this.#match(key.text, canonicalAt, canonical, domain, domainHit);
  }

  /**
   * The checks after the key's own email entry: `canonicalAt`, where the canonical form's entry
   * is, if listed; `domain`, the key's domain if known.
   */
  #match(key: string, canonicalAt: number | undefined, canonical: string | null, known: string | undefined, domainHit: (domain: string) => string | null): string | null {
    if (canonicalAt !== undefined) return `email ${this.#canonicalEntries[canonicalAt]}`;

    if (this.#domains.size > 0) {
      const domain = known ?? domainOf(key);
      const hit = domainHit(domain);
      if (hit !== null) return `domain ${hit}`;
      // googlemail.com leads are gmail.com leads under the canonical option.
      if (canonical !== null && canonical !== key) {
        const canonicalDomain = domainOf(canonical);
        if (canonicalDomain !== domain) {
          const canonicalHit = domainHit(canonicalDomain);
          if (canonicalHit !== null) return `domain ${canonicalHit}`;
        }
      }
    }

    // A list hashed from canonical forms (Google's Enhanced Conversions spec removes Gmail dots)
    // or from plain forms can only be matched by trying both.
    const alt = canonical !== null && canonical !== key ? canonical : null;
    if (this.#sha256.size > 0) {
      if (this.#sha256.has(sha256Bytes(key)) || (alt !== null && this.#sha256.has(sha256Bytes(alt)))) return 'sha256 hash';
    }
    if (this.#md5.size > 0) {
      if (this.#md5.has(md5Bytes(key)) || (alt !== null && this.#md5.has(md5Bytes(alt)))) return 'md5 hash';
    }
    return null;
  }

  /**
   * The domain entry that covers `domain` or one of its parent domains, walking label by label.
   * Not memoised here: the cleaner caches it with the rest of what it knows per domain.
   */
  walkDomain(domain: string): string | null {
    let d = domain;
    // Entries always contain a dot, so the walk stops before the bare top-level label.
    while (d.includes('.')) {
      if (this.#domains.has(d)) return d;
      d = d.slice(d.indexOf('.') + 1);
    }
    return null;
  }
}

/**
 * Every cell of every row, in order: suppression files come in any layout (one column, an
 * export with an email column among twenty, a hash per line with a header), and classifying
 * each cell is both simpler and safer than guessing the column.
 */
export function* suppressionValuesFromRows(rows: Iterable<readonly string[]>): Iterable<string> {
  for (const row of rows) yield* row;
}
