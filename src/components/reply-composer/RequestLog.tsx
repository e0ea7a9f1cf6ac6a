import { useId, useState } from 'react';
import { formatDate, parseIsoDate, toIsoDate, type CalendarDate } from '../../lib/replies/deadline';
import { KIND_INFO } from '../../lib/replies/kinds';
import {
  REQUEST_STATUSES,
  STATUS_LABELS,
  effectiveDue,
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
  /** Locale the dates are written in (the reply language's). */
  locale: string;
  /** A problem reading the saved log, if any. */
  problem: string | null;
}

const URGENCY_LABELS = { overdue: 'Overdue', dueThisWeek: 'Due this week', later: '', answered: '' } as const;

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
