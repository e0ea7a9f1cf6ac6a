import { byName } from '../jurisdictions/labels.ts';
import type { Jurisdiction } from '../jurisdictions/schema.ts';
import { countryName as englishCountryName } from '../profile/countries.ts';

/** What the notice generator needs of a jurisdiction record, small enough to pass to an island. */
export type NoticeCountry = Pick<Jurisdiction, 'code' | 'name' | 'region' | 'namedAddress' | 'conditions' | 'authority' | 'sources'> & {
  /** The name in the page's language, where it is not English (the page shows `name` without it). */
  label?: string;
};

/** Reduces full jurisdiction records to what the notice generator needs, sorted by name. */
export function toNoticeCountries(records: Iterable<Jurisdiction & { label?: string }>): NoticeCountry[] {
  return [...records]
    .map(({ code, name, label, region, namedAddress, conditions, authority, sources }) => ({
      code,
      name,
      region,
      namedAddress,
      conditions,
      authority: {
        name: authority.name,
        ...(authority.englishName !== undefined ? { englishName: authority.englishName } : {}),
        ...(authority.localNames !== undefined ? { localNames: authority.localNames } : {}),
        url: authority.url,
      },
      sources: sources.map((s) => ({ title: s.title, url: s.url })),
      ...(label ? { label } : {}),
    }))
    .sort(byName);
}

/** Which law's wording applies: the UK GDPR for UK recipients, the EU GDPR for everyone else. */
export function lawOf(country: Pick<NoticeCountry, 'region'> | undefined): 'eu' | 'uk' {
  return country?.region === 'UK' ? 'uk' : 'eu';
}

/**
 * A country's name in the letter's language, e.g. ("US", "fr-FR") → "États-Unis", from the
 * runtime's CLDR data; the English name where the runtime has none.
 */
export function countryNameIn(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code);
    if (name) return name;
  } catch {
    // An unknown code or a runtime without the locale: the English name below.
  }
  return englishCountryName(code);
}

/**
 * Whether a company established in `senderCountry` is outside the area a notice's law treats as
 * home: the EEA for EU wording (also used for Swiss and unknown recipients), the UK for UK
 * wording. `null` when the sender's country is not given: no claim either way.
 */
export function senderOutsideHome(senderCountry: string, law: 'eu' | 'uk', regionOf: (code: string) => NoticeCountry['region'] | undefined): boolean | null {
  if (senderCountry === '') return null;
  const region = regionOf(senderCountry);
  return law === 'uk' ? region !== 'UK' : region !== 'EU' && region !== 'EEA';
}
