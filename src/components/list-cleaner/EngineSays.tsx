import type { EngineMessage } from '../../lib/clean/messages';
import { engineMessage, type EngineTexts } from '../../lib/i18n/engine-messages';
import { Ltr } from '../shared/Ltr';
import { rich } from '../shared/rich-text';

interface Props {
  message: EngineMessage;
  /** `cleaner.engine` of the page's catalog. */
  texts: EngineTexts;
  locale: string;
}

/**
 * A message of the cleaning engine (an input error, a note) in the page's language: file and
 * column names, cells and encodings each in a `<bdi dir="ltr">`, so they stay whole in Arabic.
 */
export default function EngineSays({ message, texts, locale }: Props) {
  const { text, ltr } = engineMessage(message, texts, locale);
  return <>{rich(text, Object.fromEntries(Object.entries(ltr).map(([key, value]) => [key, <Ltr>{value}</Ltr>])))}</>;
}
