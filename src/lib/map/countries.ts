import countries from 'i18n-iso-countries';
import type { Jurisdiction, Rule } from '../jurisdictions/schema.ts';
import { getMessages } from '../i18n/catalogs.ts';
import { countryName } from '../i18n/country-names.ts';
import { format } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { MapCountry } from './europe-map.ts';

/** The fields of a country record the map shows. */
export type MappedRecord = Pick<Jurisdiction, 'code' | 'namedAddress' | 'confidence'>;

/** ISO numeric codes for the map's geodata, from the alpha-2 codes of the records. */
export function mapCountries(records: Pick<Jurisdiction, 'code'>[]): MapCountry[] {
  return records.map(({ code }) => {
    const numeric = countries.alpha2ToNumeric(code);
    if (!numeric) throw new Error(`No ISO numeric code is known for "${code}".`);
    return { code, numeric };
  });
}

/**
 * What a country's `<title>` says, in `locale`: its name, its rule for a named address and how sure
 * we are ("Germany: consent required for a named address (high confidence)").
 */
export function mapTitle(record: MappedRecord, locale: Locale = 'en'): string {
  const { site } = getMessages(locale);
  const values = { name: countryName(record.code, locale), rule: site.rulesInSentence[record.namedAddress], confidence: site.confidenceLevel[record.confidence] };
  return format(site.map.countryTitle, values, locale);
}

/** The rules in the order the legend lists them, from most to least open. */
export const LEGEND_RULES: Rule[] = ['allowed', 'conditions', 'consent-required', 'unclear'];
