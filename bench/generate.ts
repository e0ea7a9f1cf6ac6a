/**
 * Generates the benchmark's synthetic lead lists and suppression lists, deterministically.
 *
 *   npx tsx bench/generate.ts [--sizes 100k,1m,5m] [--shapes teams,spread] [--force]
 *
 * For each data set N (a size, `1m`, or a size in the spread shape, `1m-spread`) it writes (in
 * bench/data/):
 * - `leads-N.csv`: N data rows of a prospect export, ~150 bytes a row. Columns: First Name, Last
 *   Name, Email, Company, Title, Country, Phone, LinkedIn URL, Notes. Company, title and notes
 *   cells are quoted when they hold commas, `""` quotes or (rarely) a line break. About 10% of
 *   the rows repeat an earlier person's address in another case and with spaces around it; about
 *   1% have an empty or clearly invalid address; about 2% repeat an earlier Gmail, Outlook or
 *   Hotmail person's mailbox with other dots, a +tag or googlemail.com (one mailbox under the
 *   default options, another address under `--no-canonical`); about 1% of the people are on
 *   disposable domains (one of them a subdomain of a listed one). In the `teams` shape about 8
 *   people share a company domain; in the `spread` shape every person has a company of their own.
 * - `suppress-plain-N.csv`: 50 000 entries, one column: 45 000 addresses and 5 000 domains, some
 *   of each present in the leads (subdomains of a listed domain are suppressed too).
 * - `suppress-sha256-N.csv`: 50 000 SHA-256 hashes, half of them of lead addresses.
 * - `dataset-N.json`: file sizes (for reuse) and the number of rows a correct cleaner keeps.
 *
 * The data is built so that our cleaner and the SQL jobs in duckdb-job.ts mean the same thing by
 * every row, in both jobs (default options and `--no-canonical --keep-disposable`): addresses
 * are ASCII, padding is plain spaces (what SQL `trim` removes), invalid addresses are invalid
 * under both the WHATWG grammar and `LIKE '%_@_%._%'`, a person's first address is its own
 * canonical form (Gmail locals without dots, no +tags), and there is no opt-out column.
 * - `disposable-domains.csv` (once): the cleaner's disposable-domain list, for DuckDB's job.
 *
 * Files are streamed to disk in ~1 MB writes; existing files of the recorded size are reused.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDisposableDomains } from '../src/lib/email/lists';
import { DATA_DIR, DEFAULT_SIZES, DISPOSABLE_LIST, GENERATOR_VERSION, SHAPES, datasetName, datasetPaths, parseSize, readDataset, shapeOf, type Dataset, type JobKind, type ListKind, type Manifest, type Shape } from './dataset';

/** Every file derives from this seed; change it and every number in RESULTS.md changes. */
const SEED = 0x5eed_c01d;

const DUPLICATE_SHARE = 0.1;
const INVALID_SHARE = 0.01;
/** Rows that repeat an earlier Gmail/Outlook/Hotmail person's mailbox under another address. */
const MAILBOX_VARIANT_SHARE = 0.02;
const SUPPRESSION_ENTRIES = 50_000;
const SUPPRESSED_DOMAINS = 5_000;

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny 32-bit PRNG, plenty for test data and identical on every platform. */
class Random {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A generator for one entity (a person, a company), independent of how many draws came before. */
  static forKey(key: number, salt = 0): Random {
    return new Random(mix32(SEED ^ mix32(key + salt * 0x9e3779b9)));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** `digits` random decimal digits. */
  digits(digits: number): string {
    let s = '';
    for (let i = 0; i < digits; i++) s += String(this.int(10));
    return s;
  }

  /** `count` distinct integers from [0, n) (count must be well below n). */
  distinct(count: number, n: number): Set<number> {
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(this.int(n));
    return chosen;
  }
}

/** The murmur3 finaliser: spreads the bits of a 32-bit integer. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: names as shown (with accents) and as they appear in addresses (ASCII).

const FIRST_NAMES: readonly (readonly [string, string])[] = [
  ['Anna', 'anna'], ['Lukas', 'lukas'], ['Marie', 'marie'], ['Jonas', 'jonas'], ['Sophie', 'sophie'],
  ['Léa', 'lea'], ['José', 'jose'], ['Zoë', 'zoe'], ['Björn', 'bjorn'], ['Chloé', 'chloe'],
  ['Mateo', 'mateo'], ['Olga', 'olga'], ['Dmitri', 'dmitri'], ['Inès', 'ines'], ['Emma', 'emma'],
  ['Noah', 'noah'], ['Mia', 'mia'], ['Elias', 'elias'], ['Hannah', 'hannah'], ['Paul', 'paul'],
  ['Laura', 'laura'], ['Felix', 'felix'], ['Clara', 'clara'], ['Hugo', 'hugo'], ['Sofia', 'sofia'],
  ['Giulia', 'giulia'], ['Marco', 'marco'], ['Sara', 'sara'], ['Jan', 'jan'], ['Eva', 'eva'],
  ['Piotr', 'piotr'], ['Agnieszka', 'agnieszka'], ['Lars', 'lars'], ['Ingrid', 'ingrid'], ['Seán', 'sean'],
  ['Aoife', 'aoife'], ['Oliver', 'oliver'], ['Charlotte', 'charlotte'], ['Jack', 'jack'], ['Amélie', 'amelie'],
];

const LAST_NAMES: readonly (readonly [string, string])[] = [
  ['Müller', 'mueller'], ['Schmidt', 'schmidt'], ['Schneider', 'schneider'], ['Fischer', 'fischer'],
  ['Weber', 'weber'], ['Dubois', 'dubois'], ['Martin', 'martin'], ['Bernard', 'bernard'],
  ['García', 'garcia'], ['Rodríguez', 'rodriguez'], ['Rossi', 'rossi'], ['Russo', 'russo'],
  ['de Vries', 'devries'], ['Jansen', 'jansen'], ['Kowalski', 'kowalski'], ['Nowak', 'nowak'],
  ['Andersson', 'andersson'], ['Johansson', 'johansson'], ['Smith', 'smith'], ['Jones', 'jones'],
  ['Murphy', 'murphy'], ["O'Brien", 'obrien'], ['Ivanova', 'ivanova'], ['Petrov', 'petrov'],
  ['Lefèvre', 'lefevre'], ['Novák', 'novak'], ['Virtanen', 'virtanen'], ['Costa', 'costa'],
];

/** Country as exported, its usual ccTLD for company domains, and its phone prefix. */
const COUNTRIES: readonly (readonly [string, string, string])[] = [
  ['Germany', 'de', '+49'], ['France', 'fr', '+33'], ['Netherlands', 'nl', '+31'], ['Spain', 'es', '+34'],
  ['Italy', 'it', '+39'], ['Sweden', 'se', '+46'], ['Poland', 'pl', '+48'], ['United Kingdom', 'co.uk', '+44'],
  ['Ireland', 'ie', '+353'], ['Austria', 'at', '+43'], ['Belgium', 'be', '+32'], ['Finland', 'fi', '+358'],
  ['United States', 'com', '+1'], ['Switzerland', 'ch', '+41'], ['Portugal', 'pt', '+351'], ['Czechia', 'cz', '+420'],
];

const COMPANY_WORDS = [
  'Nordwind', 'Acme', 'Bluebird', 'Kestrel', 'Solaris', 'Vantage', 'Brightline', 'Fjord', 'Helix', 'Quantum',
  'Lumen', 'Orbital', 'Granite', 'Meridian', 'Alpine', 'Cobalt', 'Harbor', 'Pioneer', 'Summit', 'Verdant',
];
const COMPANY_SUFFIXES = ['GmbH', 'SAS', 'B.V.', 'Ltd', 'Inc.', 'S.L.', 'AB', 'S.p.A.', 'Sp. z o.o.', 'AG'];
const TITLES = [
  'CEO', 'CTO', 'Head of Sales', 'VP Marketing, EMEA', 'Sales Director', 'Procurement Manager', 'Founder & CEO',
  'Head of Growth', 'Operations Lead', 'IT Manager', 'Chief Revenue Officer', 'Partner, Strategy',
];
/** Notes as typed in a CRM: commas, quotes and the odd line break, so quoting is exercised. */
const NOTES = [
  'Met at SaaStock, Dublin', 'Asked for pricing; follow up in Q3', 'Intro via "warm" referral',
  'Called twice\nleft voicemail', 'Downloaded the whitepaper', 'Prefers email, not calls',
  'Budget approved, decision in May', 'Not the right person - ask for Ops',
];
const FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'web.de', 'gmx.de', 'orange.fr', 'hotmail.com', 'libero.it'];
/** Free-mail domains whose +tags the default options remove (PLUS_TAG_DOMAINS in normalise.ts). */
const PLUS_TAG_MAIL = new Set(['outlook.com', 'hotmail.com']);
/**
 * Domains on the disposable list (checked when the data is made), and a subdomain of one, which
 * the cleaner removes with its parent.
 */
const DISPOSABLE_DOMAINS = ['mailinator.com', 'yopmail.com', 'guerrillamail.com', 'sharklasers.com', 'maildrop.cc', 'temp-mail.org', 'inbox.mailinator.com'];

/**
 * Addresses that are invalid for our cleaner and for `LIKE '%_@_%._%'` alike. (Something like
 * `a@b.c-` would split the two definitions, so nothing borderline is generated.)
 */
const INVALID_EMAILS = ['', '', 'n/a', '-', 'unknown', '{first}.{last}(at){word}.com', '{first}.{last}@', '{first}@{word}'];

/** The suppression list's absent domains use a TLD no lead has, so they can never match. */
const ABSENT_TLD = 'biz';

// ---------------------------------------------------------------------------------------------
// People and companies, each a pure function of its number, so a duplicate row can re-derive
// a person without the generator remembering anyone.

interface Company {
  name: string;
  domain: string;
}

function company(id: number): Company {
  const r = Random.forKey(id, 1);
  const word = r.pick(COMPANY_WORDS);
  const tld = r.pick(COUNTRIES)[1];
  const suffix = r.pick(COMPANY_SUFFIXES);
  return { name: r.chance(0.15) ? `${word}, ${suffix}` : `${word} ${suffix}`, domain: `${word.toLowerCase()}-${id.toString(36)}.${tld}` };
}

interface Person {
  first: string;
  last: string;
  /** The address in lower case: the key every tool compares. */
  email: string;
  /** The address as the person's first row shows it. */
  shown: string;
  /** The company whose domain the address is on, or null for a free-mail or disposable address. */
  companyId: number | null;
  /** On a disposable domain (removed under the default options). */
  disposable: boolean;
  companyName: string;
  country: string;
  phone: string;
  linkedin: string;
}

/** How people are spread over companies: `companies` of them, or (spread) one each. */
interface Population {
  shape: Shape;
  companies: number;
}

function person(id: number, population: Population): Person {
  const r = Random.forKey(id);
  const [first, firstAscii] = r.pick(FIRST_NAMES);
  const [last, lastAscii] = r.pick(LAST_NAMES);
  const [country, , phonePrefix] = r.pick(COUNTRIES);
  const drawn = r.int(population.companies);
  const companyId = population.shape === 'spread' ? id : drawn;
  const employer = company(companyId);
  const tag = id.toString(36);
  const locals = [`${firstAscii}.${lastAscii}`, `${firstAscii[0]}${lastAscii}`, `${firstAscii}_${lastAscii}`, `${firstAscii}`];

  let domain = employer.domain;
  let onCompanyDomain = true;
  let disposable = false;
  const mailbox = r.next();
  if (mailbox < 0.08) {
    domain = r.pick(FREE_MAIL);
    onCompanyDomain = false;
  } else if (mailbox < 0.13) {
    domain = `${r.pick(['eu', 'mail', 'de'])}.${employer.domain}`;
  } else if (mailbox < 0.14) {
    domain = r.pick(DISPOSABLE_DOMAINS);
    onCompanyDomain = false;
    disposable = true;
  }
  // A Gmail address is generated in its canonical form (no dots), so that the rows that differ
  // from it only by dots or a +tag are the variants, and the first row is the one both jobs keep.
  const local = (domain === 'gmail.com' ? r.pick(locals.slice(1)) : r.pick(locals)) + tag;
  const email = `${local}@${domain}`;
  const style = r.next();
  const shown = style < 0.8 ? email : style < 0.95 ? capitalise(email) : email.toUpperCase();
  return {
    first,
    last,
    email,
    shown,
    companyId: onCompanyDomain ? companyId : null,
    disposable,
    companyName: employer.name,
    country,
    phone: `${phonePrefix} ${r.digits(2)} ${r.digits(7)}`,
    linkedin: `https://www.linkedin.com/in/${firstAscii}-${lastAscii}-${tag}`,
  };
}

/** `anna.mueller1a@acme-3.de` → `Anna.Mueller1a@Acme-3.de` (each part's first letter). */
function capitalise(email: string): string {
  return email.replace(/(^|[.@_-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The same address as a duplicate row shows it: another case, and spaces around it. */
function variant(p: Person, r: Random): string {
  for (;;) {
    const style = r.int(4);
    let s = style === 0 ? p.email : style === 1 ? capitalise(p.email) : style === 2 ? p.email.toUpperCase() : flipSomeLetters(p.email, r);
    const pad = r.int(4);
    if (pad & 1) s = ` ${s}`;
    if (pad & 2) s = `${s}  `;
    if (s !== p.shown) return s;
  }
}

function flipSomeLetters(s: string, r: Random): string {
  let out = '';
  for (const c of s) out += r.chance(0.3) ? c.toUpperCase() : c;
  return out;
}

/** True for a person whose mailbox has other addresses under the default options. */
function hasMailboxVariants(p: Person): boolean {
  const domain = p.email.slice(p.email.indexOf('@') + 1);
  return domain === 'gmail.com' || PLUS_TAG_MAIL.has(domain);
}

/**
 * Another address of `p`'s mailbox (see {@link hasMailboxVariants}): for Gmail a dot inside the
 * local part, googlemail.com, or a +tag (with or without the dot); for Outlook and Hotmail a
 * +tag. A +tag holds the row number, so each is a new address; the dotted and googlemail forms
 * are one per person, and `seen` (bit 1 dotted, bit 2 googlemail, by person) says whether the
 * address was written before. Returns the address and whether it is new.
 */
function mailboxVariant(p: Person, id: number, row: number, r: Random, seen: Uint8Array): { email: string; isNew: boolean } {
  const at = p.email.indexOf('@');
  const local = p.email.slice(0, at);
  const domain = p.email.slice(at + 1);
  const tag = `+${r.pick(['news', 'crm', 'leads', 'x'])}${row.toString(36)}`;
  if (domain !== 'gmail.com') return { email: `${local}${tag}@${domain}`, isNew: true };
  const dotted = `${local[0]}.${local.slice(1)}`;
  const style = r.int(4);
  const once = (bit: number, email: string) => {
    const isNew = (seen[id]! & bit) === 0;
    seen[id] = seen[id]! | bit;
    return { email, isNew };
  };
  if (style === 0) return once(1, `${dotted}@gmail.com`);
  if (style === 1) return once(2, `${local}@googlemail.com`);
  return { email: `${style === 2 ? local : dotted}${tag}@gmail.com`, isNew: true };
}

// ---------------------------------------------------------------------------------------------
// CSV writing

/** One CSV cell: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map(cell).join(',')}\r\n`;
}

/** A file written through a stream in ~1 MB pieces, waiting when the disk is behind. */
class BatchedFile {
  readonly #stream;
  #buffer = '';
  bytes = 0;

  constructor(readonly path: string) {
    this.#stream = createWriteStream(`${path}.partial`);
  }

  async write(text: string): Promise<void> {
    this.#buffer += text;
    if (this.#buffer.length >= 1 << 20) await this.#flush();
  }

  async #flush(): Promise<void> {
    const chunk = Buffer.from(this.#buffer);
    this.#buffer = '';
    this.bytes += chunk.length;
    if (!this.#stream.write(chunk)) await once(this.#stream, 'drain');
  }

  /** Flushes, closes, and only then gives the file its real name, so a cut run leaves no half file. */
  async close(): Promise<number> {
    await this.#flush();
    this.#stream.end();
    await once(this.#stream, 'finish');
    renameSync(`${this.path}.partial`, this.path);
    return this.bytes;
  }
}

// ---------------------------------------------------------------------------------------------
// The three files

const HEADER = ['First Name', 'Last Name', 'Email', 'Company', 'Title', 'Country', 'Phone', 'LinkedIn URL', 'Notes'];

/** How a list of `rows` rows in `shape` spreads people over companies. */
function populationOf(rows: number, shape: Shape): Population {
  // teams: about 8 people per company; spread: one company per person (ids below `rows`).
  return { shape, companies: shape === 'spread' ? rows : Math.max(1_000, Math.round(rows / 8)) };
}

function rowOf(p: Person, email: string, r: Random): string[] {
  const notes = r.chance(0.35) ? r.pick(NOTES) : '';
  return [p.first, p.last, email, p.companyName, r.pick(TITLES), p.country, p.phone, p.linkedin, notes];
}

/** An invalid address built from a template of {@link INVALID_EMAILS}. */
function invalidEmail(p: Person, r: Random): string {
  const [firstPart = 'x'] = p.email.split(/[._@]/);
  return r.pick(INVALID_EMAILS).replace('{first}', firstPart).replace('{last}', p.last.toLowerCase().replace(/[^a-z]/g, '')).replace('{word}', 'acme');
}

/** What the lead list holds: distinct people, and addresses that are new only under `--no-canonical`. */
interface LeadCounts {
  bytes: number;
  /** Distinct people: valid, distinct keys under either job. */
  people: number;
  /** Mailbox variants whose address no earlier row had: kept by the flags job, duplicates by default. */
  newVariantAddresses: number;
  /** Distinct domains of the valid addresses. */
  domains: number;
}

/** Writes the lead list and counts what it holds. */
async function writeLeads(path: string, rows: number, population: Population): Promise<LeadCounts> {
  const file = new BatchedFile(path);
  const r = new Random(SEED ^ rows);
  await file.write(csvLine(HEADER));
  let people = 0;
  let newVariantAddresses = 0;
  /** People with mailbox variants, and which of their one-per-person variants were written. */
  const withVariants: number[] = [];
  const seen = new Uint8Array(rows);
  const domains = new Set<string>();
  for (let i = 0; i < rows; i++) {
    const x = r.next();
    if (x < DUPLICATE_SHARE && people > 0) {
      const p = person(r.int(people), population);
      await file.write(csvLine(rowOf(p, variant(p, r), r)));
    } else if (x < DUPLICATE_SHARE + INVALID_SHARE) {
      // Someone with no usable address: not a person the cleaner keeps. Their number is far
      // outside the people's range so they never collide with one.
      const p = person(0x4000_0000 + i, population);
      await file.write(csvLine(rowOf(p, invalidEmail(p, r), r)));
    } else if (x < DUPLICATE_SHARE + INVALID_SHARE + MAILBOX_VARIANT_SHARE && withVariants.length > 0) {
      const id = r.pick(withVariants);
      const p = person(id, population);
      const { email, isNew } = mailboxVariant(p, id, i, r, seen);
      if (isNew) newVariantAddresses++;
      domains.add(email.slice(email.indexOf('@') + 1));
      await file.write(csvLine(rowOf(p, r.chance(0.2) ? capitalise(email) : email, r)));
    } else {
      const id = people++;
      const p = person(id, population);
      if (hasMailboxVariants(p)) withVariants.push(id);
      domains.add(p.email.slice(p.email.indexOf('@') + 1));
      await file.write(csvLine(rowOf(p, p.shown, r)));
    }
  }
  return { bytes: await file.close(), people, newVariantAddresses, domains: domains.size };
}

/**
 * Rows a correct cleaner keeps in each job, from who is suppressed. A person is one key in both
 * jobs (their first address is its own canonical form), suppressed alike in both (the lists hold
 * their first address, its case variants or its hash); the default job also removes the people
 * on disposable domains, and the flags job also keeps every new mailbox-variant address (no list
 * holds one).
 */
function keptCounts(leads: LeadCounts, population: Population, disposable: ReadonlySet<string>, suppressed: (id: number, p: Person) => boolean): Record<JobKind, number> {
  let kept = 0;
  let keptDisposable = 0;
  for (let id = 0; id < leads.people; id++) {
    const p = person(id, population);
    const domain = p.email.slice(p.email.indexOf('@') + 1);
    // The data promises that only the people made disposable are on the disposable list.
    if (isListed(domain, disposable) !== p.disposable) throw new Error(`generator: ${domain} is ${p.disposable ? 'not ' : ''}on the disposable list`);
    if (suppressed(id, p)) continue;
    kept++;
    if (p.disposable) keptDisposable++;
  }
  return { default: kept - keptDisposable, flags: kept + leads.newVariantAddresses };
}

/** `domain` or a parent domain (with a dot) is in `list`, as the cleaner checks disposable domains. */
function isListed(domain: string, list: ReadonlySet<string>): boolean {
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) if (list.has(d)) return true;
  return false;
}

/** A made-up address on a domain no lead uses. */
function absentEmail(r: Random): string {
  return `${r.pick(FIRST_NAMES)[1]}.${r.pick(LAST_NAMES)[1]}.${r.digits(6)}@${r.pick(COMPANY_WORDS).toLowerCase()}-${r.digits(5)}.${ABSENT_TLD}`;
}

/** Entries in random order: `present` and `absent` shuffled together by a fair interleave. */
async function writeInterleaved(file: BatchedFile, r: Random, present: string[], absent: () => string, total: number): Promise<void> {
  let left = present.length;
  for (let i = 0; i < total; i++) {
    const takePresent = left > 0 && r.int(total - i) < left;
    await file.write(csvLine([takePresent ? present[present.length - left--]! : absent()]));
  }
}

/**
 * Writes the plain suppression list (addresses and domains, some of them present in the leads)
 * and returns how many rows a cleaner keeps with it.
 */
async function writePlainList(path: string, rows: number, leads: LeadCounts, population: Population, disposable: ReadonlySet<string>): Promise<{ bytes: number; kept: Record<JobKind, number> }> {
  const { people } = leads;
  const { companies } = population;
  const r = new Random(SEED ^ rows ^ 0x0bad_cafe);
  const domains = r.distinct(Math.min(2_500, Math.round(companies * 0.02)), companies);
  const emails = r.distinct(Math.min(20_000, Math.round(people * 0.03)), people);

  const file = new BatchedFile(path);
  await file.write(csvLine(['Email']));
  // A fifth of the listed addresses are typed in another case or with spaces, as people do.
  const presentEmails = [...emails].map((id) => {
    const p = person(id, population);
    return r.chance(0.2) ? variant(p, r) : p.email;
  });
  const presentDomains = [...domains].map((id) => company(id).domain);
  const absentDomain = () => `${r.pick(COMPANY_WORDS).toLowerCase()}-${r.digits(6)}.${ABSENT_TLD}`;
  await writeInterleaved(file, r, presentDomains, absentDomain, SUPPRESSED_DOMAINS);
  await writeInterleaved(file, r, presentEmails, () => absentEmail(r), SUPPRESSION_ENTRIES - SUPPRESSED_DOMAINS);
  const bytes = await file.close();
  const kept = keptCounts(leads, population, disposable, (id, p) => emails.has(id) || (p.companyId !== null && domains.has(p.companyId)));
  return { bytes, kept };
}

/** Writes the SHA-256 list (hashes of lower-case lead addresses and random ones); returns rows kept. */
async function writeHashedList(path: string, rows: number, leads: LeadCounts, population: Population, disposable: ReadonlySet<string>): Promise<{ bytes: number; kept: Record<JobKind, number> }> {
  const { people } = leads;
  const r = new Random(SEED ^ rows ^ 0x5a256);
  const listed = r.distinct(Math.min(SUPPRESSION_ENTRIES / 2, Math.round(people * 0.03)), people);
  const present = [...listed].map((id) => createHash('sha256').update(person(id, population).email).digest('hex'));
  const randomHash = () => createHash('sha256').update(`absent ${r.next()}`).digest('hex');

  const file = new BatchedFile(path);
  await file.write(csvLine(['SHA256']));
  await writeInterleaved(file, r, present, randomHash, SUPPRESSION_ENTRIES);
  const bytes = await file.close();
  return { bytes, kept: keptCounts(leads, population, disposable, (id) => listed.has(id)) };
}

/**
 * Writes the cleaner's disposable-domain list to `disposable-domains.csv` (one domain a line,
 * header `domain`) when it is missing or differs, for DuckDB's default job; returns it as a Set.
 */
export async function ensureDisposableList(): Promise<ReadonlySet<string>> {
  const domains = await loadDisposableDomains();
  const text = `domain\n${[...domains].sort().join('\n')}\n`;
  mkdirSync(DATA_DIR, { recursive: true });
  if (!existsSync(DISPOSABLE_LIST) || readFileSync(DISPOSABLE_LIST, 'utf8') !== text) writeFileSync(DISPOSABLE_LIST, text);
  return domains;
}

/** Writes the data set `name` unless valid files are there already (or `force`); returns it. */
export async function ensureDataset(name: string, { force = false, log = console.log } = {}): Promise<Dataset> {
  const disposable = await ensureDisposableList();
  const existing = force ? null : readDataset(name);
  if (existing) return existing;

  const rows = parseSize(name);
  const paths = datasetPaths(name);
  const population = populationOf(rows, shapeOf(name));
  mkdirSync(DATA_DIR, { recursive: true });
  log(`generating ${name} (${rows.toLocaleString('en')} rows, ${population.shape}) in ${DATA_DIR}/ …`);
  const started = performance.now();
  const leads = await writeLeads(paths.leads, rows, population);
  const plain = await writePlainList(paths.suppression.plain, rows, leads, population, disposable);
  const hashed = await writeHashedList(paths.suppression.sha256, rows, leads, population, disposable);
  const byJob = (job: JobKind): Record<ListKind, number> => ({ plain: plain.kept[job], sha256: hashed.kept[job] });
  const manifest: Manifest = {
    version: GENERATOR_VERSION,
    rows,
    domains: leads.domains,
    files: { [paths.leads]: leads.bytes, [paths.suppression.plain]: plain.bytes, [paths.suppression.sha256]: hashed.bytes },
    expectedKept: { default: byJob('default'), flags: byJob('flags') },
  };
  writeFileSync(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  log(`  ${(leads.bytes / 1e6).toFixed(1)} MB, ${(leads.bytes / rows).toFixed(0)} bytes/row, ${leads.people.toLocaleString('en')} distinct people, ${leads.domains.toLocaleString('en')} distinct domains, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return readDataset(name)!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string' }, shapes: { type: 'string' }, force: { type: 'boolean', default: false } } });
  const sizes = values.sizes?.split(',') ?? DEFAULT_SIZES;
  const shapes = (values.shapes?.split(',') ?? SHAPES) as Shape[];
  for (const size of sizes) {
    for (const shape of shapes) {
      const dataset = await ensureDataset(datasetName(size, shape), { force: values.force });
      const { default: d, flags: f } = dataset.expectedKept;
      console.log(`${dataset.name}: ${dataset.leads} (${(dataset.bytes / 1e6).toFixed(1)} MB, ${dataset.domains.toLocaleString('en')} domains); keeps ${d.plain} / ${d.sha256} (default: plain / sha256), ${f.plain} / ${f.sha256} (flags)`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
