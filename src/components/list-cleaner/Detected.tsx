import type { Inspection, ReadOverrides } from '../../lib/clean/run';
import type { Encoding } from '../../lib/csv/encoding';
import type { Messages } from '../../lib/i18n/en';
import { format } from '../../lib/i18n/format';

interface Props {
  inspection: Inspection;
  overrides: ReadOverrides;
  encodings: Encoding[];
  optOut: number[];
  messages: Messages['cleaner']['detected'];
  locale: string;
  onOverrides: (update: (o: ReadOverrides) => ReadOverrides) => void;
  onOptOut: (update: (list: number[]) => number[]) => void;
}

const DELIMITERS = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const;

/** What the cleaner found in the lead list (encoding, delimiter, header, email column, opt-out columns), each one changeable. */
export default function Detected({ inspection, encodings, optOut, messages: m, locale, onOverrides, onOptOut }: Props) {
  const header = inspection.header;
  const columnName = (i: number) => header[i] || format(m.column, { number: i + 1 }, locale);
  const notes = [
    !inspection.encodingSure && format(m.encodingGuessed, { encoding: inspection.encoding }, locale),
    inspection.emailColumnBy === 'content' && m.emailByContent,
    inspection.countryColumn !== null && format(m.countryColumn, { column: columnName(inspection.countryColumn) }, locale),
    inspection.emailColumn === null && m.noEmailColumn,
  ].filter((note): note is string => typeof note === 'string');
  return (
    <fieldset className="lc-detected">
      <legend>{m.legend}</legend>
      <div className="lc-grid">
        <label>
          {m.encoding}
          <select value={inspection.encoding} onChange={(e) => onOverrides((o) => ({ ...o, encoding: e.target.value as Encoding }))}>
            {(encodings.includes(inspection.encoding) ? encodings : [inspection.encoding, ...encodings]).map((enc) => (
              <option key={enc} value={enc}>
                {enc}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.delimiter}
          <select value={inspection.delimiter} onChange={(e) => onOverrides((o) => ({ ...o, delimiter: e.target.value }))}>
            {Object.entries(DELIMITERS).map(([value, key]) => (
              <option key={value} value={value}>
                {m.delimiters[key]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.headerRow}
          <input type="number" min={1} value={inspection.headerRow + 1} onChange={(e) => onOverrides((o) => ({ ...o, headerRow: Math.max(0, Number(e.target.value) - 1) }))} />
        </label>
        <label>
          {m.emailColumn}
          <select value={inspection.emailColumn ?? ''} onChange={(e) => onOverrides((o) => ({ ...o, emailColumn: e.target.value === '' ? undefined : Number(e.target.value) }))}>
            {inspection.emailColumn === null && <option value="">{m.chooseEmailColumn}</option>}
            {header.map((_, i) => (
              <option key={i} value={i}>
                {columnName(i)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {notes.length > 0 && (
        <p className="tool-hint">
          {notes.map((note) => (
            <span key={note}>{note} </span>
          ))}
        </p>
      )}
      {inspection.optOutColumns.length > 0 && (
        <div className="lc-optout">
          <p>{m.optOutIntro}</p>
          {inspection.optOutColumns.map((c) => (
            <label key={c} className="lc-check">
              <input type="checkbox" checked={optOut.includes(c)} onChange={(e) => onOptOut((list) => (e.target.checked ? [...list, c] : list.filter((x) => x !== c)))} />
              {format(m.honour, { column: columnName(c) }, locale)}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
