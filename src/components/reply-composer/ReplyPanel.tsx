import { useId } from 'react';
import type { Messages } from '../../lib/i18n/en';
import { format } from '../../lib/i18n/format';
import type { ComposedReply } from '../../lib/replies/compose';
import type { CalendarDate } from '../../lib/replies/deadline';
import type { RequestKind } from '../../lib/replies/kinds';
import Alert, { type AlertKind } from '../shared/Alert';
import EditableText, { type Editable } from '../shared/EditableText';
import { useSiteLink } from '../shared/locale';
import { DeadlineDates, DeadlineNotes } from './DeadlinePanel';
import type { CountryOption } from './ReplyComposer';
import { rich } from './rich';

type M = Messages['replies'];

/** A line under the reply's buttons: copied, added to the log, or the warning before copying a gap. */
export interface Status {
  kind: AlertKind;
  text: string;
}

interface Props {
  m: M;
  /** The composed reply, or null before there is a message (or while its language data load). */
  reply: ComposedReply | null;
  editable: Editable;
  /** The marker a gap shows in the reply language, e.g. "[to be completed]". */
  marker: string;
  kinds: readonly RequestKind[];
  autoReply: boolean;
  received: CalendarDate | null;
  country: CountryOption | null;
  complaint: boolean;
  locale: string;
  common: Messages['common'];
  status: Status | null;
  onCopy(): void;
  onAddToLog(): void;
}

/**
 * The result side of the composer: before a message, what it will produce and a disabled "Copy
 * reply" that says why; then the deadline, the reply to edit and copy, what is still missing,
 * and how the deadline is counted.
 */
export default function ReplyPanel({ m, reply, editable, marker, kinds, autoReply, received, country, complaint, locale, common, status, onCopy, onAddToLog }: Props) {
  const sitePath = useSiteLink();
  const id = useId();
  const t = m.reply;
  const uk = country?.region === 'UK';
  const addBlocked = !received ? t.addNeedsDate : kinds.length === 0 ? t.addNeedsKind : null;
  const deadlineProps = { received, uk, complaint, locale, m: m.deadline };
  return (
    <aside className="tool-aside rc-aside" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.heading}</h2>
      {reply === null ? (
        <>
          <div className="tool-empty">
            <p>
              <strong>{t.emptyTitle}</strong>
            </p>
            <p>{t.emptyIntro}</p>
            <ul>
              <li>{t.emptyItems.reply}</li>
              <li>{t.emptyItems.deadline}</li>
              <li>{t.emptyItems.log}</li>
            </ul>
          </div>
          <div className="tool-actions">
            <button type="button" className="tool-primary" disabled aria-describedby={`${id}-why`}>
              {t.copy}
            </button>
            <span id={`${id}-why`} className="tool-hint">
              {t.copyNeedsMessage}
            </span>
          </div>
        </>
      ) : (
        <>
          <DeadlineDates {...deadlineProps} />
          <div className="rc-field rc-reply">
            <label htmlFor={`${id}-reply`}>{t.label}</label>
            <EditableText editable={editable} id={`${id}-reply`} name="reply" rows={18} labels={{ edited: common.editedByYou, reset: common.resetToGenerated }} />
          </div>
          <div className="tool-actions">
            <button type="button" className="tool-primary" onClick={onCopy}>
              {t.copy}
            </button>
            <button type="button" disabled={addBlocked !== null} aria-describedby={addBlocked ? `${id}-add-why` : undefined} onClick={onAddToLog}>
              {t.addToLog}
            </button>
            {addBlocked && (
              <span id={`${id}-add-why`} className="tool-hint">
                {addBlocked}
              </span>
            )}
          </div>
          <div role="status" className="rc-status-line">
            {status && <Alert kind={status.kind}>{status.text}</Alert>}
          </div>
          {autoReply && kinds.length === 0 && <Alert kind="info">{t.autoReply}</Alert>}
          {!autoReply && kinds.length === 0 && <Alert kind="info">{t.nothingTicked}</Alert>}
          <p className="tool-hint">{kinds.includes('access') && kinds.includes('erasure') ? t.sendAfterCopyThenErase : t.sendAfter}</p>
          {reply.missing.length > 0 && (
            <Alert kind="warning" className="rc-missing">
              <p>{format(t.missingIntro, { marker })}</p>
              <ul>
                {reply.missing.map((fact) => (
                  <li key={fact} data-gap={reply.gaps.includes(fact) ? 'true' : undefined}>
                    {reply.gaps.includes(fact) ? format(t.missingRequired, { fact: t.missing[fact] }) : t.missing[fact]}
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          {country?.namedAddress === 'consent-required' && (
            <Alert kind="warning">
              <p>
                {rich(t.consentRequired, {
                  country: country.label ?? country.name,
                  link: <a href={sitePath(`/reference/countries/#${country.code.toLowerCase()}`)}>{t.countryTable}</a>,
                })}
              </p>
            </Alert>
          )}
          <DeadlineNotes {...deadlineProps} />
        </>
      )}
    </aside>
  );
}
