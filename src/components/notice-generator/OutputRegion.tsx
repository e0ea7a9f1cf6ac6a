import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Messages } from '../../lib/i18n/en/index';
import EditableText, { useEditable } from '../shared/EditableText';

interface Props {
  /** The region's accessible name and heading, e.g. "Short disclaimer" (a contract with external tests). */
  title: string;
  /** What the output is for, one or two sentences. */
  children: ReactNode;
  /** The generated output as plain text. */
  text: string;
  /** The generated output as an HTML fragment, or `null` when there is no HTML version. */
  html: string | null;
  /** The HTML of the user's edit of the text (see `editedToHtml`). */
  editedHtml?: (edited: string) => string;
  /** The textarea's `name`; without it the output is shown read-only (headers). */
  name?: string;
  /** Show the text in a monospace font (headers). */
  code?: boolean;
  /** Why the output is not ready to send (what is missing), or `null`: while set, copying asks for confirmation first. */
  warning?: string | null;
  m: Messages['notice']['outputs'];
  common: Messages['common'];
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

type Kind = 'text' | 'html';

/**
 * One generated output in a region named by its title: the text, editable in place with "Reset
 * to generated", copy buttons for the text and the HTML (both of the edit, once edited), and the
 * HTML source on request. The HTML is shown as source text (React escapes it), never rendered.
 * While `warning` is set, a copy button first says what is missing and copies only after "Copy
 * anyway".
 */
export default function OutputRegion({ title, children, text, html: generatedHtml, editedHtml, name, code = false, warning = null, m, common }: Props) {
  const id = useId();
  const editable = useEditable(text);
  const [feedback, setFeedback] = useState('');
  const [pending, setPending] = useState<Kind | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const html = generatedHtml === null ? null : editable.edited && editedHtml ? editedHtml(editable.text) : generatedHtml;

  useEffect(() => {
    if (pending !== null) confirmRef.current?.focus();
  }, [pending]);
  // A question about copying an incomplete output lapses once it is complete.
  useEffect(() => {
    if (warning === null) setPending(null);
  }, [warning]);

  async function doCopy(kind: Kind) {
    setPending(null);
    const value = kind === 'text' ? editable.text : (html ?? '');
    setFeedback((await copy(value)) ? (kind === 'text' ? m.copiedText : m.copiedHtml) : common.copyFailed);
  }

  function onCopy(kind: Kind) {
    if (warning === null) return void doCopy(kind);
    setFeedback('');
    setPending(kind);
  }

  return (
    <section className="ng-output" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{name ? <label htmlFor={`${id}-text`}>{title}</label> : title}</h3>
      <p className="tool-hint" id={`${id}-hint`}>
        {children}
      </p>
      {name ? (
        <EditableText
          editable={editable}
          id={`${id}-text`}
          name={name}
          rows={Math.min(24, Math.max(3, Math.ceil(text.length / 60) + text.split('\n').length))}
          describedBy={`${id}-hint`}
          code={code}
          labels={{ edited: common.editedByYou, reset: common.resetToGenerated }}
          confirmReset={{ question: m.resetQuestion, confirmLabel: m.resetConfirm, cancelLabel: common.keepIt }}
        />
      ) : (
        <div className={code ? 'ng-text ng-code' : 'ng-text'} data-output-text>
          {text}
        </div>
      )}
      <div className="tool-actions">
        <button type="button" onClick={() => onCopy('text')}>
          {m.copyText}
        </button>
        {html !== null && (
          <button type="button" onClick={() => onCopy('html')}>
            {m.copyHtml}
          </button>
        )}
        <span className="tool-hint" aria-live="polite">
          {feedback}
        </span>
      </div>
      {pending !== null && warning !== null && (
        <div className="ck-alert" data-kind="warning" role="alert">
          <p>{warning}</p>
          <div className="tool-actions">
            <button type="button" ref={confirmRef} onClick={() => void doCopy(pending)}>
              {common.copyAnyway}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {common.cancel}
            </button>
          </div>
        </div>
      )}
      {html !== null && (
        <details className="ng-html">
          <summary>{m.htmlSource}</summary>
          {editable.edited && <p className="tool-hint">{m.editedHtml}</p>}
          <pre data-output-html dir="ltr">{html}</pre>
        </details>
      )}
    </section>
  );
}
