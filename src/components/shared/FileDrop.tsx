import { useId, useState, type ReactNode } from 'react';
import Alert from './Alert';

interface Props {
  /** The visible label, e.g. "Lead list" (a contract: keep existing labels). */
  label: string;
  /** The input's `name` (a contract for automation, e.g. "leads"). */
  name: string;
  accept?: string;
  multiple?: boolean;
  /** What files fit, under the label. */
  hint?: ReactNode;
  /** The names of the files chosen, shown in the zone. */
  chosen?: string[];
  /** A problem with the files, shown right here, next to the input. */
  error?: ReactNode;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
  /** "Or drop a file here." / "Or drop files here." in the page's language: pass the `common` area. */
  dropHints: { dropFile: string; dropFiles: string };
}


/**
 * A file input inside a visible drop zone: drag files onto it or choose them. The native input
 * stays (keyboard, screen readers, automation); errors about these files appear inside the zone.
 */
export default function FileDrop({ label, name, accept, multiple, hint, chosen = [], error, disabled, onFiles, dropHints }: Props) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className="tool-dropzone"
      data-dragging={dragging || undefined}
      onDragOver={(e) => {
        if (disabled || !e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        if (disabled) return;
        e.preventDefault();
        setDragging(false);
        const files = [...e.dataTransfer.files];
        if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
        }}
      />
      <span id={`${id}-hint`} className="tool-hint">
        {hint} {multiple ? dropHints.dropFiles : dropHints.dropFile}
      </span>
      {chosen.length > 0 && <span className="tool-dropzone-files">{chosen.join(', ')}</span>}
      {error && (
        <Alert kind="error" id={`${id}-error`}>
          {error}
        </Alert>
      )}
    </div>
  );
}
