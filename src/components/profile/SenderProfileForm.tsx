import { useEffect, useId, useRef, useState } from 'react';
import type { Messages } from '../../lib/i18n/en/index';
import { format } from '../../lib/i18n/format';
import { representativeNeeds, type RegionOf } from '../../lib/profile/representative';
import { isProfileFilled, parseProfileJson, profileToJson, type SenderProfile } from '../../lib/profile/schema';
import Alert from '../shared/Alert';
import ConfirmButton from '../shared/ConfirmButton';
import { downloadText } from '../shared/download';
import GlossaryLink from '../shared/GlossaryLink';
import { useCountryNames } from '../shared/locale';
import { rich } from '../shared/rich-text';
import './sender-profile.css';

interface Props {
  profile: SenderProfile;
  onChange(profile: SenderProfile): void;
  onClear(): void;
  /** Region of each European country code, from the jurisdictions data (`{ DE: 'EU', NO: 'EEA', GB: 'UK', CH: 'CH' }`). */
  regions: Record<string, 'EU' | 'EEA' | 'UK' | 'CH'>;
  /** The form's words in the page's language (`getMessages(locale).profile`). */
  messages: Messages['profile'];
  /** Prefix of the fields' ids (`<prefix>-legalName`…), so a tool can link to a field; a generated one by default. */
  idPrefix?: string;
  /** Open the form and focus this field; a new object each time it is asked for (a tool's "fill this" link). */
  reveal?: { field: keyof SenderProfile } | null;
}

type TextField = Exclude<keyof SenderProfile, 'country'>;

/** The text fields in the order the form shows them (the country select comes after the first three). */
const FIELDS: { key: TextField; multiline?: boolean; type?: string }[] = [
  { key: 'legalName' },
  { key: 'tradingName' },
  { key: 'postalAddress', multiline: true },
  { key: 'privacyEmail', type: 'email' },
  { key: 'website', type: 'url' },
  { key: 'privacyNoticeUrl', type: 'url' },
  { key: 'dpoContact' },
  { key: 'euRepresentative' },
  { key: 'ukRepresentative' },
];

const GDPR = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const UK_GDPR_27 = 'https://www.legislation.gov.uk/eur/2016/679/article/27';

/**
 * The sender profile form, shared by the notice generator and the reply composer: the fields,
 * the Art. 27 representative check, and Export / Import / Clear. A filled profile folds to one
 * line, "Sending as <company> · Edit", until the user opens it; it never folds while being typed in.
 */
export default function SenderProfileForm({ profile, onChange, onClear, regions, messages: m, idPrefix, reveal = null }: Props) {
  const generatedId = useId();
  const names = useCountryNames();
  const id = idPrefix ?? generatedId;
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  // null: the user has not opened or closed it, so it is open exactly when the profile is incomplete.
  const [expanded, setExpanded] = useState<boolean | null>(null);
  const regionOf: RegionOf = (code) => regions[code];
  const needs = representativeNeeds(profile, regionOf);
  const filled = isProfileFilled(profile);
  const open = expanded ?? !filled;
  const edit = (next: SenderProfile) => {
    if (expanded === null) setExpanded(true);
    onChange(next);
  };
  const set = (key: keyof SenderProfile, value: string) => edit({ ...profile, [key]: value });

  // A tool asked for a field: open the form, then (once the field is there) put the cursor in it.
  const revealed = useRef<Props['reveal']>(null);
  useEffect(() => {
    if (reveal === null || revealed.current === reveal) return;
    if (!open) return setExpanded(true);
    revealed.current = reveal;
    const field = document.getElementById(`${id}-${reveal.field}`);
    field?.scrollIntoView({ block: 'center' });
    field?.focus({ preventScroll: true });
  }, [reveal, open, id]);

  if (!open) {
    const company = <strong>{profile.tradingName || profile.legalName}</strong>;
    return (
      <section className="sender-profile sp-folded" aria-label={m.legend}>
        <p>
          {profile.country ? rich(m.folded, { company, country: names.name(profile.country) }) : rich(m.foldedNoCountry, { company })} ·{' '}
          <button type="button" className="tool-link" onClick={() => setExpanded(true)} aria-label={m.editLabel}>
            {m.edit}
          </button>
        </p>
        <p className="tool-hint">{m.foldedHint}</p>
      </section>
    );
  }

  function exportProfile() {
    downloadText(profileToJson(profile), 'sender-profile.json', 'application/json');
  }

  async function importProfile(file: File | undefined) {
    if (!file) return;
    const parsed = parseProfileJson(await file.text());
    if (parsed.ok) {
      edit(parsed.profile);
      setMessage({ kind: 'info', text: format(m.imported, { file: file.name }) });
    } else {
      setMessage({ kind: 'error', text: format(m.importErrors[parsed.reason], { details: parsed.details ?? '' }) });
    }
  }

  const field = (f: (typeof FIELDS)[number]) => (
    <Field key={f.key} id={`${id}-${f.key}`} field={f} label={m.labels[f.key]} hint={(m.hints as Partial<Record<TextField, string>>)[f.key]} value={profile[f.key]} onChange={(v) => set(f.key, v)} />
  );

  return (
    <fieldset className="sender-profile">
      <legend>{m.legend}</legend>
      <p className="tool-hint">{rich(m.intro, { controller: <GlossaryLink entry="controller">{m.controllerTerm}</GlossaryLink> })}</p>
      <div className="sp-grid">
        {FIELDS.slice(0, 3).map(field)}
        <div className="sp-field">
          <label htmlFor={`${id}-country`}>{m.labels.country}</label>
          <select id={`${id}-country`} name="country" value={profile.country} onChange={(e) => set('country', e.target.value)}>
            <option value="">{m.chooseCountry}</option>
            {names.codes.map((code) => (
              <option key={code} value={code}>
                {names.name(code)}
              </option>
            ))}
          </select>
        </div>
        {FIELDS.slice(3).map(field)}
      </div>
      {needs.eu && (
        <Alert kind={profile.euRepresentative ? 'info' : 'warning'}>
          <p>
            {rich(m.euNeeded, {
              articles: <a href={GDPR}>{m.euArticles}</a>,
              representative: <GlossaryLink entry="eu-representative-art-27">{m.euRepresentativeTerm}</GlossaryLink>,
            })}
            {!profile.euRepresentative && <> {m.euMissing}</>}
          </p>
        </Alert>
      )}
      {needs.uk && (
        <Alert kind={profile.ukRepresentative ? 'info' : 'warning'}>
          <p>
            {rich(m.ukNeeded, { article: <a href={UK_GDPR_27}>{m.ukArticle}</a> })}
            {!profile.ukRepresentative && <> {m.ukMissing}</>}
          </p>
        </Alert>
      )}
      <div className="tool-actions">
        <button type="button" onClick={exportProfile}>
          {m.exportProfile}
        </button>
        <label className="tool-file">
          {m.importProfile}
          <input type="file" accept="application/json,.json" onChange={(e) => void importProfile(e.target.files?.[0])} />
        </label>
        <ConfirmButton
          label={m.clearSavedData}
          question={m.clearQuestion}
          confirmLabel={m.clearConfirm}
          cancelLabel={m.keepIt}
          onConfirm={() => {
            onClear();
            setExpanded(true);
            setMessage({ kind: 'info', text: m.cleared });
          }}
        />
        {filled && (
          <button type="button" onClick={() => setExpanded(false)}>
            {m.done}
          </button>
        )}
      </div>
      {message && (
        <Alert kind={message.kind}>
          <p>{message.text}</p>
        </Alert>
      )}
    </fieldset>
  );
}

function Field({ id, field, label, hint, value, onChange }: { id: string; field: (typeof FIELDS)[number]; label: string; hint?: string; value: string; onChange(value: string): void }) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="sp-field">
      <label htmlFor={id}>{label}</label>
      {field.multiline ? (
        <textarea id={id} name={field.key} dir="auto" rows={3} value={value} aria-describedby={hintId} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          id={id}
          name={field.key}
          type={field.type ?? 'text'}
          // Addresses and links read left to right on an Arabic page too; names take their own language's direction.
          dir={field.type === undefined ? 'auto' : 'ltr'}
          value={value}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint && (
        <span id={hintId} className="tool-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
