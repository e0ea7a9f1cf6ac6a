import { planner } from '../i18n/en/planner.ts';
import type { PlannerMessages } from './questions.ts';
import { campaignRecordSchema, emptyRecord, type CampaignRecord } from './schema.ts';

/** The example's target countries: each allows cold B2B email to a named address under conditions, so the example shows a campaign that can go ahead. */
export const EXAMPLE_COUNTRIES = ['FR', 'IE', 'GB'] as const;

/**
 * "Try an example": a worked campaign of a Canadian email-security company writing to heads of
 * finance at logistics firms in France, Ireland and the United Kingdom, in a catalog's words.
 * Every question is answered except "Approved by", which only the user can give, so the
 * readiness panel shows one thing left to do. `date` is the day of the assessment (YYYY-MM-DD).
 */
export function exampleRecord(date: string, m: PlannerMessages = planner): CampaignRecord {
  const a = m.example.answers;
  const r = emptyRecord();
  r.about = { campaign: a.campaign, preparedBy: a.preparedBy, approvedBy: '', date };
  r.segment = {
    offer: a.offer,
    offerWhy: a.offerWhy,
    countries: [...EXAMPLE_COUNTRIES],
    countriesWhy: a.countriesWhy,
    industries: a.industries,
    industriesWhy: a.industriesWhy,
    specialists: a.specialists,
    specialistsWhy: a.specialistsWhy,
    employees: a.employees,
    revenue: a.revenue,
    sizeWhy: a.sizeWhy,
    positions: a.positions,
    positionsWhy: a.positionsWhy,
  };
  r.data.name = { collect: true, use: a.nameUse };
  r.data.workEmail = { collect: true, use: a.workEmailUse };
  r.data.jobTitle = { collect: true, use: a.jobTitleUse };
  r.data.company = { collect: true, use: a.companyUse };
  r.relevance = { surprised: 'no', surpriseNote: a.surpriseNote, evidence: ['profileFit', 'pastClients'], evidenceOther: '', evidenceWhere: a.evidenceWhere };
  r.lia = {
    purpose: a.purpose,
    necessity: a.necessity,
    balancing: a.balancing,
    safeguards: ['optOut', 'notice', 'suppression', 'provenance', 'retention', 'requests'],
    safeguardsNote: a.safeguardsNote,
    outcome: 'proceed',
    outcomeNote: a.outcomeNote,
  };
  return r;
}

/** True when nothing has been answered: the record is the empty one (so loading the example loses nothing). */
export function isEmptyRecord(record: CampaignRecord): boolean {
  // Parsing puts the keys in the schema's order, so two equal records give the same JSON; a record
  // the schema refuses (an answer over its length limit) is not empty either.
  const parsed = campaignRecordSchema.safeParse(record);
  return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(emptyRecord());
}
