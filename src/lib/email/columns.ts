/**
 * Column auto-detection for CRM and prospecting exports: which column holds the email address,
 * which columns record an opt-out or a bounce, and which holds the country.
 *
 * Headers are compared after {@link foldLabel} (case, accents, spaces and punctuation removed),
 * so `E-Mail-Adresse`, `e-mail adresse` and `EmailAdresse` are one alias. The aliases come from
 * real exports (HubSpot, Salesforce, Pipedrive, Apollo, lemlist, LinkedIn, Evaboot) and from the
 * localised UIs of the spreadsheet tools our readers use.
 */
import { isValidAddress, lastIndexOfCode, normaliseAddress } from './normalise.ts';

/**
 * Folds a header or a country name to a comparison form: Unicode compatibility form, accents
 * removed, lower-case, and every character that is not a letter or digit removed.
 * @example foldLabel('E-Mail-Adresse') // 'emailadresse'
 * @example foldLabel('  Correo electrónico ') // 'correoelectronico'
 */
export function foldLabel(label: string): string {
  return wordsOf(label).join('');
}

/** The words of a label after folding, split at anything that is not a letter or digit. */
function wordsOf(label: string): string[] {
  return label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * Leading words naming the record type, as in Pipedrive's `Person - Email - Work` or
 * `Contact Email`; dropped before comparing, when something follows them.
 */
const RECORD_PREFIXES = new Set(['person', 'contact', 'lead', 'prospect', 'customer', 'kontakt']);

/** Words that mark the address a campaign should use: work beats personal for B2B. */
const PREFERRED_WORDS = new Set(
  [
    'work', 'business', 'primary', 'main', 'professional', 'corporate', 'company', 'office',
    'geschäftlich', 'geschäftliche', 'beruflich', 'dienstlich', 'pro', 'professionnel',
    'professionnelle', 'travail', 'trabajo', 'lavoro', 'zakelijk', 'praca', 'służbowy',
    'рабочая', 'рабочий', 'основная', 'основной',
  ].map(foldLabel),
);

/** Words that mark a second-choice address: personal, home or extra ones. */
const SECONDARY_WORDS = new Set(
  [
    'personal', 'private', 'home', 'other', 'secondary', 'tertiary', 'alternate', 'alternative',
    'additional', 'backup', 'privat', 'privée', 'privé', 'personnelle', 'personale', 'particular',
    'prywatny', 'thuis', 'личная', 'личный', 'домашняя', 'другая', 'дополнительная',
  ].map(foldLabel),
);

/**
 * Email-column names once record prefixes and preference words are removed, folded. Includes
 * English, German, French, Spanish, Italian, Dutch, Polish, Nordic, Czech and Russian forms.
 */
const EMAIL_ALIASES = new Set(
  [
    'email', 'e-mail', 'mail', 'email address', 'e-mail address', 'email addresses', 'email id',
    'E-Mail-Adresse', 'Mailadresse', 'courriel', 'adresse e-mail', 'adresse mail',
    'adresse courriel', 'correo', 'correo electrónico', 'dirección de correo',
    'dirección de correo electrónico', 'posta elettronica', 'indirizzo email',
    'indirizzo di posta elettronica', 'e-mailadres', 'adres e-mail', 'adres email', 'e-post',
    'e-postadress', 'e-postadresse', 'sähköposti', 'sähköpostiosoite', 'e-mailová adresa',
    'Эл. почта', 'электронная почта', 'почта', 'e-mail адрес', 'адрес электронной почты',
    'адрес почты',
  ].map(foldLabel),
);

/** How well a header names the campaign's email column: null = not an email column. */
function emailHeaderScore(header: string): number | null {
  let words = wordsOf(header);
  if (words.length > 1 && RECORD_PREFIXES.has(words[0]!)) words = words.slice(1);
  let score = 2;
  const rest: string[] = [];
  for (const word of words) {
    if (PREFERRED_WORDS.has(word)) score = Math.max(score, 3);
    else if (SECONDARY_WORDS.has(word)) score -= 2;
    // "Email 1" is the main one; "Email 2", "Email 3" are extras.
    else if (/^\d+$/.test(word)) score -= word === '1' ? 0 : 2;
    else rest.push(word);
  }
  return EMAIL_ALIASES.has(rest.join('')) ? score : null;
}

/** Least share of non-empty sample cells that must be valid addresses for content detection. */
const MIN_CONTENT_SHARE = 0.5;

/** Where the email column is, and whether its header or its content said so. */
export interface EmailColumn {
  /** Zero-based column index. */
  index: number;
  /** `header` when a header alias matched, `content` when the sample values decided. */
  by: 'header' | 'content';
}

/**
 * Finds the email column. First by header (see the alias list above): when several headers
 * match, a work/business/primary one wins over a plain one, which wins over a personal,
 * secondary or numbered-2+ one (Apollo `Email` over `Secondary Email`, Pipedrive
 * `Person - Email - Work` over `Person - Email - Home`); ties go to the leftmost. Otherwise by
 * content: the column whose non-empty sample values are most often valid addresses, if at least
 * half are. Returns null when neither finds one.
 */
export function detectEmailColumn(header: readonly string[], sampleRows: readonly (readonly string[])[]): EmailColumn | null {
  let best = -1;
  let bestScore = -Infinity;
  header.forEach((cell, index) => {
    const score = emailHeaderScore(cell);
    if (score !== null && score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  if (best !== -1) return { index: best, by: 'header' };

  let width = header.length;
  for (const row of sampleRows) width = Math.max(width, row.length);
  let bestShare = 0;
  let bestValid = 0;
  for (let index = 0; index < width; index++) {
    let nonEmpty = 0;
    let valid = 0;
    for (const row of sampleRows) {
      const cell = row[index];
      if (cell === undefined || cell.trim() === '') continue;
      nonEmpty++;
      if (isValidAddress(normaliseAddress(cell))) valid++;
    }
    if (nonEmpty === 0) continue;
    const share = valid / nonEmpty;
    if (share >= MIN_CONTENT_SHARE && (share > bestShare || (share === bestShare && valid > bestValid))) {
      best = index;
      bestShare = share;
      bestValid = valid;
    }
  }
  return best === -1 ? null : { index: best, by: 'content' };
}

/**
 * Headers of columns that record an opt-out, unsubscribe or bounce, folded. A row flagged in any
 * of them must not be emailed, whatever the rest of the list says.
 * - HubSpot: `Unsubscribed from all email`, `Unsubscribed`. (`Email hard bounce reason` is
 *   deliberately absent: it is free text, and its presence says nothing about the row.)
 * - Salesforce: `Email Opt Out` (label) / `HasOptedOutOfEmail` (API name), `Do Not Email`
 *   (common custom field), `Email Bounced`, `IsEmailBounced`.
 * - Pipedrive: `Person - Marketing status` (values such as `Unsubscribed`, `Bounced`).
 * - Apollo: `Email Status` (a `Bounced` or `Invalid` value removes the row, `Verified` or
 *   `Guessed` does not), `Email Bounced`.
 * - lemlist: `isUnsubscribed`. Generic: `Opted out`, `Opt-out`, `Do not contact`, `Bounced`,
 *   `Hard bounce`.
 * - German `Abgemeldet`, `Ausgetragen`, `Werbewiderspruch`; French `Désabonné`, `Désinscrit`;
 *   Spanish `Dado de baja`; Italian `Disiscritto`; Dutch `Afgemeld`, `Uitgeschreven`;
 *   Polish `Wypisany`; Russian `Отписан`, `Отписался`.
 */
const OPT_OUT_HEADERS = new Set(
  [
    'Unsubscribed', 'Unsubscribe', 'Unsubscribed from all email', 'Is unsubscribed',
    'Email Opt Out', 'Email Opt-Out', 'HasOptedOutOfEmail', 'Has opted out of email',
    'Do Not Email', 'DoNotEmail', 'Do not contact', 'DoNotContact', 'Opted out', 'Opt out',
    'Opted out of email', 'Marketing status', 'Email Status', 'Email Bounced', 'IsEmailBounced',
    'Bounced', 'Hard bounce',
    'Abgemeldet', 'Ausgetragen', 'Werbewiderspruch', 'Désabonné', 'Désinscrit', 'Dado de baja',
    'Disiscritto', 'Afgemeld', 'Uitgeschreven', 'Wypisany', 'Отписан', 'Отписался',
  ].map(foldLabel),
);

/** The folded header with a leading record prefix (`Person - `, `Contact `) removed. */
function foldWithoutPrefix(header: string): string {
  const words = wordsOf(header);
  return (words.length > 1 && RECORD_PREFIXES.has(words[0]!) ? words.slice(1) : words).join('');
}

/** Indexes of the columns whose header is an opt-out, unsubscribe or bounce field (list above). */
export function detectOptOutColumns(header: readonly string[]): number[] {
  const indexes: number[] = [];
  header.forEach((cell, index) => {
    if (OPT_OUT_HEADERS.has(foldWithoutPrefix(cell))) indexes.push(index);
  });
  return indexes;
}

/**
 * Cell values of an opt-out column that mean "do not email", folded: booleans as exported by
 * CRMs and spreadsheets (`TRUE`, `1`, `x`, `ja`, `oui`, `sí`, `да`), and the status words of
 * status columns (`Unsubscribed`, `Bounced`, `Invalid`, `Opted out`, `Do not email`, …).
 * Everything else — `false`, `no`, `0`, empty, `subscribed`, `valid`, `verified`, `active`, a
 * date — is not an opt-out: the column's presence alone never removes a row.
 */
const OPT_OUT_VALUES = new Set(
  [
    'true', 'yes', 'y', '1', 'x', 'on', 'ja', 'j', 'oui', 'si', 'sì', 'tak', 'да', 'wahr', 'vrai', 'verdadero', 'vero',
    'unsubscribed', 'unsubscribe', 'bounced', 'hard bounced', 'hard bounce', 'invalid', 'opted out',
    'opt out', 'opted-out', 'do not email', 'do not contact', 'blocked', 'blacklisted', 'suppressed',
    'complained', 'spam complaint', 'marked as spam', 'abgemeldet', 'désabonné', 'désinscrit',
    'dado de baja', 'отписан', 'отписался',
  ].map(foldLabel),
);

/** True when an opt-out column's cell means the row must not be emailed (list above). */
export function isOptOutValue(value: string): boolean {
  return OPT_OUT_VALUES.has(foldLabel(value));
}

/**
 * Country-column headers, folded, with the preferred ones (the person's own country) scored
 * above the company's. Under the ePrivacy rules it is the recipient's country that counts, and
 * where only the company country is known it is the best available guess.
 */
const COUNTRY_HEADERS: ReadonlyMap<string, number> = new Map([
  ...[
    'Country', 'Country/Region', 'Country code', 'Country name', 'Land', 'Land/Region', 'Pays',
    'País', 'Paese', 'Nazione', 'Kraj', 'Maa', 'Страна', 'Location country',
  ].map((h): [string, number] => [foldLabel(h), 2]),
  ...[
    'Company Country', 'Company Country/Region', 'Organization Country', 'Organisation Country',
    'Account Country', 'Billing Country', 'Mailing Country', 'HQ Country', 'Firmenland',
    'Pays de l’entreprise', 'País de la empresa', 'Страна компании',
  ].map((h): [string, number] => [foldLabel(h), 1]),
]);

/**
 * Index of the country column (`Country`, `Country/Region`, `Person - Country`, `Land`,
 * `Pays`, `País`, `Paese`, `Kraj`, `Страна`, then `Company Country` and similar), or null.
 */
export function detectCountryColumn(header: readonly string[]): number | null {
  let best: number | null = null;
  let bestScore = 0;
  header.forEach((cell, index) => {
    const score = COUNTRY_HEADERS.get(foldWithoutPrefix(cell)) ?? 0;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Country names and aliases → ISO 3166-1 alpha-2 code, keyed by {@link foldLabel}. Built by the
 * caller (from the jurisdiction records' name, native names and aliases), so this module holds
 * no country data of its own; see {@link buildCountryLookup}.
 */
export type CountryLookup = ReadonlyMap<string, string>;

/** Builds a {@link CountryLookup} from records with a code and the names they are known by. */
export function buildCountryLookup(records: Iterable<{ code: string; names: readonly string[] }>): CountryLookup {
  const lookup = new Map<string, string>();
  for (const record of records) {
    const code = record.code.toUpperCase();
    for (const name of record.names) {
      const key = foldLabel(name);
      if (key !== '' && !lookup.has(key)) lookup.set(key, code);
    }
  }
  return lookup;
}

/**
 * Codes that people write but ISO does not use: `UK` for the United Kingdom (ISO `GB`) and
 * `EL`, the EU's code for Greece (ISO `GR`).
 */
const CODE_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/**
 * The ISO alpha-2 code a country cell names, or null. A name or alias is looked up in `lookup`
 * (case, accents and punctuation ignored); otherwise any two-letter value is taken as an ISO
 * code (`de`, `U.K.` → `GB`), including countries outside `lookup`, so callers can tell
 * "outside the EU/UK" from "unknown".
 */
export function countryCodeFromValue(value: string, lookup: CountryLookup): string | null {
  const key = foldLabel(value);
  if (key === '') return null;
  const named = lookup.get(key);
  if (named !== undefined) return named;
  if (/^[a-z]{2}$/.test(key)) {
    const code = key.toUpperCase();
    return CODE_ALIASES[code] ?? code;
  }
  return null;
}

/**
 * Top-level labels that are two letters but name no country (`.eu`), and internationalised
 * country-code TLDs in punycode that our readers' prospects use.
 */
const TLD_COUNTRY: Readonly<Record<string, string | null>> = {
  eu: null,
  uk: 'GB',
  'xn--e1a4c': null, // .ею (EU in Cyrillic)
  'xn--qxa6a': null, // .ευ (EU in Greek)
  'xn--p1ai': 'RU', // .рф
  'xn--90ais': 'BY', // .бел
  'xn--j1amh': 'UA', // .укр
  'xn--90ae': 'BG', // .бг
  'xn--qxam': 'GR', // .ελ
  'xn--d1alf': 'MK', // .мкд
  'xn--90a3ac': 'RS', // .срб
};

/**
 * The country a domain's country-code TLD names (`acme.de` → `DE`, `acme.co.uk` → `GB`,
 * `acme.xn--p1ai` → `RU`), or null for generic TLDs (`.com`, `.eu`, `.io` is returned as `IO`
 * because it is technically a ccTLD; callers only act on codes they have a rule for).
 */
export function countryCodeFromDomain(domain: string): string | null {
  const dot = lastIndexOfCode(domain, 0x2e);
  if (dot === -1) return null; // a bare label has no TLD to read
  const label = domain.slice(dot + 1);
  // A lead list has a few hundred thousand domains and a few dozen TLDs: read each TLD once.
  let code = tldCodes.get(label);
  if (code === undefined) {
    const tld = label.toLowerCase();
    // (Object.hasOwn: `in` also finds `constructor`, `toString`… on the prototype.)
    code = Object.hasOwn(TLD_COUNTRY, tld) ? (TLD_COUNTRY[tld] ?? null) : /^[a-z]{2}$/.test(tld) ? tld.toUpperCase() : null;
    if (tldCodes.size < TLD_CACHE_SIZE) tldCodes.set(label, code);
  }
  return code;
}

/** Top-level labels read so far (any text can be a label: the cache stops growing at this size). */
const tldCodes = new Map<string, string | null>();
const TLD_CACHE_SIZE = 4096;
