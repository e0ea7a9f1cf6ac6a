import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** A block (a CSV preview, a code sample) rather than a run of text. */
  block?: boolean;
  className?: string;
}

/**
 * Text that always reads left to right, kept whole on an Arabic page: an email address, a file
 * name, a hash, a domain, CSV, code (issue #16). Inline it is a `<bdi dir="ltr">`, isolated from
 * the words around it; as a block, a `<div dir="ltr">`. For a form field, put `dir="ltr"` on
 * the input itself (email, domain, hash fields) or `dir="auto"` where the text may be in any
 * language.
 */
export function Ltr({ children, block = false, className }: Props) {
  return block ? (
    <div dir="ltr" className={className}>
      {children}
    </div>
  ) : (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  );
}
