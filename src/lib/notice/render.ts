import type { Block, Inline, Output } from './document.ts';
import { escapeHtml, safeHref } from './escape.ts';

/** One run as plain text: a link shows its address. */
function inlineText(part: Inline): string {
  return part.text;
}

function blockText(block: Block, separator: string): string {
  const body = block.sentences.map((s) => s.parts.map(inlineText).join('')).join(' ');
  return block.label === undefined ? body : `${block.label}${separator}${body}`;
}

/** An output as plain text: one line per block. */
export function toPlainText(output: Output): string {
  return output.blocks.map((b) => blockText(b, output.labelSeparator)).join('\n');
}

/** One run as HTML: text escaped; a link only when its href is safe, else plain escaped text. */
function inlineHtml(part: Inline): string {
  const href = part.href === undefined ? null : safeHref(part.href);
  if (href === null) return escapeHtml(part.text);
  return `<a href="${escapeHtml(href)}">${escapeHtml(part.text)}</a>`;
}

function blockHtml(block: Block, separator: string): string {
  const body = block.sentences.map((s) => s.parts.map(inlineHtml).join('')).join(' ');
  if (block.heading) return `<strong>${body}</strong>`;
  if (block.label === undefined) return body;
  // The separator's trailing space goes outside <strong>; a leading no-break space stays inside.
  return `<strong>${escapeHtml(block.label + separator.trimEnd())}</strong> ${body}`;
}

/**
 * An output as an HTML fragment to paste into an email tool's HTML editor: plain `<p>`,
 * `<strong>`, `<br>` and `<a>`, no styles. Every value is escaped, whatever its origin.
 */
export function toHtml(output: Output): string {
  const blocks = output.blocks.map((b) => blockHtml(b, output.labelSeparator));
  if (output.layout === 'lines') return blocks.length === 0 ? '' : `<p>${blocks.join('<br>\n')}</p>`;
  return blocks.map((b) => `<p>${b}</p>`).join('\n');
}
