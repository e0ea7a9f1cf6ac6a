/**
 * Escapes text for HTML element content and double-quoted attribute values, so a value such as
 * `<img src=x onerror=alert(1)>` shows as text and runs nothing.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Schemes a link in the output may use. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The href to use for a link, or `null` when it must not be a link. http(s) and mailto URLs
 * pass, and so do scheme-less values such as the placeholders `{{unsubscribe_link}}`,
 * `{{ unsubscribe_link }}` or `*|UNSUB|*`, which the sending platform replaces; `javascript:`,
 * `data:` and every other scheme do not. Browsers drop tabs and newlines anywhere in a URL and
 * spaces at its ends, so the check runs on the value as a browser would read it.
 */
export function safeHref(href: string): string | null {
  const value = href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (value === '' || /[\u0000-\u001f\u007f]/.test(value)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  if (scheme === undefined) return value;
  return SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`) ? value : null;
}
