import { useId, useState } from 'react';
import { ISO_COUNTRY_CODES, countryName } from '../../lib/profile/countries';
import { representativeNeeds, type RegionOf } from '../../lib/profile/representative';
import { isProfileFilled, parseProfileJson, profileToJson, type SenderProfile } from '../../lib/profile/schema';
import ConfirmButton from '../shared/ConfirmButton';
import { downloadText } from '../shared/download';
import './sender-profile.css';

interface Props {
  profile: SenderProfile;
  onChange(profile: SenderProfile): void;
  onClear(): void;
  /** Region of each European country code, from the jurisdictions data (`{ DE: 'EU', NO: 'EEA', GB: 'UK', CH: 'CH' }`). */
  regions: Record<string, 'EU' | 'EEA' | 'UK' | 'CH'>;
}

type TextField = Exclude<keyof SenderProfile, 'country'>;

const FIELDS: { key: TextField; label: string; hint?: string; multiline?: boolean; type?: string }[] = [
  { key: 'legalName', label: 'Company name', hint: 'The registered legal name.' },
  { key: 'tradingName', label: 'Trading name (if different)' },
  { key: 'postalAddress', label: 'Postal address', multiline: true },
  { key: 'privacyEmail', label: 'Privacy contact email', type: 'email' },
  { key: 'website', label: 'Website', type: 'url' },
  { key: 'privacyNoticeUrl', label: 'Privacy notice URL', type: 'url', hint: 'Your full privacy notice; the email links to it.' },
  { key: 'dpoContact', label: 'Data protection officer (optional)', hint: 'Name and email, if you have appointed one.' },
  { key: 'euRepresentative', label: 'EU representative (optional)', hint: 'Name and contact (GDPR Art. 27).' },
  { key: 'ukRepresentative', label: 'UK representative (optional)', hint: 'Name and contact (UK GDPR Art. 27).' },
];

const sortedCountries = ISO_COUNTRY_CODES;

/**
 * The sender profile form, shared by the notice generator and the reply composer: the fields,
 * the Art. 27 representative check, and Export / Import / Clear. A filled profile folds to one
 * line, "Sending as <company> · Edit", until the user opens it; it never folds while being typed in.
 */
export default function SenderProfileForm({ profile, onChange, onClear, regions }: Props) {
  const id = useId();
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

  if (!open) {
    return (
      <section className="sender-profile sp-folded" aria-label="Sender profile">
        <p>
          Sending as <strong>{profile.tradingName || profile.legalName}</strong>
          {profile.country && ` (${countryName(profile.country)})`} ·{' '}
          <button type="button" className="tool-link" onClick={() => setExpanded(true)} aria-label="Edit the sender profile">
            Edit
          </button>
        </p>
        <p className="sp-hint">The sender profile is saved in this browser and shared by the notice generator and the reply composer.</p>
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
      setMessage({ kind: 'info', text: `Imported the profile from ${file.name}.` });
    } else {
      setMessage({ kind: 'error', text: parsed.message });
    }
  }

  return (
    <fieldset className="sender-profile">
      <legend>Sender profile</legend>
      <p className="sp-hint">Saved in this browser only, and shared by the notice generator and the reply composer.</p>
      <div className="sp-grid">
        {FIELDS.slice(0, 3).map((f) => (
          <Field key={f.key} id={`${id}-${f.key}`} field={f} value={profile[f.key]} onChange={(v) => set(f.key, v)} />
        ))}
        <div className="sp-field">
          <label htmlFor={`${id}-country`}>Country of establishment</label>
          <select id={`${id}-country`} value={profile.country} onChange={(e) => set('country', e.target.value)}>
            <option value="">Choose a country</option>
            {sortedCountries.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </select>
        </div>
        {FIELDS.slice(3).map((f) => (
          <Field key={f.key} id={`${id}-${f.key}`} field={f} value={profile[f.key]} onChange={(v) => set(f.key, v)} />
        ))}
      </div>
      {needs.eu && (
        <p className={profile.euRepresentative ? 'sp-note' : 'sp-warning'}>
          Your company is established outside the EU/EEA. If you target people in the EU, GDPR{' '}
          <a href="https://eur-lex.europa.eu/eli/reg/2016/679/oj">Art. 3(2) and Art. 27</a> generally require you to designate a representative in the
          EU and name it in your notice.{!profile.euRepresentative && ' No EU representative is given.'}
        </p>
      )}
      {needs.uk && (
        <p className={profile.ukRepresentative ? 'sp-note' : 'sp-warning'}>
          Your company is established outside the UK. If you target people in the UK,{' '}
          <a href="https://www.legislation.gov.uk/eur/2016/679/article/27">UK GDPR Art. 27</a> generally requires a UK representative.
          {!profile.ukRepresentative && ' No UK representative is given.'}
        </p>
      )}
      <div className="sp-actions">
        <button type="button" onClick={exportProfile}>
          Export profile
        </button>
        <label className="sp-import">
          Import profile
          <input type="file" accept="application/json,.json" onChange={(e) => void importProfile(e.target.files?.[0])} />
        </label>
        <ConfirmButton
          label="Clear saved data"
          question="Delete the saved sender profile from this browser?"
          confirmLabel="Yes, delete it"
          onConfirm={() => {
            onClear();
            setExpanded(true);
            setMessage({ kind: 'info', text: 'The saved profile was deleted from this browser.' });
          }}
        />
        {filled && (
          <button type="button" onClick={() => setExpanded(false)}>
            Done
          </button>
        )}
      </div>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : undefined} className={message.kind === 'error' ? 'sp-warning' : 'sp-note'}>
          {message.text}
        </p>
      )}
    </fieldset>
  );
}

function Field({ id, field, value, onChange }: { id: string; field: (typeof FIELDS)[number]; value: string; onChange(value: string): void }) {
  const hintId = field.hint ? `${id}-hint` : undefined;
  return (
    <div className="sp-field">
      <label htmlFor={id}>{field.label}</label>
      {field.multiline ? (
        <textarea id={id} rows={3} value={value} aria-describedby={hintId} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} type={field.type ?? 'text'} value={value} aria-describedby={hintId} onChange={(e) => onChange(e.target.value)} />
      )}
      {field.hint && (
        <span id={hintId} className="sp-hint">
          {field.hint}
        </span>
      )}
    </div>
  );
}
