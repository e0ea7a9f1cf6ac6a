import { useId, useState } from 'react';
import type { Messages } from '../../lib/i18n/en';
import type { ExampleId } from '../../lib/replies/examples';
import ConfirmButton from '../shared/ConfirmButton';

interface Props {
  m: Messages['replies']['message'];
  tryLabel: string;
  keepLabel: string;
  /** True once the user typed something: the example would replace it, so ask first. */
  askFirst: boolean;
  onChoose(example: ExampleId): void;
}

/** "Try an example": pick one of the realistic incoming messages and fill the form with it. */
export default function ExamplePicker({ m, tryLabel, keepLabel, askFirst, onChoose }: Props) {
  const id = useId();
  // The catalog lists the examples in the order the page offers them (a unit test keeps it in step with EXAMPLES).
  const ids = Object.keys(m.examples) as ExampleId[];
  const [example, setExample] = useState<ExampleId>(ids[0]!);
  return (
    <div className="tool-actions rc-example">
      <label htmlFor={`${id}-example`}>{m.exampleLabel}</label>
      <select id={`${id}-example`} name="example" value={example} onChange={(e) => setExample(e.target.value as ExampleId)}>
        {ids.map((e) => (
          <option key={e} value={e}>
            {m.examples[e]}
          </option>
        ))}
      </select>
      {askFirst ? (
        <ConfirmButton label={tryLabel} question={m.exampleReplaceQuestion} confirmLabel={m.exampleReplaceConfirm} cancelLabel={keepLabel} onConfirm={() => onChoose(example)} />
      ) : (
        <button type="button" onClick={() => onChoose(example)}>
          {tryLabel}
        </button>
      )}
    </div>
  );
}
