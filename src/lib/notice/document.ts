import type { ItemId } from './items.ts';

/** A run of text, or a link. User values and template text alike; renderers escape both. */
export type Inline = { text: string; href?: string };

/** One sentence of an output, tagged with the Art. 14 items it covers. */
export interface Sentence {
  parts: Inline[];
  covers: ItemId[];
}

/** A paragraph (or, in a `lines` output, a line), with an optional bold label before it. */
export interface Block {
  /** A heading line: bold in HTML, a line of its own in text. */
  heading?: boolean;
  label?: string;
  sentences: Sentence[];
}

/** One generated output, before it is rendered as plain text or HTML. */
export interface Output {
  /** `paragraphs`: one `<p>` per block; `lines`: one `<p>`, a line per block. */
  layout: 'paragraphs' | 'lines';
  /** Put after a label, e.g. ": " (French: "\u00a0: "). */
  labelSeparator: string;
  blocks: Block[];
}

/** A value for a `{placeholder}`: text, a link, or nothing (the sentence is left out). */
export type Value = string | Inline | undefined;

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** True when a value would show nothing. */
export function isBlank(value: Value): boolean {
  if (value === undefined) return true;
  return (typeof value === 'string' ? value : value.text).trim() === '';
}

/**
 * Fills a template sentence. Returns `null` when any placeholder's value is blank, so the
 * caller leaves the whole sentence out instead of printing "from ." or "()".
 * A value that already ends a sentence ("We sell tea.") swallows the template's own full stop.
 * @example fill('Write to {email}.', { email: 'a@b.example' }) // [{ text: 'Write to ' }, { text: 'a@b.example' }, { text: '.' }]
 */
export function fill(template: string, values: Record<string, Value>): Inline[] | null {
  const parts: Inline[] = [];
  let last = 0;
  let endsSentence = false;
  for (const match of template.matchAll(PLACEHOLDER)) {
    pushText(parts, template.slice(last, match.index), endsSentence);
    const value = values[match[1]!];
    if (value === undefined || isBlank(value)) return null;
    const inline = typeof value === 'string' ? { text: value } : value;
    parts.push(inline);
    endsSentence = /[.!?…]$/.test(inline.text);
    last = match.index + match[0].length;
  }
  pushText(parts, template.slice(last), endsSentence);
  return merge(parts);
}

function pushText(parts: Inline[], text: string, afterSentenceEnd: boolean): void {
  const kept = afterSentenceEnd && text.startsWith('.') ? text.slice(1) : text;
  if (kept !== '') parts.push({ text: kept });
}

/** Joins neighbouring plain-text runs. */
function merge(parts: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const part of parts) {
    const prev = out.at(-1);
    if (prev && prev.href === undefined && part.href === undefined) prev.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** A sentence from a template, or `null` when a value is missing. */
export function sentence(template: string, values: Record<string, Value>, covers: ItemId[] = []): Sentence | null {
  const parts = fill(template, values);
  return parts ? { parts, covers } : null;
}

/** A block of the sentences that could be filled, or `null` when none could. */
export function block(sentences: (Sentence | null)[], label?: string): Block | null {
  const kept = sentences.filter((s): s is Sentence => s !== null);
  if (kept.length === 0) return null;
  return label === undefined ? { sentences: kept } : { label, sentences: kept };
}

/** Every item some sentence of the output covers. */
export function coveredItems(output: Output): Set<ItemId> {
  return new Set(output.blocks.flatMap((b) => b.sentences.flatMap((s) => s.covers)));
}
