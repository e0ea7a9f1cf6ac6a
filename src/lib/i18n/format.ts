import { INTL_LOCALE, isLocale } from './locales.ts';

/**
 * The message catalog's two operations (issue #15, step towards #16): fill `{placeholders}` and
 * pick a plural form. Pure: the locale comes in as a parameter, so islands, workers and the CLI
 * format the same way.
 */

/** A message with a form per plural category of the language; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Values for a message's `{placeholders}`. */
export type MessageValues = Record<string, string | number>;

/**
 * Fills `{name}` placeholders from `values`; numbers are written for the locale ("1,234").
 * A placeholder without a value is left as it is, so a missing value shows rather than hides.
 */
export function format(message: string, values: MessageValues = {}, locale = 'en'): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** Picks the form for `count` by the language's plural rules and fills it; `{count}` is the number. */
export function plural(forms: PluralForms, count: number, values: MessageValues = {}, locale = 'en'): string {
  const category = pluralRules(locale).select(count);
  return format(forms[category] ?? forms.other, { count, ...values }, locale);
}

/** A number written for the locale. */
export function formatNumber(value: number, locale = 'en'): string {
  return numberFormat(locale).format(value);
}

/**
 * A calendar date (`2025-06-12`, as the records write it) in words for the locale: "12 June 2025",
 * "12 июня 2025 г.", "12 يونيو 2025". The date is read and written in UTC, so it is the same
 * day wherever it is rendered (server and browser alike).
 */
export function formatDate(isoDate: string, locale = 'en'): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDate needs a date such as 2025-06-12, not "${isoDate}".`);
  return dateFormat(locale).format(date);
}

/** The tag `Intl` uses: a site locale maps to its `INTL_LOCALE` (Arabic with Latin digits), any other tag stays. */
function intlTag(locale: string): string {
  return isLocale(locale) ? INTL_LOCALE[locale] : locale;
}

const rulesCache = new Map<string, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();
const dateCache = new Map<string, Intl.DateTimeFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) rulesCache.set(locale, (rules = new Intl.PluralRules(intlTag(locale))));
  return rules;
}

function numberFormat(locale: string): Intl.NumberFormat {
  let f = numberCache.get(locale);
  if (!f) numberCache.set(locale, (f = new Intl.NumberFormat(intlTag(locale))));
  return f;
}

function dateFormat(locale: string): Intl.DateTimeFormat {
  let f = dateCache.get(locale);
  if (!f) dateCache.set(locale, (f = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' })));
  return f;
}
