/**
 * The list cleaner's engine messages (src/lib/clean/messages.ts) in words: one renderer for every
 * language, given the language's `cleaner.engine` texts and its locale. The CLI renders with the
 * English texts; the page with its own, in the island.
 *
 * A rendered message keeps the values that read left to right (file and column names, a cell,
 * encodings) as `{placeholders}` beside it: `engineText` fills them into a plain sentence, and the
 * island puts each in a `<bdi dir="ltr">` (`rich`), so that an Arabic sentence keeps them whole.
 */
import type { CleanSummary, SummaryJson } from '../clean/summary.ts';
import type { EngineMessage } from '../clean/messages.ts';
import type { Messages } from './en/index.ts';
import { format, plural, type MessageValues } from './format.ts';
import { INTL_LOCALE, isLocale } from './locales.ts';

/** A language's texts for the engine's messages. */
export type EngineTexts = Messages['cleaner']['engine'];

/** A message worded, its left-to-right values still `{placeholders}` in `text` and given in `ltr`. */
export interface RenderedMessage {
  text: string;
  ltr: Record<string, string>;
}

type Of<C extends EngineMessage['code']> = Extract<EngineMessage, { code: C }>;
type Renderer<C extends EngineMessage['code']> = (message: Of<C>, t: EngineTexts, locale: string) => RenderedMessage;

/** Words `message` in the language of `texts`. */
export function engineMessage(message: EngineMessage, texts: EngineTexts, locale: string): RenderedMessage {
  return (RENDERERS[message.code] as Renderer<EngineMessage['code']>)(message, texts, locale);
}

/** Words `message` as one plain sentence. */
export function engineText(message: EngineMessage, texts: EngineTexts, locale: string): string {
  const { text, ltr } = engineMessage(message, texts, locale);
  return format(text, ltr, locale);
}

/** The summary as JSON, its notes worded in the language of `texts`. */
export function summaryJson(summary: CleanSummary, texts: EngineTexts, locale: string): SummaryJson {
  return { ...summary, notes: summary.notes.map((note) => engineText(note, texts, locale)) };
}

/** One renderer per code: a code without one is a type error. */
const RENDERERS: { [C in EngineMessage['code']]: Renderer<C> } = {
  empty: ({ file }, t) => ({ text: t.empty, ltr: { file } }),
  blank: ({ file }, t) => ({ text: t.blank, ltr: { file } }),
  firstLineTooLong: ({ file, megabytes }, t, locale) => ({ text: format(t.firstLineTooLong, { megabytes }, locale), ltr: { file } }),
  notCsv: ({ file, kind }, t) => ({ text: t.notCsv[kind], ltr: { file } }),
  addressInHeader: ({ file, cell }, t) => ({ text: t.addressInHeader, ltr: { file, cell } }),
  noEmailColumn: ({ file, columns, more }, t, locale) => ({ text: format(t.noEmailColumn, { columns: columnsText(more, t, locale) }, locale), ltr: { file, columns: columns.join(', ') } }),
  noColumnNumber: ({ number, count }, t, locale) => ({ text: plural(t.noColumnNumber, count, { number: String(number) }, locale), ltr: {} }),
  noColumnNamed: ({ name, columns, more }, t, locale) => ({ text: format(t.noColumnNamed, { columns: columnsText(more, t, locale) }, locale), ltr: { name, columns: columns.join(', ') } }),
  unbalancedQuote: ({ file, line }, t, locale) => ({ text: format(t.unbalancedQuote, { line: String(line) }, locale), ltr: { file } }),
  fieldTooLong: ({ file, line, max }, t, locale) => ({ text: format(t.fieldTooLong, { line: String(line), max }, locale), ltr: { file } }),
  encodingChanges: ({ file, row, before, after }, t, locale) => ({ text: format(t.encodingChanges, { row: String(row) }, locale), ltr: { file, before, after } }),
  reading: ({ file, encoding, asciiBytes, sure }, t, locale) => {
    const late = asciiBytes === null ? null : sizeText(asciiBytes, t, locale);
    const text = t.reading[`${file === null ? 'list' : 'file'}${late === null ? 'Guess' : sure ? 'Late' : 'LateGuess'}`];
    const ltr: Record<string, string> = file === null ? { encoding } : { file, encoding };
    return { text: format(text, late === null ? {} : { size: late }, locale), ltr };
  },
  badRows: ({ rows, count, encoding, readAs }, t, locale) => {
    const forms = t.badRows;
    const text = count === 1 ? (readAs.length > 0 ? forms.single : forms.singleReplaced) : readAs.length > 0 ? forms.several : forms.severalReplaced;
    const encodings = ltrList(readAs, 'enc', locale);
    return { text: format(text, { rows: numbersText(rows, count, t, locale), encodings: encodings.text }, locale), ltr: { encoding, ...encodings.ltr } };
  },
  skipped: ({ count }, t, locale) => ({ text: plural(t.skipped, count, {}, locale), ltr: {} }),
  suppressionBadLines: ({ file, lines, count, encoding }, t, locale) => {
    const forms = t.suppressionBadLines;
    const read = encoding === 'utf-8';
    const text = count === 1 ? (read ? forms.single : forms.singleReplaced) : read ? forms.several : forms.severalReplaced;
    return { text: format(text, { lines: numbersText(lines, count, t, locale) }, locale), ltr: { file, encoding } };
  },
};

/** `{columns}`, or `{columns} and 3 more`: the names stay a placeholder (one left-to-right run, joined by `, ` in every language). */
function columnsText(more: number, t: EngineTexts, locale: string): string {
  return more > 0 ? plural(t.moreColumns, more, { columns: '{columns}' }, locale) : '{columns}';
}

/** Row or line numbers: `4`, `4, 17 and 230`, or the first few of many: `4, 17, … 90 … (1,240 in all)`. */
function numbersText(shown: readonly number[], count: number, t: EngineTexts, locale: string): string {
  const numbers = shown.map(String);
  if (count === shown.length) return listFormat(locale, 'conjunction').format(numbers);
  return format(t.firstOf, { numbers: numbers.join(t.separator), count }, locale);
}

/** Names that read left to right, as a list in the language (`a or b`): each one a placeholder `{prefix0}`, `{prefix1}`, …. */
function ltrList(names: readonly string[], prefix: string, locale: string): RenderedMessage {
  const ltr: Record<string, string> = {};
  names.forEach((name, i) => (ltr[`${prefix}${i}`] = name));
  return { text: listFormat(locale, 'disjunction').format(names.map((_, i) => `{${prefix}${i}}`)), ltr };
}

/** A byte count: `812 bytes`, `240 KB`, `12.3 MB`. */
function sizeText(bytes: number, t: EngineTexts, locale: string): string {
  if (bytes < 1024) return plural(t.size.bytes, bytes, {}, locale);
  if (bytes < 1024 * 1024) return format(t.size.kilobytes, { count: Math.round(bytes / 1024) }, locale);
  const megabytes: MessageValues = { count: new Intl.NumberFormat(intlTag(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / (1024 * 1024)) };
  return format(t.size.megabytes, megabytes, locale);
}

function listFormat(locale: string, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  return new Intl.ListFormat(intlTag(locale), { type });
}

function intlTag(locale: string): string {
  return isLocale(locale) ? INTL_LOCALE[locale] : locale;
}
