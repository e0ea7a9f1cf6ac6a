import { z } from 'zod';
import { LANGUAGE_CODES } from './languages.ts';

/** Data categories the sender can say it holds (Art. 14(1)(d)); `other` is described in `otherData`. */
export const DATA_CATEGORIES = ['name', 'workEmail', 'jobTitle', 'company', 'phone', 'linkedin', 'location', 'other'] as const;
/**
 * Where the address came from (Art. 14(2)(f)); `other` means "described in `source` only".
 * `pattern`: the sender worked the address out from the person's name and the company's public
 * address format (firstname.lastname@company), so `source` says where the name and format were found.
 */
export const SOURCE_KINDS = ['other', 'website', 'pattern', 'linkedin', 'register', 'vendor', 'referral', 'event'] as const;
/** Common legitimate interests (Art. 14(2)(b)), or `custom` for the sender's own words. */
export const INTERESTS = ['directMarketing', 'partnership', 'custom'] as const;
/**
 * Transfers outside the EEA (or the UK, for UK recipients) and what they rely on (Art. 14(1)(f)):
 * none; an adequacy decision (GDPR Art. 45; UK: regulations under UK GDPR Art. 45A); a US company
 * certified under the EU-U.S. Data Privacy Framework (or its UK Extension); standard contractual
 * clauses (Art. 46(2)(c); UK: the IDTA or the UK Addendum); binding corporate rules (Art. 47); a
 * derogation for a specific situation (Art. 49).
 */
export const SAFEGUARDS = ['none', 'adequacy', 'dpf', 'scc', 'bcr', 'derogation'] as const;
/** The transfer bases that come with safeguards of which the recipient may ask for a copy (Art. 14(1)(f)). */
export const SAFEGUARDS_WITH_COPY: readonly Safeguard[] = ['scc', 'bcr'];
/** How a recipient opts out: reply with a keyword, an unsubscribe link, or both. */
export const OPT_OUT_METHODS = ['reply', 'link', 'both'] as const;

/** The placeholder most sending platforms can be told to replace with a per-recipient link. */
export const DEFAULT_UNSUBSCRIBE_PLACEHOLDER = '{{unsubscribe_link}}';

const text = (max: number) => z.string().trim().max(max).default('');

/**
 * One campaign: what the notice says beyond the sender profile. Free-text fields are inserted
 * verbatim into the output, so they are written in the output language. An empty string means
 * "not given": the sentence that needs it is left out.
 */
export const campaignSchema = z.object({
  /** One or two sentences to the recipient: what you offer and why it fits them. Opens the short disclaimer. */
  purpose: text(600),
  /** The legitimate interest pursued: a common one, or `custom` for `customInterest`. */
  interest: z.enum(INTERESTS).default('directMarketing'),
  /** The legitimate interest in the sender's own words, used when `interest` is `custom`. */
  customInterest: text(600),
  /** The categories of data held about each recipient. */
  dataCategories: z.array(z.enum(DATA_CATEGORIES)).default(['name', 'workEmail', 'jobTitle', 'company']),
  /** What "other" data means, e.g. "company size". */
  otherData: text(300),
  /** The kind of source; `other` uses the `source` text alone. */
  sourceKind: z.enum(SOURCE_KINDS).default('other'),
  /** The source in words: a page address, the vendor's name, the event, the referrer. */
  source: text(300),
  /** Name of the email-sending platform, e.g. "lemlist". */
  emailPlatform: text(100),
  /** Name of the CRM, e.g. "HubSpot". */
  crm: text(100),
  /**
   * Whether data leave the EEA (or the UK) and on what basis; `null` until the user answers. There
   * is no default: "we do not transfer" is a statement of fact only the sender can make.
   */
  transfer: z.enum(SAFEGUARDS).nullable().default(null),
  /** ISO code of the country the data go to, e.g. "US"; empty when not given (the notice then speaks of third countries in general). */
  transferDestination: z
    .string()
    .regex(/^([A-Z]{2})?$/, 'expected a two-letter upper-case ISO country code such as "US", or nothing')
    .default(''),
  /** Data are deleted this many months after the last contact; `null` when not given. */
  retentionMonths: z.number().int().min(1).max(120).nullable().default(6),
  /** The retention rule in the sender's own words; replaces `retentionMonths` when given. */
  retentionRule: text(300),
  /** ISO code of the recipient's country (a jurisdiction record), or empty. */
  recipientCountry: z
    .string()
    .regex(/^([A-Z]{2})?$/, 'expected a two-letter upper-case ISO country code such as "DE", or nothing')
    .default(''),
  /** How the recipient opts out. */
  optOut: z.enum(OPT_OUT_METHODS).default('both'),
  /** The unsubscribe link, or the placeholder the sending platform replaces with one. */
  unsubscribeLink: z.string().trim().max(500).default(DEFAULT_UNSUBSCRIBE_PLACEHOLDER),
  /** The language the outputs are written in. */
  language: z.enum(LANGUAGE_CODES).default('en'),
});

/** A campaign after defaults are applied. */
export type Campaign = z.output<typeof campaignSchema>;
/** The kinds of data category. */
export type DataCategory = (typeof DATA_CATEGORIES)[number];
/** The kinds of source. */
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** A transfer basis, or `none`. */
export type Safeguard = (typeof SAFEGUARDS)[number];

/** A campaign with every default: what the page starts with. */
export function defaultCampaign(): Campaign {
  return campaignSchema.parse({});
}
