import { Fragment, type ReactNode } from 'react';

interface Props {
  /** A catalog message with `{placeholders}`, e.g. "See {link}.". */
  text: string;
  /** What goes in each placeholder: a link, a badge, a glossary term. */
  values: Record<string, ReactNode>;
}

/**
 * A catalog message whose placeholders are filled with elements, so a sentence with a link in it
 * keeps its language's word order instead of being glued together from fragments. A placeholder
 * without a value stays visible as `{name}`.
 */
export default function RichMessage({ text, values }: Props) {
  // split() with a capture group alternates text (even indexes) and placeholder names (odd).
  const parts = text.split(/\{(\w+)\}/);
  return <>{parts.map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{values[part] ?? `{${part}}`}</Fragment>))}</>;
}
