import { Fragment, type ReactNode } from 'react';

/**
 * A catalog message with elements in place of some `{placeholders}` (a link, a glossary term, a
 * quoted phrase), so a sentence with a link stays one message a translator can reorder. A
 * placeholder without a part is left visible, as `format()` does.
 */
export function rich(message: string, parts: Record<string, ReactNode>): ReactNode {
  return message.split(/(\{\w+\})/).map((piece, i) => {
    const key = /^\{(\w+)\}$/.exec(piece)?.[1];
    return <Fragment key={i}>{key !== undefined && key in parts ? parts[key] : piece}</Fragment>;
  });
}
