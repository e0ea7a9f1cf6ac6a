import type { Messages } from '../../lib/i18n/en';
import { format } from '../../lib/i18n/format';
import {
  complaintAcknowledgementDue,
  daysBetween,
  deadlinesFor,
  formatDate,
  UK_CLOCK_STOP_FROM,
  UK_COMPLAINTS_FROM,
  weekday,
  type CalendarDate,
} from '../../lib/replies/deadline';
import Alert from '../shared/Alert';
import { rich } from './rich';

interface Props {
  received: CalendarDate | null;
  /** True for a requester in the United Kingdom. */
  uk: boolean;
  /** True when a complaint is among the ticked kinds. */
  complaint: boolean;
  /** Locale of the page's language: dates here are the interface's, not the letter's. */
  locale: string;
  m: Messages['replies']['deadline'];
}

const WEEKEND = new Set([6, 7]);
const EDPB_ACCESS = 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-012022-data-subject-rights-right-access_en';
const UK_GDPR_12A = 'https://www.legislation.gov.uk/eur/2016/679/article/12A';
const DPA_164A = 'https://www.legislation.gov.uk/ukpga/2018/12/section/164A';
const DUAA_103 = 'https://www.legislation.gov.uk/ukpga/2025/18/section/103';
const SI_2026_82 = 'https://www.legislation.gov.uk/uksi/2026/82/made';
const REG_1182_71 = 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj';

/** The dates the reply is due by, with its weekday, in the interface's language: shown above the reply. */
export function DeadlineDates({ received, uk, complaint, locale, m }: Props) {
  if (!received) return <p className="rc-deadline tool-hint">{m.enterDate}</p>;
  const { due, extended } = deadlinesFor(received);
  const date = (d: CalendarDate) => formatDate(d, locale, { weekday: true });
  const acknowledgeBy = uk && complaint ? complaintAcknowledgementDue(received) : null;
  return (
    <dl className="rc-deadline" aria-label={m.heading}>
      <div>
        <dt>{m.due}</dt>
        <dd data-deadline="due">{date(due)}</dd>
      </div>
      <div>
        <dt>{m.extended}</dt>
        <dd data-deadline="extended">{date(extended)}</dd>
      </div>
      {acknowledgeBy && (
        <div>
          <dt>{m.acknowledge}</dt>
          <dd data-deadline="acknowledge">{date(acknowledgeBy)}</dd>
        </div>
      )}
    </dl>
  );
}

/** How the deadline is counted, the pause while waiting for the requester, and the UK's own rules. */
export function DeadlineNotes({ received, uk, complaint, locale, m }: Props) {
  if (!received) return null;
  const { due, extended, extendedLater } = deadlinesFor(received);
  const acknowledgeBy = uk && complaint ? complaintAcknowledgementDue(received) : null;
  const written = (d: CalendarDate) => formatDate(d, locale);
  const laterReading = daysBetween(extended, extendedLater) > 0;
  return (
    <div className="rc-deadline-notes" data-deadline-notes>
      <p className="tool-hint">
        {m.rule}
        {laterReading && <> {rich(m.laterReading, { date: written(extendedLater), link: <a href={REG_1182_71}>{m.laterReadingLink}</a> })}</>}
        {(WEEKEND.has(weekday(due)) || WEEKEND.has(weekday(extended))) && <> {m.weekend}</>}
      </p>
      <p className="tool-hint">{rich(m.clockStop, { link: <a href={EDPB_ACCESS}>{m.clockStopLink}</a> })}</p>
      {uk && (
        <Alert kind="info" className="rc-uk">
          <div data-guidance="uk">
            <p>
              {rich(m.ukClock, {
                art12a: <a href={UK_GDPR_12A}>{m.links.art12a}</a>,
                from: written(UK_CLOCK_STOP_FROM),
                si: <a href={SI_2026_82}>{m.links.si}</a>,
              })}
            </p>
            <p>
              {rich(m.ukComplaints, {
                from: written(UK_COMPLAINTS_FROM),
                dpa: <a href={DPA_164A}>{m.links.dpa}</a>,
                duaa: <a href={DUAA_103}>{m.links.duaa}</a>,
              })}
              {acknowledgeBy && <> {format(m.ukAcknowledgeBy, { date: written(acknowledgeBy) })}</>}
              {complaint && daysBetween(UK_COMPLAINTS_FROM, received) < 0 && <> {m.ukBeforeDuty}</>}
            </p>
          </div>
        </Alert>
      )}
    </div>
  );
}
