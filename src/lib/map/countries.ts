import countries from 'i18n-iso-countries';
import type { Jurisdiction, Rule } from '../jurisdictions/schema.ts';
import { RULE_LABELS } from '../jurisdictions/labels.ts';
import type { MapCountry } from './europe-map.ts';

/** The fields of a country record the map shows. */
export type MappedRecord = Pick<Jurisdiction, 'code' | 'name' | 'namedAddress' | 'confidence'>;

/** ISO numeric codes for the map's geodata, from the alpha-2 codes of the records. */
export function mapCountries(records: Pick<Jurisdiction, 'code'>[]): MapCountry[] {
  return records.map(({ code }) => {
    const numeric = countries.alpha2ToNumeric(code);
    if (!numeric) throw new Error(`No ISO numeric code is known for "${code}".`);
    return { code, numeric };
  });
}

/** What a country's `<title>` says: its name, its rule for a named address and how sure we are. */
export function mapTitle(record: MappedRecord): string {
  return `${record.name}: ${RULE_LABELS[record.namedAddress].toLowerCase()} for a named address (${record.confidence} confidence)`;
}

/** The rules in the order the legend lists them, from most to least open. */
export const LEGEND_RULES: Rule[] = ['allowed', 'conditions', 'consent-required', 'unclear'];
