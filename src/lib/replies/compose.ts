import { bodyNameIn } from '../jurisdictions/names.ts';
import type { SenderProfile } from '../profile/schema.ts';
import { categoryNames } from './categories.ts';
import { formatDate, parseIsoDate } from './deadline.ts';
import { categoriesOf, parseHeldData } from './held-data.ts';
import { inReplyOrder, type RequestKind } from './kinds.ts';
import type { LanguagePack } from './schema.ts';
import { fillLine, fillParagraph, type Facts, type Line } from './template.ts';

/** What the user told the composer about the request (the "Fill the facts" step). Empty = unknown. */
export interface ReplyFacts {
  requesterName: string;
  /** Date received, `YYYY-MM-DD`. */
  received: string;
  /** What is held: `Label: value` lines, or the CSV header and row (see `parseHeldData`). */
  held: string;
  /** Where the data came from. */
  source: string;
  /** When the data were obtained, `YYYY-MM-DD`. */
  sourceDate: string;
  /** What the sender offers: the purpose of the processing. */
  purpose: string;
  /** Why this person fits: the legitimate-interest context. */
  interest: string;
  /** Who receives the data. */
  recipients: string;
  /** How long the data are kept. */
  retention: string;
  /** Automated decision-making or profiling, if any. */
  automated: string;
  /** What was corrected (rectification). */
  correction: string;
  /** What the suppression list keeps: the address itself, or its SHA-256 hash. */
  suppression: 'address' | 'hash';
  /** True only when the user ticked that they write to people one at a time; never assumed. */
  oneAtATime: boolean;
  /**
   * Transfers outside the EU/EEA (or the UK, for UK requesters), for Art. 15(2): '' until the
   * user answers; then none, a country with an adequacy decision (UK: approved by regulations),
   * or standard clauses.
   */
  transfer: TransferBasis;
  /** ISO code of the country the data go to, or '' for "third countries" in general. */
  transferCountry: string;
}

/** What the user answered about transfers abroad; '' is "not answered yet". */
export type TransferBasis = '' | 'none' | 'adequacy' | 'scc';

/** The requester's country, with its supervisory authority (from the jurisdictions data). */
export interface RequesterCountry {
  /** ISO code, e.g. "DE". */
  code: string;
  /** English name, used when the reply language has no name for it. */
  name: string;
  region: 'EU' | 'EEA' | 'UK' | 'CH';
  /** The authority's name in the country's own language, as it writes it. */
  authorityName: string;
  /** Its English name, for English replies only, where it differs. */
  authorityEnglishName?: string | undefined;
  /** Its names in the country's other official languages, by language code (the Swiss FDPIC is the "PFPDT" in French). */
  authorityLocalNames?: Readonly<Record<string, string>> | undefined;
  authorityUrl: string;
}

/** Everything a reply is made from. */
export interface ComposeInput {
  /** The kinds to answer (the ticked ones), in any order. */
  kinds: readonly RequestKind[];
  /** The reply language's pack. */
  pack: LanguagePack;
  facts: ReplyFacts;
  profile: SenderProfile;
  /** The requester's country, or null when unknown. */
  country: RequesterCountry | null;
}

/** A fact the reply would be better with; the page lists these next to the reply. */
export type MissingFact =
  | 'country'
  | 'requesterName'
  | 'held'
  | 'source'
  | 'purpose'
  | 'interest'
  | 'recipients'
  | 'retention'
  | 'transfer'
  | 'company'
  | 'privacyEmail';

/** A composed reply. */
export interface ComposedReply {
  /** The reply as plain text, paragraphs separated by a blank line. */
  text: string;
  /** Facts the reply had to do without, in the order of the form. */
  missing: MissingFact[];
  /**
   * The missing facts that left a visible marker (the pack's `missing`, e.g. "[to be
   * completed]") in the text instead of general wording: the reply must not be sent as it is.
   */
  gaps: MissingFact[];
}

/** Empty facts, with the date received left for the caller to set. */
export function emptyFacts(): ReplyFacts {
  return {
    requesterName: '',
    received: '',
    held: '',
    source: '',
    sourceDate: '',
    purpose: '',
    interest: '',
    recipients: '',
    retention: '',
    automated: '',
    correction: '',
    suppression: 'hash',
    oneAtATime: false,
    transfer: '',
    transferCountry: '',
  };
}

/** The name of a country in a language ("Deutschland" for DE in German), or `fallback`. */
export function countryNameIn(code: string, locale: string, fallback: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

/** A `YYYY-MM-DD` fact written in the reply language, or '' when empty or invalid. */
function dateFact(iso: string, locale: string): string {
  const date = parseIsoDate(iso);
  return date ? formatDate(date, locale) : '';
}

/** The placeholder values for a reply. */
export function factsFor(input: ComposeInput): Facts {
  const { pack, facts, profile, country } = input;
  const held = parseHeldData(facts.held);
  const inUk = country?.region === 'UK';
  const inEu = country === null || country.region === 'EU' || country.region === 'EEA';
  // English letters use the authority's English name; others its name in their language, where it has one.
  const authority = country
    ? bodyNameIn({ name: country.authorityName, englishName: country.authorityEnglishName, localNames: country.authorityLocalNames }, pack.code)
    : '';
  return {
    name: facts.requesterName,
    receivedDate: dateFact(facts.received, pack.locale),
    gdpr: inUk ? pack.gdpr.uk : pack.gdpr.eu,
    purpose: facts.purpose,
    interest: facts.interest,
    source: facts.source,
    sourceDate: dateFact(facts.sourceDate, pack.locale),
    categories: categoryNames(categoriesOf(held), pack.reply.categories).join(', '),
    recipients: facts.recipients,
    retention: facts.retention,
    automated: facts.automated,
    correction: facts.correction,
    country: country ? countryNameIn(country.code, pack.locale, country.name) : '',
    authority,
    authorityUrl: country?.authorityUrl ?? '',
    company: profile.tradingName || profile.legalName,
    privacyEmail: profile.privacyEmail,
    privacyNoticeUrl: profile.privacyNoticeUrl,
    dpo: profile.dpoContact,
    euRepresentative: inEu ? profile.euRepresentative : '',
    ukRepresentative: inUk ? profile.ukRepresentative : '',
    keyword: pack.optOutKeyword,
    destination: facts.transferCountry ? countryNameIn(facts.transferCountry, pack.locale, '') : '',
    missing: pack.reply.missing,
  };
}

/** Paragraphs filled and stripped of the ones that came out empty. */
function fillAll(paragraphs: readonly (readonly Line[])[], facts: Facts): string[] {
  return paragraphs.map((p) => fillParagraph(p, facts)).filter((p): p is string => p !== null);
}

/** The signature block: the sender's name(s), postal address and website, whatever is known. */
function signature(profile: SenderProfile): string[] {
  const lines = [profile.tradingName || profile.legalName];
  if (profile.tradingName && profile.legalName && profile.tradingName !== profile.legalName) lines.push(profile.legalName);
  lines.push(...profile.postalAddress.split(/\r\n|\r|\n/), profile.website);
  return lines.map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter((l) => l !== '');
}

/**
 * Composes one reply that answers every ticked kind, in the pack's language.
 *
 * The kinds are answered in reply order (questions, then what was done, then the complaint).
 * Overlapping answers are written once: an erasure covers an objection and a "not interested",
 * an objection covers a "not interested", an access answer covers the source (item (g)); the
 * offers to object or to delete are left out when the reply already confirms it. A copy of the
 * data and an erasure asked together are answered as "here below is the copy; we erase the data
 * once this reply is sent", never as a copy of data said to be erased already. The right to
 * complain to the requester's supervisory authority is said once: in item (f) of an access
 * answer, or else in the closing paragraph; for a UK requester it cites the Data Protection Act
 * 2018 (complaints to the sender, s. 164A, and to the authority, s. 165), never the repealed UK
 * GDPR Art. 77. The sender's contacts end every reply.
 */
export function composeReply(input: ComposeInput): ComposedReply {
  const { pack, facts: reply, profile } = input;
  const t = pack.reply;
  const facts = factsFor(input);
  const kinds = new Set(inReplyOrder(input.kinds));
  const stops = kinds.has('erasure') || kinds.has('objection') || kinds.has('notInterested');
  const copyThenErase = kinds.has('access') && kinds.has('erasure');
  const held = parseHeldData(reply.held);
  const blocks: string[] = [];
  const push = (...paragraphs: (string | null)[]) => blocks.push(...paragraphs.filter((p): p is string => p !== null && p !== ''));

  push(fillLine(t.thanks, facts));
  for (const kind of kinds) {
    switch (kind) {
      case 'legalBasis': {
        // "We write to people one at a time" only when the user ticked that it is true.
        const [basis, ...rest] = fillAll(t.legalBasis.answer, facts);
        const oneAtATime = reply.oneAtATime ? fillParagraph(t.legalBasis.oneAtATime, facts) : null;
        push([basis, oneAtATime].filter((p) => p).join(' '), ...rest);
        if (!stops) push(fillParagraph(t.legalBasis.offerObjection, facts));
        break;
      }
      case 'source':
        if (kinds.has('access')) break;
        push(...fillAll(t.source.answer, facts));
        if (!stops) push(fillParagraph(t.source.offerErasure, facts));
        break;
      case 'access':
        push(...accessAnswer(input, facts, held, copyThenErase));
        break;
      case 'rectification':
        push(...fillAll(t.rectification, facts));
        break;
      case 'erasure':
        push(...fillAll(copyThenErase ? t.erasureAfterAccess : t.erasure, facts));
        break;
      case 'objection':
        if (!kinds.has('erasure')) push(...fillAll(t.objection, facts));
        break;
      case 'notInterested':
        if (!kinds.has('erasure') && !kinds.has('objection')) push(...fillAll(t.notInterested, facts));
        break;
      case 'complaint':
        push(...fillAll(t.complaint, facts));
        break;
    }
  }
  if (stops) push(fillParagraph(reply.suppression === 'address' ? t.suppression.address : t.suppression.hash, facts));
  if (!kinds.has('access')) push(fillParagraph(input.country?.region === 'UK' ? t.authorityUk : t.authority, facts));
  push(fillParagraph(t.contact, facts));

  const greeting = fillLine(t.greeting, facts) ?? '';
  const closing = [fillLine(t.closing, facts) ?? '', ...signature(profile)].join('\n');
  const text = [greeting, ...blocks, closing].filter((b) => b !== '').join('\n\n');
  const missing = missingFacts(input, held.length > 0);
  return { text: `${text}\n`, missing, gaps: missing.filter((m) => GAP_FACTS.has(m) && kinds.has('access')) };
}

/** Facts an access answer never guesses: without them it shows the `missing` marker. */
const GAP_FACTS: ReadonlySet<MissingFact> = new Set(['recipients', 'transfer']);

/** The access answer: confirmation, the copy of the data, Art. 15(1)(a)–(h) and 15(2), the closing. */
function accessAnswer(input: ComposeInput, facts: Facts, held: readonly { label: string; value: string }[], copyThenErase: boolean): (string | null)[] {
  const { pack, facts: reply, country } = input;
  const t = pack.reply.access;
  const out: (string | null)[] = [fillParagraph(copyThenErase ? t.introBeforeErasure : t.intro, facts)];
  if (held.length > 0) {
    const heading = fillLine(t.dataHeading, facts);
    const items = held.map((i) => `- ${i.label ? `${i.label}${pack.colon}` : ''}${i.value}`);
    out.push([heading, ...items].filter((l) => l !== null).join('\n'));
  }
  const uk = country?.region === 'UK';
  const transfers = uk ? t.transfers.uk : t.transfers.eu;
  // UK: (ea) complaint to the sender and (f) to the UK authority, in place of the EU item (f).
  const complaints = uk ? [t.itemsUk.ea, t.itemsUk.f] : [t.items.f];
  const lines = [t.items.a, t.items.b, t.items.c, t.items.d, t.items.e, ...complaints, t.items.g, t.items.h, transfers[reply.transfer || 'unknown']];
  const items = lines.map((l) => fillLine(l, facts));
  out.push(items.filter((l) => l !== null).join('\n'));
  out.push(fillParagraph(t.outro, facts));
  return out;
}

/** The facts whose absence made the reply fall back to a general sentence, for the page to list. */
function missingFacts(input: ComposeInput, hasHeld: boolean): MissingFact[] {
  const { kinds, facts, profile, country } = input;
  const has = (k: RequestKind) => kinds.includes(k);
  const missing: MissingFact[] = [];
  if (country === null) missing.push('country');
  if (facts.requesterName.trim() === '') missing.push('requesterName');
  if (has('access') && !hasHeld) missing.push('held');
  if ((has('source') || has('access')) && facts.source.trim() === '') missing.push('source');
  if ((has('legalBasis') || has('access')) && facts.purpose.trim() === '') missing.push('purpose');
  if (has('legalBasis') && facts.interest.trim() === '') missing.push('interest');
  if (has('access') && facts.recipients.trim() === '') missing.push('recipients');
  if (has('access') && facts.retention.trim() === '') missing.push('retention');
  if (has('access') && facts.transfer === '') missing.push('transfer');
  if (profile.legalName.trim() === '' && profile.tradingName.trim() === '') missing.push('company');
  if (profile.privacyEmail.trim() === '') missing.push('privacyEmail');
  return missing;
}
