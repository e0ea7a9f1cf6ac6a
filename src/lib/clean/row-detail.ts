/**
 * A removed row's detail as data, for the page's preview of removed rows in the user's language.
 * The report file keeps the detail as the run writes it (`duplicate of row 3`, `domain
 * blocked.example`: the CLI's documented format, the same from the page); the preview reads it
 * back here, a handful of rows per reason, so the run adds no work per row.
 */
import type { RemovalReason } from './summary.ts';

/** What a detail says, by reason; `text` for a detail of no known form (shown as it is). */
export type RowDetail =
  | { code: 'emptyCell' }
  | { code: 'invalidAddress'; value: string }
  | { code: 'optedOutAt'; row: number }
  | { code: 'suppressedEmail'; value: string }
  | { code: 'suppressedDomain'; value: string }
  | { code: 'suppressedHash'; value: string }
  | { code: 'duplicateOf'; row: number }
  | { code: 'disposableDomain'; value: string }
  | { code: 'roleAddress'; value: string }
  | { code: 'freeMail'; value: string }
  | { code: 'consentByColumn'; country: string }
  | { code: 'consentByDomain'; country: string; value: string }
  | { code: 'text'; value: string };

/** The report's detail forms (written by preparer.ts, classify.ts and SuppressionIndex.match). */
const FORMS: { [R in RemovalReason]: readonly [RegExp, (m: RegExpExecArray) => RowDetail][] } = {
  missing: [[/^the email cell is empty$/, () => ({ code: 'emptyCell' })]],
  invalid: [[/^not a valid address: ([\s\S]*)$/, (m) => ({ code: 'invalidAddress', value: m[1]! })]],
  optedOut: [[/^opted out at row (\d+)$/, (m) => ({ code: 'optedOutAt', row: Number(m[1]) })]],
  suppressed: [
    [/^email (.+)$/, (m) => ({ code: 'suppressedEmail', value: m[1]! })],
    [/^domain (.+)$/, (m) => ({ code: 'suppressedDomain', value: m[1]! })],
    [/^(sha256|md5) hash$/, (m) => ({ code: 'suppressedHash', value: m[1] === 'md5' ? 'MD5' : 'SHA-256' })],
  ],
  duplicate: [[/^duplicate of row (\d+)$/, (m) => ({ code: 'duplicateOf', row: Number(m[1]) })]],
  disposable: [[/^disposable domain (.+)$/, (m) => ({ code: 'disposableDomain', value: m[1]! })]],
  role: [[/^role address (.+)$/, (m) => ({ code: 'roleAddress', value: m[1]! })]],
  free: [[/^free mail provider (.+)$/, (m) => ({ code: 'freeMail', value: m[1]! })]],
  consentCountry: [
    [/^([A-Z]{2}) requires prior consent \(country column\)$/, (m) => ({ code: 'consentByColumn', country: m[1]! })],
    [/^([A-Z]{2}) requires prior consent \((\.[^ )]+) domain\)$/, (m) => ({ code: 'consentByDomain', country: m[1]!, value: m[2]! })],
  ],
};

/** The detail of a row removed for `reason`, as data. */
export function rowDetail(reason: RemovalReason, detail: string): RowDetail {
  for (const [form, read] of FORMS[reason]) {
    const match = form.exec(detail);
    if (match) return read(match);
  }
  return { code: 'text', value: detail };
}
