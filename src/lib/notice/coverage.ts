import { bodyNameIn } from '../jurisdictions/names.ts';
import type { NoticeContext } from './compose.ts';
import { SAFEGUARDS_WITH_COPY } from './campaign.ts';
import { noticeFacts, oneLine, type NoticeFacts } from './compose.ts';
import { format } from '../i18n/format.ts';
import { notice } from '../i18n/en/notice.ts';
import { FIELD_LABELS, type FieldKey } from './fields.ts';
import { itemsFor, type ItemId } from './items.ts';

/** `covered`: the notice says it; `missing`: it cannot yet; `not-applicable`: the law does not ask for it here. */
export type ItemStatus = 'covered' | 'missing' | 'not-applicable';

/** What fills an item: a control of the form, or a standard sentence of every template. */
export type Filler = FieldKey | 'standard';

/**
 * A remark on an item, as a key of the catalog's `notice.coverage.notes` (the interface words
 * it in the page's language, putting each field's label into its `{fieldKey}` placeholder) and
 * the values the sentence needs besides the labels.
 */
export interface CoverageNote {
  id: CoverageNoteId;
  values?: Record<string, string>;
}

/** Every remark the check can make (the catalog has one message per id). */
export type CoverageNoteId =
  | 'transferUnansweredEu'
  | 'transferUnansweredUk'
  | 'transferBasisNeededEu'
  | 'transferBasisNeededUk'
  | 'transferCopyAddress'
  | 'swissDestination'
  | 'legalName'
  | 'addressOrEmail'
  | 'euRepresentative'
  | 'ukRepresentative'
  | 'dpoOnlyIfAppointed'
  | 'purposeStandard'
  | 'dataCategories'
  | 'recipientsStandard'
  | 'retention'
  | 'customInterest'
  | 'requestsAddress'
  | 'noConsent'
  | 'ukComplaintWithEmail'
  | 'ukComplaintNoEmail'
  | 'authorityNamed'
  | 'pickRecipientCountry'
  | 'sourceOther'
  | 'sourceVendor'
  | 'sourcePattern'
  | 'sourceVerifiable'
  | 'noAutomated';

/**
 * A remark in words: the catalog's sentence (`notes`, English by default) with every `{fieldKey}`
 * filled by that field's label (`labels`, the page's) and the remark's own values.
 */
export function noteText(
  remark: CoverageNote,
  notes: Record<CoverageNoteId, string> = notice.coverage.notes,
  labels: Record<FieldKey, string> = FIELD_LABELS,
  locale = 'en',
): string {
  return format(notes[remark.id], { ...labels, ...remark.values }, locale);
}

/** The check of one Art. 14 item. */
export interface ItemCoverage {
  id: ItemId;
  /** E.g. "14(1)(a)". */
  article: string;
  title: string;
  status: ItemStatus;
  /** The fields that fill it, or `standard` for a standard sentence of the template. */
  filledBy: Filler[];
  /** What to do when it is missing, or a remark when it is covered. */
  note?: CoverageNote;
  /** The field to fill first when the item is missing (the interface links to it). */
  fix?: FieldKey;
}

/** The result of the coverage check. */
export interface Coverage {
  items: ItemCoverage[];
  /** The items still missing. */
  missing: ItemCoverage[];
  /** True only when no mandatory item is missing. */
  complete: boolean;
}

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;
const given = (text: string) => oneLine(text) !== '';

type Check = Omit<ItemCoverage, 'id' | 'article' | 'title'>;
const note = (id: CoverageNoteId, values?: Record<string, string>): CoverageNote => (values ? { id, values } : { id });
const covered = (filledBy: Filler[], remark?: CoverageNoteId, values?: Record<string, string>): Check =>
  remark ? { status: 'covered', filledBy, note: note(remark, values) } : { status: 'covered', filledBy };
const missing = (fix: FieldKey, remark: CoverageNoteId, filledBy: Filler[] = []): Check => ({ status: 'missing', filledBy, note: note(remark), fix });
const notApplicable = (remark: CoverageNoteId): Check => ({ status: 'not-applicable', filledBy: [], note: note(remark) });
const S = 'standard' as const;

/**
 * Art. 14(1)(f): transfers must be answered, "no transfer" must be possible for the sender, and
 * safeguards of which people may ask a copy need an address to ask at.
 */
function transferCheck(ctx: NoticeContext, facts: NoticeFacts, hasEmail: boolean): Check {
  const { transfer, transferDestination } = ctx.campaign;
  const uk = facts.law === 'uk';
  if (transfer === null) return missing('transfer', uk ? 'transferUnansweredUk' : 'transferUnansweredEu');
  if (facts.transferStatus === 'basisNeeded') return missing('transfer', uk ? 'transferBasisNeededUk' : 'transferBasisNeededEu', ['transfer']);
  const named = transfer !== 'none' && transfer !== 'dpf' && transferDestination !== '';
  if (SAFEGUARDS_WITH_COPY.includes(transfer) && !hasEmail) return missing('privacyEmail', 'transferCopyAddress', ['transfer']);
  const swissUnnamed = facts.country?.region === 'CH' && transfer !== 'none' && transfer !== 'dpf' && !named;
  return covered(['transfer', ...(named ? (['transferDestination'] as const) : [])], swissUnnamed ? 'swissDestination' : undefined);
}

/**
 * Checks which Art. 14(1) and 14(2) items the generated notice covers, and names the field that
 * fills each one; for UK recipients also UK GDPR Art. 14(2)(da), the right to complain to the sender. Items that are standard sentences of every template (rights, complaint,
 * automated decisions, the purpose and legal basis) are always covered; the unit tests prove
 * every language really writes them.
 */
export function checkCoverage(ctx: NoticeContext): Coverage {
  const { profile, campaign } = ctx;
  const facts = noticeFacts(ctx);
  const reps = facts.representatives;
  const hasEmail = EMAIL.test(oneLine(profile.privacyEmail));
  const email = hasEmail ? (['privacyEmail'] as const) : [];

  const checks: Record<ItemId, Check> = {
    '1a': (() => {
      if (!given(profile.legalName)) return missing('legalName', 'legalName');
      if (facts.address === '' && !given(profile.privacyEmail)) return missing('postalAddress', 'addressOrEmail', ['legalName']);
      const filledBy: Filler[] = ['legalName'];
      if (facts.address !== '') filledBy.push('postalAddress');
      if (given(profile.privacyEmail)) filledBy.push('privacyEmail');
      if (reps.euRequired && !given(profile.euRepresentative)) return missing('euRepresentative', 'euRepresentative', filledBy);
      if (reps.ukRequired && !given(profile.ukRepresentative)) return missing('ukRepresentative', 'ukRepresentative', filledBy);
      if (reps.showEu) filledBy.push('euRepresentative');
      if (reps.showUk) filledBy.push('ukRepresentative');
      return covered(filledBy);
    })(),
    '1b': given(profile.dpoContact) ? covered(['dpoContact']) : notApplicable('dpoOnlyIfAppointed'),
    '1c': covered([S, 'interest'], 'purposeStandard'),
    '1d':
      facts.categories.length > 0
        ? covered(['dataCategories', ...(campaign.dataCategories.includes('other') && given(campaign.otherData) ? (['otherData'] as const) : [])])
        : missing('dataCategories', 'dataCategories'),
    '1e':
      given(campaign.emailPlatform) || given(campaign.crm)
        ? covered([...(given(campaign.emailPlatform) ? (['emailPlatform'] as const) : []), ...(given(campaign.crm) ? (['crm'] as const) : [])])
        : covered([S], 'recipientsStandard'),
    '1f': transferCheck(ctx, facts, hasEmail),
    '2a': facts.retention.rule !== '' ? covered(['retentionRule']) : facts.retention.period !== '' ? covered(['retentionMonths']) : missing('retentionMonths', 'retention'),
    '2b':
      campaign.interest !== 'custom'
        ? covered(['interest'])
        : given(campaign.customInterest)
          ? covered(['interest', 'customInterest'])
          : missing('customInterest', 'customInterest'),
    '2c': covered([S, ...email], hasEmail ? undefined : 'requestsAddress'),
    '2d': notApplicable('noConsent'),
    '2da': covered([S, ...email], hasEmail ? 'ukComplaintWithEmail' : 'ukComplaintNoEmail'),
    '2e': facts.country
      ? covered([S, 'recipientCountry'], 'authorityNamed', { authority: bodyNameIn(facts.country.authority, facts.template.code) })
      : covered([S], 'pickRecipientCountry'),
    '2f': (() => {
      if (given(campaign.source)) return covered(campaign.sourceKind === 'other' ? ['source'] : ['sourceKind', 'source']);
      if (campaign.sourceKind === 'other') return missing('source', 'sourceOther');
      if (campaign.sourceKind === 'vendor') return missing('source', 'sourceVendor', ['sourceKind']);
      if (campaign.sourceKind === 'pattern') return missing('source', 'sourcePattern', ['sourceKind']);
      return covered(['sourceKind'], 'sourceVerifiable');
    })(),
    '2g': covered([S], 'noAutomated'),
  };

  const items = itemsFor(facts.law).map(({ id, article, title }) => ({ id, article, title, ...checks[id] }));
  const missingItems = items.filter((item) => item.status === 'missing');
  return { items, missing: missingItems, complete: missingItems.length === 0 };
}
