import { format } from '../i18n/format.ts';
import { addDays, formatDate, parseIsoDate, type CalendarDate } from './deadline.ts';
import type { RequestKind } from './kinds.ts';
import { effectiveDue, openClockStop, type LogEntry } from './log.ts';

/**
 * The request log's deadlines as an iCalendar file (RFC 5545), for any calendar application:
 * https://www.rfc-editor.org/rfc/rfc5545
 *
 * - Lines end in CRLF (§3.1) and are folded to at most 75 octets, continuation lines starting
 *   with one space, never inside a UTF-8 character.
 * - TEXT values escape backslash, semicolon, comma and line breaks (§3.3.11).
 * - Every event has a UID that stays the same for the same request across exports, so a calendar
 *   that imports the file again updates the event instead of adding a second one, and a DTSTAMP
 *   (§3.8.7.2, required) in UTC.
 * - Deadlines are all-day events: DTSTART;VALUE=DATE and DTEND on the next day (§3.6.1), marked
 *   transparent so they do not block the day as busy.
 */

/** One all-day event. */
export interface CalendarEvent {
  /** Unique and stable: the same request gives the same UID in every export. */
  uid: string;
  date: CalendarDate;
  summary: string;
  description?: string;
}

/** Options of {@link buildCalendar}. */
export interface CalendarOptions {
  /** The product identifier, e.g. "-//Cold Email GDPR Kit//Request log//EN". */
  prodId: string;
  /** When the file is written: every event's DTSTAMP. */
  now: Date;
  /** A display name for the calendar (the widely read X-WR-CALNAME), if any. */
  name?: string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line to lines of at most 75 octets (RFC 5545 §3.1): a break is CRLF followed
 * by one space, which counts towards the next line's 75. Characters are never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A calendar date as a DATE value: `20260228`. */
export function dateValue({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/** A moment as a UTC DATE-TIME value: `20260301T101500Z`. */
export function utcDateTimeValue(moment: Date): string {
  return moment.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** A whole iCalendar file of all-day events, CRLF line ends, folded lines. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = utcDateTimeValue(options.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(options.prodId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
      `DTEND;VALUE=DATE:${dateValue(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The words of the deadline events, in the user's language (the catalog's `replies.log.calendar`). */
export interface DeadlineTexts {
  /** The calendar's name. */
  name: string;
  /** Summary of a reply due: `{requester}`, `{requests}`. */
  due: string;
  /** Summary of a reply due after a notified extension: `{requester}`, `{requests}`. */
  dueExtended: string;
  /** Summary of a UK complaint to acknowledge: `{requester}`. */
  acknowledge: string;
  /** Description line: `{date}` received. */
  received: string;
  /** Description line for an open request: the latest date with an extension, `{extended}`, `{due}`. */
  extension: string;
  /** Description line while the clock is stopped: `{date}` asked. */
  paused: string;
  /** Description line naming where the event comes from. */
  origin: string;
  /** A requester without a name. */
  unnamed: string;
  /** The plain title of each kind of request. */
  kinds: Record<RequestKind, string>;
}

/** Where the UIDs live: one name for every event this site writes. */
const UID_DOMAIN = 'cold-email-gdpr-kit';

/**
 * The events of the open requests of a log (answered ones have no deadline left): the reply's
 * due date (the extended one once the extension was notified), and for a UK complaint the date
 * to acknowledge it by. Dates in the descriptions are written for `locale`.
 */
export function deadlineEvents(entries: readonly LogEntry[], texts: DeadlineTexts, locale: string): CalendarEvent[] {
  const written = (iso: string) => {
    const date = parseIsoDate(iso);
    return date ? formatDate(date, locale) : iso;
  };
  const events: CalendarEvent[] = [];
  for (const entry of entries) {
    if (entry.status === 'answered') continue;
    const requester = entry.requester || texts.unnamed;
    const requests = entry.kinds.map((k) => texts.kinds[k]).join('; ');
    const description = [format(texts.received, { date: written(entry.received) }, locale)];
    if (entry.status === 'open') description.push(format(texts.extension, { extended: written(entry.extendedDue), due: written(entry.due) }, locale));
    const stop = openClockStop(entry);
    if (stop) description.push(format(texts.paused, { date: written(stop.asked) }, locale));
    description.push(texts.origin);
    events.push({
      uid: `${entry.id}-reply@${UID_DOMAIN}`,
      date: parseIsoDate(effectiveDue(entry))!,
      summary: format(entry.status === 'extended' ? texts.dueExtended : texts.due, { requester, requests }, locale),
      description: description.join('\n'),
    });
    if (entry.acknowledgeBy) {
      events.push({
        uid: `${entry.id}-acknowledge@${UID_DOMAIN}`,
        date: parseIsoDate(entry.acknowledgeBy)!,
        summary: format(texts.acknowledge, { requester }, locale),
        description: [format(texts.received, { date: written(entry.received) }, locale), texts.origin].join('\n'),
      });
    }
  }
  return events;
}

/** The open requests' deadlines as an .ics file. */
export function logToIcs(entries: readonly LogEntry[], texts: DeadlineTexts, options: { now: Date; locale: string }): string {
  return buildCalendar(deadlineEvents(entries, texts, options.locale), {
    prodId: '-//Cold Email GDPR Kit//Request log//EN',
    now: options.now,
    name: texts.name,
  });
}
