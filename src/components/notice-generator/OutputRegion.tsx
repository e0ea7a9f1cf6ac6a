import { useId, useState, type ReactNode } from 'react';

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

/**
 * One generated output in a region named by its title: the plain text as it will read, copy
 * buttons for the text and the HTML, and the HTML source on request. The HTML is shown as
 * source text (React escapes it), never rendered.
 */
export default function OutputRegion({ title, children, text, html, code = false }: Props) {
  const id = useId();
  const [feedback, setFeedback] = useState('');

  async function onCopy(kind: 'text' | 'HTML', value: string) {
    setFeedback((await copy(value)) ? `Copied the ${kind}.` : 'Copying failed: select the text and copy it yourself.');
  }

  return (
    <section className="ng-output" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="ng-hint">{children}</div>
      <div className={code ? 'ng-text ng-code' : 'ng-text'} data-output-text>
        {text}
      </div>
      <div className="ng-actions">
        <button type="button" onClick={() => void onCopy('text', text)}>
          Copy text
        </button>
        {html !== null && (
          <button type="button" onClick={() => void onCopy('HTML', html)}>
            Copy HTML
          </button>
        )}
        <span className="ng-hint" aria-live="polite">
          {feedback}
        </span>
      </div>
      {html !== null && (
        <details className="ng-html">
          <summary>HTML source</summary>
          <pre data-output-html>{html}</pre>
        </details>
      )}
    </section>
  );
}
