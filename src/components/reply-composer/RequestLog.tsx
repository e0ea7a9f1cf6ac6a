import { useId, useState } from 'react';
import { formatDate, parseIsoDate, toIsoDate, type CalendarDate } from '../../lib/replies/deadline';
import { KIND_INFO } from '../../lib/replies/kinds';
import {
  CLOCK_STOP_LABELS,
  CLOCK_STOP_REASONS,
  REQUEST_STATUSES,
  STATUS_LABELS,
  clockRuleOf,
  effectiveDue,
  openClockStop,
  restartClock,
  stopClock,
  logToCsv,
  logToJson,
  mergeLog,
  parseLogJson,
  sortLog,
  urgencyOf,
  type LogEntry,
  type RequestStatus,
} from '../../lib/replies/log';
import { downloadText } from '../shared/download';

interface Props {
  entries: LogEntry[];
  onChange(entries: LogEntry[]): void;
  onClear(): void;
  today: CalendarDate;
  /** Locale the dates are written in: the interface's language, not the letter's. */
  locale: string;
  /** A problem reading the saved log, if any. */
  problem: string | null;
}

const URGENCY_LABELS = { overdue: 'Overdue', dueThisWeek: 'Due this week', later: '', paused: 'Clock stopped', answered: '' } as const;

/** The request log: the table in working order, status changes, export, import and clear. */
export default function RequestLog({ entries, onChange, onClear, today, locale, problem }: Props) {
  const id = useId();
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const date = (iso: string) => {
    const d = parseIsoDate(iso);
    return d ? formatDate(d, locale) : iso;
  };

  function setStatus(entry: LogEntry, status: RequestStatus) {
    const answered = status === 'answered' ? entry.answered || toIsoDate(today) : '';
    onChange(entries.map((e) => (e.id === entry.id ? { ...e, status, answered } : e)));
  }

  async function importLog(file: File | undefined) {
    if (!file) return;
    const parsed = parseLogJson(await file.text());
    if (!parsed.ok) return setMessage({ kind: 'error', text: parsed.message });
    const known = new Set(entries.map((e) => e.id));
    const added = parsed.entries.filter((e) => !known.has(e.id)).length;
    onChange(mergeLog(entries, parsed.entries));
    setMessage({ kind: 'info', text: `Imported ${parsed.entries.length} request${parsed.entries.length === 1 ? '' : 's'} from ${file.name} (${added} new).` });
  }

  const sorted = sortLog(entries, today);

  return (
    <section className="rc-log" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Request log</h2>
      <p className="rc-hint">
        Your record of rights requests and what you did (GDPR Art. 5(2)). Saved in this browser only; overdue requests and those due within seven days come first.
      </p>
      {problem && (
        <p role="alert" className="rc-error">
          {problem}
        </p>
      )}
      {sorted.length === 0 ? (
        <p>No requests logged yet. Use “Add to log” above.</p>
      ) : (
        <div className="rc-table-wrap">
          <table className="rc-table">
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">Requester</th>
                <th scope="col">Requests</th>
                <th scope="col">Due</th>
                <th scope="col" id={`${id}-status`}>
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((e) => {
                const urgency = urgencyOf(e, today);
                const who = e.requester || 'Unnamed requester';
                return (
                  <tr key={e.id} data-urgency={urgency}>
                    <td>{date(e.received)}</td>
                    <th scope="row" id={`${id}-${e.id}`}>
                      {who}
                    </th>
                    <td>{e.kinds.map((k) => KIND_INFO[k].title).join('; ')}</td>
                    <td>
                      {date(effectiveDue(e))}
                      {URGENCY_LABELS[urgency] && <span className={`rc-badge rc-${urgency}`}>{URGENCY_LABELS[urgency]}</span>}
                      {e.acknowledgeBy && e.status !== 'answered' && <span className="rc-ack">Acknowledge the complaint by {date(e.acknowledgeBy)}</span>}
                      {e.status !== 'answered' && <ClockControls entry={e} who={who} today={today} date={date} onChange={(next) => onChange(entries.map((x) => (x.id === e.id ? next : x)))} />}
                    </td>
                    <td>
                      <div className="rc-status">
                      <select aria-labelledby={`${id}-status ${id}-${e.id}`} value={e.status} onChange={(ev) => setStatus(e, ev.target.value as RequestStatus)}>
                        {REQUEST_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {STATUS_LABELS[s]}
                          </option>
                        ))}
                      </select>
                      <button type="button" className="tool-link" aria-label={`Remove the request from ${who}`} onClick={() => onChange(entries.filter((x) => x.id !== e.id))}>
                        Remove
                      </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="rc-actions">
        <button type="button" disabled={entries.length === 0} onClick={() => downloadText(logToCsv(sortLog(entries, today)), 'request-log.csv', 'text/csv;charset=utf-8')}>
          Export log as CSV
        </button>
        <button type="button" disabled={entries.length === 0} onClick={() => downloadText(logToJson(entries), 'request-log.json', 'application/json')}>
          Export log as JSON
        </button>
        <label className="tool-file rc-file">
          Import log
          <input type="file" accept="application/json,.json" onChange={(ev) => void importLog(ev.target.files?.[0]).finally(() => (ev.target.value = ''))} />
        </label>
        <button
          type="button"
          disabled={entries.length === 0}
          onClick={() => {
            onClear();
            setMessage({ kind: 'info', text: 'The request log was deleted from this browser.' });
          }}
        >
          Clear log
        </button>
      </div>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'rc-error' : 'rc-note'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

interface ClockProps {
  entry: LogEntry;
  who: string;
  today: CalendarDate;
  date(iso: string): string;
  onChange(entry: LogEntry): void;
}

/**
 * Stop the clock while waiting for the requester (identity details, or a clarification), and
 * start it again when the answer comes; the entry's dates move by the log's rule (EDPB for EU
 * requesters, UK GDPR Art. 12A for UK ones).
 */
function ClockControls({ entry, who, today, date, onChange }: ClockProps) {
  const id = useId();
  const open = openClockStop(entry);
  const [reason, setReason] = useState<(typeof CLOCK_STOP_REASONS)[number]>('identity');
  const [day, setDay] = useState(toIsoDate(today));
  const rule = clockRuleOf(entry.country, parseIsoDate(entry.received)!) === 'uk' ? 'UK GDPR Art. 12A' : 'EDPB Guidelines 01/2022';
  const chosen = parseIsoDate(day);
  return (
    <details className="rc-clock">
      <summary>{open ? `Waiting since ${date(open.asked)} for ${CLOCK_STOP_LABELS[open.reason]}` : 'Stop the clock'}</summary>
      <div className="rc-clock-body">
        {!open && (
          <label>
            Waiting for{' '}
            <select value={reason} onChange={(ev) => setReason(ev.target.value as typeof reason)} aria-label={`What you asked ${who} for`}>
              {CLOCK_STOP_REASONS.map((r) => (
                <option key={r} value={r}>
                  {CLOCK_STOP_LABELS[r]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {open ? 'Answer received on' : 'Asked on'}{' '}
          <input type="date" id={`${id}-day`} value={day} onChange={(ev) => setDay(ev.target.value)} />
        </label>
        <button type="button" disabled={!chosen} onClick={() => chosen && onChange(open ? restartClock(entry, chosen) : stopClock(entry, reason, chosen))}>
          {open ? 'Start the clock again' : 'Stop the clock'}
        </button>
        <span className="rc-hint">
          {open ? 'The due date moves by the days waited' : 'Ask without undue delay; the due date moves when the answer comes'} ({rule}).
        </span>
      </div>
    </details>
  );
}
