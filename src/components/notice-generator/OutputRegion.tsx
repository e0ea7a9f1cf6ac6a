import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The region's accessible name and heading, e.g. "Short disclaimer" (a contract with external tests). */
  title: string;
  /** What the output is for, one or two sentences. */
  children: ReactNode;
  /** The output as plain text. */
  text: string;
  /** The output as an HTML fragment, or `null` when there is no HTML version. */
  html: string | null;
  /** Show the text in a monospace font (headers). */
  code?: boolean;
  /** Why the output is not ready to send (what is missing), or `null`: while set, copying asks for confirmation first. */
  warning?: string | null;
}

/** Writes text to the clipboard; resolves to false when the browser refuses. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

type Kind = 'text' | 'HTML';

/**
 * One generated output in a region named by its title: the plain text as it will read, copy
 * buttons for the text and the HTML, and the HTML source on request. The HTML is shown as
 * source text (React escapes it), never rendered. While `warning` is set, a copy button first
 * says what is missing and copies only after "Copy anyway".
 */
export default function OutputRegion({ title, children, text, html, code = false, warning = null }: Props) {
  const id = useId();
  const [feedback, setFeedback] = useState('');
  const [pending, setPending] = useState<Kind | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (pending !== null) confirmRef.current?.focus();
  }, [pending]);
  // A question about copying an incomplete output lapses once it is complete.
  useEffect(() => {
    if (warning === null) setPending(null);
  }, [warning]);

  async function doCopy(kind: Kind) {
    setPending(null);
    const value = kind === 'text' ? text : (html ?? '');
    setFeedback((await copy(value)) ? `Copied the ${kind}.` : 'Copying failed: select the text and copy it yourself.');
  }

  function onCopy(kind: Kind) {
    if (warning === null) return void doCopy(kind);
    setFeedback('');
    setPending(kind);
  }

  return (
    <section className="ng-output" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="ng-hint">{children}</div>
      <div className={code ? 'ng-text ng-code' : 'ng-text'} data-output-text>
        {text}
      </div>
      <div className="ng-actions">
        <button type="button" onClick={() => onCopy('text')}>
          Copy text
        </button>
        {html !== null && (
          <button type="button" onClick={() => onCopy('HTML')}>
            Copy HTML
          </button>
        )}
        <span className="ng-hint" aria-live="polite">
          {feedback}
        </span>
      </div>
      {pending !== null && warning !== null && (
        <div className="ng-confirm" role="alert">
          <p>{warning}</p>
          <div className="ng-actions">
            <button type="button" ref={confirmRef} onClick={() => void doCopy(pending)}>
              Copy anyway
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {html !== null && (
        <details className="ng-html">
          <summary>HTML source</summary>
          <pre data-output-html>{html}</pre>
        </details>
      )}
    </section>
  );
}
