import { readdirSync, readFileSync } from 'node:fs';
import { jurisdictionSchema } from '../../../src/lib/jurisdictions/schema';
import { toPlannerCountries, type PlannerCountry } from '../../../src/lib/planner/countries';
import { DATA_FIELDS, EVIDENCE_KINDS, SAFEGUARDS, emptyRecord, type CampaignRecord } from '../../../src/lib/planner/schema';

const DIR = new URL('../../../src/content/jurisdictions/', import.meta.url);

/** The site's real jurisdiction records, validated as the content collection does, reduced for the planner. */
export const COUNTRIES: PlannerCountry[] = toPlannerCountries(
  readdirSync(DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => jurisdictionSchema.parse(JSON.parse(readFileSync(new URL(file, DIR), 'utf8')))),
);

/** A country record for tests that must not depend on the real data. */
export function country(code: string, name: string, namedAddress: PlannerCountry['namedAddress'], extra: Partial<PlannerCountry> = {}): PlannerCountry {
  return {
    code,
    name,
    nativeNames: [],
    aliases: [],
    namedAddress,
    genericAddress: namedAddress,
    conditions: `The rule for ${name}, in a sentence long enough.`,
    sources: [{ title: `Source for ${name}`, url: `https://example.org/${code}` }],
    reviewed: '2026-01-31',
    confidence: 'medium',
    authority: { name: `Datenbehörde ${name}`, englishName: `${name} Data Authority`, url: `https://example.org/${code}/dpa` },
    enforcer: { name: `Marktamt ${name}`, englishName: `${name} Market Office`, url: `https://example.org/${code}/market` },
    ...extra,
  };
}

/** Three made-up countries, one per rule that matters to the planner. */
export const FAKE = [country('AA', 'Allowland', 'allowed'), country('CC', 'Consentia', 'consent-required'), country('UU', 'Unclearia', 'unclear')];

/**
 * A record where every question is answered, each text with a marker naming its field so a test
 * can find it in an export, and every readiness item is met (with the real country data: France
 * and the United Kingdom).
 */
export function completeRecord(): CampaignRecord {
  const r = emptyRecord();
  r.about = { campaign: 'about.campaign: Logistics spring', preparedBy: 'about.preparedBy: Maya Ortiz', approvedBy: 'about.approvedBy: Dan Okafor', date: '2026-03-01' };
  for (const key of Object.keys(r.segment) as (keyof CampaignRecord['segment'])[]) {
    if (key !== 'countries') (r.segment[key] as string) = `segment.${key}: answer`;
  }
  r.segment.countries = ['FR', 'GB'];
  for (const field of DATA_FIELDS) {
    r.data[field].collect = field !== 'personalEmail';
    r.data[field].use = `data.${field}.use: answer`;
  }
  r.data.phone.willCall = true;
  r.data.postalAddress.kind = 'business';
  r.data.other.what = 'data.other.what: Seniority';
  r.relevance = {
    surprised: 'no',
    surpriseNote: 'relevance.surpriseNote: answer',
    evidence: [...EVIDENCE_KINDS],
    evidenceOther: 'relevance.evidenceOther: answer',
    evidenceWhere: 'relevance.evidenceWhere: answer',
  };
  r.lia = {
    purpose: 'lia.purpose: answer\nwith a second line',
    necessity: 'lia.necessity: answer',
    balancing: 'lia.balancing: answer',
    safeguards: [...SAFEGUARDS],
    safeguardsNote: 'lia.safeguardsNote: answer',
    outcome: 'proceed',
    outcomeNote: 'lia.outcomeNote: answer',
  };
  return r;
}
