import { GDPR_URL, type SourceLink } from './questions.ts';
import { DATA_FIELDS, answered, type CampaignRecord, type DataField } from './schema.ts';

/** Why a field gets advice. */
export type AdviceKind = 'no-use' | 'unnamed-field' | 'personal-email' | 'home-address' | 'phone-not-called';

/** One piece of advice about a field. */
export interface Advice {
  kind: AdviceKind;
  /** One or two sentences; the no-use advice always starts with "Don't collect it". */
  text: string;
  /** Where the rule behind the advice is written. */
  source: SourceLink;
}

/** The verdict for one field. */
export interface FieldVerdict {
  field: DataField;
  /**
   * - `not-collected`: the list will not hold it;
   * - `keep`: collected, with a use and nothing to warn about;
   * - `drop`: collected without a use: don't collect it;
   * - `warn`: collected with a use, but a specific risk applies.
   */
  status: 'not-collected' | 'keep' | 'drop' | 'warn';
  advice: Advice[];
}

const MINIMISATION: SourceLink = { title: 'GDPR Art. 5(1)(c) (data minimisation)', url: GDPR_URL };
const EXPECTATIONS: SourceLink = { title: 'GDPR Recital 47 (reasonable expectations)', url: 'https://gdpr-info.eu/recitals/no-47/' };
const ICO_B2B: SourceLink = {
  title: 'ICO: Business-to-business marketing',
  url: 'https://ico.org.uk/for-organisations/direct-marketing-and-privacy-and-electronic-communications/business-to-business-marketing/',
};

/** The advice texts, with the source each rests on. Kept here as data so they can be reviewed in one place. */
export const ADVICE: Record<AdviceKind, Omit<Advice, 'kind'>> = {
  'no-use': {
    text: "Don't collect it: no use is given. Data you have no use for should not be in the list.",
    source: MINIMISATION,
  },
  'unnamed-field': {
    text: 'Name the field, so the record says what you hold.',
    source: MINIMISATION,
  },
  'personal-email': {
    text:
      "A personal address (Gmail, Outlook.com ...) is the person's private mailbox, not a business contact. People do not expect sales email there, and the B2B exemptions in national email rules are written for business subscribers: under the UK rules (PECR), for example, the exemption covers corporate subscribers only, and a private mailbox is held by an individual, for whom marketing email needs consent. Use the work address.",
    source: ICO_B2B,
  },
  'home-address': {
    text:
      "A home address is private. A business contact does not expect to be reached at home, which weighs against you in the balancing test. Use the company's address, and only if you will really send post.",
    source: EXPECTATIONS,
  },
  'phone-not-called': {
    text: "Don't collect phone numbers nobody will call: they add risk and no value to an email campaign.",
    source: MINIMISATION,
  },
};

function advise(kind: AdviceKind): Advice {
  return { kind, ...ADVICE[kind] };
}

/**
 * The minimisation rules for one field: a collected field with no use gets "Don't collect it";
 * a personal email, a home address, or a phone number nobody will call gets its own warning.
 */
export function judgeField(data: CampaignRecord['data'], field: DataField): FieldVerdict {
  const plan = data[field];
  if (!plan.collect) return { field, status: 'not-collected', advice: [] };
  const advice: Advice[] = [];
  if (!answered(plan.use)) advice.push(advise('no-use'));
  if (field === 'other' && !answered(data.other.what)) advice.push(advise('unnamed-field'));
  if (field === 'personalEmail') advice.push(advise('personal-email'));
  if (field === 'postalAddress' && data.postalAddress.kind === 'home') advice.push(advise('home-address'));
  if (field === 'phone' && !data.phone.willCall) advice.push(advise('phone-not-called'));
  const status = advice.length === 0 ? 'keep' : advice.some((a) => a.kind === 'no-use') ? 'drop' : 'warn';
  return { field, status, advice };
}

/** The verdict for every field, in the order the planner asks about them. */
export function judgeFields(data: CampaignRecord['data']): FieldVerdict[] {
  return DATA_FIELDS.map((field) => judgeField(data, field));
}

/** The fields the list will hold. */
export function collectedFields(data: CampaignRecord['data']): DataField[] {
  return DATA_FIELDS.filter((field) => data[field].collect);
}
