import { pick, type PlannerCountry } from './countries.ts';
import { collectedFields, judgeFields } from './minimise.ts';
import { SAFEGUARD_LABELS, SEGMENT } from './questions.ts';
import { SAFEGUARDS, answered, type CampaignRecord, type Safeguard } from './schema.ts';

/** A playbook section that explains a readiness item. */
export interface PlaybookLink {
  /** Link text: the step and the section title. */
  title: string;
  /** Site path with the section's heading anchor. */
  href: string;
}

/** One thing that must be true before the first send. */
export interface ReadinessItem {
  id: string;
  /** What must be true, as a statement. */
  label: string;
  /** The playbook section that explains it. */
  explainedIn: PlaybookLink;
}

/** A readiness item and whether the record meets it. */
export interface ReadinessResult extends ReadinessItem {
  done: boolean;
}

/** The readiness count: items done of total. */
export interface Readiness {
  done: number;
  total: number;
  items: ReadinessResult[];
}

const STEP1 = 'Step 1';
const STEP2 = 'Step 2';
const section = (step: string, page: string, anchor: string, title: string): PlaybookLink => ({ title: `${step}: ${title}`, href: `/playbook/${page}/#${anchor}` });

const DEFINE_SEGMENT = section(STEP1, 'target-and-minimise', 'define-the-segment-before-you-collect-anything', 'Define the segment before you collect anything');
const COLLECT_ONLY = section(STEP1, 'target-and-minimise', 'collect-only-the-fields-you-will-use', 'Collect only the fields you will use');
const THREE_PART_TEST = section(STEP2, 'legitimate-interest', 'the-three-part-test', 'The three-part test');

/** Where each safeguard is explained. */
export const SAFEGUARD_SECTIONS: Record<Safeguard, PlaybookLink> = {
  optOut: section('Step 3', 'opt-out', 'offer-a-reply-based-opt-out-a-link-or-both', 'Offer a reply-based opt-out, a link, or both'),
  notice: section(STEP2, 'legitimate-interest', 'put-a-short-notice-in-the-email-and-link-the-full-one', 'Put a short notice in the email and link the full one'),
  suppression: section('Step 3', 'opt-out', 'keep-a-suppression-list', 'Keep a suppression list'),
  provenance: section('Step 4', 'clean-and-secure', 'know-where-every-record-came-from', 'Know where every record came from'),
  retention: section('Step 4', 'clean-and-secure', 'do-not-keep-leads-you-are-not-using', 'Do not keep leads you are not using'),
  requests: section('Step 5', 'answer-requests', 'one-month-sometimes-three', 'One month, sometimes three'),
};

/** Every readiness item, in page order, with the test that decides it. */
const CHECKS: (ReadinessItem & { test: (record: CampaignRecord, countries: readonly PlannerCountry[]) => boolean })[] = [
  {
    id: 'offer',
    label: 'The offer is written down in one sentence.',
    explainedIn: DEFINE_SEGMENT,
    test: (r) => answered(r.segment.offer),
  },
  {
    id: 'segment',
    label: 'The segment names its countries, industries, specialists, company size and positions.',
    explainedIn: DEFINE_SEGMENT,
    test: ({ segment: s }) =>
      s.countries.length > 0 && answered(s.industries) && answered(s.specialists) && (answered(s.employees) || answered(s.revenue)) && answered(s.positions),
  },
  {
    id: 'why',
    label: 'Every part of the segment says why.',
    explainedIn: section(STEP1, 'target-and-minimise', 'relevance-is-what-makes-legitimate-interest-hold', 'Relevance is what makes legitimate interest hold'),
    test: (r) => SEGMENT.every((part) => answered(r.segment[part.why] as string)),
  },
  {
    id: 'countries',
    label: 'No target country needs prior consent or has an unclear rule.',
    explainedIn: DEFINE_SEGMENT,
    test: (r, countries) => {
      const chosen = pick(r.segment.countries, countries);
      return chosen.length > 0 && chosen.length === r.segment.countries.length && chosen.every((c) => c.namedAddress === 'allowed' || c.namedAddress === 'conditions');
    },
  },
  {
    id: 'fields',
    label: 'Every field you collect has a stated use.',
    explainedIn: COLLECT_ONLY,
    test: (r) => collectedFields(r.data).length > 0 && judgeFields(r.data).every((v) => v.advice.every((a) => a.kind !== 'no-use' && a.kind !== 'unnamed-field')),
  },
  {
    id: 'risky-fields',
    label: 'The list holds no personal email, no home address and no phone number nobody will call.',
    explainedIn: COLLECT_ONLY,
    test: (r) => collectedFields(r.data).length > 0 && judgeFields(r.data).every((v) => v.advice.every((a) => a.kind === 'no-use' || a.kind === 'unnamed-field')),
  },
  {
    id: 'surprise',
    label: 'The people you email would not be surprised to hear from you.',
    explainedIn: section(STEP1, 'target-and-minimise', 'run-the-surprise-test', 'Run the surprise test'),
    test: (r) => r.relevance.surprised === 'no',
  },
  {
    id: 'evidence',
    label: 'You record a reason for every lead.',
    explainedIn: section(STEP2, 'legitimate-interest', 'have-a-reason-for-each-prospect', 'Have a reason for each prospect'),
    test: (r) => r.relevance.evidence.length > 0 || answered(r.relevance.evidenceOther),
  },
  { id: 'purpose', label: 'The purpose test is answered.', explainedIn: THREE_PART_TEST, test: (r) => answered(r.lia.purpose) },
  { id: 'necessity', label: 'The necessity test is answered.', explainedIn: THREE_PART_TEST, test: (r) => answered(r.lia.necessity) },
  { id: 'balancing', label: 'The balancing test is answered.', explainedIn: THREE_PART_TEST, test: (r) => answered(r.lia.balancing) },
  ...SAFEGUARDS.map((safeguard) => ({
    id: `safeguard-${safeguard}`,
    label: `${SAFEGUARD_LABELS[safeguard]}.`,
    explainedIn: SAFEGUARD_SECTIONS[safeguard],
    test: (r: CampaignRecord) => r.lia.safeguards.includes(safeguard),
  })),
  {
    id: 'outcome',
    label: 'The assessment concludes that you can go ahead, and has a date and an approver.',
    explainedIn: section(STEP2, 'legitimate-interest', 'write-a-one-page-lia-before-the-first-send', 'Write a one-page LIA before the first send'),
    test: (r) => (r.lia.outcome === 'proceed' || r.lia.outcome === 'proceed-with-changes') && r.about.date !== '' && answered(r.about.approvedBy),
  },
];

/** Every readiness item, without results: what the checklist shows before anything is answered. */
export const READINESS_ITEMS: readonly ReadinessItem[] = CHECKS.map(({ id, label, explainedIn }) => ({ id, label, explainedIn }));

/** Counts the readiness items the record meets; `countries` are the jurisdiction records to judge target countries by. */
export function readiness(record: CampaignRecord, countries: readonly PlannerCountry[]): Readiness {
  const items = CHECKS.map(({ test, ...item }) => ({ ...item, done: test(record, countries) }));
  return { done: items.filter((i) => i.done).length, total: items.length, items };
}
