/**
 * Calendar arithmetic for the GDPR response deadline, on year/month/day numbers only. No `Date`
 * millisecond arithmetic is involved, so the result never shifts by a day with the time zone or
 * daylight saving time of the machine that computes it.
 *
 * The rule: GDPR Art. 12(3) gives one month from receipt, extendable by two further months.
 * Regulation (EEC, Euratom) No 1182/71, Art. 3(2)(c): a period in months ends on the day of the
 * last month that has the same date as the day it runs from, or, when that month has no such
 * date, on its last day. https://eur-lex.europa.eu/eli/reg/1971/1182/oj
 *
 * Where two readings are defensible, the earlier date is the one shown, and the page says so:
 * the "two further months" run from the end of the first month (31 January → 28 February →
 * 28 April), not three months from receipt (30 April, the ICO's count); a pause counts the
 * days between asking and receiving, not both ends; the weekend and holiday rule of Art. 3(4),
 * which only ever moves a deadline later, is not applied.
 */

/** A date on the calendar, with no time and no time zone. `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** True in leap years of the Gregorian calendar (2028, 2000; not 2100). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads `YYYY-MM-DD` (what `<input type="date">` gives); null if it is not a real date. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Writes a date as `YYYY-MM-DD`. */
export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date `months` calendar months after `date` (Reg. 1182/71 Art. 3(2)(c)): the same day of
 * the target month, or its last day when it has no such day (31 January + 1 month = 28 or 29
 * February).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Days since 1970-01-01 of a calendar date (Howard Hinnant's days_from_civil, integers only). */
export function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (the inverse of {@link dayNumber}). */
export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The date `days` days after `date` (negative for before). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * A clock-stop: the controller asked the requester for something and waits for it.
 * - `identity`: information to confirm who is asking (GDPR Art. 12(6); UK GDPR Art. 12A).
 * - `clarification`: which information or processing the request is about, where much is held.
 * `answered` is null while the controller is still waiting.
 */
export interface ClockStop {
  reason: 'identity' | 'clarification';
  asked: CalendarDate;
  answered: CalendarDate | null;
}

/**
 * Whose rule counts the clock-stops:
 * - `eu`: EDPB Guidelines 01/2022 on the right of access (v2.1): the time may pause while the
 *   controller waits for identity information or a clarification it asked for without undue
 *   delay. The days from asking to receiving are added (the earlier reading: one end counted).
 * - `uk`: UK GDPR Art. 12A (Data (Use and Access) Act 2025 s. 76, in force 5 February 2026):
 *   the period begins when identity information is received (the "relevant time"), and the days
 *   from asking for a clarification to receiving it, both included, do not count.
 */
export type ClockRule = 'eu' | 'uk';

/** The deadlines of a request. */
export interface Deadlines {
  /** One month after receipt (Art. 12(3) first sentence), moved by the clock-stops. */
  due: CalendarDate;
  /**
   * The latest date if the controller extends by two further months and tells the requester,
   * with reasons, within the first month: two months after `due` (the earlier reading).
   */
  extended: CalendarDate;
  /** The later reading of the extension, three months from the start (the ICO's count). */
  extendedLater: CalendarDate;
  /** True while a clock-stop is open: the dates above are not final. */
  paused: boolean;
  /** Days added by closed clock-stops. */
  pausedDays: number;
}

/** The deadlines of a request received on `received`, with its clock-stops under a rule. */
export function deadlinesFor(received: CalendarDate, stops: readonly ClockStop[] = [], rule: ClockRule = 'eu'): Deadlines {
  let start = received;
  let pausedDays = 0;
  let paused = false;
  for (const stop of stops) {
    if (stop.answered === null) {
      paused = true;
      continue;
    }
    if (daysBetween(stop.asked, stop.answered) < 0) continue;
    if (rule === 'uk' && stop.reason === 'identity') {
      // The relevant time is the latest of receipt and the identity information's arrival.
      if (daysBetween(start, stop.answered) > 0) start = stop.answered;
    } else {
      pausedDays += daysBetween(stop.asked, stop.answered) + (rule === 'uk' ? 1 : 0);
    }
  }
  const due = addDays(addMonths(start, 1), pausedDays);
  return {
    due,
    extended: addDays(addMonths(addMonths(start, 1), 2), pausedDays),
    extendedLater: addDays(addMonths(start, 3), pausedDays),
    paused,
    pausedDays,
  };
}

/** The day the UK complaints duty began: Data (Use and Access) Act 2025 s. 103, by SI 2026/82. */
export const UK_COMPLAINTS_FROM: CalendarDate = { year: 2026, month: 6, day: 19 };
/** The day UK GDPR Art. 12A (clock-stops) began: Data (Use and Access) Act 2025 s. 76, by SI 2026/82. */
export const UK_CLOCK_STOP_FROM: CalendarDate = { year: 2026, month: 2, day: 5 };

/**
 * The last day to acknowledge a complaint made to a UK controller (Data Protection Act 2018
 * s. 164A(3): "within the period of 30 days beginning when the complaint is received"): the
 * day of receipt is the first of the 30 days, the earlier reading. Null before the duty began.
 */
export function complaintAcknowledgementDue(received: CalendarDate): CalendarDate | null {
  return daysBetween(UK_COMPLAINTS_FROM, received) >= 0 ? addDays(received, 29) : null;
}

/** The calendar date of a `Date` in the time zone of the machine (what "today" means to its user). */
export function localCalendarDate(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * A date written in a language, e.g. "3 October 2026" (en-GB), "3. Oktober 2026" (de-DE).
 * Formatting goes through a UTC instant formatted in UTC, so it is the same date everywhere.
 */
export function formatDate(date: CalendarDate, locale: string, options: { weekday?: boolean } = {}): string {
  const instant = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(options.weekday ? { weekday: 'long' } : {}),
  }).format(instant);
}
