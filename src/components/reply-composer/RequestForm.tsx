import { useId } from 'react';
import type { Messages } from '../../lib/i18n/en';
import { format } from '../../lib/i18n/format';
import { useCountryNames } from '../shared/locale';
import type { ReplyFacts, TransferBasis } from '../../lib/replies/compose';
import type { RequestKind } from '../../lib/replies/kinds';
import { LANGUAGE_CODES, type LanguageCode } from '../../lib/replies/languages';
import GlossaryLink from '../shared/GlossaryLink';
import type { CountryOption } from './ReplyComposer';
import { rich } from './rich';

type M = Messages['replies'];
type TextFact = Exclude<keyof ReplyFacts, 'suppression' | 'received' | 'oneAtATime' | 'transfer' | 'transferCountry' | 'requesterName'>;

/** The free-text facts, in form order. `when` shows a field only when that kind is ticked. */
const FACT_FIELDS: { key: TextFact; rows?: number; date?: boolean; when?: RequestKind }[] = [
  { key: 'held', rows: 4 },
  { key: 'source' },
  { key: 'sourceDate', date: true },
  { key: 'purpose' },
  { key: 'interest', rows: 2 },
  { key: 'recipients' },
  { key: 'retention' },
  { key: 'automated' },
  { key: 'correction', when: 'rectification' },
];

interface RequestProps {
  m: M;
  facts: ReplyFacts;
  setFact: <K extends keyof ReplyFacts>(key: K, value: ReplyFacts[K]) => void;
  address: string;
  onAddress(address: string): void;
  countries: CountryOption[];
  countryCode: string;
  onCountry(code: string): void;
  language: LanguageCode;
  /** The language the message is in, when the user chose another one for the reply. */
  messageLanguage: LanguageCode | null;
  onLanguage(code: LanguageCode | null): void;
}

/** Who asked, from where, when, and in which language to answer. */
export function RequestFields({ m, facts, setFact, address, onAddress, countries, countryCode, onCountry, language, messageLanguage, onLanguage }: RequestProps) {
  const id = useId();
  const t = m.request;
  return (
    <fieldset className="rc-fieldset">
      <legend>{t.legend}</legend>
      <div className="rc-grid">
        <div className="rc-field">
          <label htmlFor={`${id}-name`}>{t.name}</label>
          <input id={`${id}-name`} name="requesterName" type="text" dir="auto" value={facts.requesterName} onChange={(e) => setFact('requesterName', e.target.value)} />
        </div>
        <div className="rc-field">
          <label htmlFor={`${id}-address`}>{t.address}</label>
          <input id={`${id}-address`} name="address" type="email" dir="ltr" value={address} aria-describedby={`${id}-address-hint`} onChange={(e) => onAddress(e.target.value)} />
          <span id={`${id}-address-hint`} className="tool-hint">
            {t.addressHint}
          </span>
        </div>
        <div className="rc-field">
          <label htmlFor={`${id}-country`}>{t.country}</label>
          <select id={`${id}-country`} name="requesterCountry" value={countryCode} aria-describedby={`${id}-country-hint`} onChange={(e) => onCountry(e.target.value)}>
            <option value="">{t.countryUnknown}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label ?? c.name}
              </option>
            ))}
          </select>
          <span id={`${id}-country-hint`} className="tool-hint">
            {rich(t.countryHint, { authority: <GlossaryLink entry="supervisory-authority">{m.terms.supervisoryAuthority}</GlossaryLink> })}
          </span>
        </div>
        <div className="rc-field">
          <label htmlFor={`${id}-received`}>{t.received}</label>
          <input id={`${id}-received`} name="received" type="date" value={facts.received} onChange={(e) => setFact('received', e.target.value)} />
        </div>
        <div className="rc-field">
          <label htmlFor={`${id}-language`}>{t.language}</label>
          <select id={`${id}-language`} name="language" value={language} onChange={(e) => onLanguage(e.target.value as LanguageCode)}>
            {LANGUAGE_CODES.map((code) => (
              <option key={code} value={code}>
                {m.languages[code]}
              </option>
            ))}
          </select>
          {messageLanguage !== null && (
            <button type="button" className="tool-link" onClick={() => onLanguage(null)}>
              {format(t.useMessageLanguage, { language: m.languages[messageLanguage] })}
            </button>
          )}
        </div>
      </div>
    </fieldset>
  );
}

interface FactsProps {
  m: M;
  facts: ReplyFacts;
  setFact: <K extends keyof ReplyFacts>(key: K, value: ReplyFacts[K]) => void;
  ticked: ReadonlySet<RequestKind>;
  /** True for a requester in the United Kingdom: the transfer question is about leaving the UK. */
  uk: boolean;
  /** The sender's country name when it lies outside the requester's area, so "none" cannot be true. */
  senderAbroad: string | null;
  /** The suppression hash of the requester's address, when one is typed and the hash is chosen. */
  hash: string | null;
}

/** What the sender holds about the requester and why: the facts that go into the reply as typed. */
export function FactFields({ m, facts, setFact, ticked, uk, senderAbroad, hash }: FactsProps) {
  const id = useId();
  const names = useCountryNames();
  const t = m.facts;
  const area = uk ? 'uk' : 'eu';
  const hintOf = (key: TextFact) => {
    const field = t[key];
    if (!('hint' in field)) return null;
    const hint = field.hint;
    if (key === 'interest') return rich(hint, { term: <GlossaryLink entry="legitimate-interest">{m.terms.legitimateInterest}</GlossaryLink> });
    return hint;
  };
  return (
    <fieldset className="rc-fieldset">
      <legend>{t.legend}</legend>
      <p className="tool-hint">{t.hint}</p>
      <div className="rc-grid">
        {FACT_FIELDS.filter((f) => !f.when || ticked.has(f.when)).map((f) => {
          const hint = hintOf(f.key);
          const describedBy = hint ? `${id}-${f.key}-hint` : undefined;
          return (
            <div key={f.key} className={`rc-field${f.rows ? ' rc-wide' : ''}`}>
              <label htmlFor={`${id}-${f.key}`}>{t[f.key].label}</label>
              {f.rows ? (
                <textarea id={`${id}-${f.key}`} name={f.key} rows={f.rows} dir="auto" value={facts[f.key]} aria-describedby={describedBy} onChange={(e) => setFact(f.key, e.target.value)} />
              ) : (
                <input id={`${id}-${f.key}`} name={f.key} type={f.date ? 'date' : 'text'} dir={f.date ? undefined : 'auto'} value={facts[f.key]} aria-describedby={describedBy} onChange={(e) => setFact(f.key, e.target.value)} />
              )}
              {hint && (
                <span id={describedBy} className="tool-hint">
                  {hint}
                </span>
              )}
            </div>
          );
        })}
        {ticked.has('access') && (
          <div className="rc-field">
            <label htmlFor={`${id}-transfer`}>{t.transfer.label[area]}</label>
            <select id={`${id}-transfer`} name="transfer" value={facts.transfer} aria-describedby={`${id}-transfer-hint`} onChange={(e) => setFact('transfer', e.target.value as TransferBasis)}>
              <option value="">{t.transfer.unanswered}</option>
              <option value="none" disabled={senderAbroad !== null}>
                {t.transfer.none[area]}
              </option>
              <option value="adequacy">{t.transfer.adequacy[area]}</option>
              <option value="scc">{t.transfer.scc[area]}</option>
            </select>
            <span id={`${id}-transfer-hint`} className="tool-hint">
              {senderAbroad !== null
                ? format(t.transfer.noneImpossible[area], { country: senderAbroad })
                : rich(t.transfer.hint, { term: <GlossaryLink entry="international-transfer">{m.terms.internationalTransfer}</GlossaryLink> })}
            </span>
          </div>
        )}
        {ticked.has('access') && (facts.transfer === 'adequacy' || facts.transfer === 'scc') && (
          <div className="rc-field">
            <label htmlFor={`${id}-transfer-country`}>{t.transfer.country}</label>
            <select id={`${id}-transfer-country`} name="transferCountry" value={facts.transferCountry} onChange={(e) => setFact('transferCountry', e.target.value)}>
              <option value="">{t.transfer.severalCountries}</option>
              {names.codes.map((code) => (
                <option key={code} value={code}>
                  {names.name(code)}
                </option>
              ))}
            </select>
          </div>
        )}
        {ticked.has('legalBasis') && (
          <div className="rc-field rc-wide">
            <label className="rc-check">
              <input type="checkbox" name="oneAtATime" checked={facts.oneAtATime} aria-describedby={`${id}-one-hint`} onChange={(e) => setFact('oneAtATime', e.target.checked)} />
              {t.oneAtATime}
            </label>
            <span id={`${id}-one-hint`} className="tool-hint">
              {t.oneAtATimeHint}
            </span>
          </div>
        )}
        <div className="rc-field">
          <label htmlFor={`${id}-suppression`}>{t.suppression.label}</label>
          <select id={`${id}-suppression`} name="suppression" value={facts.suppression} aria-describedby={`${id}-suppression-hint`} onChange={(e) => setFact('suppression', e.target.value === 'address' ? 'address' : 'hash')}>
            <option value="hash">{t.suppression.hash}</option>
            <option value="address">{t.suppression.address}</option>
          </select>
          <span id={`${id}-suppression-hint`} className="tool-hint">
            {rich(t.suppression.hint, { term: <GlossaryLink entry="suppression-list">{m.terms.suppressionList}</GlossaryLink> })}
            {hash && <> {rich(t.suppression.hashOfAddress, { hash: <code className="rc-hash" dir="ltr">{hash}</code> })}</>}
          </span>
        </div>
      </div>
    </fieldset>
  );
}
