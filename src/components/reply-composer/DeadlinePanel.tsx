import { useId } from 'react';
import { complaintAcknowledgementDue, daysBetween, deadlinesFor, formatDate, UK_COMPLAINTS_FROM, weekday, type CalendarDate } from '../../lib/replies/deadline';

interface Props {
  received: CalendarDate | null;
  /** True for a requester in the United Kingdom. */
  uk: boolean;
  /** True when a complaint is among the ticked kinds. */
  complaint: boolean;
  /** Locale of the page's language: dates here are the interface's, not the letter's. */
  locale: string;
}

const WEEKEND = new Set([6, 7]);
const EDPB_ACCESS = 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-012022-data-subject-rights-right-access_en';
const UK_GDPR_12A = 'https://www.legislation.gov.uk/eur/2016/679/article/12A';
const DPA_164A = 'https://www.legislation.gov.uk/ukpga/2018/12/section/164A';
const DUAA_103 = 'https://www.legislation.gov.uk/ukpga/2025/18/section/103';
const SI_2026_82 = 'https://www.legislation.gov.uk/uksi/2026/82/made';
const REG_1182_71 = 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj';

/** The deadline of the request, in the interface's language, with the rules that move it. */
export default function DeadlinePanel({ received, uk, complaint, locale }: Props) {
  const id = useId();
  if (!received) {
    return (
      <section className="rc-deadline" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>Deadline</h3>
        <p>Enter the date received to see the deadline.</p>
      </section>
    );
  }
  const { due, extended, extendedLater } = deadlinesFor(received);
  const date = (d: CalendarDate) => formatDate(d, locale, { weekday: true });
  const acknowledgeBy = uk && complaint ? complaintAcknowledgementDue(received) : null;
  return (
    <section className="rc-deadline" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Deadline</h3>
      <dl>
        <div>
          <dt>Reply due by</dt>
          <dd data-deadline="due">{date(due)}</dd>
        </div>
        <div>
          <dt>Latest, with a notified extension</dt>
          <dd data-deadline="extended">{date(extended)}</dd>
        </div>
        {acknowledgeBy && (
          <div>
            <dt>Acknowledge the complaint by</dt>
            <dd data-deadline="acknowledge">{date(acknowledgeBy)}</dd>
          </div>
        )}
      </dl>
      <p className="rc-hint">
        One month from the day received (Art. 12(3)). Two further months only if you tell the requester, with reasons, before the first date.
        {daysBetween(extended, extendedLater) > 0 &&
          ` The extension is counted from the first date; counted as three months from receipt, as the ICO does, it would end on ${formatDate(extendedLater, locale)}. Where two readings are defensible, the earlier date is shown (`}
        {daysBetween(extended, extendedLater) > 0 && <a href={REG_1182_71}>Regulation 1182/71</a>}
        {daysBetween(extended, extendedLater) > 0 && ').'}
        {(WEEKEND.has(weekday(due)) || WEEKEND.has(weekday(extended))) &&
          ' A date that falls on a weekend or public holiday moves to the next working day (Reg. 1182/71 Art. 3(4)); do not count on it.'}
      </p>
      <p className="rc-hint">
        If you need identity details or a clarification, ask at once: the clock pauses while you wait (
        <a href={EDPB_ACCESS}>EDPB Guidelines 01/2022 on the right of access</a>). Record it with “Stop the clock” in the request log below.
      </p>
      {uk && (
        <div className="rc-note" data-guidance="uk">
          <p>
            UK: the clock stops while you wait for identity details or a clarification you asked for (<a href={UK_GDPR_12A}>UK GDPR Art. 12A</a>, added by the Data (Use
            and Access) Act 2025 s. 76, in force since 5 February 2026 by <a href={SI_2026_82}>SI 2026/82</a>). The month starts again when the identity details arrive;
            the days spent waiting for a clarification do not count.
          </p>
          <p>
            Complaints: from 19 June 2026 you must make it easy to complain to you (a complaint form, for example), acknowledge a complaint within 30 days of receiving
            it, and tell the person the outcome without undue delay (<a href={DPA_164A}>Data Protection Act 2018 s. 164A</a>, added by{' '}
            <a href={DUAA_103}>the Data (Use and Access) Act 2025 s. 103</a>).
            {acknowledgeBy && ` This reply acknowledges the complaint if you send it by ${formatDate(acknowledgeBy, locale)} (the earlier reading: the day received counts as the first of the 30 days).`}
            {complaint && daysBetween(UK_COMPLAINTS_FROM, received) < 0 && ' This complaint was received before that date.'}
          </p>
        </div>
      )}
    </section>
  );
}
