import { useId } from 'react';
import type { Detection } from '../../lib/replies/detect';
import { AUTO_REPLY_INFO, KIND_INFO, REQUEST_KINDS, type RequestKind } from '../../lib/replies/kinds';
import { LANGUAGE_PACKS } from '../../lib/replies/languages';

interface Props {
  detection: Detection;
  /** True when nothing has been pasted yet. */
  empty: boolean;
  ticked: ReadonlySet<RequestKind>;
  onToggle(kind: RequestKind, on: boolean): void;
}

/**
 * The "Detected requests" list, best first, each with the words of the message that triggered
 * it; an automatic reply is listed as such, with nothing to tick. Beside it, the other kinds.
 */
export default function DetectedKinds({ detection, empty, ticked, onToggle }: Props) {
  const id = useId();
  const autoReply = detection.kinds.find((k) => k.kind === 'autoReply');
  const requests = detection.kinds.filter((k) => k.kind !== 'autoReply');
  const detected = new Set(requests.map((k) => k.kind));

  const checkbox = (kind: RequestKind, matched: readonly string[] = []) => (
    <li key={kind}>
      <label className="rc-check">
        <input type="checkbox" checked={ticked.has(kind)} aria-describedby={matched.length > 0 ? `${id}-${kind}-found` : undefined} onChange={(e) => onToggle(kind, e.target.checked)} />
        {KIND_INFO[kind].title}
      </label>
      {matched.length > 0 && <Trigger id={`${id}-${kind}-found`} matched={matched} />}
    </li>
  );

  return (
    <div className="rc-kinds">
      <div>
        <h3 id={`${id}-detected`}>Detected requests</h3>
        <ul aria-labelledby={`${id}-detected`} className="rc-kind-list">
          {autoReply && (
            <li className="rc-auto">
              <span>{AUTO_REPLY_INFO.title}</span>
              <Trigger id={`${id}-auto-found`} matched={autoReply.matched} />
            </li>
          )}
          {requests.map((k) => checkbox(k.kind as RequestKind, k.matched))}
        </ul>
        <p className="rc-hint">
          {autoReply
            ? AUTO_REPLY_INFO.note
            : detection.kinds.length === 0
              ? empty
                ? 'Paste a message to see what it asks for.'
                : 'No request recognised. Tick what the message asks for below.'
              : `Best match first, with the words that matched. The message looks ${detection.language ? LANGUAGE_PACKS[detection.language].englishName : 'like none of the supported languages'}.`}
        </p>
      </div>
      <div>
        <h3 id={`${id}-others`}>Other kinds of request</h3>
        <ul aria-labelledby={`${id}-others`} className="rc-kind-list">
          {REQUEST_KINDS.filter((k) => !detected.has(k)).map((k) => checkbox(k))}
        </ul>
      </div>
    </div>
  );
}

/** The words of the message that triggered a kind, quoted as written. */
function Trigger({ id, matched }: { id: string; matched: readonly string[] }) {
  return (
    <span id={id} className="rc-trigger">
      Found:{' '}
      {matched.map((text, i) => (
        <span key={text}>
          {i > 0 && ', '}
          <q>{text}</q>
        </span>
      ))}
    </span>
  );
}
