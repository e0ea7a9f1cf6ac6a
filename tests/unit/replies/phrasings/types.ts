import type { MessageKind } from '../../../../src/lib/replies/kinds';

/**
 * How people ask for one kind of thing in one language, written as they write: word order and
 * inflection as they come, informal forms, typos, no accents. `none` holds messages that ask for
 * nothing (a positive reply, a question about the product), which detection must leave alone.
 */
export type Phrasings = Record<MessageKind | 'none', string[]>;
