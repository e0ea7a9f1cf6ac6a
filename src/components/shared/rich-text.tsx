import { Fragment, type ReactNode } from 'react';

/**
 * A catalog message with elements in its `{placeholders}`, e.g. a link inside a sentence:
 * `rich('See the {rules}.', { rules: <a href="…">country rules</a> })`. The sentence stays one
 * message, so a translation can move the link anywhere; `format()` does the same for plain values.
 * A placeholder without a value is left as it is, so a missing value shows rather than hides.
 */
export function rich(message: string, parts: Record<string, ReactNode>): ReactNode {
  const pieces = message.split(/\{(\w+)\}/);
  return pieces.map((piece, i) => {
    if (i % 2 === 0) return piece === '' ? null : <Fragment key={i}>{piece}</Fragment>;
    return <Fragment key={i}>{piece in parts ? parts[piece] : `{${piece}}`}</Fragment>;
  });
}
