/**
 * Optional removal classes: role mailboxes, free-mail domains and disposable domains.
 *
 * The lists come from maintained npm packages, never copied into this repository, so an update
 * is a version bump and the report can name the exact list it used ({@link LIST_VERSIONS}).
 * The role and free lists are small (about 1 K prefixes, 9 K domains) and load with this module;
 * the disposable list is loaded on demand by {@link loadDisposableDomains}, so the page only
 * pays for it inside the worker and only when the user ticks that option.
 */
import freeDomainList from 'email-providers/all.json' with { type: 'json' };
import rolePrefixes from 'role-based-email-addresses';
import { FNV_OFFSET, FNV_PRIME, HashBits } from '../bytes/hash-bits.ts';
import { DomainFilter } from './domain-filter.ts';
import { lastIndexOfCode, toAsciiDomain } from './normalise.ts';

export { LIST_VERSIONS } from './list-versions.ts';

/**
 * Role prefixes the package lacks, for the languages of our readers' target markets. The
 * package already has e.g. kontakt, ventas, verkauf, buchhaltung, contacto, comptabilite,
 * amministrazione, biuro, zakaz; these fill the gaps found when checking it (v3.1.0).
 */
const EXTRA_ROLE_PREFIXES = [
  // German
  'anfrage', 'anfragen', 'bewerbung', 'bewerbungen', 'buero', 'datenschutz', 'einkauf', 'empfang',
  'karriere', 'kundenservice', 'rechnung', 'rechnungen', 'redaktion', 'vertrieb', 'verwaltung',
  // French
  'accueil', 'bureau', 'facturation', 'secretariat', 'service.client',
  // Italian
  'acquisti', 'contatti', 'contatto', 'fatturazione', 'segreteria', 'ufficio', 'vendite',
  // Dutch
  'boekhouding', 'inkoop', 'verkoop',
  // Polish
  'faktury', 'kancelaria', 'ksiegowosc', 'sprzedaz',
  // Nordic
  'asiakaspalvelu', 'kundservice', 'laskutus', 'myynti', 'salg',
  // Russian (transliterated local parts)
  'buh', 'buhgalteria', 'prodazhi', 'priemnaya',
  // Privacy contacts, which are role mailboxes by law (GDPR Art. 37(7) publishes the DPO contact)
  'dpo', 'gdpr', 'dataprotection',
];

/**
 * Package entries that are first names or surnames (`per`, `alexa`, `gardner`) or that name a
 * single identifiable person rather than a shared mailbox (`ceo`): flagging them would remove
 * real named contacts.
 */
const NOT_ROLE_PREFIXES = new Set(['alexa', 'ceo', 'ceos', 'gardner', 'per']);

const ROLE_PREFIXES: ReadonlySet<string> = new Set(
  [...rolePrefixes, ...EXTRA_ROLE_PREFIXES].filter((prefix) => !NOT_ROLE_PREFIXES.has(prefix)),
);

/**
 * True when the local part of a normalised key, without any `+tag`, is a role mailbox
 * (`info`, `sales`, `no-reply`, `kontakt`, `ventas`, …) rather than a person. Role addresses
 * matter twice: mailbox providers and ESPs treat them as risky, and some regulators (FR, BE) are
 * more lenient with generic company addresses than with named ones.
 * @example isRoleAddress('info+eu@acme.com') // true
 */
export function isRoleAddress(key: string): boolean {
  // Hashes the local part up to a `+` as it reads it, and cuts a string only for a hash that a
  // role prefix has: most addresses are people, and this runs on every row of a lead list.
  const at = lastIndexOfCode(key, 0x40);
  let end = at === -1 ? 0 : at;
  let hash = FNV_OFFSET;
  for (let i = 0; i < end; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x2b) {
      end = i;
      break;
    }
    hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  return ROLE_BITS.has(hash) && ROLE_PREFIXES.has(key.slice(0, end));
}

/**
 * The role prefixes' FNV-1a hashes, 2^16 bits: a local part whose bit is clear is no role
 * prefix, known without a Set lookup (most rows).
 */
const ROLE_BITS = new HashBits(16);
for (const prefix of ROLE_PREFIXES) {
  let hash = FNV_OFFSET;
  for (let i = 0; i < prefix.length; i++) hash = Math.imul(hash ^ prefix.charCodeAt(i), FNV_PRIME);
  ROLE_BITS.add(hash);
}

/**
 * Entries of the `email-providers` list (v2.26.0) that are placeholders or test domains, not
 * mail providers; a lead at them is not "free mail" (and is better caught by validation or a
 * human eye). `mail.com` and `email.com` stay: they are real free providers.
 */
const NOT_FREE_DOMAINS = new Set([
  'dm.w3internet.co.ukexample.com',
  'example.com',
  'mydomain.com',
  'officedomain.com',
  'ourpreviewdomain.com',
  'test.com',
  'test.de',
  'ukexample.com',
  'yourdomain.com',
]);

let freeDomains: ReadonlySet<string> | null = null;

/**
 * The free-mail set, built on first use. The package's `all.json` (about 8.8 K domains, from
 * goware/emailproviders) is used rather than `common.json` (about 360) because regional
 * providers such as bk.ru, inbox.ru or googlemail.com are only in the former. A few entries are
 * Unicode (`müll.email`), so entries are converted to punycode like our keys; one malformed
 * entry containing `@` is skipped. The list also contains some disposable providers
 * (mailinator.com): that is correct, they are free too.
 */
function getFreeDomains(): ReadonlySet<string> {
  if (freeDomains === null) {
    const set = new Set<string>();
    for (const entry of freeDomainList as readonly string[]) {
      if (entry.includes('@') || NOT_FREE_DOMAINS.has(entry)) continue;
      set.add(toAsciiDomain(entry.toLowerCase()));
    }
    freeDomains = set;
  }
  return freeDomains;
}

/**
 * True when `domain` (lower-case punycode, as from `domainOf`) is a free consumer mail provider:
 * gmail.com, yahoo.com, outlook.com, gmx.de, web.de, mail.ru, orange.fr, libero.it … Exact
 * match only: a company's subdomain of a provider is not a free mailbox.
 */
export function isFreeMailDomain(domain: string): boolean {
  return getFreeDomains().has(domain);
}

let freeFilter: DomainFilter | null = null;

/** The free-mail domains as a {@link DomainFilter} (exact domains: test a whole domain's hash). */
export function freeMailFilter(): DomainFilter {
  return (freeFilter ??= DomainFilter.of(getFreeDomains()));
}

/** Number of domains in the free-mail set, for the page's "lists used" line. */
export function freeMailDomainCount(): number {
  return getFreeDomains().size;
}

/** Number of role prefixes in use (package plus additions, minus exclusions). */
export function rolePrefixCount(): number {
  return ROLE_PREFIXES.size;
}

let disposableDomains: Promise<Set<string>> | null = null;

/**
 * Loads the disposable-domain list (disposable-email-domains-js, the CC0 npm mirror of the
 * curated disposable-email-domains project; about 8.9 K domains) and returns it as a Set. The
 * dynamic `import()` makes Vite emit the list as its own chunk, fetched from our origin only when
 * this is called; Node reads it from node_modules. The promise is cached, so calling it again is
 * free; a failed load is not cached. The package has no `exports` map, so the deep path to its
 * JSON is allowed.
 */
export function loadDisposableDomains(): Promise<Set<string>> {
  disposableDomains ??= import('disposable-email-domains-js/dist/dict/disposable_email_blocklist.json', {
    with: { type: 'json' },
  }).then(
    (module) => new Set((module.default as readonly string[]).map((domain) => domain.toLowerCase())),
    (error: unknown) => {
      // Forget a failed load (e.g. a chunk request cut off) so the next call can retry.
      disposableDomains = null;
      throw error;
    },
  );
  return disposableDomains;
}

/**
 * True when `domain` or one of its parent domains is in `set` (from
 * {@link loadDisposableDomains}): disposable services hand out random subdomains, so
 * `x.mailinator.com` must match `mailinator.com`.
 */
export function isDisposableDomain(domain: string, set: ReadonlySet<string>): boolean {
  let d = domain;
  while (d.includes('.')) {
    if (set.has(d)) return true;
    d = d.slice(d.indexOf('.') + 1);
  }
  return false;
}
