import { useState } from 'react';
import ConfirmButton from './ConfirmButton';

/** A generated text the user can edit before copying; follows the generated text until edited. */
export interface Editable {
  /** What to copy or download: the user's edit, else the generated text. */
  text: string;
  /** True once the user changed the text. */
  edited: boolean;
  setText: (text: string) => void;
  /** Drops the edit: the text follows the generated one again. */
  reset: () => void;
}

/** Keeps the user's edit of a generated text; `generated` may change underneath without losing it. */
export function useEditable(generated: string): Editable {
  const [edit, setEdit] = useState<string | null>(null);
  return {
    text: edit ?? generated,
    edited: edit !== null && edit !== generated,
    setText: setEdit,
    reset: () => setEdit(null),
  };
}

interface Props {
  editable: Editable;
  /** The textarea's id, for a visible <label htmlFor>. */
  id: string;
  /** The textarea's `name` (a contract for automation). */
  name?: string;
  /** Say so when the generated text changed since the edit (the edit is kept). */
  rows?: number;
  describedBy?: string;
  disabled?: boolean;
  code?: boolean;
  /** The words around the edit, from the tool's catalog (English by default). */
  labels?: { edited: string; reset: string };
  /** Ask before dropping the edit ("Reset to generated" becomes a ConfirmButton). */
  confirmReset?: { question: string; confirmLabel: string; cancelLabel?: string };
}

const DEFAULT_LABELS = { edited: 'Edited by you: changes to the form no longer update this text.', reset: 'Reset to generated' };

/** The editable text with "Reset to generated" once it differs from what the tool wrote. */
export default function EditableText({ editable, id, name, rows = 10, describedBy, disabled, code, labels = DEFAULT_LABELS, confirmReset }: Props) {
  return (
    <>
      <textarea
        id={id}
        name={name}
        // A letter in the recipient's language: its own direction, whatever the page's.
        dir="auto"
        className="tool-output-text"
        rows={rows}
        spellCheck
        value={editable.text}
        aria-describedby={describedBy}
        disabled={disabled}
        style={code ? { fontFamily: 'var(--sl-font-mono)' } : undefined}
        onChange={(e) => editable.setText(e.target.value)}
      />
      {editable.edited && (
        <p className="tool-actions">
          <span className="tool-hint">{labels.edited}</span>
          {confirmReset ? (
            <ConfirmButton label={labels.reset} onConfirm={editable.reset} {...confirmReset} />
          ) : (
            <button type="button" onClick={editable.reset}>
              {labels.reset}
            </button>
          )}
        </p>
      )}
    </>
  );
}
