import { RULE_LABELS } from '../jurisdictions/labels.ts';
import type { Jurisdiction } from '../jurisdictions/schema.ts';
import { consentRequiredAmong, listNames, unclearAmong, type PlannerCountry } from './countries.ts';

/**
 * The sentence the planner shows, as an alert, when a target country requires prior consent for
 * cold email to a named business address; `undefined` when none does.
 * @example consentWarning(['DE', 'GB'], countries)
 * // 'Cold email needs prior consent in Germany: …'
 */
export function consentWarning(codes: readonly string[], countries: readonly PlannerCountry[]): string | undefined {
  const names = consentRequiredAmong(codes, countries).map((c) => c.name);
  if (names.length === 0) return undefined;
  const one = names.length === 1;
  const rule = one ? 'the national rule there requires' : 'the national rules there require';
  return `Cold email needs prior consent in ${listNames(names)}: ${rule} the recipient's consent before marketing email to a named business address, and a legitimate interests assessment does not change that. Remove ${one ? 'that country' : 'those countries'} from the segment, or write only to people there who have consented.`;
}

/** The note for target countries whose rule is unclear; `undefined` when there are none. */
export function unclearNote(codes: readonly string[], countries: readonly PlannerCountry[]): string | undefined {
  const names = unclearAmong(codes, countries).map((c) => c.name);
  if (names.length === 0) return undefined;
  const verb = names.length === 1 ? 'is' : 'are';
  return `The rule for a named address in ${listNames(names)} ${verb} unclear: the sources disagree or were not verified. Treat it as needing consent until you have checked it with a local adviser.`;
}

/** One line per address type: "Named address: Consent required". */
export function ruleLines(country: Pick<PlannerCountry, 'namedAddress' | 'genericAddress'>): { named: string; generic: string } {
  return { named: `Named address: ${RULE_LABELS[country.namedAddress]}`, generic: `Generic address: ${RULE_LABELS[country.genericAddress]}` };
}

/** A public body as a record stores it: the authority or the enforcer of the email rule. */
type Body = Jurisdiction['authority'];

/** The name of a body for the English interface: its English name where the record gives one, else its own name. */
export function bodyName(body: Body): string {
  return body.englishName ?? body.name;
}

/** Labels of the enforcement lines, shared by the page, the print view and the Markdown export. */
export const ENFORCEMENT_LABELS = {
  authority: 'Data protection authority (GDPR complaints)',
  enforcer: 'Enforces the email rule',
  maxFine: 'Maximum fine',
} as const;

/** What the planner says when no source states a maximum fine. */
export const ENFORCEMENT_GAPS = {
  maxFine: 'No maximum stated in the sources checked.',
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
export function enforcementLines(country: Pick<PlannerCountry, 'authority' | 'enforcer' | 'maxFine'>): [EnforcementLine, EnforcementLine, EnforcementLine] {
  const { authority, enforcer, maxFine } = country;
  return [
    { label: ENFORCEMENT_LABELS.authority, text: bodyName(authority), link: { title: bodyName(authority), href: authority.url } },
    { label: ENFORCEMENT_LABELS.enforcer, text: bodyName(enforcer), link: { title: bodyName(enforcer), href: enforcer.url } },
    maxFine
      ? { label: ENFORCEMENT_LABELS.maxFine, text: maxFine.amount, link: { title: maxFine.source.title, href: maxFine.source.url } }
      : { label: ENFORCEMENT_LABELS.maxFine, text: ENFORCEMENT_GAPS.maxFine },
  ];
}

/** An enforcement line as one line of text for the print view and the Markdown export: "Label: text (source: title, url)". */
export function enforcementText(line: EnforcementLine): string {
  if (!line.link) return `${line.label}: ${line.text}`;
  return line.link.title === line.text ? `${line.label}: ${line.text} (${line.link.href})` : `${line.label}: ${line.text} (source: ${line.link.title}, ${line.link.href})`;
}
