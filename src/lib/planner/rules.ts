import { RULE_LABELS } from '../jurisdictions/labels.ts';
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
