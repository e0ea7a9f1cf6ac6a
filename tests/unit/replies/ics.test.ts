import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { EN } from '../../../src/lib/i18n/en';
import { parseIsoDate } from '../../../src/lib/replies/deadline';
import { buildCalendar, deadlineEvents, escapeText, foldLine, logToIcs, type DeadlineTexts } from '../../../src/lib/replies/ics';
import { createLogEntry, stopClock, type LogEntry } from '../../../src/lib/replies/log';

const day = (iso: string) => parseIsoDate(iso)!;
const NOW = new Date(Date.UTC(2026, 6, 2, 9, 30, 5));
const TEXTS: DeadlineTexts = { ...EN.replies.log.calendar, unnamed: EN.replies.log.unnamed, kinds: EN.replies.kinds };
const octets = (line: string) => new TextEncoder().encode(line).length;

function entry(id: string, received: string, overrides: Partial<LogEntry> = {}, country = 'DE', kinds: LogEntry['kinds'] = ['erasure']): LogEntry {
  return { ...createLogEntry({ id, received: day(received), requester: `Person ${id}`, country, kinds, language: 'en' }), ...overrides };
}

/** Reads an .ics file back with ical.js (Mozilla's parser), independent of the writer. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      isDate: event.startDate.isDate,
      end: event.endDate.toString(),
      stamp: v.getFirstPropertyValue('dtstamp')?.toString(),
    };
  });
}

describe('TEXT values (RFC 5545 §3.3.11)', () => {
  it.each([
    ['comma', 'Berg, Jonas', 'Berg\\, Jonas'],
    ['semicolon', 'Delete my data; Stop emailing me', 'Delete my data\\; Stop emailing me'],
    ['backslash', 'C:\\logs', 'C:\\\\logs'],
    ['all three, backslash first', '\\;,', '\\\\\\;\\,'],
    ['line breaks of every kind', 'a\r\nb\nc\rd', 'a\\nb\\nc\\nd'],
    ['plain text unchanged', 'Reply due: Ana Ruiz', 'Reply due: Ana Ruiz'],
  ])('escapes a %s', (_name, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('line folding (RFC 5545 §3.1)', () => {
  it('leaves a line of 75 octets as it is and folds one of 76', () => {
    const line75 = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line75)).toBe(75);
    expect(foldLine(line75)).toBe(line75);
    expect(foldLine(`${line75}y`)).toBe(`${line75}\r\n y`);
  });

  it('folds a long line into pieces of at most 75 octets that unfold to the original', () => {
    const line = `DESCRIPTION:${'Received on 31 January 2026. '.repeat(12)}`;
    const folded = foldLine(line);
    const pieces = folded.split('\r\n');
    expect(pieces.length).toBeGreaterThan(4);
    for (const piece of pieces) expect(octets(piece)).toBeLessThanOrEqual(75);
    for (const piece of pieces.slice(1)) expect(piece.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('counts octets, not characters, and never splits a UTF-8 character', () => {
    const line = `SUMMARY:${'ü'.repeat(40)}${'日本'.repeat(20)}🙂🙂`;
    const pieces = foldLine(line).split('\r\n');
    for (const piece of pieces) {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      expect(piece).not.toContain('\ufffd');
    }
    expect(pieces[0]).toBe(`SUMMARY:${'ü'.repeat(33)}`); // 8 + 66 octets; one more ü would make 76
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
  });
});

describe('the calendar file', () => {
  const file = buildCalendar([{ uid: 'a@x', date: day('2026-02-28'), summary: 'Reply due: Berg, Jonas; Müller', description: 'line one\nline two' }], {
    prodId: '-//Test//EN',
    now: NOW,
    name: 'Request deadlines',
  });

  it('ends every line with CRLF, has no bare LF, and no line over 75 octets', () => {
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of file.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('holds the required properties: VERSION, PRODID, and per event UID, DTSTAMP in UTC, an all-day DTSTART', () => {
    const lines = file.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN']);
    expect(lines).toContain('DTSTAMP:20260702T093005Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260228');
    expect(lines).toContain('DTEND;VALUE=DATE:20260301');
    expect(lines).toContain('SUMMARY:Reply due: Berg\\, Jonas\\; Müller');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('reads back in an independent parser with the same text and an all-day date', () => {
    expect(parse(file)).toEqual([
      { uid: 'a@x', summary: 'Reply due: Berg, Jonas; Müller', description: 'line one\nline two', start: '2026-02-28', isDate: true, end: '2026-03-01', stamp: '2026-07-02T09:30:05Z' },
    ]);
  });
});

describe('the request log as calendar events', () => {
  const log = [
    entry('open', '2026-01-31'),
    entry('extended', '2026-01-31', { status: 'extended' }),
    entry('answered', '2026-01-31', { status: 'answered', answered: '2026-02-10' }),
    entry('uk', '2026-07-01', {}, 'GB', ['complaint', 'objection']),
  ];

  it('gives each open request one event on its due date, and none for answered ones', () => {
    const events = parse(logToIcs(log, TEXTS, { now: NOW, locale: 'en-GB' }));
    expect(events.map((e) => [e.uid, e.start])).toEqual([
      ['open-reply@cold-email-gdpr-kit', '2026-02-28'],
      ['extended-reply@cold-email-gdpr-kit', '2026-04-28'],
      ['uk-reply@cold-email-gdpr-kit', '2026-08-01'],
      ['uk-acknowledge@cold-email-gdpr-kit', '2026-07-30'],
    ]);
    expect(events.every((e) => e.isDate)).toBe(true);
  });

  it('names the requester and the requests, and puts the extended date in the notes of an open request', () => {
    const [open, extended, uk, acknowledge] = parse(logToIcs(log, TEXTS, { now: NOW, locale: 'en-GB' }));
    expect(open!.summary).toBe('Reply due: Person open (Delete my data)');
    expect(open!.description).toBe(
      'Received on 31 January 2026.\nWith an extension, notified to the requester with reasons before 28 February 2026: 28 April 2026 at the latest.\nFrom the request log of the Cold Email GDPR Kit reply composer.',
    );
    expect(extended!.summary).toBe('Reply due (extended): Person extended (Delete my data)');
    expect(extended!.description).not.toContain('With an extension');
    expect(uk!.summary).toBe('Reply due: Person uk (Stop emailing me; I will complain to the regulator)');
    expect(acknowledge!.summary).toBe('Acknowledge complaint: Person uk');
  });

  it('says when the clock is stopped, and writes the dates for the interface locale', () => {
    const paused = stopClock(entry('p', '2026-03-02'), 'identity', day('2026-03-03'));
    const [event] = deadlineEvents([paused], TEXTS, 'de-DE');
    expect(event!.description).toContain('Clock stopped since 3. März 2026');
  });

  it('keeps each event’s UID across exports, whatever the date or the status, so a calendar updates it', () => {
    const first = parse(logToIcs([entry('same', '2026-01-31')], TEXTS, { now: NOW, locale: 'en-GB' }));
    const later = parse(logToIcs([entry('same', '2026-01-31', { status: 'extended' })], TEXTS, { now: new Date(), locale: 'en-GB' }));
    expect(later[0]!.uid).toBe(first[0]!.uid);
    expect(later[0]!.start).not.toBe(first[0]!.start);
  });

  it('escapes what a requester’s name may hold and still reads back intact', () => {
    const tricky = entry('t', '2026-01-31', { requester: 'Berg, Jonas; \\ "CEO"\nline' });
    const [event] = parse(logToIcs([tricky], TEXTS, { now: NOW, locale: 'en-GB' }));
    expect(event!.summary).toBe('Reply due: Berg, Jonas; \\ "CEO"\nline (Delete my data)');
  });

  it('writes a file with no event when nothing is open, still valid', () => {
    const file = logToIcs([log[2]!], TEXTS, { now: NOW, locale: 'en-GB' });
    expect(parse(file)).toEqual([]);
    expect(file).toContain('X-WR-CALNAME:Request deadlines\r\n');
  });
});
