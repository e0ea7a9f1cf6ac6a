import { z } from 'zod';
import { formatCsvRow, UTF8_BOM } from '../csv/write.ts';
import { formatPath } from '../schema/format-issues.ts';
import {
  addDays,
  complaintAcknowledgementDue,
  daysBetween,
  deadlinesFor,
  parseIsoDate,
  toIsoDate,
  UK_CLOCK_STOP_FROM,
  type CalendarDate,
  type ClockRule,
  type ClockStop,
} from './deadline.ts';
import { KIND_INFO, REQUEST_KINDS, type RequestKind } from './kinds.ts';
import { LANGUAGE_CODES, type LanguageCode } from './languages.ts';

/**
 * The request log: the accountability record of rights requests (GDPR Art. 5(2)). Kept in
 * `localStorage` under {@link LOG_STORAGE_KEY} as the JSON of a {@link LogFile}, which is also
 * exactly what "Export log as JSON" downloads and "Import log" reads.
 */
export const LOG_STORAGE_KEY = 'coldkit:reply-composer:log:v1';

/** Where a request stands. `extended`: the requester was told of the two-month extension. */
export const REQUEST_STATUSES = ['open', 'extended', 'answered'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

const isoDate = z.string().refine((s) => parseIsoDate(s) !== null, { error: 'expected a date as YYYY-MM-DD' });

/** Why the clock stopped: waiting for identity information, or for a clarification of the request. */
export const CLOCK_STOP_REASONS = ['identity', 'clarification'] as const;

/** One clock-stop as logged: the date the controller asked, and the date the answer came ('' while waiting). */
export const clockStopSchema = z.strictObject({
  reason: z.enum(CLOCK_STOP_REASONS),
  /** When the controller asked the requester, `YYYY-MM-DD`. */
  asked: isoDate,
  /** When the requester's answer arrived, `YYYY-MM-DD`, or '' while waiting. */
  answered: z.union([isoDate, z.literal('')]).default(''),
});

/** A logged clock-stop. */
export type LoggedClockStop = z.output<typeof clockStopSchema>;

/** One logged request. */
export const logEntrySchema = z.strictObject({
  /** Unique id, stable across export and import (a later import of the same id replaces it). */
  id: z.string().min(1).max(100),
  /** Date the request was received, `YYYY-MM-DD`. */
  received: isoDate,
  /** Who asked: name or address, as short as will identify the request. */
  requester: z.string().trim().max(300).default(''),
  /** ISO code of the requester's country, or '' when unknown. */
  country: z
    .string()
    .regex(/^([A-Z]{2})?$/, 'expected a two-letter upper-case ISO country code such as "DE", or nothing')
    .default(''),
  /** What was asked. */
  kinds: z.array(z.enum(REQUEST_KINDS)).min(1, 'a request needs at least one kind'),
  /** Language of the reply. */
  language: z.enum(LANGUAGE_CODES),
  /** One month after receipt (Art. 12(3)), moved by the clock-stops. */
  due: isoDate,
  /** The latest date with a notified extension: two months after `due` (the earlier reading). */
  extendedDue: isoDate,
  /** Times the clock stopped while waiting for the requester (EDPB Guidelines 01/2022; UK GDPR Art. 12A). */
  clockStops: z.array(clockStopSchema).default([]),
  /**
   * For a complaint from a UK requester received from 19 June 2026: the last day to acknowledge
   * it (Data Protection Act 2018 s. 164A(3), 30 days), `YYYY-MM-DD`; otherwise ''.
   */
  acknowledgeBy: z.union([isoDate, z.literal('')]).default(''),
  status: z.enum(REQUEST_STATUSES).default('open'),
  /** Date answered, `YYYY-MM-DD`, or '' while open. */
  answered: z.union([isoDate, z.literal('')]).default(''),
  /** Free note: what was done, who handled it. */
  note: z.string().max(2000).default(''),
});

/** A logged request. */
export type LogEntry = z.output<typeof logEntrySchema>;

/** The log as stored, exported and imported. */
export const logFileSchema = z.strictObject({
  format: z.literal('coldkit-request-log'),
  version: z.literal(1),
  entries: z.array(logEntrySchema),
});

/** The stored and exported log. */
export type LogFile = z.output<typeof logFileSchema>;

/** What "Add to log" records. */
export interface NewLogEntry {
  id: string;
  received: CalendarDate;
  requester: string;
  country: string;
  kinds: readonly RequestKind[];
  language: LanguageCode;
}

/** Whose clock-stop rule applies: the UK's Art. 12A for UK requests received since it began, else the EDPB's. */
export function clockRuleOf(country: string, received: CalendarDate): ClockRule {
  return country === 'GB' && daysBetween(UK_CLOCK_STOP_FROM, received) >= 0 ? 'uk' : 'eu';
}

/** The clock-stops of an entry as calendar dates. */
function stopsOf(entry: Pick<LogEntry, 'clockStops'>): ClockStop[] {
  return entry.clockStops.map((s) => ({ reason: s.reason, asked: parseIsoDate(s.asked)!, answered: s.answered ? parseIsoDate(s.answered) : null }));
}

/** The entry's deadlines from its date received, country and clock-stops. */
export function entryDeadlines(entry: Pick<LogEntry, 'received' | 'country' | 'clockStops'>) {
  const received = parseIsoDate(entry.received)!;
  return deadlinesFor(received, stopsOf(entry), clockRuleOf(entry.country, received));
}

/** A new open log entry with its deadlines. */
export function createLogEntry(input: NewLogEntry): LogEntry {
  const kinds = REQUEST_KINDS.filter((k) => input.kinds.includes(k));
  const acknowledgeBy = input.country === 'GB' && kinds.includes('complaint') ? complaintAcknowledgementDue(input.received) : null;
  return withDeadlines(
    logEntrySchema.parse({
      id: input.id,
      received: toIsoDate(input.received),
      requester: input.requester,
      country: input.country,
      kinds,
      language: input.language,
      due: toIsoDate(input.received),
      extendedDue: toIsoDate(input.received),
      status: 'open',
      acknowledgeBy: acknowledgeBy ? toIsoDate(acknowledgeBy) : '',
    }),
  );
}

/** The entry with `due` and `extendedDue` computed from its date received and clock-stops. */
export function withDeadlines(entry: LogEntry): LogEntry {
  const { due, extended } = entryDeadlines(entry);
  return { ...entry, due: toIsoDate(due), extendedDue: toIsoDate(extended) };
}

/** The entry with a new clock-stop: the controller asked for `reason` on `asked`. */
export function stopClock(entry: LogEntry, reason: LoggedClockStop['reason'], asked: CalendarDate): LogEntry {
  return withDeadlines({ ...entry, clockStops: [...entry.clockStops, { reason, asked: toIsoDate(asked), answered: '' }] });
}

/** The entry with its open clock-stop closed: the answer arrived on `answered`. */
export function restartClock(entry: LogEntry, answered: CalendarDate): LogEntry {
  const clockStops = entry.clockStops.map((s) => (s.answered === '' ? { ...s, answered: toIsoDate(answered) } : s));
  return withDeadlines({ ...entry, clockStops });
}

/** The open clock-stop of an entry, if the controller is still waiting. */
export function openClockStop(entry: LogEntry): LoggedClockStop | null {
  return entry.clockStops.find((s) => s.answered === '') ?? null;
}

/** The date that counts: the extended one once the extension was notified. */
export function effectiveDue(entry: LogEntry): string {
  return entry.status === 'extended' ? entry.extendedDue : entry.due;
}

/** The first date something is owed: the reply, or earlier the acknowledgement of a UK complaint. */
export function nextDate(entry: LogEntry): string {
  const due = effectiveDue(entry);
  return entry.acknowledgeBy && entry.acknowledgeBy < due ? entry.acknowledgeBy : due;
}

/**
 * How urgent an entry is on `today`. "Due this week" means due within the next seven days;
 * "paused" means the clock is stopped while the controller waits for the requester.
 */
export type Urgency = 'overdue' | 'dueThisWeek' | 'later' | 'paused' | 'answered';

/** The urgency of an entry on `today`. */
export function urgencyOf(entry: LogEntry, today: CalendarDate): Urgency {
  if (entry.status === 'answered') return 'answered';
  if (openClockStop(entry)) return 'paused';
  const due = nextDate(entry);
  const todayIso = toIsoDate(today);
  if (due < todayIso) return 'overdue';
  if (due <= toIsoDate(addDays(today, 6))) return 'dueThisWeek';
  return 'later';
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, dueThisWeek: 1, later: 2, paused: 3, answered: 4 };

/**
 * The log in the order to work through it: overdue first, then due this week, then the rest
 * (open ones by due date, then answered ones, latest received first).
 */
export function sortLog(entries: readonly LogEntry[], today: CalendarDate): LogEntry[] {
  return [...entries].sort((a, b) => {
    const ua = urgencyOf(a, today);
    const ub = urgencyOf(b, today);
    if (ua !== ub) return URGENCY_ORDER[ua] - URGENCY_ORDER[ub];
    if (ua === 'answered') return b.received.localeCompare(a.received) || a.id.localeCompare(b.id);
    return nextDate(a).localeCompare(nextDate(b)) || a.received.localeCompare(b.received) || a.id.localeCompare(b.id);
  });
}

/** The log as the JSON that is stored and exported. */
export function logToJson(entries: readonly LogEntry[]): string {
  const file: LogFile = { format: 'coldkit-request-log', version: 1, entries: [...entries] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why a log could not be read: not JSON, not a request log (with the problems), or an id given twice. */
export type LogProblem = { reason: 'notJson' } | { reason: 'invalid'; detail: string } | { reason: 'duplicateId'; id: string };

/**
 * Reads a log from JSON (an import or the saved value); never throws. A failure carries the
 * problem as data, for the page to say in its language, and as an English sentence.
 */
export function parseLogJson(json: string): { ok: true; entries: LogEntry[] } | ({ ok: false; message: string } & LogProblem) {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'notJson', message: 'This file is not JSON. Choose a file made with "Export log as JSON".' };
  }
  const result = logFileSchema.safeParse(value);
  if (!result.success) {
    const detail = result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
    return { ok: false, reason: 'invalid', detail, message: `This request log is invalid: ${detail}` };
  }
  const ids = new Set<string>();
  for (const entry of result.data.entries) {
    if (ids.has(entry.id)) return { ok: false, reason: 'duplicateId', id: entry.id, message: `This request log is invalid: the id "${entry.id}" appears twice.` };
    ids.add(entry.id);
  }
  return { ok: true, entries: result.data.entries };
}

/** Adds imported entries to a log: an imported entry replaces the one with the same id. */
export function mergeLog(current: readonly LogEntry[], imported: readonly LogEntry[]): LogEntry[] {
  const byId = new Map(current.map((e) => [e.id, e]));
  for (const entry of imported) byId.set(entry.id, entry);
  return [...byId.values()];
}

/** The kinds' English titles, for the CSV's `requests` column. */
const ENGLISH_KIND_TITLES = Object.fromEntries(REQUEST_KINDS.map((k) => [k, KIND_INFO[k].title])) as Record<RequestKind, string>;

/** Columns of the CSV export. */
export const LOG_CSV_COLUMNS = ['received', 'requester', 'country', 'requests', 'kinds', 'language', 'due', 'extended_due', 'status', 'answered', 'note', 'id', 'acknowledge_by', 'clock_stops'] as const;

/**
 * The log as CSV for a spreadsheet: UTF-8 with a byte order mark, comma-separated, CRLF, one row
 * per entry in the given order. Cells that a spreadsheet would run as a formula get a leading `'`
 * (a requester name such as `=HYPERLINK(…)` stays text). The `requests` column names the kinds in
 * `kindTitles`, the catalog's `replies.kinds` of the user's language (English by default).
 */
export function logToCsv(entries: readonly LogEntry[], kindTitles: Record<RequestKind, string> = ENGLISH_KIND_TITLES): string {
  const rows = [formatCsvRow(LOG_CSV_COLUMNS, ',')];
  for (const e of entries) {
    const cells = [
      e.received,
      e.requester,
      e.country,
      e.kinds.map((k) => kindTitles[k]).join('; '),
      e.kinds.join(' '),
      e.language,
      e.due,
      e.extendedDue,
      e.status,
      e.answered,
      e.note,
      e.id,
      e.acknowledgeBy,
      e.clockStops.map((c) => `${c.reason} ${c.asked}–${c.answered || 'waiting'}`).join('; '),
    ];
    rows.push(formatCsvRow(cells, ',', { protectFormulas: true }));
  }
  return UTF8_BOM + rows.join('');
}
