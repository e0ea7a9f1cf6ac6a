/**
 * The `List-Unsubscribe` (RFC 2369) and `List-Unsubscribe-Post` (RFC 8058) headers for senders
 * who run their own mail server. One-click unsubscribe needs an HTTPS URI that accepts a POST
 * of `List-Unsubscribe=One-Click` without cookies or login, and a DKIM signature covering both
 * headers (RFC 8058 §3); that endpoint must come from the sending platform. A mailto URI is the
 * fallback for clients without one-click. https://www.rfc-editor.org/rfc/rfc8058
 */

/** What the headers are built from. */
export interface ListUnsubscribeInput {
  /** The HTTPS unsubscribe URL, or a platform placeholder such as `{{unsubscribe_link}}`. */
  url: string;
  /** An address that accepts opt-out emails, e.g. the privacy contact. */
  email: string;
}

/** The headers, and what keeps them from working. */
export interface ListUnsubscribeHeaders {
  headers: { name: string; value: string }[];
  /** True when `List-Unsubscribe-Post` is included (an HTTPS URI, or a placeholder for one, is present). */
  oneClick: boolean;
  /** True when the URL is a placeholder the platform must replace with a per-recipient HTTPS URL. */
  placeholder: boolean;
  /** What is wrong with the input, e.g. an http:// URL: keys of the catalog's `notice.outputs.headerProblems` (`{scheme}` is `scheme`). */
  problems: HeaderProblem[];
  /** The scheme of a link that is neither https nor http, e.g. `ftp` (for the `otherScheme` problem). */
  scheme?: string;
  /** The headers as lines, folded at 78 characters (RFC 5322 §2.1.1), joined with "\n". */
  text: string;
}

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

/** Percent-encodes an address for a mailto URI (RFC 6068), keeping the "@". */
export function mailtoUri(email: string, subject = 'unsubscribe'): string {
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}`;
}

/** Why the headers are incomplete or missing; the catalog words each one. */
export type HeaderProblem = 'unsafeCharacters' | 'invalidUrl' | 'httpLink' | 'otherScheme' | 'invalidEmail' | 'nothingGiven' | 'noOneClick';

/** Classifies the URL: https, a scheme-less placeholder, or unusable (with why). */
function classifyUrl(url: string): { kind: 'https' | 'placeholder' | 'none' } | { kind: 'bad'; problem: HeaderProblem; scheme?: string } {
  const value = url.trim();
  if (value === '') return { kind: 'none' };
  // Header injection and broken angle brackets: a header value cannot hold these.
  if (/[\r\n<>\s]/.test(value)) return { kind: 'bad', problem: 'unsafeCharacters' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'placeholder' };
  if (scheme === 'https') {
    try {
      new URL(value);
      return { kind: 'https' };
    } catch {
      return { kind: 'bad', problem: 'invalidUrl' };
    }
  }
  if (scheme === 'http') return { kind: 'bad', problem: 'httpLink' };
  return { kind: 'bad', problem: 'otherScheme', scheme };
}

/** Folds a header line at ", " so no line exceeds 78 characters where it can be avoided. */
export function foldHeader(name: string, entries: string[]): string {
  const lines: string[] = [];
  let line = `${name}: `;
  entries.forEach((entry, i) => {
    const piece = i < entries.length - 1 ? `${entry},` : entry;
    if (i > 0 && line.length + 1 + piece.length > 78) {
      lines.push(line);
      line = ` ${piece}`;
    } else {
      line += i > 0 ? ` ${piece}` : piece;
    }
  });
  lines.push(line);
  return lines.join('\n');
}

/** Builds the headers. The HTTPS URI comes first, then the mailto fallback. */
export function buildListUnsubscribeHeaders(input: ListUnsubscribeInput): ListUnsubscribeHeaders {
  const problems: HeaderProblem[] = [];
  const entries: string[] = [];
  const url = classifyUrl(input.url);
  if (url.kind === 'bad') problems.push(url.problem);
  const scheme = url.kind === 'bad' && url.scheme !== undefined ? { scheme: url.scheme } : {};
  if (url.kind === 'https' || url.kind === 'placeholder') entries.push(`<${input.url.trim()}>`);
  const email = input.email.trim();
  if (email !== '' && EMAIL.test(email)) entries.push(`<${mailtoUri(email)}>`);
  else if (email !== '') problems.push('invalidEmail');
  if (entries.length === 0) {
    if (problems.length === 0) problems.push('nothingGiven');
    return { headers: [], oneClick: false, placeholder: false, problems, ...scheme, text: '' };
  }
  const oneClick = url.kind === 'https' || url.kind === 'placeholder';
  const headers = [{ name: 'List-Unsubscribe', value: entries.join(', ') }];
  if (oneClick) headers.push({ name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' });
  else problems.push('noOneClick');
  const text = [foldHeader('List-Unsubscribe', entries), ...(oneClick ? ['List-Unsubscribe-Post: List-Unsubscribe=One-Click'] : [])].join('\n');
  return { headers, oneClick, placeholder: url.kind === 'placeholder', problems, ...scheme, text };
}
