import { format } from '../i18n/format.ts';
import { planner } from '../i18n/en/planner.ts';
import { GDPR_URL, type PlannerMessages, type SourceLink } from './questions.ts';
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

const ADVICE_KINDS = ['no-use', 'unnamed-field', 'personal-email', 'home-address', 'phone-not-called'] as const satisfies readonly AdviceKind[];

/** Where the rule behind each piece of advice is written; the link texts are in the catalog. */
const SOURCE_URLS: Record<AdviceKind, string> = {
  'no-use': GDPR_URL,
  'unnamed-field': GDPR_URL,
  'personal-email': 'https://ico.org.uk/for-organisations/direct-marketing-and-privacy-and-electronic-communications/business-to-business-marketing/',
  'home-address': 'https://gdpr-info.eu/recitals/no-47/',
  'phone-not-called': GDPR_URL,
};

/** One piece of advice in the catalog's words, its glossary terms as plain text. */
export function adviceText(kind: AdviceKind, m: PlannerMessages = planner): Omit<Advice, 'kind'> {
  return {
    text: format(m.advice[kind].text, { pecr: m.advice.pecr, corporate: m.advice.corporate }),
    source: { title: m.advice[kind].source, url: SOURCE_URLS[kind] },
  };
}

/** The advice texts in English, with the source each rests on, to review in one place. */
export const ADVICE = Object.fromEntries(ADVICE_KINDS.map((kind) => [kind, adviceText(kind)])) as Record<AdviceKind, Omit<Advice, 'kind'>>;

function advise(kind: AdviceKind, m: PlannerMessages): Advice {
  return { kind, ...adviceText(kind, m) };
}

/**
 * The minimisation rules for one field: a collected field with no use gets "Don't collect it";
 * a personal email, a home address, or a phone number nobody will call gets its own warning.
 */
export function judgeField(data: CampaignRecord['data'], field: DataField, m: PlannerMessages = planner): FieldVerdict {
  const plan = data[field];
  if (!plan.collect) return { field, status: 'not-collected', advice: [] };
  const advice: Advice[] = [];
  if (!answered(plan.use)) advice.push(advise('no-use', m));
  if (field === 'other' && !answered(data.other.what)) advice.push(advise('unnamed-field', m));
  if (field === 'personalEmail') advice.push(advise('personal-email', m));
  if (field === 'postalAddress' && data.postalAddress.kind === 'home') advice.push(advise('home-address', m));
  if (field === 'phone' && !data.phone.willCall) advice.push(advise('phone-not-called', m));
  const status = advice.length === 0 ? 'keep' : advice.some((a) => a.kind === 'no-use') ? 'drop' : 'warn';
  return { field, status, advice };
}

/** The verdict for every field, in the order the planner asks about them. */
export function judgeFields(data: CampaignRecord['data'], m: PlannerMessages = planner): FieldVerdict[] {
  return DATA_FIELDS.map((field) => judgeField(data, field, m));
}

/** The fields the list will hold. */
export function collectedFields(data: CampaignRecord['data']): DataField[] {
  return DATA_FIELDS.filter((field) => data[field].collect);
}
