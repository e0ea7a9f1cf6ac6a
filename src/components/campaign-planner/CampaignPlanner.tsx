import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { downloadText } from '../shared/download';
import { markMapSelection } from '../site/map-selection';
import { RULE_LABELS } from '../../lib/jurisdictions/labels';
import type { Rule } from '../../lib/jurisdictions/schema';
import { pick, type PlannerCountry } from '../../lib/planner/countries';
import { judgeFields } from '../../lib/planner/minimise';
import { recordOutline } from '../../lib/planner/outline';
import {
  ABOUT,
  DATA_QUESTIONS,
  EVIDENCE_LABELS,
  FIELD_LABELS,
  FIELD_USE_EXAMPLES,
  GDPR_URL,
  ICO_LIA,
  LIA,
  OUTCOME,
  RELEVANCE,
  SAFEGUARD_LABELS,
  SAFEGUARDS_QUESTION,
  SECTION_TITLES,
  SEGMENT,
  type TextQuestion,
} from '../../lib/planner/questions';
import { SAFEGUARD_SECTIONS, readiness } from '../../lib/planner/readiness';
import { parseRecordFile, recordFileName, recordToJson, recordToMarkdown } from '../../lib/planner/record-file';
import { consentWarning, enforcementLines, unclearNote, type EnforcementLine } from '../../lib/planner/rules';
import { EVIDENCE_KINDS, SAFEGUARDS, type CampaignRecord, type DataField } from '../../lib/planner/schema';
import CountryPicker from './CountryPicker';
import RecordView from './RecordView';
import { useCampaignRecord } from './use-campaign-record';
import { SITE_BASE, sitePath } from '../shared/site-path';
import './campaign-planner.css';

interface Props {
  /** The jurisdiction records, reduced to what the planner shows, sorted by name. */
  countries: PlannerCountry[];
  /** The build-time country map (static HTML from CountryMap.astro); target countries get marked on it. */
  map?: ReactNode;
}

type Segment = CampaignRecord['segment'];
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Who acts on a breach in one country: the data protection authority, the enforcer of the email rule and the maximum fine, each linked to where it is stated. */
function Enforcement({ lines }: { lines: readonly EnforcementLine[] }) {
  return (
    <dl className="cp-enforcement">
      {lines.map((line) => (
        <div key={line.label}>
          <dt>{line.label}</dt>
          <dd>
            {!line.link ? (
              line.text
            ) : line.link.title === line.text ? (
              <a href={line.link.href} rel="noopener noreferrer">
                {line.text}
              </a>
            ) : (
              <>
                {line.text}{' '}
                <span className="cp-fine-source">
                  (source:{' '}
                  <a href={line.link.href} rel="noopener noreferrer">
                    {line.link.title}
                  </a>
                  )
                </span>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A labelled text input or text area with its help and example, described by both. */
function TextField({
  id,
  question,
  value,
  onChange,
  multiline = false,
  type = 'text',
}: {
  id: string;
  question: TextQuestion;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  type?: string;
}) {
  const describedBy = [question.help && `${id}-help`, question.example && `${id}-example`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="cp-field">
      <label htmlFor={id}>{question.label}</label>
      {question.help && (
        <p className="cp-hint" id={`${id}-help`}>
          {question.help}
        </p>
      )}
      {question.example && (
        <p className="cp-hint cp-example" id={`${id}-example`}>
          For example: {question.example}
        </p>
      )}
      {multiline ? (
        <textarea id={id} rows={3} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} type={type} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="cp-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

const RULE_CLASS: Record<Rule, string> = {
  allowed: 'cp-badge cp-badge-allowed',
  conditions: 'cp-badge cp-badge-conditions',
  'consent-required': 'cp-badge cp-badge-consent',
  unclear: 'cp-badge cp-badge-unclear',
};

/**
 * The campaign planner: segment, country rules, data minimisation, relevance and the
 * legitimate interests assessment, with a readiness count, saved in this browser as the user
 * types, exportable as Markdown or JSON, importable, printable.
 */
export default function CampaignPlanner({ countries, map }: Props) {
  const id = useId();
  const mapRef = useRef<HTMLDivElement>(null);
  const { record, update, replace, clear, saveState } = useCampaignRecord();
  const [format, setFormat] = useState<'md' | 'json'>('md');
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [importKey, setImportKey] = useState(0);

  const { segment, data, relevance, lia, about } = record;
  const chosen = pick(segment.countries, countries);
  const warning = consentWarning(segment.countries, countries);
  const unclear = unclearNote(segment.countries, countries);
  const verdicts = useMemo(() => judgeFields(data), [data]);
  const ready = readiness(record, countries);
  const outline = recordOutline(record, countries);
  useEffect(() => markMapSelection(mapRef.current?.querySelector('[data-country-map]') ?? null, segment.countries), [segment.countries, map]);

  const setAbout = (key: keyof CampaignRecord['about'], value: string) => update((r) => ({ ...r, about: { ...r.about, [key]: value } }));
  const setSegment = <K extends keyof Segment>(key: K, value: Segment[K]) => update((r) => ({ ...r, segment: { ...r.segment, [key]: value } }));
  const setField = <F extends DataField>(field: F, patch: Partial<CampaignRecord['data'][F]>) =>
    update((r) => ({ ...r, data: { ...r.data, [field]: { ...r.data[field], ...patch } } }));
  const setRelevance = (patch: Partial<CampaignRecord['relevance']>) => update((r) => ({ ...r, relevance: { ...r.relevance, ...patch } }));
  const setLia = (patch: Partial<CampaignRecord['lia']>) => update((r) => ({ ...r, lia: { ...r.lia, ...patch } }));
  const toggleIn = <T,>(list: T[], item: T, on: boolean) => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

  function exportRecord() {
    if (format === 'json') downloadText(recordToJson(record), recordFileName(record, 'json'), 'application/json');
    else downloadText(recordToMarkdown(record, countries, { exportedOn: today(), siteUrl: location.origin + SITE_BASE }), recordFileName(record, 'md'), 'text/markdown');
    setMessage({ kind: 'info', text: `Exported the record as ${format === 'json' ? 'JSON' : 'Markdown'}.` });
  }

  async function importRecord(file: File | undefined) {
    if (!file) return;
    const parsed = parseRecordFile(await file.text());
    setImportKey((k) => k + 1);
    if (!parsed.ok) return setMessage({ kind: 'error', text: `${file.name}: ${parsed.message}` });
    replace(parsed.record);
    setMessage({ kind: 'info', text: `Imported the record from ${file.name}.` });
  }

  function clearSaved() {
    clear();
    setMessage({ kind: 'info', text: 'Saved data cleared: nothing from this planner is stored in this browser, and the form is empty.' });
  }

  const savedNote =
    saveState === 'failed'
      ? 'This browser does not let the page save: export the record to keep it.'
      : saveState === 'restored'
        ? 'Restored the answers saved in this browser.'
        : 'Your answers are saved in this browser as you type, and never sent anywhere.';

  return (
    <div className="campaign-planner not-content">
      <div className="cp-form">
        <p className="cp-hint cp-saved">{savedNote}</p>

        <Section id={`${id}-about`} title={SECTION_TITLES.about}>
          <div className="cp-grid">
            <TextField id={`${id}-campaign`} question={ABOUT.campaign} value={about.campaign} onChange={(v) => setAbout('campaign', v)} />
            <TextField id={`${id}-prepared`} question={ABOUT.preparedBy} value={about.preparedBy} onChange={(v) => setAbout('preparedBy', v)} />
            <TextField id={`${id}-approved`} question={ABOUT.approvedBy} value={about.approvedBy} onChange={(v) => setAbout('approvedBy', v)} />
            <TextField id={`${id}-date`} question={ABOUT.date} type="date" value={about.date} onChange={(v) => setAbout('date', v)} />
          </div>
        </Section>

        <Section id={`${id}-segment`} title={SECTION_TITLES.segment}>
          <p className="cp-intro">
            Write the segment down before you collect anything: who you will email, and why each of them. See{' '}
            <a href={sitePath('/playbook/target-and-minimise/#define-the-segment-before-you-collect-anything')}>Step 1: Define the segment</a>.
          </p>
          {SEGMENT.map((part) => (
            <div className="cp-part" key={part.title}>
              <h3>{part.title}</h3>
              <div className="cp-part-body">
              <div className={part.why === 'sizeWhy' ? 'cp-grid cp-size' : 'cp-part-main'}>
                {(Object.keys(part.fields) as (keyof Segment)[]).map((key) =>
                  key === 'countries' ? (
                    <CountryPicker
                      key={key}
                      countries={countries}
                      selected={segment.countries}
                      onChange={(codes) => setSegment('countries', codes)}
                      label={part.fields.countries!.label}
                      help={part.fields.countries!.help}
                    />
                  ) : (
                    <TextField
                      key={key}
                      id={`${id}-${key}`}
                      question={part.fields[key]!}
                      value={segment[key] as string}
                      multiline={key !== 'employees' && key !== 'revenue'}
                      onChange={(v) => setSegment(key as TextKey<Segment>, v)}
                    />
                  ),
                )}
              </div>
              <TextField
                id={`${id}-${part.why}`}
                question={{ label: part.whyLabel, example: part.whyExample }}
                value={segment[part.why] as string}
                multiline
                onChange={(v) => setSegment(part.why as TextKey<Segment>, v)}
              />
              </div>
            </div>
          ))}
        </Section>

        <Section id={`${id}-rules`} title={SECTION_TITLES.rules}>
          <p className="cp-intro">
            Each target country's rule for marketing email to a business address, from the <a href={sitePath('/reference/countries/')}>country table</a>, with its sources and
            the date it was last checked.
          </p>
          {map && (
            <div className="cp-map" ref={mapRef}>
              {map}
            </div>
          )}
          {warning && (
            <div role="alert" className="cp-alert">
              <strong>Consent required.</strong> {warning}
            </div>
          )}
          {unclear && <p className="cp-caution">{unclear}</p>}
          {chosen.length === 0 ? (
            <p className="cp-hint">Choose target countries above to see each country's rule here.</p>
          ) : (
            <div className="cp-countries">
              {chosen.map((c) => (
                <article key={c.code} className="cp-country" aria-labelledby={`${id}-rule-${c.code}`}>
                  <h3 id={`${id}-rule-${c.code}`}>{c.name}</h3>
                  <p className="cp-badges">
                    <span className={RULE_CLASS[c.namedAddress]}>Named address: {RULE_LABELS[c.namedAddress]}</span>{' '}
                    <span className={RULE_CLASS[c.genericAddress]}>Generic address: {RULE_LABELS[c.genericAddress]}</span>
                  </p>
                  <p>{c.conditions}</p>
                  <Enforcement lines={enforcementLines(c)} />
                  <p className="cp-hint">
                    Confidence: {c.confidence}. Reviewed {c.reviewed}.
                  </p>
                  <ul className="cp-sources" aria-label={`Sources for ${c.name}`}>
                    {c.sources.map((s) => (
                      <li key={s.url}>
                        <a href={s.url} rel="noopener noreferrer">
                          {s.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                </article>
              ))}
            </div>
          )}
        </Section>

        <Section id={`${id}-data`} title={SECTION_TITLES.data}>
          <p className="cp-intro">
            {DATA_QUESTIONS.help} Personal data must be limited to what is necessary for the purpose (
            <a href={GDPR_URL}>GDPR Art. 5(1)(c)</a>). See <a href={sitePath('/playbook/target-and-minimise/#collect-only-the-fields-you-will-use')}>Step 1: Collect only the fields you will use</a>.
          </p>
          <div className="cp-fields">
            {verdicts.map((verdict) => {
              const field = verdict.field;
              const plan = data[field];
              const fid = `${id}-field-${field}`;
              return (
                <fieldset key={field} className={`cp-data-field cp-status-${verdict.status}`}>
                  <legend>{FIELD_LABELS[field]}</legend>
                  <label className="cp-check">
                    <input type="checkbox" checked={plan.collect} onChange={(e) => setField(field, { collect: e.target.checked })} />
                    {DATA_QUESTIONS.collect}
                  </label>
                  {field === 'other' && (
                    <div className="cp-field">
                      <label htmlFor={`${fid}-what`}>{DATA_QUESTIONS.what}</label>
                      <input id={`${fid}-what`} type="text" value={data.other.what} onChange={(e) => setField('other', { what: e.target.value })} />
                    </div>
                  )}
                  <div className="cp-field">
                    <label htmlFor={`${fid}-use`}>{DATA_QUESTIONS.use}</label>
                    <textarea
                      id={`${fid}-use`}
                      rows={2}
                      value={plan.use}
                      placeholder={FIELD_USE_EXAMPLES[field]}
                      aria-describedby={`${fid}-advice`}
                      onChange={(e) => setField(field, { use: e.target.value })}
                    />
                  </div>
                  {field === 'phone' && (
                    <label className="cp-check">
                      <input type="checkbox" checked={data.phone.willCall} onChange={(e) => setField('phone', { willCall: e.target.checked })} />
                      {DATA_QUESTIONS.willCall}
                    </label>
                  )}
                  {field === 'postalAddress' && (
                    <div className="cp-field">
                      <label htmlFor={`${fid}-kind`}>{DATA_QUESTIONS.kind}</label>
                      <select
                        id={`${fid}-kind`}
                        value={data.postalAddress.kind}
                        onChange={(e) => setField('postalAddress', { kind: e.target.value as CampaignRecord['data']['postalAddress']['kind'] })}
                      >
                        {Object.entries(DATA_QUESTIONS.kindOptions).map(([value, text]) => (
                          <option key={value} value={value}>
                            {text}
                          </option>
                        ))}
                      </select>
                    </div>
                  )}
                  <div id={`${fid}-advice`} aria-live="polite" className="cp-advice">
                    {verdict.advice.map((a) => (
                      <p key={a.kind} className={a.kind === 'no-use' ? 'cp-advice-drop' : 'cp-advice-warn'}>
                        {a.text} <a href={a.source.url}>{a.source.title}</a>
                      </p>
                    ))}
                  </div>
                </fieldset>
              );
            })}
          </div>
        </Section>

        <Section id={`${id}-relevance`} title={SECTION_TITLES.relevance}>
          <fieldset className="cp-group">
            <legend>{RELEVANCE.surprised.label}</legend>
            <p className="cp-hint">
              {RELEVANCE.surprised.help} See <a href={sitePath('/playbook/target-and-minimise/#run-the-surprise-test')}>Step 1: Run the surprise test</a>.
            </p>
            {(Object.entries(RELEVANCE.surprised.options) as [CampaignRecord['relevance']['surprised'], string][]).map(([value, text]) => (
              <label key={value} className="cp-check">
                <input type="radio" name={`${id}-surprised`} value={value} checked={relevance.surprised === value} onChange={() => setRelevance({ surprised: value })} />
                {text}
              </label>
            ))}
          </fieldset>
          <TextField id={`${id}-surprise-note`} question={RELEVANCE.surpriseNote} value={relevance.surpriseNote} multiline onChange={(v) => setRelevance({ surpriseNote: v })} />
          <fieldset className="cp-group">
            <legend>{RELEVANCE.evidence.label}</legend>
            <p className="cp-hint">
              {RELEVANCE.evidence.help} See <a href={sitePath('/playbook/legitimate-interest/#have-a-reason-for-each-prospect')}>Step 2: Have a reason for each prospect</a>.
            </p>
            {EVIDENCE_KINDS.map((kind) => (
              <label key={kind} className="cp-check">
                <input
                  type="checkbox"
                  checked={relevance.evidence.includes(kind)}
                  onChange={(e) => setRelevance({ evidence: toggleIn(relevance.evidence, kind, e.target.checked) })}
                />
                {EVIDENCE_LABELS[kind]}
              </label>
            ))}
          </fieldset>
          <div className="cp-grid">
            <TextField id={`${id}-evidence-other`} question={RELEVANCE.evidenceOther} value={relevance.evidenceOther} onChange={(v) => setRelevance({ evidenceOther: v })} />
            <TextField id={`${id}-evidence-where`} question={RELEVANCE.evidenceWhere} value={relevance.evidenceWhere} onChange={(v) => setRelevance({ evidenceWhere: v })} />
          </div>
        </Section>

        <Section id={`${id}-lia`} title={SECTION_TITLES.lia}>
          <p className="cp-intro">
            Legitimate interests (<a href={GDPR_URL}>GDPR Art. 6(1)(f)</a>) is a lawful basis only if you pursue a legitimate interest, the processing is
            necessary for it, and the interests and rights of the people you email do not override it. The ICO breaks this into three tests and recommends
            writing the answers down before you start
            (<a href={ICO_LIA.url}>{ICO_LIA.title}</a>). The prompts below are our paraphrase of the questions in the ICO's sample assessment; answer in your own
            words. See <a href={sitePath('/playbook/legitimate-interest/#the-three-part-test')}>Step 2: The three-part test</a>.
          </p>
          {(['purpose', 'necessity', 'balancing'] as const).map((part) => {
            const q = LIA[part];
            const pid = `${id}-lia-${part}`;
            return (
              <div className="cp-part" key={part}>
                <div className="cp-field">
                  <label htmlFor={pid} className="cp-lia-label">
                    {q.label}
                  </label>
                  <p className="cp-hint" id={`${pid}-help`}>
                    {q.help}
                  </p>
                  <ul className="cp-prompts" id={`${pid}-prompts`}>
                    {q.prompts.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                  <details className="cp-example-box">
                    <summary>Example answer</summary>
                    <p>{q.example}</p>
                  </details>
                  <textarea id={pid} rows={5} value={lia[part]} aria-describedby={`${pid}-help ${pid}-prompts`} onChange={(e) => setLia({ [part]: e.target.value })} />
                </div>
              </div>
            );
          })}
          <fieldset className="cp-group">
            <legend>{SAFEGUARDS_QUESTION.label}</legend>
            <p className="cp-hint">{SAFEGUARDS_QUESTION.help}</p>
            <ul className="cp-safeguards">
              {SAFEGUARDS.map((s) => (
                <li key={s}>
                  <label className="cp-check">
                    <input type="checkbox" checked={lia.safeguards.includes(s)} onChange={(e) => setLia({ safeguards: toggleIn(lia.safeguards, s, e.target.checked) })} />
                    {SAFEGUARD_LABELS[s]}
                  </label>{' '}
                  <a className="cp-hint" href={sitePath(SAFEGUARD_SECTIONS[s].href)}>
                    {SAFEGUARD_SECTIONS[s].title}
                  </a>
                </li>
              ))}
            </ul>
            <TextField
              id={`${id}-safeguards-note`}
              question={{ label: SAFEGUARDS_QUESTION.noteLabel, example: SAFEGUARDS_QUESTION.noteExample }}
              value={lia.safeguardsNote}
              multiline
              onChange={(v) => setLia({ safeguardsNote: v })}
            />
          </fieldset>
          <fieldset className="cp-group">
            <legend>{OUTCOME.label}</legend>
            <p className="cp-hint">{OUTCOME.help}</p>
            {(Object.entries(OUTCOME.options) as [CampaignRecord['lia']['outcome'], string][]).map(([value, text]) => (
              <label key={value} className="cp-check">
                <input type="radio" name={`${id}-outcome`} value={value} checked={lia.outcome === value} onChange={() => setLia({ outcome: value })} />
                {text}
              </label>
            ))}
            <TextField
              id={`${id}-outcome-note`}
              question={{ label: OUTCOME.noteLabel, example: OUTCOME.noteExample }}
              value={lia.outcomeNote}
              multiline
              onChange={(v) => setLia({ outcomeNote: v })}
            />
          </fieldset>
        </Section>

        <Section id={`${id}-record`} title={SECTION_TITLES.record}>
          <h3 className="cp-count">
            Readiness: {ready.done} of {ready.total} done
          </h3>
          <ul className="cp-readiness">
            {ready.items.map((item) => (
              <li key={item.id} className={item.done ? 'cp-done' : 'cp-todo'}>
                <span className="cp-state">{item.done ? 'Done' : 'To do'}</span> {item.label} <a href={sitePath(item.explainedIn.href)}>{item.explainedIn.title}</a>
              </li>
            ))}
          </ul>
          <div className="cp-toolbar">
            <fieldset className="cp-format">
              <legend>Export format</legend>
              <label className="cp-check">
                <input type="radio" name={`${id}-format`} value="md" checked={format === 'md'} onChange={() => setFormat('md')} />
                Markdown, to read and keep (can be imported again)
              </label>
              <label className="cp-check">
                <input type="radio" name={`${id}-format`} value="json" checked={format === 'json'} onChange={() => setFormat('json')} />
                JSON, to import again or process
              </label>
            </fieldset>
            <div className="cp-actions">
              <button type="button" className="cp-primary" onClick={exportRecord}>
                Export record
              </button>
              <button type="button" onClick={() => window.print()}>
                Print
              </button>
            </div>
            <div className="cp-import">
              <label htmlFor={`${id}-import`}>Import record</label>
              <input key={importKey} id={`${id}-import`} type="file" accept=".json,.md,application/json,text/markdown,text/plain" aria-describedby={`${id}-import-help`} onChange={(e) => importRecord(e.target.files?.[0])} />
              <p className="cp-hint" id={`${id}-import-help`}>
                A .json or .md file made with "Export record". It replaces the answers on this page.
              </p>
            </div>
            <div className="cp-actions">
              <button type="button" onClick={clearSaved} aria-describedby={`${id}-clear-help`}>
                Clear saved data
              </button>
              <p className="cp-hint" id={`${id}-clear-help`}>
                Removes your answers from this browser and empties the form. Export the record first to keep it.
              </p>
            </div>
          </div>
          {message?.kind === 'error' ? (
            <p role="alert" className="cp-error">
              {message.text}
            </p>
          ) : (
            <p role="status" className="cp-hint">
              {message?.text ?? ''}
            </p>
          )}
        </Section>
      </div>
      <RecordView outline={outline} />
    </div>
  );
}
