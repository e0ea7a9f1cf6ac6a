import { pick, shownName, type PlannerCountry } from './countries.ts';
import type { Locale } from '../i18n/locales.ts';
import { judgeField } from './minimise.ts';
import { planner } from '../i18n/en/planner.ts';
import { format, formatDate } from '../i18n/format.ts';
import { segmentParts, type PlannerMessages } from './questions.ts';
import { readiness } from './readiness.ts';
import { consentWarning, enforcementLines, enforcementText, ruleLines, unclearNote } from './rules.ts';
import { DATA_FIELDS, type CampaignRecord } from './schema.ts';

/** A link in the record (a source, a playbook section). */
export interface OutlineLink {
  title: string;
  href: string;
}

/** One question and its answer, as the record shows it. */
export interface OutlineEntry {
  /** The question, or what the line is about. */
  label: string;
  /** The answer exactly as typed; `''` means not answered. */
  text: string;
  /** Further lines, shown as a list (chosen options, advice). */
  items?: string[];
  /** Links, shown as a list (sources). */
  links?: OutlineLink[];
}

/** A section of the record. */
export interface OutlineSection {
  title: string;
  entries: OutlineEntry[];
}

/** The readiness part of the record: the count and every item with its playbook link. */
export interface OutlineReadiness {
  title: string;
  items: { label: string; done: boolean; link: OutlineLink }[];
}

/** The whole record as sections of questions and answers: what the print view and the Markdown export render. */
export interface RecordOutline {
  title: string;
  sections: OutlineSection[];
  readiness: OutlineReadiness;
}

/**
 * Lays out a record as the printed and exported document: every question of the checklist with
 * its answer, the rule of every target country with its sources, its data protection authority,
 * the enforcer of its email rule and the maximum fine, the advice on each data field,
 * and the readiness count. `countries` are the jurisdiction records; `siteUrl` (e.g.
 * "https://example.org") makes the playbook links absolute for a file read away from the site.
 */
export function recordOutline(record: CampaignRecord, countries: readonly PlannerCountry[], siteUrl = '', m: PlannerMessages = planner, locale: Locale = 'en'): RecordOutline {
  const { about, segment, data, relevance, lia } = record;
  const SECTION_TITLES = m.sections;
  const ABOUT = m.about;
  const DATA_QUESTIONS = m.data;
  const RELEVANCE = m.relevance;
  const { parts: LIA, safeguards: SAFEGUARDS_QUESTION, safeguardLabels: SAFEGUARD_LABELS, outcome: OUTCOME } = m.lia;
  const yesNo = (value: boolean) => (value ? m.data.yes : m.data.no);
  const chosen = pick(segment.countries, countries);
  const unknown = segment.countries.filter((code) => !countries.some((c) => c.code === code));

  const aboutSection: OutlineSection = {
    title: SECTION_TITLES.about,
    // The assessment date is stored as YYYY-MM-DD; the record shows it in words for the reader's language.
    entries: (Object.keys(ABOUT) as (keyof typeof ABOUT)[]).map((key) => ({
      label: ABOUT[key].label,
      text: key === 'date' && about.date !== '' ? formatDate(about.date, locale) : about[key],
    })),
  };

  const segmentSection: OutlineSection = {
    title: SECTION_TITLES.segment,
    entries: segmentParts(m).flatMap((part) => [
      ...(Object.keys(part.fields) as (keyof typeof segment)[]).map((key) =>
        key === 'countries'
          ? { label: part.fields.countries!.label, text: [...chosen.map((c) => `${shownName(c)} (${c.code})`), ...unknown].join(', ') }
          : { label: part.fields[key]!.label, text: segment[key] as string },
      ),
      { label: part.whyLabel, text: segment[part.why] as string },
    ]),
  };

  const warning = consentWarning(segment.countries, countries, m, locale);
  const unclear = unclearNote(segment.countries, countries, m, locale);
  const rulesSection: OutlineSection = {
    title: SECTION_TITLES.rules,
    entries: [
      ...(warning ? [{ label: m.print.warning, text: warning }] : []),
      ...(unclear ? [{ label: m.print.unclear, text: unclear }] : []),
      ...chosen.map((c) => {
        const rule = ruleLines(c, m);
        return {
          label: `${shownName(c)} (${c.code})`,
          text: c.conditions,
          items: [
            rule.named,
            rule.generic,
            ...enforcementLines(c, m).map((line) => enforcementText(line, m)),
            format(m.rules.confidence, { confidence: m.rules.confidenceLevels[c.confidence], reviewed: formatDate(c.reviewed, locale) }),
          ],
          links: c.sources.map((s) => ({ title: s.title, href: s.url })),
        };
      }),
      ...unknown.map((code) => ({ label: code, text: m.rules.unknownCountry })),
      ...(segment.countries.length === 0 ? [{ label: m.segment.fields.countries.label, text: '' }] : []),
    ],
  };

  const dataSection: OutlineSection = {
    title: SECTION_TITLES.data,
    entries: DATA_FIELDS.map((field) => {
      const plan = data[field];
      const verdict = judgeField(data, field, m);
      const items = [`${DATA_QUESTIONS.collect}: ${yesNo(plan.collect)}`];
      if (field === 'other') items.unshift(`${DATA_QUESTIONS.what} ${data.other.what || DATA_QUESTIONS.notNamed}`);
      if (field === 'phone') items.push(`${DATA_QUESTIONS.willCall}: ${yesNo(data.phone.willCall)}`);
      if (field === 'postalAddress') items.push(`${DATA_QUESTIONS.kind} ${DATA_QUESTIONS.kindOptions[data.postalAddress.kind]}`);
      items.push(...verdict.advice.map((a) => a.text));
      return { label: `${DATA_QUESTIONS.fields[field]}: ${DATA_QUESTIONS.use}`, text: plan.use, items };
    }),
  };

  const relevanceSection: OutlineSection = {
    title: SECTION_TITLES.relevance,
    entries: [
      { label: RELEVANCE.surprised.label, text: relevance.surprised === '' ? '' : RELEVANCE.surprised.options[relevance.surprised] },
      { label: RELEVANCE.surpriseNote.label, text: relevance.surpriseNote },
      { label: RELEVANCE.evidence.label, text: relevance.evidence.map((e) => RELEVANCE.evidenceKinds[e]).join('; ') },
      { label: RELEVANCE.evidenceOther.label, text: relevance.evidenceOther },
      { label: RELEVANCE.evidenceWhere.label, text: relevance.evidenceWhere },
    ],
  };

  const liaSection: OutlineSection = {
    title: SECTION_TITLES.lia,
    entries: [
      { label: LIA.purpose.label, text: lia.purpose },
      { label: LIA.necessity.label, text: lia.necessity },
      { label: LIA.balancing.label, text: lia.balancing },
      { label: SAFEGUARDS_QUESTION.label, text: lia.safeguards.map((s) => SAFEGUARD_LABELS[s]).join('; ') },
      { label: SAFEGUARDS_QUESTION.noteLabel, text: lia.safeguardsNote },
      { label: OUTCOME.label, text: lia.outcome === '' ? '' : OUTCOME.options[lia.outcome] },
      { label: OUTCOME.noteLabel, text: lia.outcomeNote },
    ],
  };

  const ready = readiness(record, countries, m);
  return {
    title: format(m.print.title, { campaign: about.campaign.trim() || m.print.untitled }),
    sections: [aboutSection, segmentSection, rulesSection, dataSection, relevanceSection, liaSection],
    readiness: {
      title: format(m.readiness.count, { done: ready.done, total: ready.total }),
      items: ready.items.map((i) => ({ label: i.label, done: i.done, link: { title: i.explainedIn.title, href: `${siteUrl}${i.explainedIn.href}` } })),
    },
  };
}
