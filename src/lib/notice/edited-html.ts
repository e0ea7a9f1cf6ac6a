import type { Output } from './document.ts';
import { escapeHtml, safeHref } from './escape.ts';

/** A link the generated output holds: its text and its (safe) address. */
interface Link {
  text: string;
  href: string;
}

/** The links of an output whose address may be a link at all, longest text first (so a longer link text wins over a part of it). */
function linksOf(output: Output): Link[] {
  const links = new Map<string, string>();
  for (const block of output.blocks) {
    for (const sentence of block.sentences) {
      for (const part of sentence.parts) {
        const href = part.href === undefined ? null : safeHref(part.href);
        if (href !== null && part.text.trim() !== '' && !links.has(part.text)) links.set(part.text, href);
      }
    }
  }
  return [...links].map(([text, href]) => ({ text, href })).sort((a, b) => b.text.length - a.text.length);
}

/** The labels ("Controller: ") and heading lines the generated output writes in bold. */
function boldStartsOf(output: Output): { labels: string[]; headings: Set<string> } {
  const labels: string[] = [];
  const headings = new Set<string>();
  for (const block of output.blocks) {
    if (block.label !== undefined) labels.push(block.label + output.labelSeparator.trimEnd());
    if (block.heading) headings.add(block.sentences.map((s) => s.parts.map((p) => p.text).join('')).join(' '));
  }
  return { labels: labels.sort((a, b) => b.length - a.length), headings };
}

/** Escapes a run of text and turns every occurrence of a known link text back into that link. */
function linkify(text: string, links: Link[]): string {
  if (text === '') return '';
  for (const link of links) {
    const at = text.indexOf(link.text);
    if (at === -1) continue;
    return linkify(text.slice(0, at), links) + `<a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>` + linkify(text.slice(at + link.text.length), links);
  }
  return escapeHtml(text);
}

/** One line of the edit as HTML: a heading or a leading label the tool wrote stays bold. */
function lineHtml(line: string, links: Link[], bold: ReturnType<typeof boldStartsOf>): string {
  if (bold.headings.has(line.trim())) return `<strong>${linkify(line.trim(), links)}</strong>`;
  const label = bold.labels.find((l) => line.startsWith(l));
  if (label === undefined) return linkify(line, links);
  return `<strong>${escapeHtml(label)}</strong>${linkify(line.slice(label.length), links)}`;
}

/**
 * The HTML of a text the user edited, laid out like the generated output it came from: one
 * `<p>` per line (or, for a `lines` output such as the footer, one `<p>` with a `<br>` between
 * lines); blank lines are dropped. Every character is escaped. Link texts and bold labels the
 * tool wrote become links and bold again wherever the edit kept them word for word; anything
 * the user typed stays plain text, so an edit can never add a link or markup.
 */
export function editedToHtml(text: string, generated: Output): string {
  const links = linksOf(generated);
  const bold = boldStartsOf(generated);
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => lineHtml(line, links, bold));
  if (lines.length === 0) return '';
  if (generated.layout === 'lines') return `<p>${lines.join('<br>\n')}</p>`;
  return lines.map((line) => `<p>${line}</p>`).join('\n');
}
