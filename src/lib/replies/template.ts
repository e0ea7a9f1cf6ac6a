/**
 * Filling reply templates without ever leaving a gap.
 *
 * A template *line* is one sentence, or a list of alternatives from the most to the least
 * specific: `['We obtained your data from {source} on {sourceDate}.', 'We obtained your data
 * from {source}.']`. The first alternative whose placeholders all have a value is used; when
 * none has, the line is dropped. That is the whole rule that keeps "We obtained your data from ."
 * out of a reply: a sentence is written only when every fact it names is known.
 */

/** Every placeholder a template may use, with what it stands for. */
export const PLACEHOLDERS = {
  name: "the requester's name",
  receivedDate: 'the date the request was received, formatted in the reply language',
  gdpr: 'the regulation\'s short name in the reply language ("GDPR", "DSGVO", or "UK GDPR" for the UK)',
  purpose: 'what the sender offers: the purpose of the processing',
  interest: 'why this person fits: the legitimate-interest context',
  source: 'where the data came from',
  sourceDate: 'when the data were obtained, formatted in the reply language',
  categories: 'the categories of data held, e.g. "First name, Email, Company"',
  recipients: 'who receives the data (processors, other recipients, transfers)',
  retention: 'how long the data are kept, or the criteria',
  automated: 'automated decision-making or profiling, if any',
  correction: 'what was corrected',
  country: "the requester's country, named in the reply language",
  authority: "the supervisory authority of the requester's country",
  authorityUrl: "that authority's website",
  company: "the sender's name",
  privacyEmail: "the sender's privacy contact address",
  privacyNoticeUrl: "the sender's privacy notice",
  dpo: 'the data protection officer, if one is appointed',
  euRepresentative: 'the EU representative (Art. 27), filled only for requesters in the EU/EEA',
  ukRepresentative: 'the UK representative (UK GDPR Art. 27), filled only for requesters in the UK',
  keyword: 'the word the notice asks people to reply with to opt out, in the reply language',
  destination: 'the country the data are transferred to, named in the reply language',
  missing: 'the visible marker of a fact still to be given, e.g. "[to be completed]"',
} as const;

/** The name of one placeholder. */
export type Placeholder = keyof typeof PLACEHOLDERS;

/** Values for the placeholders; a missing key or an empty (after trimming) string means unknown. */
export type Facts = Partial<Record<Placeholder, string>>;

/** One sentence, or alternatives from the most to the least specific. */
export type Line = string | readonly string[];

const PLACEHOLDER_RE = /\{([A-Za-z]+)\}/g;
/** Marks a value that ends a sentence, so the template's own full stop after it is dropped. */
const SWALLOW = '\u0000';

/** The placeholder names used in a template string, in order. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER_RE)].map((m) => m[1]!);
}

/** True if `name` is a known placeholder. */
export function isPlaceholder(name: string): name is Placeholder {
  return Object.hasOwn(PLACEHOLDERS, name);
}

/** The value of a fact on one line (line breaks become commas, runs of spaces one space), or '' when unknown. */
function valueOf(facts: Facts, name: string): string {
  const raw = isPlaceholder(name) ? facts[name] : undefined;
  return (raw ?? '')
    .replaceAll(SWALLOW, '')
    .trim()
    .replace(/\s*[\r\n]+\s*/g, ', ')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

/**
 * Fills one template string. A value that already ends a sentence (`Acme Inc.`) swallows the
 * template's own full stop after it, so a reply never says "Inc..". Returns null when a
 * placeholder has no value.
 */
export function fill(template: string, facts: Facts): string | null {
  let missing = false;
  const out = template.replace(PLACEHOLDER_RE, (_match, name: string, offset: number) => {
    const value = valueOf(facts, name);
    if (value === '') missing = true;
    const endsSentence = /[.!?…]$/.test(value) && template.charAt(offset + name.length + 2) === '.';
    return endsSentence ? `${value}${SWALLOW}` : value;
  });
  return missing ? null : out.replaceAll(`${SWALLOW}.`, '');
}

/** The first alternative of a line whose facts are all known, filled; null when there is none. */
export function fillLine(line: Line, facts: Facts): string | null {
  const alternatives = typeof line === 'string' ? [line] : line;
  for (const alternative of alternatives) {
    const filled = fill(alternative, facts);
    if (filled !== null) return filled;
  }
  return null;
}

/** The filled sentences of a paragraph joined by a space, or null when every line was dropped. */
export function fillParagraph(paragraph: readonly Line[], facts: Facts): string | null {
  const sentences = paragraph.map((line) => fillLine(line, facts)).filter((s): s is string => s !== null);
  return sentences.length > 0 ? sentences.join(' ') : null;
}
