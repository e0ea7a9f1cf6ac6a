import { byName } from '../jurisdictions/labels.ts';
import type { Jurisdiction } from '../jurisdictions/schema.ts';

/** What the notice generator needs of a jurisdiction record, small enough to pass to an island. */
export type NoticeCountry = Pick<Jurisdiction, 'code' | 'name' | 'region' | 'namedAddress' | 'conditions' | 'authority' | 'sources'>;

/** Reduces full jurisdiction records to what the notice generator needs, sorted by name. */
export function toNoticeCountries(records: Iterable<Jurisdiction>): NoticeCountry[] {
  return [...records]
    .map(({ code, name, region, namedAddress, conditions, authority, sources }) => ({
      code,
      name,
      region,
      namedAddress,
      conditions,
      authority: { name: authority.name, url: authority.url },
      sources: sources.map((s) => ({ title: s.title, url: s.url })),
    }))
    .sort(byName);
}

/** Which law's wording applies: the UK GDPR for UK recipients, the EU GDPR for everyone else. */
export function lawOf(country: Pick<NoticeCountry, 'region'> | undefined): 'eu' | 'uk' {
  return country?.region === 'UK' ? 'uk' : 'eu';
}
