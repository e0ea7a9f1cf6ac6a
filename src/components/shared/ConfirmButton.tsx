import { useEffect, useRef, useState } from 'react';

interface Props {
  /** The button's label, e.g. "Clear saved data" (a contract: keep existing labels). */
  label: string;
  /** The question asked before acting, e.g. "Delete the saved profile from this browser?". */
  question: string;
  /** The label of the button that does it, e.g. "Yes, delete it". */
  confirmLabel: string;
  /** Runs only after the user confirms. */
  onConfirm: () => void;
  /** The label of the button that keeps things as they are. */
  cancelLabel?: string;
  className?: string;
  disabled?: boolean;
  /** Act at once, without asking, when nothing would be lost (e.g. "Try an example" on an empty form). */
  skip?: boolean;
  /** An accessible name when the visible label alone is ambiguous (one "Remove" per table row). */
  ariaLabel?: string;
}

/**
 * A destructive action that asks first, in place: the button turns into a question with "Yes"
 * and "Keep" buttons; Escape or "Keep" backs out. Focus moves to the question and back.
 */
export default function ConfirmButton({ label, question, confirmLabel, onConfirm, cancelLabel = 'Keep it', className, disabled, skip = false, ariaLabel }: Props) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={openRef} type="button" className={className} disabled={disabled} aria-label={ariaLabel} onClick={() => (skip ? onConfirm() : setAsking(true))}>
        {label}
      </button>
    );
  }
  return (
    <span className="tool-confirm" role="group" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <span>{question}</span>
      <button
        type="button"
        className="tool-danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button ref={keepRef} type="button" onClick={() => setAsking(false)}>
        {cancelLabel}
      </button>
    </span>
  );
}
