import { useEffect, useRef, useState, type DragEvent } from 'react';
import { cleanOptionsSchema, REMOVAL_REASONS, type CleanOptions, type CleanSummary, type RemovalReason } from '../../lib/clean/options';
import type { Inspection, PreviewRow, ReadOverrides } from '../../lib/clean/run';
import { availableEncodings, type Encoding } from '../../lib/csv/encoding';
import type { CountryRule } from '../../lib/jurisdictions/lookup';
import { downloadBlob } from '../shared/download';
import { runInWorker } from './worker-client';
import '../shared/tool-controls.css';
import './list-cleaner.css';

/** localStorage key of the saved options (JSON of `CleanOptions` minus per-file choices). */
export const STORAGE_KEY = 'coldkit:list-cleaner:options:v1';

const DELIMITER_LABELS: Record<string, string> = { ',': 'Comma (,)', ';': 'Semicolon (;)', '\t': 'Tab', '|': 'Pipe (|)' };
const REASON_LABELS: Record<RemovalReason, string> = {
  missing: 'Missing email',
  invalid: 'Invalid address',
  optedOut: 'Opted out or bounced (marked in the list)',
  suppressed: 'On a suppression list',
  duplicate: 'Duplicate',
  disposable: 'Disposable domain',
  role: 'Role address',
  free: 'Free-mail provider',
  consentCountry: 'Consent-required country',
};

interface Props {
  countries: CountryRule[];
  versions: { disposable: string; free: string; role: string };
}

interface Result {
  summary: CleanSummary;
  preview: PreviewRow[];
  cleaned: Blob;
  report: Blob;
  /** Null until the worker has hashed the suppression list, a moment after the results. */
  hashed: Blob | null;
}

function loadOptions(): CleanOptions {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    const parsed = cleanOptionsSchema.safeParse({ ...saved, optOutColumns: null });
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable saved options: start from the defaults.
  }
  return cleanOptionsSchema.parse({});
}

function baseName(name: string): string {
  return name.replace(/\.(csv|tsv|txt)$/i, '');
}

const numberFormat = new Intl.NumberFormat('en');

export default function ListCleaner({ countries, versions }: Props) {
  const [leads, setLeads] = useState<File | null>(null);
  const [suppressions, setSuppressions] = useState<File[]>([]);
  const [overrides, setOverrides] = useState<ReadOverrides>({});
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [optOut, setOptOut] = useState<number[]>([]);
  const [options, setOptions] = useState<CleanOptions>(() => cleanOptionsSchema.parse({}));
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ phase: string; percent: number; amount: string } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  /** Every encoding this browser decodes (found after hydration: the server has no say in it). */
  const [encodings, setEncodings] = useState<Encoding[]>([]);
  const abort = useRef<AbortController | null>(null);
  /** Counts runs, so that a late hashed list of an earlier run is not shown with a later one. */
  const runs = useRef(0);

  useEffect(() => setOptions(loadOptions()), []);
  useEffect(() => setEncodings(availableEncodings()), []);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...options, optOutColumns: null }));
  }, [options]);

  // Inspect the lead list whenever it or an override changes.
  useEffect(() => {
    if (!leads) return;
    const controller = new AbortController();
    setError(null);
    setResult(null);
    runInWorker({ type: 'inspect', leads, overrides }, () => {}, controller.signal)
      .then((message) => {
        if (message.type === 'inspected') {
          setInspection(message.inspection);
          setOptOut(message.inspection.optOutColumns);
        } else if (message.type === 'failed') {
          setInspection(null);
          setError(message.message);
        }
      })
      .catch(() => {});
    return () => controller.abort();
  }, [leads, overrides]);

  function chooseLeads(file: File | null) {
    setOverrides({});
    setInspection(null);
    setLeads(file);
  }

  function onDrop(event: DragEvent<HTMLElement>, target: 'leads' | 'suppression' | 'any') {
    event.preventDefault();
    event.stopPropagation();
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    if (target === 'suppression') return setSuppressions((s) => [...s, ...files]);
    chooseLeads(files[0]!);
    if (files.length > 1) setSuppressions((s) => [...s, ...files.slice(1)]);
  }

  async function clean() {
    if (!leads) return;
    const controller = new AbortController();
    abort.current = controller;
    const run = ++runs.current;
    setRunning(true);
    setError(null);
    setResult(null);
    setCopied(false);
    setProgress({ phase: 'Starting', percent: 0, amount: '' });
    try {
      const message = await runInWorker(
        {
          type: 'clean',
          leads,
          suppressions,
          overrides: { ...overrides, emailColumn: overrides.emailColumn ?? inspection?.emailColumn ?? undefined },
          options: { ...options, optOutColumns: optOut },
          countries,
        },
        (m) => {
          if (m.type === 'hashed') {
            const hashed = m.hashed;
            setResult((r) => (r && runs.current === run ? { ...r, hashed } : r));
            return;
          }
          if (m.type !== 'progress') return;
          const label = m.phase === 'suppression' ? 'Reading suppression lists' : m.phase === 'scan' ? 'Finding opt-outs' : 'Cleaning';
          setProgress({ phase: label, percent: m.total > 0 ? Math.min(100, Math.round((100 * m.bytes) / m.total)) : 100, amount: `${megabytes(m.bytes)} of ${megabytes(m.total)} MB` });
        },
        controller.signal,
      );
      if (message.type === 'done') setResult({ ...message, hashed: null });
      else if (message.type === 'failed') setError(message.message);
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') setError('Cancelled. Nothing was written; you can start again.');
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
      setProgress(null);
      abort.current = null;
    }
  }

  function clearSaved() {
    localStorage.removeItem(STORAGE_KEY);
    setOptions(cleanOptionsSchema.parse({}));
  }

  const setRemove = (key: keyof CleanOptions['remove'], value: boolean) => setOptions((o) => ({ ...o, remove: { ...o.remove, [key]: value } }));
  const header = inspection?.header ?? [];
  const columnName = (i: number) => header[i] || `Column ${i + 1}`;
  const name = leads ? baseName(leads.name) : 'list';
  const summary = result?.summary;

  return (
    <div className="list-cleaner tool not-content" onDragOver={(e) => e.preventDefault()} onDrop={(e) => onDrop(e, 'any')}>
      <fieldset className="lc-files" onDrop={(e) => onDrop(e, 'leads')}>
        <legend>Files</legend>
        <div className="lc-field">
          <label htmlFor="lc-leads">Lead list</label>
          <input id="lc-leads" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" onChange={(e) => chooseLeads(e.target.files?.[0] ?? null)} />
          <p className="lc-hint">CSV or TSV from Excel, Google Sheets, HubSpot, Pipedrive, Apollo, lemlist… You can also drop files here.</p>
        </div>
        <div className="lc-field" onDrop={(e) => onDrop(e, 'suppression')}>
          <label htmlFor="lc-suppress">Suppression list</label>
          <input id="lc-suppress" type="file" multiple accept=".csv,.tsv,.txt,text/csv,text/plain" onChange={(e) => setSuppressions([...(e.target.files ?? [])])} />
          <p className="lc-hint">Any layout: email addresses, domains (acme.com, @acme.com, *.acme.com), MD5 or SHA-256 hashes of addresses.</p>
          {suppressions.length > 0 && (
            <ul className="lc-file-list">
              {suppressions.map((f, i) => (
                <li key={`${f.name}-${i}`}>
                  {f.name} ({numberFormat.format(f.size)} bytes){' '}
                  <button type="button" onClick={() => setSuppressions((s) => s.filter((_, j) => j !== i))}>
                    Remove {f.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </fieldset>

      {inspection && (
        <fieldset className="lc-detected">
          <legend>What was detected</legend>
          <div className="lc-grid">
            <label>
              Encoding
              <select value={inspection.encoding} onChange={(e) => setOverrides((o) => ({ ...o, encoding: e.target.value as Encoding }))}>
                {(encodings.includes(inspection.encoding) ? encodings : [inspection.encoding, ...encodings]).map((enc) => (
                  <option key={enc} value={enc}>
                    {enc}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Delimiter
              <select value={inspection.delimiter} onChange={(e) => setOverrides((o) => ({ ...o, delimiter: e.target.value }))}>
                {Object.entries(DELIMITER_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Header row
              <input type="number" min={1} value={inspection.headerRow + 1} onChange={(e) => setOverrides((o) => ({ ...o, headerRow: Math.max(0, Number(e.target.value) - 1) }))} />
            </label>
            <label>
              Email column
              <select
                value={inspection.emailColumn ?? ''}
                onChange={(e) => setOverrides((o) => ({ ...o, emailColumn: e.target.value === '' ? undefined : Number(e.target.value) }))}
              >
                {inspection.emailColumn === null && <option value="">Choose the email column</option>}
                {header.map((_, i) => (
                  <option key={i} value={i}>
                    {columnName(i)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="lc-hint">
            {!inspection.encodingSure && `The encoding (${inspection.encoding}) was guessed from the letters of the first rows: if names look wrong, choose another. `}
            {inspection.emailColumnBy === 'content' && 'The email column was found by its content. '}
            {inspection.countryColumn !== null && `Country column: ${columnName(inspection.countryColumn)}. `}
            {inspection.emailColumn === null && 'No column looks like email addresses: choose it above.'}
          </p>
          {inspection.optOutColumns.length > 0 && (
            <div className="lc-optout">
              <p>Opt-out and bounce columns found in the list (rows marked there are removed, and so is every other row with the same address):</p>
              {inspection.optOutColumns.map((c) => (
                <label key={c} className="lc-check">
                  <input type="checkbox" checked={optOut.includes(c)} onChange={(e) => setOptOut((list) => (e.target.checked ? [...list, c] : list.filter((x) => x !== c)))} />
                  Honour column “{columnName(c)}”
                </label>
              ))}
            </div>
          )}
        </fieldset>
      )}

      <fieldset className="lc-options">
        <legend>Options</legend>
        <label className="lc-check">
          <input type="checkbox" checked={options.canonical} onChange={(e) => setOptions((o) => ({ ...o, canonical: e.target.checked }))} />
          Treat Gmail dots and +tags as one mailbox
        </label>
        <label className="lc-check">
          <input type="checkbox" checked={options.remove.disposable} onChange={(e) => setRemove('disposable', e.target.checked)} />
          Remove disposable addresses
        </label>
        <label className="lc-check">
          <input type="checkbox" checked={options.remove.role} onChange={(e) => setRemove('role', e.target.checked)} />
          Remove role addresses (info@, sales@, noreply@ …)
        </label>
        <label className="lc-check">
          <input type="checkbox" checked={options.remove.free} onChange={(e) => setRemove('free', e.target.checked)} />
          Remove free-mail addresses (gmail.com, yahoo.com …)
        </label>
        <label className="lc-check">
          <input type="checkbox" checked={options.remove.consentCountry} onChange={(e) => setRemove('consentCountry', e.target.checked)} />
          Remove addresses in countries where cold email needs consent
        </label>
        <label className="lc-check">
          <input type="checkbox" checked={options.protectFormulas} onChange={(e) => setOptions((o) => ({ ...o, protectFormulas: e.target.checked }))} />
          Protect against spreadsheet formulas
        </label>
        <label className="lc-check">
          <input type="checkbox" checked={options.bom} onChange={(e) => setOptions((o) => ({ ...o, bom: e.target.checked }))} />
          Start files with a UTF-8 byte order mark (helps Excel)
        </label>
        <label>
          Hash algorithm for the hashed list{' '}
          <select value={options.hash} onChange={(e) => setOptions((o) => ({ ...o, hash: e.target.value === 'md5' ? 'md5' : 'sha256' }))}>
            <option value="sha256">SHA-256</option>
            <option value="md5">MD5</option>
          </select>
        </label>
        <p className="lc-hint">
          Lists: {versions.disposable}, {versions.free}, {versions.role}.{' '}
          <button type="button" className="tool-link" onClick={clearSaved}>
            Clear saved data
          </button>
        </p>
      </fieldset>

      <div className="lc-actions">
        <button type="button" className="tool-primary" disabled={!leads || running || !inspection || inspection.emailColumn === null} onClick={clean}>
          Clean list
        </button>
        {running && (
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        )}
      </div>

      {progress && (
        <div className="lc-progress">
          <span id="lc-progress-label">{progress.phase}</span>
          <span className="lc-progress-amount">{progress.amount}</span>
          <div
            role="progressbar"
            aria-labelledby="lc-progress-label"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress.percent}
            aria-valuetext={`${progress.percent}%, ${progress.amount}`}
            className="lc-bar"
          >
            <div style={{ width: `${progress.percent}%` }} />
          </div>
        </div>
      )}

      {error && (
        <p role="alert" className="lc-error">
          {error}
        </p>
      )}

      <div role="status" className="lc-summary">
        {summary &&
          `${numberFormat.format(summary.input.rows)} rows: ${numberFormat.format(summary.kept)} kept, ${numberFormat.format(summary.input.rows - summary.kept)} removed (${REMOVAL_REASONS.filter((r) => summary.removed[r] > 0)
            .map((r) => `${numberFormat.format(summary.removed[r])} ${REASON_LABELS[r].toLowerCase()}`)
            .join(', ') || 'none'}).`}
      </div>

      {result && summary && (
        <section className="lc-results" aria-label="Results">
          {summary.notes.length > 0 && (
            <ul className="lc-notes" aria-label="Notes">
              {summary.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <div className="lc-actions">
            <button type="button" onClick={() => downloadBlob(result.cleaned, `${name}.cleaned.csv`)}>
              Download cleaned list
            </button>
            <button type="button" onClick={() => downloadBlob(result.report, `${name}.removed.csv`)}>
              Download removal report
            </button>
            <button
              type="button"
              disabled={!result.hashed || result.hashed.size === 0}
              aria-busy={!result.hashed}
              onClick={() => result.hashed && downloadBlob(result.hashed, `suppression.${options.hash}.txt`)}
            >
              Download hashed suppression list
            </button>
            <button
              type="button"
              onClick={() => {
                navigator.clipboard?.writeText(JSON.stringify(summary)).then(
                  () => setCopied(true),
                  () => setCopied(false),
                );
              }}
            >
              Copy summary as JSON
            </button>
            {copied && <span className="lc-hint">Copied.</span>}
          </div>
          <p className="lc-hint">
            The hashed list holds one {options.hash === 'md5' ? 'MD5' : 'SHA-256'} hash per suppression address ({numberFormat.format(summary.suppression.emails)}), to share with a partner
            without sharing the addresses. Hashes are pseudonymous, not anonymous: they are still personal data.
          </p>
          <table className="lc-counts">
            <caption>Counts</caption>
            <tbody>
              <tr>
                <th scope="row">Kept</th>
                <td>{numberFormat.format(summary.kept)}</td>
              </tr>
              {REMOVAL_REASONS.map((r) => (
                <tr key={r}>
                  <th scope="row">Removed: {REASON_LABELS[r]}</th>
                  <td>{numberFormat.format(summary.removed[r])}</td>
                </tr>
              ))}
              {(['disposable', 'role', 'free', 'consentCountry'] as const).map((f) => (
                <tr key={f}>
                  <th scope="row">Kept but flagged: {REASON_LABELS[f]}</th>
                  <td>{numberFormat.format(summary.flagged[f])}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Cells that start like a formula (in kept rows)</th>
                <td>{numberFormat.format(summary.flagged.formula)}</td>
              </tr>
              <tr>
                <th scope="row">Suppression entries</th>
                <td>
                  {summary.suppression.emails} emails, {summary.suppression.domains} domains, {summary.suppression.hashes} hashes, {summary.suppression.ignored} ignored cells
                </td>
              </tr>
            </tbody>
          </table>
          {REMOVAL_REASONS.filter((r) => result.preview.some((p) => p.reason === r)).map((r) => (
            <table key={r} className="lc-preview">
              <caption>
                First rows removed: {REASON_LABELS[r]}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Email</th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {result.preview
                  .filter((p) => p.reason === r)
                  .map((p) => (
                    <tr key={p.row}>
                      <td>{p.row}</td>
                      <td>{p.email}</td>
                      <td>{p.detail}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ))}
        </section>
      )}
    </div>
  );
}

/** Megabytes for the progress line: one decimal under 10 MB, whole numbers above (`0.3`, `152`). */
function megabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return mb < 10 ? mb.toFixed(1) : String(Math.round(mb));
}
