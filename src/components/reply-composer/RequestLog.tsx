import { useId, useState } from 'react';
import type { Messages } from '../../lib/i18n/en';
import { format, plural } from '../../lib/i18n/format';
import { formatDate, parseIsoDate, toIsoDate, type CalendarDate } from '../../lib/replies/deadline';
import {
  CLOCK_STOP_REASONS,
  REQUEST_STATUSES,
  clockRuleOf,
  effectiveDue,
  logToCsv,
  logToJson,
  mergeLog,
  openClockStop,
  parseLogJson,
  restartClock,
  sortLog,
  stopClock,
  urgencyOf,
  type LogEntry,
  type LogProblem,
  type RequestStatus,
} from '../../lib/replies/log';
import Alert from '../shared/Alert';
import ConfirmButton from '../shared/ConfirmButton';
import { downloadText } from '../shared/download';
import FileDrop from '../shared/FileDrop';
import GlossaryLink from '../shared/GlossaryLink';
import { rich } from './rich';

type M = Messages['replies'];

interface Props {
  entries: LogEntry[];
  onChange(entries: LogEntry[]): void;
  onClear(): void;
  today: CalendarDate;
  /** Locale the dates are written in: the interface's language, not the letter's. */
  locale: string;
  /** A problem reading the saved log, if any. */
  problem: LogProblem | null;
  m: M;
  common: Messages['common'];
}

/** A problem reading a log, in the interface's language. */
export function logProblemText(problem: LogProblem, m: M['log']['problems']): string {
  switch (problem.reason) {
    case 'notJson':
      return m.notJson;
    case 'invalid':
      return format(m.invalid, { detail: problem.detail });
    case 'duplicateId':
      return format(m.duplicateId, { id: problem.id });
  }
}

/** The request log: the table in working order, status changes, export (CSV, JSON, calendar), import and clear. */
export default function RequestLog({ entries, onChange, onClear, today, locale, problem, m, common }: Props) {
  const id = useId();
  const t = m.log;
  const [message, setMessage] = useState<{ kind: 'error' | 'info' | 'success'; text: string } | null>(null);
  const date = (iso: string) => {
    const d = parseIsoDate(iso);
    return d ? formatDate(d, locale) : iso;
  };
  const open = entries.filter((e) => e.status !== 'answered');

  function setStatus(entry: LogEntry, status: RequestStatus) {
    const answered = status === 'answered' ? entry.answered || toIsoDate(today) : '';
    onChange(entries.map((e) => (e.id === entry.id ? { ...e, status, answered } : e)));
  }

  async function importLog(file: File | undefined) {
    // No file chosen (the dialog was cancelled): nothing happened, nothing to say.
    if (!file) return;
    const parsed = parseLogJson(await file.text());
    if (!parsed.ok) return setMessage({ kind: 'error', text: logProblemText(parsed, t.problems) });
    const known = new Set(entries.map((e) => e.id));
    const added = parsed.entries.filter((e) => !known.has(e.id)).length;
    onChange(mergeLog(entries, parsed.entries));
    setMessage({ kind: 'success', text: plural(t.imported, parsed.entries.length, { file: file.name, added }, locale) });
  }

  async function exportCalendar() {
    // The calendar writer is loaded only when asked for: most visits never export.
    const { logToIcs } = await import('../../lib/replies/ics');
    const texts = { ...t.calendar, unnamed: t.unnamed, kinds: m.kinds };
    downloadText(logToIcs(sortLog(open, today), texts, { now: new Date(), locale }), 'request-deadlines.ics', 'text/calendar;charset=utf-8');
    setMessage({ kind: 'success', text: plural(t.exportedIcs, open.length, {}, locale) });
  }

  const sorted = sortLog(entries, today);

  return (
    <section className="rc-log" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.heading}</h2>
      <p className="tool-hint">{rich(t.intro, { controller: <GlossaryLink entry="controller">{m.terms.controller}</GlossaryLink> })}</p>
      {problem && <Alert kind="error">{format(t.unreadable, { problem: logProblemText(problem, t.problems) })}</Alert>}
      {sorted.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div className="rc-table-wrap">
          <table className="rc-table">
            <thead>
              <tr>
                <th scope="col">{t.columns.received}</th>
                <th scope="col">{t.columns.requester}</th>
                <th scope="col">{t.columns.requests}</th>
                <th scope="col">{t.columns.due}</th>
                <th scope="col" id={`${id}-status`}>
                  {t.columns.status}
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((e) => {
                const urgency = urgencyOf(e, today);
                const who = e.requester || t.unnamed;
                const badge = urgency === 'overdue' || urgency === 'dueThisWeek' || urgency === 'paused' ? t.urgency[urgency] : null;
                return (
                  <tr key={e.id} data-urgency={urgency}>
                    <td>{date(e.received)}</td>
                    <th scope="row" id={`${id}-${e.id}`}>
                      {who}
                    </th>
                    <td>{e.kinds.map((k) => m.kinds[k]).join('; ')}</td>
                    <td>
                      <span className="rc-due">
                        {date(effectiveDue(e))}
                        {badge && (
                          <span className="ck-badge" data-urgency={urgency}>
                            {badge}
                          </span>
                        )}
                      </span>
                      {e.acknowledgeBy && e.status !== 'answered' && <span className="rc-ack">{format(t.acknowledgeBy, { date: date(e.acknowledgeBy) })}</span>}
                      {e.status !== 'answered' && (
                        <ClockControls entry={e} who={who} today={today} date={date} m={t.clock} onChange={(next) => onChange(entries.map((x) => (x.id === e.id ? next : x)))} />
                      )}
                    </td>
                    <td>
                      <div className="rc-status">
                        <select aria-labelledby={`${id}-status ${id}-${e.id}`} value={e.status} onChange={(ev) => setStatus(e, ev.target.value as RequestStatus)}>
                          {REQUEST_STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {t.statuses[s]}
                            </option>
                          ))}
                        </select>
                        <ConfirmButton
                          label={t.remove}
                          ariaLabel={format(t.removeLabel, { who })}
                          question={format(t.removeQuestion, { who })}
                          confirmLabel={t.removeConfirm}
                          cancelLabel={common.keepIt}
                          className="tool-link"
                          onConfirm={() => onChange(entries.filter((x) => x.id !== e.id))}
                        />
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="tool-actions">
        <button type="button" disabled={open.length === 0} aria-describedby={`${id}-ics-hint`} onClick={() => void exportCalendar()}>
          {t.exportIcs}
        </button>
        <button type="button" disabled={entries.length === 0} onClick={() => downloadText(logToCsv(sortLog(entries, today), m.kinds), 'request-log.csv', 'text/csv;charset=utf-8')}>
          {t.exportCsv}
        </button>
        <button type="button" disabled={entries.length === 0} onClick={() => downloadText(logToJson(entries), 'request-log.json', 'application/json')}>
          {t.exportJson}
        </button>
        <ConfirmButton
          label={t.clear}
          question={plural(t.clearQuestion, entries.length, {}, locale)}
          confirmLabel={t.clearConfirm}
          cancelLabel={common.keepIt}
          disabled={entries.length === 0}
          onConfirm={() => {
            onClear();
            setMessage({ kind: 'info', text: t.cleared });
          }}
        />
      </div>
      <p id={`${id}-ics-hint`} className="tool-hint">
        {open.length === 0 ? t.noOpenRequest : t.exportIcsHint}
      </p>
      <div role="status">{message && message.kind !== 'error' && <Alert kind={message.kind}>{message.text}</Alert>}</div>
      <FileDrop
        label={t.importLog}
        name="log"
        accept="application/json,.json"
        hint={t.importHint}
        error={message?.kind === 'error' ? message.text : undefined}
        dropHints={common}
        onFiles={(files) => void importLog(files[0])}
      />
    </section>
  );
}

interface ClockProps {
  entry: LogEntry;
  who: string;
  today: CalendarDate;
  date(iso: string): string;
  m: M['log']['clock'];
  onChange(entry: LogEntry): void;
}

/**
 * Stop the clock while waiting for the requester (identity details, or a clarification), and
 * start it again when the answer comes; the entry's dates move by the log's rule (EDPB for EU
 * requesters, UK GDPR Art. 12A for UK ones).
 */
function ClockControls({ entry, who, today, date, m, onChange }: ClockProps) {
  const id = useId();
  const open = openClockStop(entry);
  const [reason, setReason] = useState<(typeof CLOCK_STOP_REASONS)[number]>('identity');
  const [day, setDay] = useState(toIsoDate(today));
  const rule = m.rules[clockRuleOf(entry.country, parseIsoDate(entry.received)!)];
  const chosen = parseIsoDate(day);
  return (
    <details className="rc-clock">
      <summary>{open ? format(m.waitingSince[open.reason], { date: date(open.asked) }) : m.stop}</summary>
      <div className="rc-clock-body">
        {!open && (
          <label>
            {m.waitingFor}{' '}
            <select value={reason} onChange={(ev) => setReason(ev.target.value as typeof reason)} aria-label={format(m.whatAsked, { who })}>
              {CLOCK_STOP_REASONS.map((r) => (
                <option key={r} value={r}>
                  {m.reasons[r]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {open ? m.answeredOn : m.askedOn} <input type="date" id={`${id}-day`} value={day} onChange={(ev) => setDay(ev.target.value)} />
        </label>
        <button type="button" disabled={!chosen} onClick={() => chosen && onChange(open ? restartClock(entry, chosen) : stopClock(entry, reason, chosen))}>
          {open ? m.restart : m.stop}
        </button>
        <span className="tool-hint">{format(open ? m.hintWaiting : m.hintAsk, { rule })}</span>
      </div>
    </details>
  );
}
