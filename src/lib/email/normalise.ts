/**
 * Email address keys: the one string per address that dedup, suppression and hashing compare.
 *
 * The key is deliberately lossy: it lowercases the local part, which RFC 5321 §2.4 says SMTP
 * must not do, because in practice every mailbox provider folds case at delivery and because the
 * hashed suppression lists we receive are built as "trim + lowercase" (OPTIZMO, ad platforms).
 * Domains are turned into ASCII (punycode) so `bücher.de` and `xn--bcher-kva.de` are one domain.
 *
 * Everything here runs per row on lists of millions of rows, so the common case (an address that
 * is already a plain ASCII key) takes a single character scan and no regular expression.
 */

/**
 * Zero-width characters that survive copy-paste from web pages and rich text. `String#trim`
 * removes U+FEFF but not these, and they are invisible in a spreadsheet, so they are removed
 * everywhere, not only at the ends. (U+200C/U+200D are meaningful inside some non-Latin domain
 * names; in an email cell they are far more often paste debris than intent.)
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * The WHATWG HTML "valid email address" grammar, verbatim from the spec. It is a deliberate
 * simplification of RFC 5322 (no quoted local parts, no comments, ASCII only) and is what a
 * browser's `<input type=email>` accepts, so users recognise its verdicts.
 * https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address
 */
export const WHATWG_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/**
 * The slow path repeats its clean-up until nothing changes, so that `normaliseAddress` is
 * idempotent even for nested debris such as `mailto:<"a@b.com">`. Real input settles in two or
 * three rounds; the cap only guards against a pathological cell.
 */
const MAX_CLEAN_ROUNDS = 8;

/**
 * Returns the comparison key for one raw email cell, or '' for an empty cell.
 *
 * Steps: remove zero-width characters and trim (Unicode whitespace including NBSP); take `addr`
 * from `Name <addr>` or `"Last, First" <addr>`; strip surrounding quotes; strip a leading
 * `mailto:` (any case), its `?query` and its percent-encoding (RFC 6068); strip a `?query`
 * after the `@` of a bare address; drop trailing `,` `;` left over from pasted prose; lowercase;
 * convert an internationalised domain to punycode; drop one trailing dot of the domain (the DNS
 * root, `a@b.com.`). Anything it cannot make sense of is returned cleaned but otherwise intact,
 * so that {@link isValidAddress} reports it as invalid instead of it being silently changed.
 *
 * The local part is lowercased but never transliterated: `JÖRG@Bücher.de` becomes
 * `jörg@xn--bcher-kva.de`, which {@link isValidAddress} then rejects (WHATWG has no
 * internationalised local parts).
 *
 * @example normaliseAddress(' "Doe, Jane" <Jane.Doe@Example.COM> ') // 'jane.doe@example.com'
 * @example normaliseAddress('mailto:a@b.com?subject=Hi') // 'a@b.com'
 */
export function normaliseAddress(raw: string): string {
  return fastKey(raw) ?? slowKey(raw);
}

/**
 * The fast path: a cell made only of `[A-Za-z0-9.@_+-]` with no trailing dot needs nothing but
 * lowercasing, and that is most cells of a real export. Returns null when the slow path must
 * decide. Kept as a charCode loop because it is several times faster than a regex test plus
 * `toLowerCase` on every row, and allocates nothing when the cell is already lowercase.
 */
function fastKey(raw: string): string | null {
  const n = raw.length;
  if (n === 0) return '';
  let upper = false;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) continue; // a-z
    if (c >= 0x40 && c <= 0x5a) {
      // '@' and A-Z
      if (c !== 0x40) upper = true;
      continue;
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2b) continue; // 0-9 . - _ +
    return null;
  }
  if (raw.charCodeAt(n - 1) === 0x2e) return null; // a trailing dot may be the domain's root dot
  return upper ? raw.toLowerCase() : raw;
}

/** The general path: repeats {@link cleanOnce} until the value is stable. */
function slowKey(raw: string): string {
  let s = raw;
  for (let round = 0; round < MAX_CLEAN_ROUNDS; round++) {
    const next = cleanOnce(s);
    if (next === s) break;
    s = next;
  }
  return s;
}

/** One round of the clean-up described on {@link normaliseAddress}. */
function cleanOnce(input: string): string {
  let s = input.replace(ZERO_WIDTH, '').trim();
  if (s === '') return '';

  // `Name <addr>`: the address is in the last angle brackets, because a quoted display name
  // may itself contain commas, quotes or even an `@` ("Jane@Acme" <jane@acme.com>).
  const lt = s.lastIndexOf('<');
  if (lt !== -1) {
    const gt = s.indexOf('>', lt + 1);
    s = s.slice(lt + 1, gt === -1 ? s.length : gt).trim();
  }

  s = stripSurroundingQuotes(s);

  let isMailto = false;
  if (s.length >= 7 && s.slice(0, 7).toLowerCase() === 'mailto:') {
    s = s.slice(7).trim();
    isMailto = true;
  }

  // In a mailto URI the first `?` starts the header fields (RFC 6068 requires a `?` in the
  // address itself to be percent-encoded). In a bare address `?` is a legal local-part
  // character, so only a `?` after the `@` (where a domain cannot have one) starts a query.
  const at = s.indexOf('@');
  const q = isMailto ? s.indexOf('?') : at === -1 ? -1 : s.indexOf('?', at + 1);
  if (q !== -1) s = s.slice(0, q);

  if (isMailto && s.includes('%')) {
    try {
      s = decodeURIComponent(s);
    } catch {
      // A malformed escape stays as typed; validation will reject the `%`.
    }
  }

  s = stripTrailingPunctuation(s).toLowerCase();

  const lastAt = s.lastIndexOf('@');
  if (lastAt === -1) return s;
  let domain = toAsciiDomain(s.slice(lastAt + 1));
  // Drop the DNS root dot only: `b.com..` is a typo we should not silently repair.
  if (domain.endsWith('.') && !domain.endsWith('..')) domain = domain.slice(0, -1);
  return s.slice(0, lastAt + 1) + domain;
}

/** Removes one pair of matching `"` or `'` around the whole value, as left by some exports. */
function stripSurroundingQuotes(s: string): string {
  if (s.length < 2) return s;
  const first = s.charCodeAt(0);
  if ((first === 0x22 || first === 0x27) && s.charCodeAt(s.length - 1) === first) return s.slice(1, -1).trim();
  return s;
}

/** Removes trailing `,` and `;`, which come with addresses pasted from a sentence or a To: line. */
function stripTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c !== 0x2c && c !== 0x3b) break;
    end--;
  }
  return end === s.length ? s : s.slice(0, end).trimEnd();
}

/**
 * Converts a domain to its ASCII (punycode) form with the WHATWG URL parser's UTS #46 ToASCII,
 * which exists in browsers, workers and Node alike: `Bücher.DE` → `xn--bcher-kva.de`,
 * full-width `ＥＸＡＭＰＬＥ.com` → `example.com`. ASCII input is returned unchanged (no
 * lowercasing: callers decide about case). On failure the input is returned as is, so that
 * validation, not this function, rejects it.
 */
export function toAsciiDomain(domain: string): string {
  let hasNonAscii = false;
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (c >= 0x80) {
      hasNonAscii = true;
    } else if (!isHostCharCode(c)) {
      // The URL parser would read `/`, `?`, `#`, `:` or `@` as the end of the host and drop the
      // rest, turning `bücher.de/x` into a valid-looking host. Leave such values alone.
      return domain;
    }
  }
  if (!hasNonAscii) return domain;
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return domain;
  }
}

/** True for the ASCII characters a host name may contain: letters, digits, `.` and `-`. */
function isHostCharCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
}

/**
 * Gmail and Googlemail are one mailbox namespace in which dots do not count (Google help,
 * answer 10313); Workspace domains are not in this set because there dots do count.
 */
export const GMAIL_DOMAINS: ReadonlySet<string> = new Set(['gmail.com', 'googlemail.com']);

/**
 * Consumer providers that document `+` subaddressing (RFC 5233) for every mailbox: Microsoft
 * consumer (since 2013), iCloud (with its legacy me.com/mac.com names), Fastmail, Proton.
 * Custom domains are not included: Microsoft 365 admins can turn `+` off, and other servers use
 * `-` or nothing, so stripping there could merge different people. Yahoo's `-` is not stripped
 * either: it cannot be told apart from a hyphen in a real name.
 */
export const PLUS_TAG_DOMAINS: ReadonlySet<string> = new Set([
  'outlook.com',
  'hotmail.com',
  'live.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'fastmail.com',
  'fastmail.fm',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
]);

/**
 * A 1 per (first character, length) of the domains of {@link GMAIL_DOMAINS} and
 * {@link PLUS_TAG_DOMAINS}, at `(code & 0x7f) << 5 | length`: a domain whose entry is 0 is none
 * of them. (Only a prefilter: a 1 still goes to the Sets.)
 */
const PROVIDER_SHAPES = (() => {
  const shapes = new Uint8Array(128 << 5);
  for (const domain of [...GMAIL_DOMAINS, ...PLUS_TAG_DOMAINS]) shapes[((domain.charCodeAt(0) & 0x7f) << 5) | domain.length] = 1;
  return shapes;
})();

/**
 * The "Treat Gmail dots and +tags as one mailbox" key for a normalised key: for gmail.com and
 * googlemail.com (mapped to gmail.com) removes dots and a `+tag` from the local part; for the
 * consumer providers in {@link PLUS_TAG_DOMAINS} removes a `+tag`; leaves other domains as they
 * are. A local part that would become empty (`+x@gmail.com`) is kept as it was, so two
 * different malformed values are never merged into `@gmail.com`. Idempotent.
 *
 * @example canonicalAddress('j.doe+news@googlemail.com') // 'jdoe@gmail.com'
 */
export function canonicalAddress(key: string): string {
  const at = lastIndexOfCode(key, AT_SIGN);
  return at === -1 ? key : canonicalAddressAt(key, at, key.slice(at + 1));
}

/**
 * {@link canonicalAddress} for a key whose last `@` is at `at` and whose domain (what follows
 * it) is `domain`: for the caller that has cut the domain out already (the cleaner, per row).
 */
export function canonicalAddressAt(key: string, at: number, domain: string): string {
  // Nearly every domain is none of the providers: the prefilter says so without hashing the
  // domain for the Set lookups (this runs on every row of a list).
  const n = domain.length;
  if (n >= 32 || PROVIDER_SHAPES[((domain.charCodeAt(0) & 0x7f) << 5) | n] !== 1) return key;
  const isGmail = GMAIL_DOMAINS.has(domain);
  if (!isGmail && !PLUS_TAG_DOMAINS.has(domain)) return key;

  const local = key.slice(0, at);
  const plus = local.indexOf('+');
  let canonicalLocal = plus === -1 ? local : local.slice(0, plus);
  if (isGmail) canonicalLocal = canonicalLocal.replaceAll('.', '');
  if (canonicalLocal === '') canonicalLocal = local;
  return `${canonicalLocal}@${isGmail ? 'gmail.com' : domain}`;
}

/**
 * True when a normalised key is a WHATWG HTML "valid email address" and its domain has at least
 * one dot. The dot rule rejects `a@localhost` and `a@acme`, which WHATWG allows for intranets but
 * which can never be a prospect's address. Non-ASCII local parts (`jörg@…`) are invalid here, as
 * in the WHATWG grammar; domains are expected in punycode, as {@link normaliseAddress} makes them.
 */
export function isValidAddress(key: string): boolean {
  // The grammar read by hand, one pass (every row of a lead list is checked): `WHATWG_EMAIL`
  // states it, and a property test holds the two to the same answers.
  const n = key.length;
  let i = 0;
  while (i < n && LOCAL_CHAR[key.charCodeAt(i)] === 1) i++;
  if (i === 0 || i === n || key.charCodeAt(i) !== 0x40) return false; // 1+ local characters, then '@'
  let labels = 0;
  for (i++; ; i++) {
    // A label: 1 to 63 letters, digits and hyphens, not starting or ending with a hyphen.
    const start = i;
    while (i < n && DOMAIN_CHAR[key.charCodeAt(i)] === 1) i++;
    const length = i - start;
    if (length === 0 || length > 63 || key.charCodeAt(start) === 0x2d || key.charCodeAt(i - 1) === 0x2d) return false;
    labels++;
    if (i === n) return labels > 1; // at least one dot after the '@'
    if (key.charCodeAt(i) !== 0x2e) return false;
  }
}

/** 1 for the ASCII codes of `WHATWG_EMAIL`'s local part, per code (codes from 128 read as undefined). */
const LOCAL_CHAR = codeSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-");
/** 1 for the letters, digits and hyphen of a domain label. */
const DOMAIN_CHAR = codeSet('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-');
function codeSet(chars: string): Uint8Array {
  const set = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

/**
 * The position of the last code unit `code` in `s`, or -1: `s.lastIndexOf` for one character.
 * A loop, because V8 runs `String.prototype.lastIndexOf` in C++ behind a call that costs more
 * than scanning an address (it was 2% of a 1M-row run, called several times per row).
 */
export function lastIndexOfCode(s: string, code: number): number {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) !== code) i--;
  return i;
}

const AT_SIGN = 0x40;

/** The part after the last `@` of a key (its domain), or '' when there is no `@`. */
export function domainOf(key: string): string {
  const at = lastIndexOfCode(key, AT_SIGN);
  return at === -1 ? '' : key.slice(at + 1);
}

/** The part before the last `@` of a key (its local part), or '' when there is no `@`. */
export function localPartOf(key: string): string {
  const at = lastIndexOfCode(key, AT_SIGN);
  return at === -1 ? '' : key.slice(0, at);
}
