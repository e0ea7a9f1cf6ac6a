import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { format, plural } from '../../lib/i18n/format';
import { createCountrySearch, shownName, type PlannerCountry } from '../../lib/planner/countries';
import { useWords } from './messages';

interface Props {
  /** Every country the data has a record for, sorted by name. */
  countries: PlannerCountry[];
  /** ISO codes chosen, in order. */
  selected: string[];
  onChange(codes: string[]): void;
  label: string;
  help?: string;
  /** The id of the text input, so readiness links can lead to it. */
  inputId: string;
}

/**
 * A multi-select combobox: type to filter by any name of a country (fuzzy), pick with the mouse
 * or with the arrow keys and Enter; chosen countries show as chips with a remove button.
 * Follows the ARIA combobox pattern with a multi-selectable listbox and `aria-activedescendant`.
 */
export default function CountryPicker({ countries, selected, onChange, label, help, inputId }: Props) {
  const id = useId();
  const { m, locale } = useWords();
  const p = m.picker;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useMemo(() => createCountrySearch(countries), [countries]);
  const results = open ? search(query) : [];
  const byCode = useMemo(() => new Map(countries.map((c) => [c.code, c])), [countries]);
  const listId = `${id}-list`;
  const optionId = (code: string) => `${id}-opt-${code}`;
  const activeOption = results[Math.min(active, results.length - 1)];

  function toggle(code: string) {
    onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code]);
    setQuery('');
    setActive(Math.max(0, countries.findIndex((c) => c.code === code)));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = results.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else if (count > 0) setActive((a) => (Math.min(a, count - 1) + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(countries.length - 1);
        } else if (count > 0) setActive((a) => (Math.min(a, count - 1) - 1 + count) % count);
        break;
      case 'Enter':
        if (open && activeOption) {
          event.preventDefault();
          toggle(activeOption.code);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        break;
      case 'Backspace':
        if (query === '' && selected.length > 0) onChange(selected.slice(0, -1));
        break;
    }
  }

  return (
    <div className="cp-field cp-combobox">
      <label htmlFor={inputId}>{label}</label>
      {help && (
        <p className="tool-hint" id={`${id}-help`}>
          {help}
        </p>
      )}
      <div className="cp-combobox-box">
        <input
          id={inputId}
          name="countries"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-expanded={open && results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && activeOption ? optionId(activeOption.code) : undefined}
          aria-describedby={help ? `${id}-help` : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={p.listLabel} aria-multiselectable="true" className="cp-listbox" hidden={results.length === 0}>
          {results.map((c) => {
            const chosen = selected.includes(c.code);
            const shown = shownName(c);
            const other = c.nativeNames.find((n) => n !== c.name && n !== shown);
            const rule = m.rules.labels[c.namedAddress];
            return (
              <li
                key={c.code}
                id={optionId(c.code)}
                role="option"
                aria-selected={chosen}
                aria-describedby={`${optionId(c.code)}-rule`}
                className={c === activeOption ? 'cp-option cp-option-active' : 'cp-option'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => toggle(c.code)}
              >
                <span className="cp-option-mark" aria-hidden="true">
                  {chosen ? '✓' : ''}
                </span>
                <span className="cp-option-name">{shown}</span>
                {/* The option's name is the country alone (what a user picks); the rest is its description. */}
                <span className="cp-option-meta" aria-hidden="true">
                  {other ? format(p.meta, { native: other, rule }) : rule}
                </span>
                <span id={`${optionId(c.code)}-rule`} hidden>
                  {format(other ? p.ruleDescriptionNative : p.ruleDescription, { native: other ?? '', rule: rule.toLocaleLowerCase() })}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      {open && query.trim() !== '' && results.length === 0 && <p className="tool-hint">{format(p.noMatch, { query })}</p>}
      <p role="status" className="sr-only">
        {open && query.trim() !== '' ? plural(p.matches, results.length, {}, locale) : ''}
      </p>
      {selected.length > 0 && (
        <ul className="cp-chips" aria-label={p.chosenLabel}>
          {selected.map((code) => {
            const country = byCode.get(code);
            const name = country ? shownName(country) : code;
            const remove = format(p.remove, { country: name });
            return (
              <li key={code} className="cp-chip">
                <span>{name}</span>
                <button type="button" aria-label={remove} title={remove} onClick={() => onChange(selected.filter((c) => c !== code))}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
