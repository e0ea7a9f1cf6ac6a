import { useState } from 'react';
import { REMOVAL_REASONS, type CleanOptions, type CleanSummary, type OptionalClass } from '../../lib/clean/options';
import { rowDetail } from '../../lib/clean/row-detail';
import type { FlaggedRow, PreviewRow } from '../../lib/clean/run';
import type { Messages } from '../../lib/i18n/en';
import { summaryJson } from '../../lib/i18n/engine-messages';
import { format, formatNumber, plural } from '../../lib/i18n/format';
import { flagChoices, removedCount } from '../../lib/list-cleaner/ui';
import Alert from '../shared/Alert';
import { downloadBlob } from '../shared/download';
import GlossaryLink from '../shared/GlossaryLink';
import { Ltr } from '../shared/Ltr';
import { rich } from '../shared/rich-text';
import EngineSays from './EngineSays';
import ReasonChart from './ReasonChart';
import RowsTable from './RowsTable';

export interface Result {
  summary: CleanSummary;
  preview: PreviewRow[];
  kept: string[][];
  flagged: FlaggedRow[];
  header: string[];
  emailColumn: number | null;
  cleaned: Blob;
  report: Blob;
  /** Null until the worker has hashed the suppression list, a moment after the results. */
  hashed: Blob | null;
  /** The options of the run that made these results (the downloads follow them). */
  options: CleanOptions;
}

interface Props {
  result: Result;
  /** The downloads' base name (`leads` for leads.csv). */
  name: string;
  busy: boolean;
  messages: Messages['cleaner'];
  common: Messages['common'];
  locale: string;
  /** Country names in the page's language, by ISO code (for the consent-country details). */
  countryNames: Record<string, string>;
  /** Removes (or keeps) a flagged class: the list is cleaned again with that choice. */
  onRemoveFlag: (flag: OptionalClass, remove: boolean) => void;
}

/** What a run found: the summary, the chart, the downloads, the kept rows, the flagged rows and the removed ones. */
export default function Results({ result, name, busy, messages, common, locale, countryNames, onRemoveFlag }: Props) {
  const m = messages.results;
  const { summary, header, options } = result;
  const [copied, setCopied] = useState(false);
  const n = (value: number) => formatNumber(value, locale);
  const columnName = (i: number) => header[i] || format(messages.detected.column, { number: i + 1 }, locale);
  const rows = (count: number) => plural(m.rows, count, {}, locale);
  const removed = removedCount(summary);
  return (
    <section className="lc-results" aria-label={m.label} aria-busy={busy}>
      {summary.notes.length > 0 && (
        <Alert kind="warning">
          <ul className="lc-notes" aria-label={m.notes}>
            {summary.notes.map((note, i) => (
              <li key={i}>
                <EngineSays message={note} texts={messages.engine} locale={locale} />
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="lc-downloads">
        <h3>{m.downloads.title}</h3>
        <div className="tool-actions">
          <button type="button" className="tool-primary" onClick={() => downloadBlob(result.cleaned, `${name}.cleaned.csv`)}>
            {m.downloads.cleaned}
          </button>
          <button type="button" onClick={() => downloadBlob(result.report, `${name}.removed.csv`)}>
            {m.downloads.report}
          </button>
          <button
            type="button"
            disabled={!result.hashed || result.hashed.size === 0}
            aria-busy={!result.hashed}
            onClick={() => result.hashed && downloadBlob(result.hashed, `suppression.${options.hash}.txt`)}
          >
            {m.downloads.hashed}
          </button>
          <button
            type="button"
            className="tool-link"
            onClick={() => {
              navigator.clipboard?.writeText(JSON.stringify(summaryJson(summary, messages.engine, locale))).then(
                () => setCopied(true),
                () => setCopied(false),
              );
            }}
          >
            {m.downloads.copyJson}
          </button>
          {copied && (
            <span className="tool-hint" role="status">
              {common.copied}
            </span>
          )}
        </div>
        {summary.suppression.emails > 0 && (
          <p className="tool-hint">
            {rich(format(m.downloads.hashedNote, { algorithm: options.hash === 'md5' ? 'MD5' : 'SHA-256', emails: plural(m.counts.emails, summary.suppression.emails, {}, locale) }, locale), {
              hashedList: <GlossaryLink entry="hashed-suppression-list">{messages.terms.hashedList}</GlossaryLink>,
            })}
          </p>
        )}
      </div>

      <ReasonChart summary={summary} messages={m} locale={locale} />

      <RowsTable
        caption={m.kept.title}
        lead={[]}
        header={header}
        emailColumn={result.emailColumn}
        columnName={columnName}
        rows={result.kept.map((cells, i) => ({ key: i, lead: [], cells }))}
      />
      <p className="tool-hint">
        {summary.kept === 0
          ? m.kept.none
          : result.kept.length < summary.kept
            ? plural(m.kept.firstOf, summary.kept, { shown: result.kept.length }, locale)
            : plural(m.kept.all, summary.kept, {}, locale)}
      </p>

      <Flagged key={runKey(result)} result={result} busy={busy} messages={messages} locale={locale} columnName={columnName} onRemoveFlag={onRemoveFlag} />

      {removed > 0 && (
        <div className="lc-removed">
          <h3>{m.removed.title}</h3>
          {REMOVAL_REASONS.filter((r) => result.preview.some((p) => p.reason === r)).map((r) => (
            <RowsTable
              key={r}
              caption={plural(m.removed.firstOf, summary.removed[r], { reason: m.reasons[r] }, locale)}
              lead={[m.removed.row, m.removed.detail]}
              header={header}
              emailColumn={result.emailColumn}
              columnName={columnName}
              rows={result.preview
                .filter((p) => p.reason === r)
                .map((p) => ({ key: p.row, lead: [n(p.row), <Detail key="d" row={p} messages={m.details} locale={locale} countryNames={countryNames} />], cells: p.cells }))}
            />
          ))}
        </div>
      )}

      <details className="lc-all-counts">
        <summary>{m.counts.title}</summary>
        <table className="lc-counts">
          <tbody>
            <tr>
              <th scope="row">{m.kept.title}</th>
              <td>{rows(summary.kept)}</td>
            </tr>
            {REMOVAL_REASONS.map((r) => (
              <tr key={r}>
                <th scope="row">{m.reasons[r]}</th>
                <td>{rows(summary.removed[r])}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{m.counts.suppression}</th>
              <td>
                {format(m.counts.suppressionValue, {
                  emails: plural(m.counts.emails, summary.suppression.emails, {}, locale),
                  domains: plural(m.counts.domains, summary.suppression.domains, {}, locale),
                  hashes: plural(m.counts.hashes, summary.suppression.hashes, {}, locale),
                  ignored: plural(m.counts.ignored, summary.suppression.ignored, {}, locale),
                })}
              </td>
            </tr>
          </tbody>
        </table>
      </details>
    </section>
  );
}

/** A removed row's detail in the page's language: the address, domain or cell it names left to right. */
function Detail({ row, messages, locale, countryNames }: { row: PreviewRow; messages: Messages['cleaner']['results']['details']; locale: string; countryNames: Record<string, string> }) {
  const detail = rowDetail(row.reason, row.detail);
  if (detail.code === 'text') return <Ltr>{detail.value}</Ltr>;
  const { code, ...values } = detail;
  const country = 'country' in values ? (countryNames[values.country] ?? values.country) : undefined;
  const text = format(messages[code], { ...('row' in values ? { row: formatNumber(values.row, locale) } : {}), ...(country ? { country } : {}) }, locale);
  return <>{rich(text, 'value' in values ? { value: <Ltr>{values.value}</Ltr> } : {})}</>;
}

/** A key that changes with each run's results, so a choice made during a run is forgotten after it. */
const runKeys = new WeakMap<Result['summary'], number>();
let nextKey = 0;
function runKey(result: Result): number {
  if (!runKeys.has(result.summary)) runKeys.set(result.summary, nextKey++);
  return runKeys.get(result.summary)!;
}

interface FlaggedProps {
  result: Result;
  busy: boolean;
  messages: Messages['cleaner'];
  locale: string;
  columnName: (index: number) => string;
  onRemoveFlag: (flag: OptionalClass, remove: boolean) => void;
}

/** Kept rows in an optional class or with a formula-like cell, with the choice to remove each class before download. */
function Flagged({ result, busy, messages, locale, columnName, onRemoveFlag }: FlaggedProps) {
  const m = messages.results;
  const options = result.options;
  /** The box just ticked or unticked, shown so while the list is cleaned again with it. */
  const [pending, setPending] = useState<{ flag: OptionalClass; remove: boolean } | null>(null);
  const choices = flagChoices(result.summary, options.remove);
  const formulas = result.summary.flagged.formula;
  if (choices.length === 0 && formulas === 0) return null;
  const why = (flags: FlaggedRow['flags']) => new Intl.ListFormat(locale, { type: 'unit' }).format(flags.map((f) => m.reasons[f]));
  const shown = result.flagged.filter((row) => row.flags.some((f) => f === 'formula' || !options.remove[f]));
  return (
    <div className="lc-flagged">
      <h3>{m.flagged.title}</h3>
      <p className="tool-hint">{m.flagged.intro}</p>
      <ul className="lc-flag-choices">
        {choices.map(({ flag, removed, count }) => (
          <li key={flag}>
            <label className="lc-check">
              <input
                type="checkbox"
                name={`remove-flagged-${flag}`}
                checked={pending?.flag === flag ? pending.remove : removed}
                disabled={busy}
                onChange={(e) => {
                  setPending({ flag, remove: e.target.checked });
                  onRemoveFlag(flag, e.target.checked);
                }}
              />
              {removed
                ? plural(m.flagged.removedClass, count, { reason: m.reasons[flag] }, locale)
                : plural(m.flagged.keptClass, count, { reason: m.reasons[flag] }, locale)}
            </label>
          </li>
        ))}
        {formulas > 0 && (
          <li>
            {plural(m.flagged.count, formulas, { reason: m.reasons.formula }, locale)}
            <span className="tool-hint">{m.flagged.formulaNote}</span>
          </li>
        )}
      </ul>
      {busy && <Alert kind="info" live>{m.flagged.rerunning}</Alert>}
      {shown.length > 0 && (
        <RowsTable
          caption={m.flagged.title}
          lead={[m.removed.row, m.flagged.reasonColumn]}
          header={result.header}
          emailColumn={result.emailColumn}
          columnName={columnName}
          rows={shown.map((row) => ({ key: row.row, lead: [formatNumber(row.row, locale), why(row.flags)], cells: row.cells }))}
        />
      )}
    </div>
  );
}
