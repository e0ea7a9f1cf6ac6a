import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  complaintAcknowledgementDue,
  dayNumber,
  daysBetween,
  daysInMonth,
  deadlinesFor,
  formatDate,
  fromDayNumber,
  isLeapYear,
  localCalendarDate,
  parseIsoDate,
  toIsoDate,
  weekday,
} from '../../../src/lib/replies/deadline';

const d = (iso: string) => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`bad fixture ${iso}`);
  return date;
};

describe('one calendar month after receipt (Reg. 1182/71 Art. 3(2)(c)), and the latest extended date', () => {
  it.each([
    // received     due            extended (due + 2 months)   later reading (receipt + 3 months)
    ['2026-09-03', '2026-10-03', '2026-12-03', '2026-12-03'], // the playbook's ordinary example
    ['2026-03-31', '2026-04-30', '2026-06-30', '2026-06-30'], // April has no 31st
    ['2026-01-31', '2026-02-28', '2026-04-28', '2026-04-30'], // common year: 28 February; the readings differ
    ['2028-01-31', '2028-02-29', '2028-04-29', '2028-04-30'], // leap year: 29 February
    ['2026-01-29', '2026-02-28', '2026-04-28', '2026-04-29'], // 29 January in a common year
    ['2028-02-29', '2028-03-29', '2028-05-29', '2028-05-29'], // from a leap day: the same date next month
    ['2026-11-30', '2026-12-30', '2027-02-28', '2027-02-28'], // across the year end; the extension ends on 28 February
    ['2027-11-30', '2027-12-30', '2028-02-29', '2028-02-29'], // … or 29 February in a leap year
    ['2026-08-31', '2026-09-30', '2026-11-30', '2026-11-30'], // September has no 31st
    ['2026-12-15', '2027-01-15', '2027-03-15', '2027-03-15'], // December rolls into the next year
    ['2026-12-31', '2027-01-31', '2027-03-31', '2027-03-31'],
    ['2026-05-31', '2026-06-30', '2026-08-30', '2026-08-31'], // the earlier reading loses the 31st with the 30 June
    ['2100-01-31', '2100-02-28', '2100-04-28', '2100-04-30'], // 2100 is not a leap year
    ['2000-01-31', '2000-02-29', '2000-04-29', '2000-04-30'], // 2000 is
  ])('received %s: due %s, extended %s (later reading %s)', (received, due, extended, later) => {
    const result = deadlinesFor(d(received));
    expect(toIsoDate(result.due)).toBe(due);
    expect(toIsoDate(result.extended)).toBe(extended);
    expect(toIsoDate(result.extendedLater)).toBe(later);
    expect(result.paused).toBe(false);
  });

  it('the deadline with an extension for a request of 31 January is 28 April, not 30 April, and the later reading is kept apart', () => {
    const { extended, extendedLater } = deadlinesFor(d('2026-01-31'));
    expect(toIsoDate(extended)).toBe('2026-04-28');
    expect(toIsoDate(extendedLater)).toBe('2026-04-30');
  });

  it('the deadline with an extension for a request of 31 May is 30 August, the calendar date, not 31 August', () => {
    expect(toIsoDate(deadlinesFor(d('2026-05-31')).extended)).toBe('2026-08-30');
  });

  it('shows the earlier of two defensible readings of "two further months" (Reg. 1182/71)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, rawDay) => {
        const received = { year, month, day: Math.min(rawDay, daysInMonth(year, month)) };
        const { extended, extendedLater } = deadlinesFor(received);
        expect(daysBetween(extended, extendedLater)).toBeGreaterThanOrEqual(0);
        expect(toIsoDate(extended)).toBe(toIsoDate(addMonths(addMonths(received, 1), 2)));
      }),
    );
  });
});

describe('clock-stops while waiting for the requester', () => {
  const stop = (reason: 'identity' | 'clarification', asked: string, answered: string | null) => ({ reason, asked: d(asked), answered: answered === null ? null : d(answered) });

  it('EU (EDPB Guidelines 01/2022): the days from asking to receiving are added, one end counted', () => {
    const result = deadlinesFor(d('2026-03-03'), [stop('clarification', '2026-03-05', '2026-03-12')], 'eu');
    expect(result.pausedDays).toBe(7);
    expect(toIsoDate(result.due)).toBe('2026-04-10');
    expect(toIsoDate(result.extended)).toBe('2026-06-10');
    expect(deadlinesFor(d('2026-03-03'), [stop('identity', '2026-03-05', '2026-03-12')], 'eu').pausedDays).toBe(7);
  });

  it('UK (Art. 12A): the period begins when identity information arrives', () => {
    const result = deadlinesFor(d('2026-03-03'), [stop('identity', '2026-03-04', '2026-03-20')], 'uk');
    expect(toIsoDate(result.due)).toBe('2026-04-20');
    expect(result.pausedDays).toBe(0);
  });

  it('UK (Art. 12A): the days from asking for a clarification to receiving it, both included, do not count', () => {
    const result = deadlinesFor(d('2026-03-03'), [stop('clarification', '2026-03-05', '2026-03-12')], 'uk');
    expect(result.pausedDays).toBe(8);
    expect(toIsoDate(result.due)).toBe('2026-04-11');
  });

  it('is paused while an answer is awaited', () => {
    expect(deadlinesFor(d('2026-03-03'), [stop('identity', '2026-03-05', null)], 'eu').paused).toBe(true);
  });

  it('an answer dated before the question is ignored', () => {
    expect(deadlinesFor(d('2026-03-03'), [stop('clarification', '2026-03-12', '2026-03-05')], 'eu').pausedDays).toBe(0);
  });
});

describe('the UK complaints duty (Data Protection Act 2018 s. 164A, from 19 June 2026)', () => {
  it('acknowledge within 30 days beginning with the day received (the earlier reading)', () => {
    expect(toIsoDate(complaintAcknowledgementDue(d('2026-06-19'))!)).toBe('2026-07-18');
    expect(toIsoDate(complaintAcknowledgementDue(d('2026-12-20'))!)).toBe('2027-01-18');
  });

  it('does not apply to complaints received before the duty began', () => {
    expect(complaintAcknowledgementDue(d('2026-06-18'))).toBeNull();
  });
});

describe('adding calendar months', () => {
  it('keeps the day when the target month has it, else takes that month’s last day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 40 }), (year, month, rawDay, n) => {
        const day = Math.min(rawDay, daysInMonth(year, month));
        const result = addMonths({ year, month, day }, n);
        expect((result.year * 12 + result.month) - (year * 12 + month)).toBe(n);
        expect(result.day).toBe(Math.min(day, daysInMonth(result.year, result.month)));
      }),
    );
  });
});

describe('calendar helpers', () => {
  it.each([
    [2024, true],
    [2026, false],
    [2028, true],
    [1900, false],
    [2000, true],
    [2100, false],
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-1', '', 'yesterday'])('rejects %j as a date', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  it('reads and writes YYYY-MM-DD', () => {
    expect(parseIsoDate(' 2028-02-29 ')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(toIsoDate({ year: 2026, month: 3, day: 7 })).toBe('2026-03-07');
  });

  it('day numbers agree with the proleptic Gregorian calendar of Date.UTC, and invert (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const date = fromDayNumber(n);
        expect(dayNumber(date)).toBe(n);
        expect(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000).toBe(n);
      }),
    );
  });

  it('adds days across month and year ends, and counts the days between', () => {
    expect(toIsoDate(addDays(d('2026-12-29'), 6))).toBe('2027-01-04');
    expect(toIsoDate(addDays(d('2028-03-01'), -1))).toBe('2028-02-29');
    expect(daysBetween(d('2026-01-31'), d('2026-02-28'))).toBe(28);
  });

  it('knows the weekday (ISO: Monday = 1)', () => {
    expect(weekday(d('2026-02-28'))).toBe(6); // a Saturday: Art. 3(4) moves the end to the next working day
    expect(weekday(d('1970-01-01'))).toBe(4);
  });

  it('takes "today" from the local calendar of a Date, not from UTC', () => {
    const lateEvening = new Date(2026, 11, 31, 23, 30); // local time
    expect(localCalendarDate(lateEvening)).toEqual({ year: 2026, month: 12, day: 31 });
  });
});

describe('dates written in the reply language', () => {
  it.each([
    ['en-GB', '3 October 2026'],
    ['de-DE', '3. Oktober 2026'],
    ['fr-FR', '3 octobre 2026'],
    ['es-ES', '3 de octubre de 2026'],
    ['it-IT', '3 ottobre 2026'],
    ['nl-NL', '3 oktober 2026'],
    ['pl-PL', '3 października 2026'],
    ['pt-PT', '3 de outubro de 2026'],
    ['sv-SE', '3 oktober 2026'],
  ])('%s: %s', (locale, expected) => {
    expect(formatDate(d('2026-10-03'), locale)).toBe(expected);
  });

  it('Russian uses the genitive month', () => {
    expect(formatDate(d('2026-10-03'), 'ru-RU')).toContain('3 октября 2026');
  });

  it('writes the same calendar date whatever the machine’s time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        expect(formatDate(d('2026-01-01'), 'en-GB')).toBe('1 January 2026');
        expect(formatDate(d('2026-12-31'), 'en-GB', { weekday: true })).toMatch(/^Thursday,? 31 December 2026$/);
      }
    } finally {
      process.env.TZ = saved;
    }
  });
});
