import { useDeferredValue, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { defaultCleanOptions, readCleanOptions, type CleanOptions, type OptionalClass } from '../../lib/clean/options';
import type { EngineError } from '../../lib/clean/messages';
import type { Inspection, ReadOverrides } from '../../lib/clean/run';
import { availableEncodings, type Encoding } from '../../lib/csv/encoding';
import type { Messages } from '../../lib/i18n/en';
import type { Locale } from '../../lib/i18n/locales';
import { format, plural } from '../../lib/i18n/format';
import type { CountryRule } from '../../lib/jurisdictions/lookup';
import { baseName, disabledReason, megabytes, suppressionFileRefused } from '../../lib/list-cleaner/ui';
import Alert from '../shared/Alert';
import ConfirmButton from '../shared/ConfirmButton';
import FileDrop from '../shared/FileDrop';
import GlossaryLink from '../shared/GlossaryLink';
import { ToolLocaleProvider } from '../shared/locale';
import { Ltr } from '../shared/Ltr';
import { rich } from '../shared/rich-text';
import { sitePath } from '../shared/site-path';
import { usePlannerWorkspace } from '../shared/use-planner-workspace';
import Detected from './Detected';
import EngineSays from './EngineSays';
import Options from './Options';
import Results, { type Result } from './Results';
import RunProgress, { createProgressStore } from './RunProgress';
import { STORAGE_KEY } from './storage-key';
import { useLeadFile } from './use-lead-file';
import { runInWorker } from './worker-client';
import '../shared/tool-controls.css';
import './list-cleaner.css';

export { STORAGE_KEY };

/** The sample files of "Try an example", shipped with the site (same origin). */
const EXAMPLE_LEADS = 'examples/leads-sample.csv';
const EXAMPLE_SUPPRESSION = 'examples/suppression-sample.csv';

interface Props {
  countries: CountryRule[];
  /** Country names in the page's language, by ISO code (written at build time). */
  countryNames: Record<string, string>;
  versions: { disposable: string; free: string; role: string };
  messages: Messages['cleaner'];
  common: Messages['common'];
  locale: Locale;
  /** The page's `TRANSLATED_FRAGMENTS[locale]` (src/lib/i18n/anchors.ts), outside English: glossary links land on the translated heading. */
  fragments?: Readonly<Record<string, string>> | undefined;
}

function loadOptions(): CleanOptions {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    const parsed = readCleanOptions({ ...saved, optOutColumns: null });
    if (parsed) return parsed;
  } catch {
    // Unreadable saved options: start from the defaults.
  }
  return defaultCleanOptions();
}

/** Why the last inspection or run stopped: what is wrong with the files (`input`), or an unexpected error's message. */
type Failure = { input: EngineError | null; message: string };

export default function ListCleaner({ countries, countryNames, versions, messages, common, locale, fragments }: Props) {
  const m = messages;
  const [leadsFile, setLeadsFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState(0);
  const lead = useLeadFile(leadsFile, sheet);
  const leads = lead?.source ?? null;
  const [suppressions, setSuppressions] = useState<File[]>([]);
  const [refused, setRefused] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<ReadOverrides>({});
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [optOut, setOptOut] = useState<number[]>([]);
  const [options, setOptions] = useState<CleanOptions>(() => defaultCleanOptions());
  const [running, setRunning] = useState(false);
  const progress = useMemo(createProgressStore, []);
  const [result, setResult] = useState<Result | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [example, setExample] = useState<'loading' | 'failed' | 'loaded' | null>(null);
  const [autoRun, setAutoRun] = useState(false);
  /** Every encoding this browser decodes (found after hydration: the server has no say in it). */
  const [encodings, setEncodings] = useState<Encoding[]>([]);
  const abort = useRef<AbortController | null>(null);
  /** Counts runs, so that a late hashed list of an earlier run is not shown with a later one. */
  const runs = useRef(0);
  const workspace = usePlannerWorkspace();

  useEffect(() => setOptions(loadOptions()), []);
  useEffect(() => setEncodings(availableEncodings()), []);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...options, optOutColumns: null }));
  }, [options]);

  // Inspect the lead list whenever it or an override changes.
  useEffect(() => {
    if (!leads) return;
    const controller = new AbortController();
    setFailure(null);
    setResult(null);
    runInWorker({ type: 'inspect', leads, overrides }, () => {}, controller.signal)
      .then((message) => {
        if (message.type === 'inspected') {
          setInspection(message.inspection);
          setOptOut(message.inspection.optOutColumns);
        } else if (message.type === 'failed') {
          setInspection(null);
          setFailure({ input: message.input, message: message.message });
        }
      })
      .catch(() => {});
    return () => controller.abort();
  }, [leads, overrides]);

  // "Try an example" cleans the samples as soon as they are inspected.
  useEffect(() => {
    if (autoRun && inspection && leads && !running) {
      setAutoRun(false);
      void clean(options);
    }
  });

  function chooseLeads(file: File | null) {
    setOverrides({});
    setInspection(null);
    setFailure(null);
    setResult(null);
    setCancelled(false);
    setSheet(0);
    setLeadsFile(file);
  }

  function chooseSuppressions(files: File[], add: boolean) {
    const bad = files.find((f) => suppressionFileRefused(f.name));
    setRefused(bad ? bad.name : null);
    const good = files.filter((f) => !suppressionFileRefused(f.name));
    setSuppressions((s) => (add ? [...s, ...good] : good));
  }

  /** Files dropped anywhere else on the tool: the first is the lead list, any others suppression lists. */
  function onDrop(event: DragEvent<HTMLElement>) {
    if (event.defaultPrevented) return; // a drop zone took them
    event.preventDefault();
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    chooseLeads(files[0]!);
    if (files.length > 1) chooseSuppressions(files.slice(1), true);
  }

  async function tryExample() {
    setExample('loading');
    try {
      const fetchFile = async (path: string) => {
        const response = await fetch(sitePath(`/${path}`));
        if (!response.ok) throw new Error(String(response.status));
        return new File([await response.blob()], path.split('/').pop()!, { type: 'text/csv' });
      };
      const [sampleLeads, sampleSuppression] = await Promise.all([fetchFile(EXAMPLE_LEADS), fetchFile(EXAMPLE_SUPPRESSION)]);
      chooseLeads(sampleLeads);
      setSuppressions([sampleSuppression]);
      setRefused(null);
      setExample('loaded');
      setAutoRun(true);
    } catch {
      setExample('failed');
    }
  }

  async function clean(withOptions: CleanOptions) {
    if (!leads) return;
    const controller = new AbortController();
    abort.current = controller;
    const run = ++runs.current;
    setRunning(true);
    setFailure(null);
    setCancelled(false);
    progress.set({ phase: 'starting', percent: 0, done: 0, total: 0 });
    try {
      const message = await runInWorker(
        {
          type: 'clean',
          leads,
          suppressions,
          overrides: { ...overrides, emailColumn: overrides.emailColumn ?? inspection?.emailColumn ?? undefined },
          options: { ...withOptions, optOutColumns: optOut },
          countries,
        },
        (msg) => {
          if (msg.type === 'hashed') {
            const hashed = msg.hashed;
            setResult((r) => (r && runs.current === run ? { ...r, hashed } : r));
            return;
          }
          if (msg.type !== 'progress') return;
          const percent = msg.total > 0 ? Math.min(100, Math.round((100 * msg.bytes) / msg.total)) : 100;
          progress.set({ phase: msg.phase, percent, done: megabytes(msg.bytes), total: megabytes(msg.total) });
        },
        controller.signal,
      );
      if (message.type === 'done') {
        const { summary, preview, kept, flagged, cleaned, report } = message;
        setResult({ summary, preview, kept, flagged, cleaned, report, hashed: null, header: message.inspection.header, emailColumn: message.inspection.emailColumn, options: withOptions });
      } else if (message.type === 'failed') {
        setResult(null);
        setFailure({ input: message.input, message: message.message });
      }
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') setCancelled(true);
      else setFailure({ input: null, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setRunning(false);
      progress.set(null);
      abort.current = null;
    }
  }

  function removeFlag(flag: OptionalClass, remove: boolean) {
    const next = { ...options, remove: { ...options.remove, [flag]: remove } };
    setOptions(next);
    void clean(next);
  }

  const problem = lead?.problem ? format(m.errors[lead.problem], { name: lead.original.name }, locale) : null;
  const leadError = problem ?? (failure?.input && !result ? <EngineSays message={failure.input} texts={m.engine} locale={locale} /> : null);
  const reason = disabledReason({
    hasLeads: leads !== null || (lead !== null && lead.problem === null),
    converting: lead !== null && lead.problem === null && leads === null,
    inspected: inspection !== null,
    emailColumn: inspection?.emailColumn != null,
    running,
    failed: lead?.problem != null || (failure?.input != null && inspection === null),
  });
  const summary = result?.summary;
  // The summary line shows at once; the result's tables (over a thousand elements) render in a
  // background pass React splits into short tasks, so the page never freezes when a run ends.
  // A result that is gone (another file chosen) goes at once.
  const shown = useDeferredValue(result);
  const name = lead ? baseName(lead.original.name) : 'list';
  const chosenLeads = lead ? [lead.sheets.length > 0 && leads ? format(m.files.fromSheet, { sheet: lead.sheets[lead.sheet] ?? '', name: lead.original.name }, locale) : lead.original.name] : [];
  const targets = workspace?.countries.filter((code) => code in countryNames) ?? [];
  const consentTargets = targets.filter((code) => countries.some((c) => c.code === code && c.namedAddress === 'consent-required'));
  const names = (codes: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(codes.map((c) => countryNames[c]!));
  const consentLink = <GlossaryLink entry="consent">{m.terms.consent}</GlossaryLink>;

  return (
    <ToolLocaleProvider locale={locale} fragments={fragments}>
      <div className="list-cleaner tool not-content" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <div className="tool-layout" data-results={result ? '' : undefined}>
          <div className="lc-form">
            <div className="tool-actions lc-example">
              <ConfirmButton
                label={m.example.button}
                question={m.example.ask}
                confirmLabel={m.example.confirm}
                cancelLabel={common.keepIt}
                skip={!leadsFile && suppressions.length === 0}
                disabled={running || example === 'loading'}
                onConfirm={() => void tryExample()}
              />
              {example === 'loading' && <span className="tool-hint">{m.example.loading}</span>}
            </div>
            {example === 'failed' && <Alert kind="error">{m.example.failed}</Alert>}
            {example === 'loaded' && (
              <Alert kind="info">{format(m.example.loaded, { leads: EXAMPLE_LEADS.split('/')[1]!, suppression: EXAMPLE_SUPPRESSION.split('/')[1]! }, locale)}</Alert>
            )}

            <fieldset className="lc-files">
              <legend>{m.files.legend}</legend>
              <FileDrop
                label={m.files.leads}
                name="leads"
                accept=".csv,.tsv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                hint={m.files.leadsHint}
                chosen={chosenLeads}
                error={leadError}
                dropHints={common}
                onFiles={(files) => {
                  setExample(null);
                  chooseLeads(files[0] ?? null);
                }}
              />
              {lead && lead.sheets.length > 1 && (
                <div className="lc-field">
                  <label htmlFor="lc-sheet">{m.files.sheet}</label>
                  <select id="lc-sheet" name="sheet" aria-describedby="lc-sheet-hint" value={lead.sheet} onChange={(e) => setSheet(Number(e.target.value))}>
                    {lead.sheets.map((s, i) => (
                      <option key={s} value={i}>
                        {s}
                      </option>
                    ))}
                  </select>
                  <span id="lc-sheet-hint" className="tool-hint">
                    {m.files.sheetHint}
                  </span>
                </div>
              )}
              {lead && lead.problem === null && !leads && <span className="tool-hint">{m.files.readingSheet}</span>}
              <FileDrop
                label={m.files.suppression}
                name="suppression"
                multiple
                accept=".csv,.tsv,.txt,text/csv,text/plain"
                hint={rich(m.files.suppressionHint, { suppressionList: <GlossaryLink entry="suppression-list">{m.terms.suppressionList}</GlossaryLink> })}
                error={refused ? format(m.errors.suppressionWrongType, { name: refused }, locale) : null}
                dropHints={common}
                onFiles={(files) => chooseSuppressions(files, false)}
              />
              {suppressions.length > 0 && (
                <ul className="lc-file-list">
                  {suppressions.map((f, i) => (
                    <li key={`${f.name}-${i}`}>
                      {plural(m.files.fileSize, f.size, { name: f.name }, locale)}{' '}
                      <button type="button" className="tool-link" onClick={() => setSuppressions((s) => s.filter((_, j) => j !== i))}>
                        {format(m.files.remove, { name: f.name }, locale)}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </fieldset>

            {targets.length > 0 && (
              <Alert kind="info" className="lc-workspace">
                <p>{format(workspace!.campaign ? m.workspace.from : m.workspace.fromUnnamed, { campaign: workspace!.campaign, countries: names(targets) }, locale)}</p>
                <p>
                  {consentTargets.length > 0
                    ? rich(format(m.workspace.consent, { countries: names(consentTargets) }, locale), { consent: consentLink })
                    : rich(m.workspace.noConsent, { consent: consentLink })}
                </p>
              </Alert>
            )}

            {inspection && (
              <Detected inspection={inspection} overrides={overrides} encodings={encodings} optOut={optOut} messages={m.detected} locale={locale} onOverrides={setOverrides} onOptOut={setOptOut} />
            )}

            <Options options={options} versions={versions} messages={m} common={common} locale={locale} highlightConsent={consentTargets.length > 0} onChange={setOptions} />

            <div className="tool-actions">
              <button type="button" name="clean" className="tool-primary" disabled={reason !== null} aria-describedby="lc-clean-why" onClick={() => void clean(options)}>
                {m.run.clean}
              </button>
              {running && (
                <button type="button" onClick={() => abort.current?.abort()}>
                  {m.run.cancel}
                </button>
              )}
              <span id="lc-clean-why" className="tool-hint">
                {reason && reason !== 'running' ? m.run[reason] : ''}
              </span>
            </div>

            <RunProgress store={progress} messages={m.run} locale={locale} />

            {cancelled && (
              <Alert kind="info" live>
                {m.run.cancelled}
              </Alert>
            )}
            {failure && !failure.input && (
              <Alert kind="error">
                <p>{m.run.crashed}</p>
                {failure.message && (
                  <p className="tool-hint">
                    <Ltr>{failure.message}</Ltr>
                  </p>
                )}
              </Alert>
            )}
          </div>

          <div className="tool-aside lc-aside">
            <div role="status" className="lc-summary">
              {summary &&
                format(m.results.summary, { rows: plural(m.results.rows, summary.input.rows, {}, locale), kept: summary.kept, removed: summary.input.rows - summary.kept }, locale)}
            </div>
            {result && shown ? (
              <Results result={shown} name={name} busy={running} messages={m} common={common} locale={locale} countryNames={countryNames} onRemoveFlag={removeFlag} />
            ) : result ? null : (
              <div className="tool-empty">
                <p>
                  <strong>{m.empty.title}</strong>
                </p>
                <p>{rich(m.empty.intro, { suppressionList: <GlossaryLink entry="suppression-list">{m.terms.suppressionList}</GlossaryLink> })}</p>
                <ul>
                  <li>{m.empty.chart}</li>
                  <li>{m.empty.preview}</li>
                  <li>{m.empty.flagged}</li>
                  <li>{m.empty.downloads}</li>
                </ul>
              </div>
            )}
          </div>
        </div>
      </div>
    </ToolLocaleProvider>
  );
}
