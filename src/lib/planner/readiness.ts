import { planner } from '../i18n/en/planner.ts';
import { format } from '../i18n/format.ts';
import { pick, type PlannerCountry } from './countries.ts';
import { collectedFields, judgeFields } from './minimise.ts';
import { SEGMENT_PARTS, type PlannerMessages } from './questions.ts';
import { SAFEGUARDS, answered, type CampaignRecord, type Safeguard } from './schema.ts';

/** A playbook section that explains a readiness item. */
export interface PlaybookLink {
  /** Link text: the step and the section title. */
  title: string;
  /** Site path with the section's heading anchor. */
  href: string;
}

/** The sections of the form, in page order: where a readiness item's answers are asked. */
export type PlannerSection = 'about' | 'segment' | 'rules' | 'data' | 'relevance' | 'lia';

/**
 * Where an answer lives in the record, as a dotted path ('segment.offer', 'data.phone.use',
 * 'lia.safeguards.optOut'), or a whole section ('data'). The island turns it into the id of the
 * field that asks for it (see {@link fieldRefLabel} for its name).
 */
export type FieldRef = string;

/** One thing that must be true before the first send. */
export interface ReadinessItem {
  id: string;
  /** What must be true, as a statement. */
  label: string;
  /** The playbook section that explains it. */
  explainedIn: PlaybookLink;
  /** The section of the form whose answers decide it. */
  section: PlannerSection;
  /** True when several answers decide it, so the panel names the missing ones. */
  several: boolean;
}

/** A readiness item and whether the record meets it. */
export interface ReadinessResult extends ReadinessItem {
  done: boolean;
  /** The answers still missing or in the way, in page order; empty when done. */
  missing: FieldRef[];
}

/** The readiness count: items done of total. */
export interface Readiness {
  done: number;
  total: number;
  items: ReadinessResult[];
}

type PlaybookKey = keyof PlannerMessages['playbook'];

/** Where each playbook section is: page and heading anchor; the link texts are in the catalog. */
const PLAYBOOK: Record<PlaybookKey, string> = {
  defineSegment: '/playbook/target-and-minimise/#define-the-segment-before-you-collect-anything',
  collectOnly: '/playbook/target-and-minimise/#collect-only-the-fields-you-will-use',
  relevance: '/playbook/target-and-minimise/#relevance-is-what-makes-legitimate-interest-hold',
  surpriseTest: '/playbook/target-and-minimise/#run-the-surprise-test',
  reasonPerProspect: '/playbook/legitimate-interest/#have-a-reason-for-each-prospect',
  threePartTest: '/playbook/legitimate-interest/#the-three-part-test',
  shortNotice: '/playbook/legitimate-interest/#put-a-short-notice-in-the-email-and-link-the-full-one',
  onePageLia: '/playbook/legitimate-interest/#write-a-one-page-lia-before-the-first-send',
  optOut: '/playbook/opt-out/#offer-a-reply-based-opt-out-a-link-or-both',
  suppression: '/playbook/opt-out/#keep-a-suppression-list',
  provenance: '/playbook/clean-and-secure/#know-where-every-record-came-from',
  retention: '/playbook/clean-and-secure/#do-not-keep-leads-you-are-not-using',
  requests: '/playbook/answer-requests/#one-month-sometimes-three',
};

/** A playbook section as a link, in a catalog's words. */
export function playbookLink(key: PlaybookKey, m: PlannerMessages = planner): PlaybookLink {
  return { title: m.playbook[key], href: PLAYBOOK[key] };
}

/** The playbook section that explains each safeguard. */
const SAFEGUARD_PLAYBOOK: Record<Safeguard, PlaybookKey> = {
  optOut: 'optOut',
  notice: 'shortNotice',
  suppression: 'suppression',
  provenance: 'provenance',
  retention: 'retention',
  requests: 'requests',
};

/** Where each safeguard is explained (English link texts). */
export const SAFEGUARD_SECTIONS: Record<Safeguard, PlaybookLink> = Object.fromEntries(
  SAFEGUARDS.map((s) => [s, playbookLink(SAFEGUARD_PLAYBOOK[s])]),
) as Record<Safeguard, PlaybookLink>;

/** A safeguard's playbook section in a catalog's words. */
export function safeguardLink(safeguard: Safeguard, m: PlannerMessages = planner): PlaybookLink {
  return playbookLink(SAFEGUARD_PLAYBOOK[safeguard], m);
}

type ItemId = keyof PlannerMessages['readiness']['items'];

/** A readiness check: which section asks it, where it is explained, and what is still missing for a record (empty: done). */
interface Check {
  id: ItemId | `safeguard-${Safeguard}`;
  section: PlannerSection;
  explainedIn: PlaybookKey;
  several?: boolean;
  missing: (record: CampaignRecord, countries: readonly PlannerCountry[]) => FieldRef[];
}

/** The refs of the answers that are empty. */
const empty = (pairs: [FieldRef, string][]): FieldRef[] => pairs.filter(([, text]) => !answered(text)).map(([ref]) => ref);

/** Every readiness item, in page order, with the test that decides it. */
const CHECKS: Check[] = [
  { id: 'offer', section: 'segment', explainedIn: 'defineSegment', missing: (r) => empty([['segment.offer', r.segment.offer]]) },
  {
    id: 'segment',
    section: 'segment',
    explainedIn: 'defineSegment',
    several: true,
    missing: ({ segment: s }) => [
      ...(s.countries.length === 0 ? ['segment.countries'] : []),
      ...empty([
        ['segment.industries', s.industries],
        ['segment.specialists', s.specialists],
        ['segment.employees', `${s.employees}${s.revenue}`],
        ['segment.positions', s.positions],
      ]),
    ],
  },
  {
    id: 'why',
    section: 'segment',
    explainedIn: 'relevance',
    several: true,
    missing: (r) => empty(SEGMENT_PARTS.map((part) => [`segment.${part.why}`, r.segment[part.why]])),
  },
  {
    id: 'countries',
    section: 'rules',
    explainedIn: 'defineSegment',
    missing: (r, countries) => {
      const chosen = pick(r.segment.countries, countries);
      const fine = chosen.length > 0 && chosen.length === r.segment.countries.length && chosen.every((c) => c.namedAddress === 'allowed' || c.namedAddress === 'conditions');
      return fine ? [] : ['segment.countries'];
    },
  },
  {
    id: 'fields',
    section: 'data',
    explainedIn: 'collectOnly',
    several: true,
    missing: (r) => {
      if (collectedFields(r.data).length === 0) return ['data'];
      return judgeFields(r.data).flatMap((v) =>
        v.advice.flatMap((a) => (a.kind === 'no-use' ? [`data.${v.field}.use`] : a.kind === 'unnamed-field' ? [`data.${v.field}.what`] : [])),
      );
    },
  },
  {
    id: 'risky-fields',
    section: 'data',
    explainedIn: 'collectOnly',
    several: true,
    missing: (r) => {
      if (collectedFields(r.data).length === 0) return ['data'];
      const where = { 'personal-email': 'collect', 'home-address': 'kind', 'phone-not-called': 'willCall' } as const;
      return judgeFields(r.data).flatMap((v) => v.advice.flatMap((a) => (a.kind in where ? [`data.${v.field}.${where[a.kind as keyof typeof where]}`] : [])));
    },
  },
  { id: 'surprise', section: 'relevance', explainedIn: 'surpriseTest', missing: (r) => (r.relevance.surprised === 'no' ? [] : ['relevance.surprised']) },
  {
    id: 'evidence',
    section: 'relevance',
    explainedIn: 'reasonPerProspect',
    missing: (r) => (r.relevance.evidence.length > 0 || answered(r.relevance.evidenceOther) ? [] : ['relevance.evidence']),
  },
  { id: 'purpose', section: 'lia', explainedIn: 'threePartTest', missing: (r) => empty([['lia.purpose', r.lia.purpose]]) },
  { id: 'necessity', section: 'lia', explainedIn: 'threePartTest', missing: (r) => empty([['lia.necessity', r.lia.necessity]]) },
  { id: 'balancing', section: 'lia', explainedIn: 'threePartTest', missing: (r) => empty([['lia.balancing', r.lia.balancing]]) },
  ...SAFEGUARDS.map(
    (safeguard): Check => ({
      id: `safeguard-${safeguard}`,
      section: 'lia',
      explainedIn: SAFEGUARD_PLAYBOOK[safeguard],
      missing: (r) => (r.lia.safeguards.includes(safeguard) ? [] : [`lia.safeguards.${safeguard}`]),
    }),
  ),
  {
    id: 'outcome',
    section: 'lia',
    explainedIn: 'onePageLia',
    several: true,
    missing: (r) => [
      ...(r.about.date === '' ? ['about.date'] : []),
      ...empty([['about.approvedBy', r.about.approvedBy]]),
      ...(r.lia.outcome === 'proceed' || r.lia.outcome === 'proceed-with-changes' ? [] : ['lia.outcome']),
    ],
  },
];

/** A check's words from a catalog. */
function describe(check: Check, m: PlannerMessages): ReadinessItem {
  const label = check.id.startsWith('safeguard-')
    ? format(m.readiness.safeguard, { safeguard: m.lia.safeguardLabels[check.id.slice('safeguard-'.length) as Safeguard] })
    : m.readiness.items[check.id as ItemId];
  return { id: check.id, label, explainedIn: playbookLink(check.explainedIn, m), section: check.section, several: check.several ?? false };
}

/** Every readiness item, without results: what the checklist shows before anything is answered. */
export const READINESS_ITEMS: readonly ReadinessItem[] = CHECKS.map((check) => describe(check, planner));

/** Counts the readiness items the record meets; `countries` are the jurisdiction records to judge target countries by. */
export function readiness(record: CampaignRecord, countries: readonly PlannerCountry[], m: PlannerMessages = planner): Readiness {
  const items = CHECKS.map((check) => {
    const missing = check.missing(record, countries);
    return { ...describe(check, m), done: missing.length === 0, missing };
  });
  return { done: items.filter((i) => i.done).length, total: items.length, items };
}

/**
 * The name of the field a {@link FieldRef} points at, as the form labels it: 'segment.industries'
 * is "Industries you target", 'data.phone.use' is "Phone", 'data' is the section's title.
 */
export function fieldRefLabel(ref: FieldRef, m: PlannerMessages = planner): string {
  const [area, key, sub] = ref.split('.') as [string, string | undefined, string | undefined];
  if (key === undefined) return m.sections[area as keyof PlannerMessages['sections']] ?? ref;
  switch (area) {
    case 'about':
      return m.about[key as keyof PlannerMessages['about']].label;
    case 'segment':
      return key in m.segment.fields ? m.segment.fields[key as keyof PlannerMessages['segment']['fields']].label : m.segment.why[key as keyof PlannerMessages['segment']['why']].label;
    case 'data':
      return m.data.fields[key as keyof PlannerMessages['data']['fields']];
    case 'relevance':
      return m.relevance[key as 'surprised' | 'evidence'].label;
    case 'lia':
      if (key === 'safeguards' && sub) return m.lia.safeguardLabels[sub as Safeguard];
      if (key === 'outcome') return m.lia.outcome.label;
      return m.lia.parts[key as keyof PlannerMessages['lia']['parts']].label;
  }
  return ref;
}
