import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv/parse';
import { addDays, parseIsoDate, toIsoDate, type CalendarDate } from '../../../src/lib/replies/deadline';
import { REQUEST_KINDS } from '../../../src/lib/replies/kinds';
import {
  LOG_CSV_COLUMNS,
  createLogEntry,
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
} from '../../../src/lib/replies/log';
import { LANGUAGE_CODES } from '../../../src/lib/replies/languages';

const day = (iso: string) => parseIsoDate(iso)!;
const TODAY = day('2026-03-10');

function entry(id: string, received: string, overrides: Partial<LogEntry> = {}): LogEntry {
  return { ...createLogEntry({ id, received: day(received), requester: `person ${id}`, country: 'DE', kinds: ['erasure'], language: 'de' }), ...overrides };
}

describe('a new log entry', () => {
  it('is open, with the deadlines of its date received', () => {
    expect(createLogEntry({ id: 'a', received: day('2026-01-31'), requester: 'Jonas Berg', country: 'DE', kinds: ['erasure', 'source'], language: 'de' })).toEqual({
      id: 'a',
      received: '2026-01-31',
      requester: 'Jonas Berg',
      country: 'DE',
      kinds: ['source', 'erasure'],
      language: 'de',
      due: '2026-02-28',
      extendedDue: '2026-04-28',
      clockStops: [],
      acknowledgeBy: '',
      status: 'open',
      answered: '',
      note: '',
    });
  });

  it('reads an older log without clock-stops or acknowledgement dates', () => {
    const old = { format: 'coldkit-request-log', version: 1, entries: [{ id: 'x', received: '2026-01-31', requester: '', country: 'DE', kinds: ['erasure'], language: 'de', due: '2026-02-28', extendedDue: '2026-04-30', status: 'open', answered: '', note: '' }] };
    const parsed = parseLogJson(JSON.stringify(old));
    expect(parsed.ok && parsed.entries[0]).toMatchObject({ clockStops: [], acknowledgeBy: '', extendedDue: '2026-04-30' });
  });

  it('a UK complaint received from 19 June 2026 carries the date to acknowledge it by (30 days)', () => {
    const uk = (received: string, kinds: ('complaint' | 'objection')[]) => createLogEntry({ id: 'u', received: day(received), requester: '', country: 'GB', kinds, language: 'en' });
    expect(uk('2026-07-01', ['complaint', 'objection']).acknowledgeBy).toBe('2026-07-30');
    expect(uk('2026-06-18', ['complaint']).acknowledgeBy).toBe('');
    expect(uk('2026-07-01', ['objection']).acknowledgeBy).toBe('');
    expect(createLogEntry({ id: 'd', received: day('2026-07-01'), requester: '', country: 'DE', kinds: ['complaint'], language: 'de' }).acknowledgeBy).toBe('');
  });

  it('needs at least one kind', () => {
    expect(() => createLogEntry({ id: 'a', received: TODAY, requester: '', country: '', kinds: [], language: 'en' })).toThrow('at least one kind');
  });
});

describe('urgency and order: overdue, then due this week, then the rest', () => {
  const overdueOld = entry('overdue-old', '2026-01-20'); // due 2026-02-20
  const overdue = entry('overdue', '2026-02-09'); // due 2026-03-09, yesterday
  const today = entry('today', '2026-02-10'); // due today
  const week = entry('week', '2026-02-16'); // due 2026-03-16: the 7th day, still this week
  const nextWeek = entry('next-week', '2026-02-17'); // due 2026-03-17
  const later = entry('later', '2026-03-01'); // due 2026-04-01
  const extended = entry('extended', '2026-01-25', { status: 'extended' }); // due 2026-02-25 but extended to 2026-04-25
  const answered = entry('answered', '2026-01-05', { status: 'answered', answered: '2026-01-06' });
  const answeredLater = entry('answered-later', '2026-02-01', { status: 'answered', answered: '2026-02-02' });

  it.each([
    [overdueOld, 'overdue'],
    [overdue, 'overdue'],
    [today, 'dueThisWeek'],
    [week, 'dueThisWeek'],
    [nextWeek, 'later'],
    [later, 'later'],
    [extended, 'later'],
    [answered, 'answered'],
  ] as const)('%# %o', (e, urgency) => {
    expect(urgencyOf(e, TODAY)).toBe(urgency);
  });

  it('counts from the extended date once the extension was notified', () => {
    expect(effectiveDue(extended)).toBe('2026-04-25');
    expect(effectiveDue({ ...extended, status: 'open' })).toBe('2026-02-25');
  });

  it('sorts overdue (oldest first), due this week (soonest first), then the rest, answered last', () => {
    const shuffled = [answered, later, week, overdue, extended, answeredLater, today, nextWeek, overdueOld];
    expect(sortLog(shuffled, TODAY).map((e) => e.id)).toEqual([
      'overdue-old',
      'overdue',
      'today',
      'week',
      'next-week',
      'later',
      'extended',
      'answered-later',
      'answered',
    ]);
  });

  it('is a total order that does not depend on the input order (property)', () => {
    const all = [answered, later, week, overdue, extended, answeredLater, today, nextWeek, overdueOld];
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length }), (shuffled) => {
        expect(sortLog(shuffled, TODAY)).toEqual(sortLog(all, TODAY));
      }),
    );
  });
});

/** Any valid entry. */
const arbitraryEntry: fc.Arbitrary<LogEntry> = fc
  .record({
    id: fc.uuid(),
    received: fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
    requester: fc.string({ maxLength: 40 }),
    country: fc.constantFrom('', 'DE', 'GB', 'FR'),
    kinds: fc.subarray([...REQUEST_KINDS], { minLength: 1 }),
    language: fc.constantFrom(...LANGUAGE_CODES),
    status: fc.constantFrom('open', 'extended', 'answered'),
    note: fc.string({ maxLength: 60 }),
  })
  .map((r) => {
    const received: CalendarDate = { year: r.received.getUTCFullYear(), month: r.received.getUTCMonth() + 1, day: r.received.getUTCDate() };
    const base = createLogEntry({ id: r.id, received, requester: r.requester, country: r.country, kinds: r.kinds, language: r.language });
    return { ...base, status: r.status as LogEntry['status'], note: r.note, answered: r.status === 'answered' ? toIsoDate(addDays(received, 3)) : '' };
  });

describe('JSON export and import', () => {
  it('round-trips any log exactly (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryEntry, { selector: (e) => e.id, maxLength: 20 }), (entries) => {
        const parsed = parseLogJson(logToJson(entries));
        expect(parsed).toEqual({ ok: true, entries });
      }),
    );
  });

  it('is a versioned, documented shape', () => {
    expect(JSON.parse(logToJson([entry('a', '2026-03-01')]))).toMatchObject({ format: 'coldkit-request-log', version: 1, entries: [{ id: 'a' }] });
  });

  it.each([
    ['not JSON', 'hello', 'This file is not JSON. Choose a file made with "Export log as JSON".'],
    ['another file', '{"legalName":"Kestrel"}', 'This request log is invalid: format:'],
    ['a bad date', JSON.stringify({ format: 'coldkit-request-log', version: 1, entries: [{ ...entry('a', '2026-03-01'), received: '2026-02-30' }] }), 'entries[0].received: expected a date as YYYY-MM-DD'],
    ['an unknown kind', JSON.stringify({ format: 'coldkit-request-log', version: 1, entries: [{ ...entry('a', '2026-03-01'), kinds: ['spam'] }] }), 'entries[0].kinds[0]'],
    ['a duplicate id', JSON.stringify({ format: 'coldkit-request-log', version: 1, entries: [entry('a', '2026-03-01'), entry('a', '2026-03-02')] }), 'the id "a" appears twice'],
  ])('rejects %s with a readable message', (_name, json, message) => {
    const result = parseLogJson(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('says why as data too, so the page can say it in its own language', () => {
    const bad = (json: string) => {
      const result = parseLogJson(json);
      return result.ok ? null : { ...result, message: undefined };
    };
    expect(bad('hello')).toMatchObject({ reason: 'notJson' });
    expect(bad('{"legalName":"Kestrel"}')).toMatchObject({ reason: 'invalid', detail: expect.stringMatching(/^format: /) });
    expect(bad(JSON.stringify({ format: 'coldkit-request-log', version: 1, entries: [entry('a', '2026-03-01'), entry('a', '2026-03-02')] }))).toMatchObject({ reason: 'duplicateId', id: 'a' });
  });

  it('merges an import: same id replaced, new ids added', () => {
    const a = entry('a', '2026-03-01');
    const b = entry('b', '2026-03-02');
    const a2 = { ...a, status: 'answered' as const, answered: '2026-03-05' };
    expect(mergeLog([a, b], [a2, entry('c', '2026-03-03')]).map((e) => [e.id, e.status])).toEqual([
      ['a', 'answered'],
      ['b', 'open'],
      ['c', 'open'],
    ]);
  });
});

describe('clock-stops in the log', () => {
  it('stopping the clock pauses the entry; the answer moves the deadlines by the days waited (EU)', () => {
    const e = entry('a', '2026-03-01');
    const stopped = stopClock(e, 'identity', day('2026-03-02'));
    expect(openClockStop(stopped)).toMatchObject({ reason: 'identity', asked: '2026-03-02', answered: '' });
    expect(urgencyOf(stopped, day('2026-06-01'))).toBe('paused');
    const restarted = restartClock(stopped, day('2026-03-09'));
    expect(openClockStop(restarted)).toBeNull();
    expect(restarted.due).toBe('2026-04-08');
    expect(restarted.extendedDue).toBe('2026-06-08');
  });

  it('UK requests received since 5 February 2026 follow Art. 12A: identity restarts the month', () => {
    const e = createLogEntry({ id: 'u', received: day('2026-03-01'), requester: '', country: 'GB', kinds: ['access'], language: 'en' });
    expect(restartClock(stopClock(e, 'identity', day('2026-03-02')), day('2026-03-20')).due).toBe('2026-04-20');
    expect(restartClock(stopClock(e, 'clarification', day('2026-03-02')), day('2026-03-09')).due).toBe('2026-04-09');
  });

  it('the export names each stop and whether it is still waiting', () => {
    const csv = logToCsv([stopClock(entry('a', '2026-03-01'), 'clarification', day('2026-03-02'))]);
    expect(parseCsv(csv.slice(1), { delimiter: ',' })[1]!.at(-1)).toBe('clarification 2026-03-02–waiting');
  });
});

describe('CSV export', () => {
  it('has a BOM, a header, one CRLF row per entry, and human titles next to the kind ids', () => {
    const csv = logToCsv([entry('a', '2026-01-31', { kinds: ['source', 'erasure'] })]);
    expect(csv.startsWith('\uFEFFreceived,requester,')).toBe(true);
    const rows = parseCsv(csv.slice(1), { delimiter: ',' });
    expect(rows[0]).toEqual([...LOG_CSV_COLUMNS]);
    expect(rows[1]).toEqual(['2026-01-31', 'person a', 'DE', 'Where did you get my data?; Delete my data', 'source erasure', 'de', '2026-02-28', '2026-04-28', 'open', '', '', 'a', '', '']);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas and quotes, and keeps formula-like names as text', () => {
    const csv = logToCsv([entry('a', '2026-03-01', { requester: '=HYPERLINK("http://x.example","click")', note: 'Berg, Jonas said "hi"' })]);
    const row = parseCsv(csv.slice(1), { delimiter: ',' })[1]!;
    expect(row[1]).toBe('\'=HYPERLINK("http://x.example","click")');
    expect(row[10]).toBe('Berg, Jonas said "hi"');
  });

  it('has one row per entry for any log (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryEntry, { selector: (e) => e.id, maxLength: 10 }), (entries) => {
        const rows = parseCsv(logToCsv(entries).slice(1), { delimiter: ',' });
        expect(rows).toHaveLength(entries.length + 1);
        expect(rows.slice(1).map((r) => r[11])).toEqual(entries.map((e) => e.id));
      }),
    );
  });
});
