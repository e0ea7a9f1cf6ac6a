import { defaultCleanOptions, type CleanOptions } from '../../lib/clean/options';
import type { Messages } from '../../lib/i18n/en';
import { format } from '../../lib/i18n/format';
import ConfirmButton from '../shared/ConfirmButton';
import { STORAGE_KEY } from './storage-key';

interface Props {
  options: CleanOptions;
  versions: { disposable: string; free: string; role: string };
  messages: Messages['cleaner'];
  common: Messages['common'];
  locale: string;
  /** The campaign plan targets a country that needs consent: the consent option is marked. */
  highlightConsent: boolean;
  onChange: (update: (o: CleanOptions) => CleanOptions) => void;
}

/** The cleaning options (saved in this browser), and "Clear saved data", which asks first. */
export default function Options({ options, versions, messages, common, locale, highlightConsent, onChange }: Props) {
  const m = messages.options;
  const setRemove = (key: keyof CleanOptions['remove'], value: boolean) => onChange((o) => ({ ...o, remove: { ...o.remove, [key]: value } }));
  const check = (label: string, checked: boolean, set: (value: boolean) => void, marked = false) => (
    <label className="lc-check" data-marked={marked || undefined}>
      <input type="checkbox" checked={checked} onChange={(e) => set(e.target.checked)} />
      {label}
    </label>
  );
  return (
    <fieldset className="lc-options">
      <legend>{m.legend}</legend>
      {check(m.canonical, options.canonical, (v) => onChange((o) => ({ ...o, canonical: v })))}
      {check(m.disposable, options.remove.disposable, (v) => setRemove('disposable', v))}
      {check(m.role, options.remove.role, (v) => setRemove('role', v))}
      {check(m.free, options.remove.free, (v) => setRemove('free', v))}
      {check(m.consentCountry, options.remove.consentCountry, (v) => setRemove('consentCountry', v), highlightConsent)}
      {check(m.protectFormulas, options.protectFormulas, (v) => onChange((o) => ({ ...o, protectFormulas: v })))}
      {check(m.bom, options.bom, (v) => onChange((o) => ({ ...o, bom: v })))}
      <label className="lc-hash">
        {m.hash}{' '}
        <select value={options.hash} onChange={(e) => onChange((o) => ({ ...o, hash: e.target.value === 'md5' ? 'md5' : 'sha256' }))}>
          <option value="sha256">SHA-256</option>
          <option value="md5">MD5</option>
        </select>
      </label>
      <p className="tool-hint">{format(m.lists, versions, locale)}</p>
      <div>
        <ConfirmButton
          label={common.clearSavedData}
          question={m.clearQuestion}
          confirmLabel={m.clearConfirm}
          cancelLabel={common.keepIt}
          className="tool-link"
          onConfirm={() => {
            localStorage.removeItem(STORAGE_KEY);
            onChange(() => defaultCleanOptions());
          }}
        />
      </div>
    </fieldset>
  );
}
