import { bodyNameIn } from '../jurisdictions/names.ts';
import type { NoticeContext } from './compose.ts';
import { SAFEGUARDS_WITH_COPY } from './campaign.ts';
import { noticeFacts, oneLine, type NoticeFacts } from './compose.ts';
import { FIELD_LABELS as L, STANDARD_TEXT } from './fields.ts';
import { itemsFor, type ItemId } from './items.ts';

/** `covered`: the notice says it; `missing`: it cannot yet; `not-applicable`: the law does not ask for it here. */
export type ItemStatus = 'covered' | 'missing' | 'not-applicable';

/** The check of one Art. 14 item. */
export interface ItemCoverage {
  id: ItemId;
  /** E.g. "14(1)(a)". */
  article: string;
  title: string;
  status: ItemStatus;
  /** Labels of the fields that fill it, or "Standard text". */
  filledBy: string[];
  /** What to do when it is missing, or a remark when it is covered. */
  note: string;
}

/** The result of the coverage check. */
export interface Coverage {
  items: ItemCoverage[];
  /** The items still missing. */
  missing: ItemCoverage[];
  /** True only when no mandatory item is missing. */
  complete: boolean;
  /** One line for the status: "Notice complete: …" or "N items missing: …". */
  summary: string;
}

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;
const given = (text: string) => oneLine(text) !== '';

type Check = Omit<ItemCoverage, 'id' | 'article' | 'title'>;
const covered = (filledBy: string[], note = ''): Check => ({ status: 'covered', filledBy, note });
const missing = (note: string, filledBy: string[] = []): Check => ({ status: 'missing', filledBy, note });
const notApplicable = (note: string): Check => ({ status: 'not-applicable', filledBy: [], note });

/** Where the home area of the notice's law ends: the EEA, or the UK. */
const HOME = { eu: 'the EU/EEA', uk: 'the UK' } as const;

/**
 * Art. 14(1)(f): transfers must be answered, "no transfer" must be possible for the sender, and
 * safeguards of which people may ask a copy need an address to ask at.
 */
function transferCheck(ctx: NoticeContext, facts: NoticeFacts, hasEmail: boolean): Check {
  const { transfer, transferDestination } = ctx.campaign;
  if (transfer === null) return missing(`Answer "${L.transfer}": say whether anyone outside ${HOME[facts.law]} stores or accesses the data, and on what basis.`);
  if (facts.transferStatus === 'basisNeeded') {
    return missing(
      `Your company is established outside ${HOME[facts.law]}, so the data are processed outside it: "No transfer" cannot be true. Choose the basis your transfers rely on under "${L.transfer}".`,
      [L.transfer],
    );
  }
  const named = transfer !== 'none' && transfer !== 'dpf' && transferDestination !== '';
  if (SAFEGUARDS_WITH_COPY.includes(transfer) && !hasEmail) {
    return missing(`With standard contractual clauses or binding corporate rules the notice must say how to get a copy: add a "${L.privacyEmail}".`, [L.transfer]);
  }
  const swissUnnamed = facts.country?.region === 'CH' && transfer !== 'none' && transfer !== 'dpf' && !named;
  return covered(
    [L.transfer, ...(named ? [L.transferDestination] : [])],
    swissUnnamed ? `For recipients in Switzerland, the FADP (Art. 19(4)) asks you to name the destination country: choose the "${L.transferDestination}".` : '',
  );
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

  const checks: Record<ItemId, Check> = {
    '1a': (() => {
      if (!given(profile.legalName)) return missing(`Add the "${L.legalName}".`);
      if (facts.address === '' && !given(profile.privacyEmail)) return missing(`Add a "${L.postalAddress}" or a "${L.privacyEmail}".`, [L.legalName]);
      const filledBy: string[] = [L.legalName];
      if (facts.address !== '') filledBy.push(L.postalAddress);
      if (given(profile.privacyEmail)) filledBy.push(L.privacyEmail);
      if (reps.euRequired && !given(profile.euRepresentative)) {
        return missing(`Your company is established outside the EU/EEA: GDPR Art. 27 generally requires an EU representative, named in the notice. Add the "${L.euRepresentative}".`, filledBy);
      }
      if (reps.ukRequired && !given(profile.ukRepresentative)) {
        return missing(`Your company is established outside the UK: UK GDPR Art. 27 generally requires a UK representative, named in the notice. Add the "${L.ukRepresentative}".`, filledBy);
      }
      if (reps.showEu) filledBy.push(L.euRepresentative);
      if (reps.showUk) filledBy.push(L.ukRepresentative);
      return covered(filledBy);
    })(),
    '1b': given(profile.dpoContact)
      ? covered([L.dpoContact])
      : notApplicable('Only if you have appointed a data protection officer (GDPR Art. 37); then add their contact.'),
    '1c': covered([STANDARD_TEXT, L.interest], 'Contacting the recipient about products and services relevant to their role; legal basis Art. 6(1)(f).'),
    '1d':
      facts.categories.length > 0
        ? covered([L.dataCategories, ...(campaign.dataCategories.includes('other') && given(campaign.otherData) ? [L.otherData] : [])])
        : missing(`Tick at least one kind of data under "${L.dataCategories}" (and describe "Other").`),
    '1e':
      given(campaign.emailPlatform) || given(campaign.crm)
        ? covered([...(given(campaign.emailPlatform) ? [L.emailPlatform] : []), ...(given(campaign.crm) ? [L.crm] : [])])
        : covered([STANDARD_TEXT], 'Names the categories of recipients (your email and CRM providers); naming them is clearer.'),
    '1f': transferCheck(ctx, facts, hasEmail),
    '2a':
      facts.retention.rule !== ''
        ? covered([L.retentionRule])
        : facts.retention.period !== ''
          ? covered([L.retentionMonths])
          : missing(`Say when you delete the data: "${L.retentionMonths}" or "${L.retentionRule}".`),
    '2b':
      campaign.interest !== 'custom'
        ? covered([L.interest])
        : given(campaign.customInterest)
          ? covered([L.interest, L.customInterest])
          : missing(`Describe the interest in "${L.customInterest}", or pick a common one.`),
    '2c': covered([STANDARD_TEXT, ...(hasEmail ? [L.privacyEmail] : [])], hasEmail ? '' : `Add a "${L.privacyEmail}" so people know where to send requests.`),
    '2d': notApplicable('Cold email relies on legitimate interest, not consent, so there is no consent to withdraw.'),
    '2da': covered(
      [STANDARD_TEXT, ...(hasEmail ? [L.privacyEmail] : [])],
      hasEmail
        ? 'Tells UK recipients they can complain to you; acknowledge a complaint within 30 days (Data Protection Act 2018 s. 164A).'
        : `Tells UK recipients they can complain to you; add a "${L.privacyEmail}" so they know where to write.`,
    ),
    '2e': facts.country
      ? covered([STANDARD_TEXT, L.recipientCountry], `Names ${bodyNameIn(facts.country.authority, facts.template.code)}.`)
      : covered([STANDARD_TEXT], `Pick the "${L.recipientCountry}" to name its supervisory authority.`),
    '2f': (() => {
      if (given(campaign.source)) return covered(campaign.sourceKind === 'other' ? [L.source] : [L.sourceKind, L.source]);
      if (campaign.sourceKind === 'other') return missing(`Say where you got the address in "${L.source}".`);
      if (campaign.sourceKind === 'vendor') return missing(`Name the data vendor in "${L.source}": people are entitled to know who supplied their data.`, [L.sourceKind]);
      if (campaign.sourceKind === 'pattern') {
        return missing(`Say in "${L.source}" where you found the name and the address format (e.g. the company's team page): the name came from a source too.`, [L.sourceKind]);
      }
      return covered([L.sourceKind], `Adding the page or register in "${L.source}" makes it verifiable.`);
    })(),
    '2g': covered([STANDARD_TEXT], 'States that no decisions are made solely by automated means.'),
  };

  const items = itemsFor(facts.law).map(({ id, article, title }) => ({ id, article, title, ...checks[id] }));
  const missingItems = items.filter((item) => item.status === 'missing');
  const complete = missingItems.length === 0;
  const summary = complete
    ? 'Notice complete: every Art. 14 item that applies is covered.'
    : `${missingItems.length} ${missingItems.length === 1 ? 'item' : 'items'} missing: ${missingItems.map((i) => `Art. ${i.article}`).join(', ')}.`;
  return { items, missing: missingItems, complete, summary };
}
