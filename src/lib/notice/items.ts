/**
 * The information GDPR Art. 14(1) and 14(2) require when personal data were not obtained from
 * the person (https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng#art_14). Under Art. 14(3)(b) it
 * is due at the latest in the first email. The ids tag the sentences that cover each item, so
 * tests can prove every language covers every item. An item with `law: 'uk'` exists only in the
 * UK GDPR: 14(2)(da), the right to complain to the controller, added by the Data (Use and Access)
 * Act 2025 Sch. 10 para. 4 from 19 June 2026 (https://www.legislation.gov.uk/ukpga/2025/18/schedule/10).
 */
export const ART14_ITEMS = [
  { id: '1a', article: '14(1)(a)', title: 'Identity and contact details of the controller, and of its representative' },
  { id: '1b', article: '14(1)(b)', title: 'Contact details of the data protection officer, where applicable' },
  { id: '1c', article: '14(1)(c)', title: 'Purposes of the processing and its legal basis' },
  { id: '1d', article: '14(1)(d)', title: 'Categories of personal data' },
  { id: '1e', article: '14(1)(e)', title: 'Recipients or categories of recipients' },
  { id: '1f', article: '14(1)(f)', title: 'Transfers to a third country and their safeguards' },
  { id: '2a', article: '14(2)(a)', title: 'How long the data are kept, or the criteria for it' },
  { id: '2b', article: '14(2)(b)', title: 'The legitimate interests pursued' },
  { id: '2c', article: '14(2)(c)', title: 'The rights of access, rectification, erasure, restriction, objection and portability' },
  { id: '2d', article: '14(2)(d)', title: 'The right to withdraw consent, where processing is based on consent' },
  { id: '2da', article: '14(2)(da)', title: 'The right to complain to the sender (UK GDPR only; Data Protection Act 2018 s. 164A)', law: 'uk' },
  { id: '2e', article: '14(2)(e)', title: 'The right to complain to a supervisory authority (UK: Data Protection Act 2018 s. 165)' },
  { id: '2f', article: '14(2)(f)', title: 'The source of the data, and whether it is publicly accessible' },
  { id: '2g', article: '14(2)(g)', title: 'Automated decision-making, including profiling' },
] as const;

/** One Art. 14 item, e.g. `1a` for Art. 14(1)(a). */
export type ItemId = (typeof ART14_ITEMS)[number]['id'];

/** Every item id, in the order of the article. */
export const ITEM_IDS: readonly ItemId[] = ART14_ITEMS.map((item) => item.id);

/** The items the law of a notice lists: the UK-only ones only under UK wording. */
export function itemsFor(law: 'eu' | 'uk'): (typeof ART14_ITEMS)[number][] {
  return ART14_ITEMS.filter((item) => !('law' in item) || item.law === law);
}
