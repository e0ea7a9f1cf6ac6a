import { format, plural } from '../i18n/format.ts';
import { planner } from '../i18n/en/planner.ts';
import type { Jurisdiction } from '../jurisdictions/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { consentRequiredAmong, listNames, shownName, unclearAmong, type PlannerCountry } from './countries.ts';
import type { PlannerMessages } from './questions.ts';

/**
 * The sentence the planner shows, as an alert, when a target country requires prior consent for
 * cold email to a named business address; `undefined` when none does. The island renders the
 * same catalog message with the glossary term as a link.
 * @example consentWarning(['DE', 'GB'], countries)
 * // 'Cold email needs prior consent in Germany: …'
 */
export function consentWarning(codes: readonly string[], countries: readonly PlannerCountry[], m: PlannerMessages = planner, locale: Locale = 'en'): string | undefined {
  const names = consentRequiredAmong(codes, countries).map(shownName);
  if (names.length === 0) return undefined;
  return plural(m.rules.consentWarning, names.length, { countries: listNames(names, locale), assessment: m.rules.assessment }, locale);
}

/** The note for target countries whose rule is unclear; `undefined` when there are none. */
export function unclearNote(codes: readonly string[], countries: readonly PlannerCountry[], m: PlannerMessages = planner, locale: Locale = 'en'): string | undefined {
  const names = unclearAmong(codes, countries).map(shownName);
  if (names.length === 0) return undefined;
  return plural(m.rules.unclearNote, names.length, { countries: listNames(names, locale) }, locale);
}

/** One line per address type: "Named address: Consent required". */
export function ruleLines(country: Pick<PlannerCountry, 'namedAddress' | 'genericAddress'>, m: PlannerMessages = planner): { named: string; generic: string } {
  return { named: format(m.rules.named, { rule: m.rules.labels[country.namedAddress] }), generic: format(m.rules.generic, { rule: m.rules.labels[country.genericAddress] }) };
}

/** A public body as a record stores it: the authority or the enforcer of the email rule. */
type Body = Jurisdiction['authority'];

/** The name of a body for the English interface: its English name where the record gives one, else its own name. */
export function bodyName(body: Body): string {
  return body.englishName ?? body.name;
}

/** Labels of the enforcement lines (English), shared by the page, the print view and the Markdown export. */
export const ENFORCEMENT_LABELS = {
  authority: planner.rules.enforcement.authority,
  enforcer: planner.rules.enforcement.enforcer,
  maxFine: planner.rules.enforcement.maxFine,
} as const;

/** What the planner says when no source states a maximum fine. */
export const ENFORCEMENT_GAPS = {
  maxFine: planner.rules.enforcement.noMaxFine,
} as const;

/** One body or fine as the planner shows it: a name (or amount) and where to read about it; no link when nothing is known. */
export interface EnforcementLine {
  label: string;
  text: string;
  link?: { title: string; href: string };
}

/**
 * Who acts on a breach in a country, as three lines: the data protection authority, the body that
 * enforces the national email rule and the maximum fine. A record without a fine gets a line that
 * says so, never a guess.
 */
export function enforcementLines(
  country: Pick<PlannerCountry, 'authority' | 'enforcer' | 'maxFine'>,
  m: PlannerMessages = planner,
): [EnforcementLine, EnforcementLine, EnforcementLine] {
  const { authority, enforcer, maxFine } = country;
  const labels = m.rules.enforcement;
  return [
    { label: labels.authority, text: bodyName(authority), link: { title: bodyName(authority), href: authority.url } },
    { label: labels.enforcer, text: bodyName(enforcer), link: { title: bodyName(enforcer), href: enforcer.url } },
    maxFine ? { label: labels.maxFine, text: maxFine.amount, link: { title: maxFine.source.title, href: maxFine.source.url } } : { label: labels.maxFine, text: labels.noMaxFine },
  ];
}

/** An enforcement line as one line of text for the print view and the Markdown export: "Label: text (source: title, url)". */
export function enforcementText(line: EnforcementLine, m: PlannerMessages = planner): string {
  if (!line.link) return `${line.label}: ${line.text}`;
  return line.link.title === line.text
    ? `${line.label}: ${line.text} (${line.link.href})`
    : `${line.label}: ${line.text} ${format(m.rules.enforcement.fineSource, { link: `${line.link.title}, ${line.link.href}` })}`;
}
