import type { Messages } from '../i18n/en/index.ts';
import { planner } from '../i18n/en/planner.ts';
import type { CampaignRecord } from './schema.ts';

/**
 * The planner's questions: the structure of the checklist here, the words in the message
 * catalog (`src/lib/i18n/en/planner.ts`), so a question reads the same in the form, the printed
 * record and the Markdown export, and none can be left out of the record. The English tables
 * below are the catalog's, under the names the record and the tests use.
 */

/** The planner's part of a language's message catalog. */
export type PlannerMessages = Messages['planner'];

/** A link to a legal or regulatory source. */
export interface SourceLink {
  /** Link text, naming the article or page, e.g. "GDPR Art. 5(1)(c)". */
  title: string;
  url: string;
}

/** The official GDPR text; per-article link texts name the article. */
export const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';

/** The ICO's guidance on applying legitimate interests, where the three-part test and the LIA come from. */
export const ICO_LIA_URL =
  'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/legitimate-interests/how-do-we-apply-legitimate-interests-in-practice/';
export const ICO_LIA: SourceLink = { title: planner.lia.ico, url: ICO_LIA_URL };

/** A free-text question. */
export interface TextQuestion {
  /** The visible label. */
  label: string;
  /** One or two sentences under the label. */
  help?: string;
  /** A worked answer, shown as "For example: …". */
  example?: string;
}

type Segment = CampaignRecord['segment'];
/** The segment's main answers (everything but the "why" notes). */
export type SegmentField = 'offer' | 'countries' | 'industries' | 'specialists' | 'employees' | 'revenue' | 'positions';
/** The segment's "why these?" notes. */
export type SegmentWhy = Exclude<keyof Segment, SegmentField>;

/** The parts of the segment, in page order: a heading, its questions and its "why these?" note. */
export const SEGMENT_PARTS: readonly { id: keyof PlannerMessages['segment']['parts']; fields: readonly SegmentField[]; why: SegmentWhy }[] = [
  { id: 'offer', fields: ['offer'], why: 'offerWhy' },
  { id: 'countries', fields: ['countries'], why: 'countriesWhy' },
  { id: 'industries', fields: ['industries'], why: 'industriesWhy' },
  { id: 'specialists', fields: ['specialists'], why: 'specialistsWhy' },
  { id: 'size', fields: ['employees', 'revenue'], why: 'sizeWhy' },
  { id: 'positions', fields: ['positions'], why: 'positionsWhy' },
];

/** One part of the segment and its "why these?" note, in one language. */
export interface SegmentPart {
  /** Heading of the part. */
  title: string;
  /** The main question(s), keyed by record field. */
  fields: Partial<Record<keyof Segment, TextQuestion>>;
  /** The record field holding the "why these?" note. */
  why: SegmentWhy;
  /** Label of the "why these?" note. */
  whyLabel: string;
  /** Example of a good "why" note. */
  whyExample: string;
}

/** The segment's parts with their words from a catalog. */
export function segmentParts(m: PlannerMessages = planner): SegmentPart[] {
  return SEGMENT_PARTS.map((part) => ({
    title: m.segment.parts[part.id],
    fields: Object.fromEntries(part.fields.map((key) => [key, m.segment.fields[key]])),
    why: part.why,
    whyLabel: m.segment.why[part.why].label,
    whyExample: m.segment.why[part.why].example,
  }));
}

/** Header questions: which campaign, who prepared and approved it, when. */
export const ABOUT: Record<keyof CampaignRecord['about'], TextQuestion> = planner.about;
/** Step 1: the segment, one part per filter, each with its "why these?" note. */
export const SEGMENT: SegmentPart[] = segmentParts();
/** How each data field is named. */
export const FIELD_LABELS = planner.data.fields;
/** Step 1: data minimisation, asked for every field. */
export const DATA_QUESTIONS = planner.data;
/** Example uses, shown as placeholders. */
export const FIELD_USE_EXAMPLES = planner.data.useExamples;
/** Step 1 and 2: relevance. */
export const RELEVANCE = planner.relevance;
/** Names of the kinds of evidence. */
export const EVIDENCE_LABELS = planner.relevance.evidenceKinds;
/** Step 2: the three-part test, after the ICO's legitimate interests assessment (see {@link ICO_LIA}). */
export const LIA = planner.lia.parts;
/** Safeguards, as the balancing test asks about them. */
export const SAFEGUARDS_QUESTION = planner.lia.safeguards;
/** Names of the safeguards. */
export const SAFEGUARD_LABELS = planner.lia.safeguardLabels;
/** The conclusion of the assessment. */
export const OUTCOME = planner.lia.outcome;
/** Section titles, numbered as on the page. */
export const SECTION_TITLES = planner.sections;

/**
 * Every question the checklist asks, as plain labels, in page order. The page's HTML must contain
 * each of them before any script runs (content first); the end-to-end test checks it.
 */
export function checklistQuestions(): string[] {
  return [
    ...Object.values(ABOUT).map((q) => q.label),
    ...SEGMENT.flatMap((part) => [...Object.values(part.fields).map((q) => q!.label), part.whyLabel]),
    ...Object.values(FIELD_LABELS),
    DATA_QUESTIONS.use,
    DATA_QUESTIONS.willCall,
    DATA_QUESTIONS.kind,
    DATA_QUESTIONS.what,
    RELEVANCE.surprised.label,
    ...Object.values(RELEVANCE.surprised.options),
    RELEVANCE.surpriseNote.label,
    RELEVANCE.evidence.label,
    ...Object.values(EVIDENCE_LABELS),
    RELEVANCE.evidenceOther.label,
    RELEVANCE.evidenceWhere.label,
    ...Object.values(LIA).flatMap((part) => [part.label, ...part.prompts]),
    SAFEGUARDS_QUESTION.label,
    ...Object.values(SAFEGUARD_LABELS),
    SAFEGUARDS_QUESTION.noteLabel,
    OUTCOME.label,
    ...Object.values(OUTCOME.options),
    OUTCOME.noteLabel,
  ];
}
