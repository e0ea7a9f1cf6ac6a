/** Escapes the five characters that carry meaning in HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The plain-text reply as simple HTML for pasting into an email editor: one `<p>` per paragraph
 * (blank-line separated), `<br>` for the line breaks inside one. Every character of the text is
 * escaped, so a name such as `<img src=x onerror=alert(1)>` arrives as text, never as markup.
 */
export function replyToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
}
