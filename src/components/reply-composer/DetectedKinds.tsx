import { useId } from 'react';
import type { Messages } from '../../lib/i18n/en';
import type { Detection } from '../../lib/replies/detect';
import { REQUEST_KINDS, type RequestKind } from '../../lib/replies/kinds';
import GlossaryLink from '../shared/GlossaryLink';
import { format } from '../../lib/i18n/format';
import { rich } from './rich';

interface Props {
  detection: Detection;
  /** Where reading the message stands: nothing pasted, waiting for the language data, failed, or read. */
  state: 'empty' | 'reading' | 'failed' | 'read';
  ticked: ReadonlySet<RequestKind>;
  onToggle(kind: RequestKind, on: boolean): void;
  m: Messages['replies'];
}

/**
 * The "Detected requests" list, best first, each with the words of the message that triggered
 * it; an automatic reply is listed as such, with nothing to tick. Beside it, the other kinds.
 */
export default function DetectedKinds({ detection, state, ticked, onToggle, m }: Props) {
  const id = useId();
  const autoReply = detection.kinds.find((k) => k.kind === 'autoReply');
  const requests = detection.kinds.filter((k) => k.kind !== 'autoReply');
  const detected = new Set(requests.map((k) => k.kind));

  const checkbox = (kind: RequestKind, matched: readonly string[] = []) => (
    <li key={kind}>
      <label className="rc-check">
        <input type="checkbox" checked={ticked.has(kind)} aria-describedby={matched.length > 0 ? `${id}-${kind}-found` : undefined} onChange={(e) => onToggle(kind, e.target.checked)} />
        {m.kinds[kind]}
      </label>
      {matched.length > 0 && <Trigger id={`${id}-${kind}-found`} matched={matched} message={m.detected.found} />}
    </li>
  );

  const summary = (() => {
    if (autoReply) return m.autoReply.note;
    if (state === 'empty') return m.detected.pasteFirst;
    if (state === 'reading') return m.detected.reading;
    if (state === 'failed') return m.detected.loadFailed;
    if (detection.kinds.length === 0) return m.detected.noneRecognised;
    return detection.language ? format(m.detected.bestMatch, { language: m.languages[detection.language] }) : m.detected.bestMatchNoLanguage;
  })();

  return (
    <div className="rc-kinds">
      <div>
        <h3 id={`${id}-detected`}>{m.detected.heading}</h3>
        <ul aria-labelledby={`${id}-detected`} className="rc-kind-list">
          {autoReply && (
            <li className="rc-auto">
              <span>{m.autoReply.title}</span>
              <Trigger id={`${id}-auto-found`} matched={autoReply.matched} message={m.detected.found} />
            </li>
          )}
          {requests.map((k) => checkbox(k.kind as RequestKind, k.matched))}
        </ul>
        <p className="tool-hint" role={state === 'failed' ? 'alert' : undefined}>
          {summary}
        </p>
      </div>
      <div>
        <h3 id={`${id}-others`}>{m.detected.others}</h3>
        <ul aria-labelledby={`${id}-others`} className="rc-kind-list">
          {REQUEST_KINDS.filter((k) => !detected.has(k)).map((k) => checkbox(k))}
        </ul>
        <p className="tool-hint">
          {rich(m.detected.help, {
            sar: <GlossaryLink entry="subject-access-request-sar">{m.terms.subjectAccessRequest}</GlossaryLink>,
            objection: <GlossaryLink entry="right-to-object">{m.terms.rightToObject}</GlossaryLink>,
          })}
        </p>
      </div>
    </div>
  );
}

/** The words of the message that triggered a kind, quoted as written. */
function Trigger({ id, matched, message }: { id: string; matched: readonly string[]; message: string }) {
  return (
    <span id={id} className="rc-trigger">
      {rich(message, {
        phrases: matched.map((text, i) => (
          <span key={text}>
            {i > 0 && ', '}
            <q>{text}</q>
          </span>
        )),
      })}
    </span>
  );
}
