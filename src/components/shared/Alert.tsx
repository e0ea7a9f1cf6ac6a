import type { ReactNode } from 'react';

/** How serious a message is; each kind has one colour on every tool. */
export type AlertKind = 'error' | 'warning' | 'info' | 'success';

interface Props {
  kind: AlertKind;
  children: ReactNode;
  /** An id, for a field's aria-describedby. */
  id?: string;
  /** Announce it when it appears (errors are always announced). */
  live?: boolean;
  className?: string;
}

/**
 * A message placed next to what it concerns: an error under the file it is about, a warning
 * beside the output it affects. The one look for every alert in the tools.
 */
export default function Alert({ kind, children, id, live = false, className }: Props) {
  const role = kind === 'error' ? 'alert' : live ? 'status' : undefined;
  return (
    <div id={id} className={className ? `ck-alert ${className}` : 'ck-alert'} data-kind={kind} role={role}>
      {children}
    </div>
  );
}
