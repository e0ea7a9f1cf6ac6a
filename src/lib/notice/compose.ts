import { bodyNameIn } from '../jurisdictions/names.ts';
import { representativeNeeds } from '../profile/representative.ts';
import type { SenderProfile } from '../profile/schema.ts';
import { SAFEGUARDS_WITH_COPY, type Campaign } from './campaign.ts';
import { countryNameIn, lawOf, senderOutsideHome, type NoticeCountry } from './countries.ts';
import { block, sentence, type Block, type Output, type Sentence, type Value } from './document.ts';
import { TRANSFER_PLACEHOLDERS } from './fields.ts';
import { languageText } from './languages.ts';
import type { NoticeTemplate } from './template-schema.ts';

/** Everything the generator reads: the shared sender profile, the campaign and the country data. */
export interface NoticeContext {
  profile: SenderProfile;
  campaign: Campaign;
  /** The jurisdiction records (recipient's country, and the sender's region for Art. 27). */
  countries: readonly NoticeCountry[];
  /**
   * The gap the notice shows while the transfer question is open or cannot be true, in the
   * interface's language (the catalog's `notice.gaps`); English when not given.
   */
  gaps?: TransferGaps;
}

/** The transfer gaps of one language (`notice.gaps` of the catalog). */
export type TransferGaps = Record<keyof typeof TRANSFER_PLACEHOLDERS, Record<'eu' | 'uk', string>>;

/** The four text outputs, in the order the page shows them. */
export const OUTPUT_IDS = ['short', 'notice', 'objection', 'footer'] as const;
/** One of the text outputs. */
export type OutputId = (typeof OUTPUT_IDS)[number];

/** Collapses runs of white space, line breaks included, to one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A multi-line postal address on one line: "1 Main St,\nToronto" → "1 Main St, Toronto". */
export function addressLine(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => oneLine(line).replace(/[\s,;:]+$/, ''))
    .filter((line) => line !== '')
    .join(', ');
}

/** A value ready to sit inside a sentence: one line, without a dangling comma or colon. */
function phrase(text: string): string {
  return oneLine(text).replace(/[\s,;:]+$/, '');
}

/** The user's own sentence, ending with a full stop unless it already ends a sentence. */
export function asSentence(text: string): string {
  const value = phrase(text);
  return value === '' || /[.!?…]$/.test(value) ? value : `${value}.`;
}

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

/** An email address as a mailto link when it looks like one, else as text. */
function emailValue(email: string): Value {
  const value = phrase(email);
  if (value === '') return undefined;
  return EMAIL.test(value) ? { text: value, href: `mailto:${value}` } : value;
}

/** A web address as a link when it is http(s), else as text. */
function urlValue(url: string): Value {
  const value = phrase(url);
  if (value === '') return undefined;
  return /^https?:\/\/\S+$/i.test(value) ? { text: value, href: value } : value;
}

/** The unsubscribe link: a link when it is http(s) or a platform placeholder (no scheme), else text. */
function unsubscribeValue(link: string): Value {
  const value = link.trim();
  if (value === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' ? { text: value, href: value } : value;
}

/** Facts the outputs and the coverage check both derive from the inputs. */
export interface NoticeFacts {
  template: NoticeTemplate;
  country: NoticeCountry | undefined;
  law: 'eu' | 'uk';
  company: string;
  address: string;
  /** Which representatives the notice names, and which Art. 27 generally requires. */
  representatives: { showEu: boolean; showUk: boolean; euRequired: boolean; ukRequired: boolean };
  /** Names of the data categories in the output language (empty "other" left out). */
  categories: string[];
  /** The opt-out method actually used: a link is only offered when there is one. */
  optOut: Campaign['optOut'];
  /** Retention: the sender's own rule, else "N months" in the output language, else empty. */
  retention: { rule: string; period: string };
  /**
   * The sender is established outside the EEA (EU wording) or the UK (UK wording): "we do not
   * transfer" cannot be true for it. `null` when the sender's country is not given.
   */
  senderAbroad: boolean | null;
  /**
   * Where the transfer answer stands: `unanswered` (no choice yet), `basisNeeded` ("no transfer"
   * chosen by a sender established abroad), or `answered`. Only `answered` is written as fact.
   */
  transferStatus: 'unanswered' | 'basisNeeded' | 'answered';
}

/** Works out the facts shared by the outputs and the coverage check. */
export function noticeFacts(ctx: NoticeContext): NoticeFacts {
  const { profile, campaign, countries } = ctx;
  const template = languageText(campaign.language);
  const country = countries.find((c) => c.code === campaign.recipientCountry);
  const target = country?.region;
  const regionOf = (code: string) => countries.find((c) => c.code === code)?.region;
  const needs = representativeNeeds(profile, regionOf);
  const law = lawOf(country);
  const senderAbroad = senderOutsideHome(profile.country, law, regionOf);
  const legal = phrase(profile.legalName);
  const trading = phrase(profile.tradingName);
  const company = trading !== '' && trading.toLowerCase() !== legal.toLowerCase() && legal !== '' ? `${legal} (${trading})` : legal;
  const categories = campaign.dataCategories.flatMap((key) => {
    if (key !== 'other') return [template.dataCategories[key]];
    const other = phrase(campaign.otherData);
    return other === '' ? [] : [other];
  });
  const months = campaign.retentionMonths;
  const period =
    months === null
      ? ''
      : (fillText(template.months[new Intl.PluralRules(template.locale).select(months) as keyof NoticeTemplate['months']] ?? template.months.other, {
          n: String(months),
        }) ?? '');
  return {
    template,
    country,
    law,
    company,
    address: addressLine(profile.postalAddress),
    representatives: {
      showEu: oneLine(profile.euRepresentative) !== '' && target !== 'UK',
      showUk: oneLine(profile.ukRepresentative) !== '' && (target === 'UK' || target === undefined),
      euRequired: needs.eu && (target === 'EU' || target === 'EEA' || target === undefined),
      ukRequired: needs.uk && target === 'UK',
    },
    categories,
    optOut: campaign.unsubscribeLink.trim() === '' ? 'reply' : campaign.optOut,
    retention: { rule: asSentence(campaign.retentionRule), period },
    senderAbroad,
    transferStatus: campaign.transfer === null ? 'unanswered' : campaign.transfer === 'none' && senderAbroad === true ? 'basisNeeded' : 'answered',
  };
}

/** A template filled with plain strings, as one string (for small phrases such as "6 months"). */
function fillText(template: string, values: Record<string, string>): string | null {
  const s = sentence(template, values);
  return s ? s.parts.map((p) => p.text).join('') : null;
}

/** The source sentence (Art. 14(2)(f)), or `null` when there is nothing to say. */
function sourceSentence(t: NoticeTemplate, campaign: Campaign): Sentence | null {
  const wording = t.sources[campaign.sourceKind];
  const detail = phrase(campaign.source);
  if (detail !== '') return sentence(wording.withDetail, { detail }, ['2f']);
  return wording.withoutDetail === null ? null : sentence(wording.withoutDetail, {}, ['2f']);
}

/** The opt-out sentence for the chosen method from one of the templates' `{ reply, link, both }`. */
function optOutSentence(byMethod: { reply: string; link: string; both: string }, facts: NoticeFacts, campaign: Campaign): Sentence | null {
  return sentence(byMethod[facts.optOut], { keyword: facts.template.replyKeyword, link: unsubscribeValue(campaign.unsubscribeLink) });
}

function shortDisclaimer(ctx: NoticeContext, facts: NoticeFacts): Block[] {
  const t = facts.template;
  const purpose = asSentence(ctx.campaign.purpose);
  const why: Sentence | null = purpose !== '' ? { parts: [{ text: purpose }], covers: [] } : sentence(t.short.whyGeneric, {});
  const b = block([why, sourceSentence(t, ctx.campaign), optOutSentence(t.short.optOut, facts, ctx.campaign)]);
  return b ? [b] : [];
}

/** A visible gap in the notice: text the user must replace, covering no Art. 14 item. */
function placeholder(text: string): Sentence {
  return { parts: [{ text }], covers: [] };
}

/** The transfer sentences (Art. 14(1)(f)), or a visible placeholder while the answer is open or cannot be true. */
function transferSentences(ctx: NoticeContext, facts: NoticeFacts): (Sentence | null)[] {
  const { template: t, law, transferStatus } = facts;
  const terms = t.regions[law];
  const { transfer, transferDestination } = ctx.campaign;
  if (transfer === null || transferStatus !== 'answered') return [placeholder((ctx.gaps ?? TRANSFER_PLACEHOLDERS)[transfer === null ? 'unanswered' : 'basisNeeded'][law])];
  if (transfer === 'none') return [sentence(terms.transferNone, {}, ['1f'])];
  const abroad = facts.senderAbroad ? sentence(terms.processedAbroad, { country: countryNameIn(ctx.profile.country, t.locale) }, ['1f']) : null;
  // The Data Privacy Framework covers certified companies in the United States only.
  const destination = transfer === 'dpf' ? 'US' : transferDestination;
  const where =
    destination !== '' ? sentence(terms.transferTo, { destination: countryNameIn(destination, t.locale) }, ['1f']) : sentence(terms.transferToUnnamed, {}, ['1f']);
  // Art. 14(1)(f): for Art. 46 and 47 safeguards, the notice says how to get a copy.
  const copy = SAFEGUARDS_WITH_COPY.includes(transfer) ? sentence(t.notice.transferCopy, { email: emailValue(ctx.profile.privacyEmail) }, ['1f']) : null;
  return [abroad, where, sentence(terms.basis[transfer], {}, ['1f']), copy];
}

/**
 * The right to complain in the words of the applicable law, then the recipient country's
 * authority, named as a letter in this language names it. EU wording: Art. 14(2)(e) and Art. 77.
 * UK wording: first the right to complain to the sender (UK GDPR Art. 14(2)(da), Data Protection
 * Act 2018 s. 164A), then to the UK authority under s. 165, which replaced UK GDPR Art. 77 on
 * 19 June 2026. Swiss recipients also learn they can report to the FDPIC, which is not a
 * supervisory authority under the GDPR (Art. 49 FADP).
 */
function complaintSentences(facts: NoticeFacts, privacyEmail: Value): (Sentence | null)[] {
  const { template: t, country, law } = facts;
  const terms = t.regions[law];
  const toUs =
    law === 'uk'
      ? (sentence(t.regions.uk.complaintToUs, { email: privacyEmail }, ['2da']) ?? sentence(t.regions.uk.complaintToUsNoEmail, {}, ['2da']))
      : null;
  if (country === undefined) return [toUs, sentence(terms.complaint, {}, ['2e'])];
  const authority = { authority: bodyNameIn(country.authority, t.code), url: urlValue(country.authority.url) };
  if (country.region === 'CH') return [sentence(terms.complaint, {}, ['2e']), sentence(t.notice.swissAuthority, authority)];
  return [toUs, sentence(terms.complaintAuthority, authority, ['2e']) ?? sentence(terms.complaint, {}, ['2e'])];
}

function fullNotice(ctx: NoticeContext, facts: NoticeFacts): Block[] {
  const { profile, campaign } = ctx;
  const t = facts.template;
  const n = t.notice;
  const terms = t.regions[facts.law];
  const email = emailValue(profile.privacyEmail);
  const list = (items: string[]) => new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(items);
  const recipients = [
    phrase(campaign.emailPlatform) && fillText(n.emailPlatform, { name: phrase(campaign.emailPlatform) }),
    phrase(campaign.crm) && fillText(n.crm, { name: phrase(campaign.crm) }),
  ].filter((r): r is string => typeof r === 'string' && r !== '');
  const interest =
    campaign.interest === 'custom'
      ? sentence(t.interests.custom, { interest: phrase(campaign.customInterest) }, ['2b'])
      : sentence(t.interests[campaign.interest], {}, ['2b']);
  const { retention } = facts;

  const blocks: (Block | null)[] = [
    { heading: true, sentences: [{ parts: [{ text: n.heading }], covers: [] }] },
    block(
      [
        facts.address !== ''
          ? sentence(n.identityWithAddress, { company: facts.company, address: facts.address }, ['1a'])
          : sentence(n.identityOnly, { company: facts.company }, ['1a']),
        sentence(n.contact, { email }, ['1a']),
        facts.representatives.showEu ? sentence(t.regions.eu.representative, { representative: phrase(profile.euRepresentative) }, ['1a']) : null,
        facts.representatives.showUk ? sentence(t.regions.uk.representative, { representative: phrase(profile.ukRepresentative) }, ['1a']) : null,
        sentence(n.dpo, { dpo: phrase(profile.dpoContact) }, ['1b']),
      ],
      n.labels.identity,
    ),
    block([sentence(n.purpose, {}, ['1c']), sentence(n.basis, { basis: terms.legalBasis }, ['1c']), interest], n.labels.purpose),
    block([sentence(n.data, { categories: facts.categories.length > 0 ? list(facts.categories) : undefined }, ['1d'])], n.labels.data),
    block([sourceSentence(t, campaign)], n.labels.source),
    block(
      [recipients.length > 0 ? sentence(n.recipientsNamed, { list: list(recipients) }, ['1e']) : sentence(n.recipientsGeneric, {}, ['1e'])],
      n.labels.recipients,
    ),
    block(transferSentences(ctx, facts), n.labels.transfers),
    block(
      [
        retention.rule !== '' ? { parts: [{ text: retention.rule }], covers: ['2a'] } : sentence(n.retentionMonths, { period: retention.period }, ['2a']),
        sentence(n.suppression, {}),
      ],
      n.labels.retention,
    ),
    block(
      [
        sentence(n.rights, {}, ['2c']),
        sentence(n.rightsContact, { email }, ['2c']),
        ...complaintSentences(facts, email),
      ],
      n.labels.rights,
    ),
    block([sentence(n.automated, {}, ['2g'])], n.labels.automated),
    block([sentence('{url}', { url: urlValue(profile.privacyNoticeUrl) })], n.labels.more),
  ];
  return blocks.filter((b): b is Block => b !== null);
}

function objectionLine(ctx: NoticeContext, facts: NoticeFacts): Block[] {
  const o = facts.template.objection;
  const b = block([optOutSentence(o, facts, ctx.campaign), sentence(o.email, { email: emailValue(ctx.profile.privacyEmail) })], o.label);
  return b ? [b] : [];
}

function optOutFooter(ctx: NoticeContext, facts: NoticeFacts): Block[] {
  const f = facts.template.footer;
  const identity = [facts.company, facts.address].filter((part) => part !== '').join(' · ');
  const privacy = urlValue(ctx.profile.privacyNoticeUrl)
    ? sentence(f.privacyUrl, { url: urlValue(ctx.profile.privacyNoticeUrl) })
    : sentence(f.privacyEmail, { email: emailValue(ctx.profile.privacyEmail) });
  return [
    block([identity === '' ? null : { parts: [{ text: identity }], covers: [] }]),
    block([optOutSentence(f.optOut, facts, ctx.campaign)]),
    block([privacy]),
  ].filter((b): b is Block => b !== null);
}

/** Writes the four text outputs in the campaign's language. */
export function composeOutputs(ctx: NoticeContext): Record<OutputId, Output> {
  const facts = noticeFacts(ctx);
  const separator = facts.template.labelSeparator;
  const output = (layout: Output['layout'], blocks: Block[]): Output => ({ layout, labelSeparator: separator, blocks });
  return {
    short: output('paragraphs', shortDisclaimer(ctx, facts)),
    notice: output('paragraphs', fullNotice(ctx, facts)),
    objection: output('paragraphs', objectionLine(ctx, facts)),
    footer: output('lines', optOutFooter(ctx, facts)),
  };
}

