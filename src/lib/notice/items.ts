/**
 * The information GDPR Art. 14(1) and 14(2) require when personal data were not obtained from
 * the person (https://eur-lex.europa.eu/eli/reg/2016/679/oj). Under Art. 14(3)(b) it is due at
 * the latest in the first email. The ids tag the sentences that cover each item, so tests can
 * prove every language covers every item.
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
  { id: '2e', article: '14(2)(e)', title: 'The right to lodge a complaint with a supervisory authority' },
  { id: '2f', article: '14(2)(f)', title: 'The source of the data, and whether it is publicly accessible' },
  { id: '2g', article: '14(2)(g)', title: 'Automated decision-making, including profiling' },
] as const;

/** One Art. 14 item, e.g. `1a` for Art. 14(1)(a). */
export type ItemId = (typeof ART14_ITEMS)[number]['id'];

/** Every item id, in the order of the article. */
export const ITEM_IDS: readonly ItemId[] = ART14_ITEMS.map((item) => item.id);
