/**
 * The kinds of reply a cold email gets that need an answer, in the order the composed reply
 * answers them: questions first (basis, source, access), then what was done (rectification,
 * erasure, objection), then the complaint. The order of the detection list is by score instead.
 */
export const REQUEST_KINDS = [
  'legalBasis',
  'source',
  'access',
  'rectification',
  'erasure',
  'objection',
  'notInterested',
  'complaint',
] as const;

/** One kind of request or complaint. */
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** What the page shows for each kind, and the GDPR provision it is about. */
export interface KindInfo {
  /** Plain-language title, as the requester would put it (the UI contract of "Detected requests"). */
  title: string;
  /** The provision that governs the answer, for the page and the log export. */
  article: string;
}

/** Plain-language titles and provisions of every kind (the page's UI language is English). */
export const KIND_INFO: Record<RequestKind, KindInfo> = {
  legalBasis: { title: 'What right do you have to email me?', article: 'Art. 6(1)(f), Art. 21(4)' },
  source: { title: 'Where did you get my data?', article: 'Art. 14(2)(f), Art. 15(1)(g)' },
  access: { title: 'What data do you hold about me?', article: 'Art. 15' },
  rectification: { title: 'Correct my data', article: 'Art. 16' },
  erasure: { title: 'Delete my data', article: 'Art. 17' },
  objection: { title: 'Stop emailing me', article: 'Art. 21(2)–(3)' },
  notInterested: { title: 'Not interested', article: 'Art. 21(2)' },
  complaint: { title: 'I will complain to the regulator', article: 'Art. 77 (UK: Data Protection Act 2018 ss. 164A, 165)' },
};

/**
 * Everything detection recognises: the request kinds, and an automatic reply (out of office,
 * on leave) that asks for nothing and needs no answer. An automatic reply is never a request:
 * it is not answered, not logged and not offered as a tick.
 */
export const MESSAGE_KINDS = [...REQUEST_KINDS, 'autoReply'] as const;

/** One kind of message detection recognises. */
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** How the page shows an automatic reply. */
export const AUTO_REPLY_INFO = {
  title: 'Automatic reply (out of office): no answer needed',
  note: 'An automatic reply asks for nothing. Do not log it or answer it; write again after the date it gives, if at all.',
} as const;

/** True if `value` names a request kind. */
export function isRequestKind(value: unknown): value is RequestKind {
  return typeof value === 'string' && (REQUEST_KINDS as readonly string[]).includes(value);
}

/** The kinds in reply order (the order of {@link REQUEST_KINDS}), without duplicates. */
export function inReplyOrder(kinds: Iterable<RequestKind>): RequestKind[] {
  const set = new Set(kinds);
  return REQUEST_KINDS.filter((k) => set.has(k));
}
