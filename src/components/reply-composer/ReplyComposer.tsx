import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { countryName, ISO_COUNTRY_CODES } from '../../lib/profile/countries';
import { composeReply, emptyFacts, type MissingFact, type ReplyFacts, type TransferBasis } from '../../lib/replies/compose';
import { formatDate, localCalendarDate, parseIsoDate, toIsoDate } from '../../lib/replies/deadline';
import { buildPhraseIndex, detectRequests, type Detection, type PhraseIndex } from '../../lib/replies/detect';
import { replyToHtml } from '../../lib/replies/html';
import { REQUEST_KINDS, type RequestKind } from '../../lib/replies/kinds';
import { LANGUAGE_LIST, LANGUAGE_PACKS } from '../../lib/replies/languages';
import { createLogEntry } from '../../lib/replies/log';
import type { LanguageCode } from '../../lib/replies/schema';
import { suppressionHash } from '../../lib/replies/suppression';
import { senderOutsideArea } from '../../lib/replies/transfers';
import SenderProfileForm from '../profile/SenderProfileForm';
import { useSenderProfile } from '../profile/use-sender-profile';
import DeadlinePanel from './DeadlinePanel';
import DetectedKinds from './DetectedKinds';
import RequestLog from './RequestLog';
import { useRequestLog } from './use-request-log';
import '../shared/tool-controls.css';
import './reply-composer.css';
import { sitePath } from '../shared/site-path';

/** One country of the jurisdictions data, as the composer needs it. */
export interface CountryOption {
  code: string;
  name: string;
  region: 'EU' | 'EEA' | 'UK' | 'CH';
  namedAddress: 'allowed' | 'conditions' | 'consent-required' | 'unclear';
  /** The supervisory authority's name as it writes it, in its own language. */
  authorityName: string;
  /** Its English name, for English letters, where the record gives one. */
  authorityEnglishName?: string | undefined;
  /** Its names in the country's other official languages, by language code. */
  authorityLocalNames?: Readonly<Record<string, string>> | undefined;
  authorityUrl: string;
}

interface Props {
  countries: CountryOption[];
  /** BCP 47 locale of the page's language, for the dates the interface shows (the letter has its own). */
  uiLocale?: string;
}

/** Every detection pattern of every language, indexed on first use (not at page load). */
let phraseIndex: PhraseIndex | null = null;
const NOTHING: Detection = { kinds: [], language: null };

function detect(message: string): Detection {
  if (message.trim() === '') return NOTHING;
  phraseIndex ??= buildPhraseIndex(LANGUAGE_LIST);
  return detectRequests(message, phraseIndex);
}

type TextFact = Exclude<keyof ReplyFacts, 'suppression' | 'received' | 'oneAtATime' | 'transfer' | 'transferCountry'>;

/** The free-text facts, in form order. `when` shows a field only when that kind is ticked. */
const FACT_FIELDS: { key: TextFact; label: string; hint?: string; multiline?: boolean; date?: boolean; when?: RequestKind }[] = [
  { key: 'held', label: 'What you hold about them', hint: 'One “Field: value” per line, or paste the header line and their row from your list (CSV).', multiline: true },
  { key: 'source', label: 'Where the data came from', hint: 'Name it: “the team page on acme.example”, “an Apollo.io export”.' },
  { key: 'sourceDate', label: 'When you obtained it', date: true },
  { key: 'purpose', label: 'What you offer them (purpose)', hint: 'For example “our email-security software for companies that run their own mail servers”.' },
  { key: 'interest', label: 'Why they fit (legitimate interest)', hint: 'The public signal that made you write: their role, a job post, a product launch.', multiline: true },
  {
    key: 'recipients',
    label: 'Who receives the data (recipients)',
    hint: 'Name each one and where it is, e.g. “Lemlist SAS (France), HubSpot Inc. (USA)”: the person is entitled to know who they are, not only what kind (CJEU C-154/21).',
  },
  { key: 'retention', label: 'How long you keep it', hint: 'For example “deleted six months after our last email”.' },
  { key: 'automated', label: 'Automated decisions or profiling (if any)', hint: 'Leave empty if you take no decision about people based solely on automated processing (Art. 22).' },
  { key: 'correction', label: 'What you corrected', when: 'rectification' },
];

/** What to add when the reply had to do without a fact. */
const MISSING_LABELS: Record<MissingFact, string> = {
  country: 'the requester’s country, to name their supervisory authority',
  requesterName: 'the requester’s name, for the greeting',
  held: 'what you hold about them: an access answer includes a copy',
  source: 'where the data came from (Art. 15(1)(g) asks for any available information)',
  purpose: 'what you offer them (the purpose)',
  interest: 'why they fit (your legitimate interest)',
  recipients: 'who receives the data, by name (Art. 15(1)(c))',
  retention: 'how long you keep it',
  transfer: 'whether the data go abroad, and on what basis (Art. 15(2))',
  company: 'your company name, in the sender profile',
  privacyEmail: 'your privacy contact email, in the sender profile',
};

/**
 * The reply composer: paste a reply, tick the kinds of request it holds, fill the facts, and get
 * one answer in the requester's language, the deadline, and a log entry. All logic is in
 * src/lib/replies; this island holds state and lays it out.
 */
export default function ReplyComposer({ countries, uiLocale = 'en-GB' }: Props) {
  const id = useId();
  const [profile, setProfile, clearProfile] = useSenderProfile();
  const [log, setLog, clearLog, logProblem] = useRequestLog();
  const [message, setMessage] = useState('');
  const [ticked, setTicked] = useState<Set<RequestKind>>(new Set());
  const [facts, setFacts] = useState<ReplyFacts>(emptyFacts);
  const [address, setAddress] = useState('');
  const [countryCode, setCountryCode] = useState('');
  const [chosenLanguage, setChosenLanguage] = useState<LanguageCode | null>(null);
  const [today, setToday] = useState(() => localCalendarDate(new Date()));
  const [status, setStatus] = useState('');
  const [copyDespiteGaps, setCopyDespiteGaps] = useState(false);

  // "Today" is the reader's, not the build machine's: set it (and the default date received) after hydration.
  useEffect(() => {
    const now = localCalendarDate(new Date());
    setToday(now);
    setFacts((f) => (f.received === '' ? { ...f, received: toIsoDate(now) } : f));
  }, []);

  const deferredMessage = useDeferredValue(message);
  const detection = useMemo(() => detect(deferredMessage), [deferredMessage]);
  const detectedKey = detection.kinds.map((k) => k.kind).join(',');
  useEffect(() => setTicked(new Set(detection.kinds.flatMap((k) => (k.kind === 'autoReply' ? [] : [k.kind])))), [detectedKey]);

  const language: LanguageCode = chosenLanguage ?? detection.language ?? 'en';
  const pack = LANGUAGE_PACKS[language];
  const country = countries.find((c) => c.code === countryCode) ?? null;
  const regions = useMemo(() => Object.fromEntries(countries.map((c) => [c.code, c.region])), [countries]);
  const kinds = REQUEST_KINDS.filter((k) => ticked.has(k));
  const reply = useMemo(() => composeReply({ kinds, pack, facts, profile, country }), [kinds.join(','), pack, facts, profile, country]);
  const received = parseIsoDate(facts.received);
  const hash = facts.suppression === 'hash' ? suppressionHash(address) : null;
  const uk = country?.region === 'UK';
  const noneImpossible = senderOutsideArea(profile.country, country?.region ?? null, (code) => regions[code]);
  const autoReply = detection.kinds.some((k) => k.kind === 'autoReply');

  useEffect(() => setCopyDespiteGaps(false), [reply.text]);
  useEffect(() => {
    if (noneImpossible && facts.transfer === 'none') setFacts((f) => ({ ...f, transfer: '' }));
  }, [noneImpossible, facts.transfer]);

  const setFact = <K extends keyof ReplyFacts>(key: K, value: ReplyFacts[K]) => setFacts((f) => ({ ...f, [key]: value }));
  const toggle = (kind: RequestKind, on: boolean) =>
    setTicked((t) => {
      const next = new Set(t);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });

  async function copyReply() {
    if (reply.gaps.length > 0 && !copyDespiteGaps) {
      setCopyDespiteGaps(true);
      setStatus(`The reply still shows ${pack.reply.missing} where ${reply.gaps.map((g) => MISSING_LABELS[g]).join(' and ')} should be. Fill it in, or press “Copy reply” again to copy it as it is.`);
      return;
    }
    try {
      if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
        const item = new ClipboardItem({
          'text/plain': new Blob([reply.text], { type: 'text/plain' }),
          'text/html': new Blob([replyToHtml(reply.text)], { type: 'text/html' }),
        });
        await navigator.clipboard.write([item]);
      } else {
        await navigator.clipboard.writeText(reply.text);
      }
      setStatus('Copied the reply.');
    } catch {
      setStatus('Could not copy: select the reply text and copy it by hand.');
    }
  }

  function addToLog() {
    if (!received || kinds.length === 0) return;
    const entry = createLogEntry({
      id: crypto.randomUUID(),
      received,
      requester: facts.requesterName.trim() || address.trim(),
      country: countryCode,
      kinds,
      language,
    });
    setLog([...log, entry]);
    setStatus(`Added to the log: due ${formatDate(parseIsoDate(entry.due)!, uiLocale)}.`);
  }

  const area = uk ? 'the UK' : 'the EU/EEA';

  return (
    <div className="reply-composer tool not-content">
      <fieldset>
        <legend>The message</legend>
        <div className="rc-field">
          <label htmlFor={`${id}-message`}>Incoming message</label>
          <textarea
            id={`${id}-message`}
            rows={7}
            value={message}
            aria-describedby={`${id}-message-hint`}
            onChange={(e) => setMessage(e.target.value)}
            placeholder="Paste the reply you received. Quoted earlier messages are ignored."
          />
          <span id={`${id}-message-hint`} className="rc-hint">
            Read in this browser only. Any of {LANGUAGE_LIST.map((p) => p.englishName).join(', ')}.
          </span>
        </div>
        <DetectedKinds detection={detection} empty={message.trim() === ''} ticked={ticked} onToggle={toggle} />
      </fieldset>

      <SenderProfileForm profile={profile} onChange={setProfile} onClear={clearProfile} regions={regions} />

      <fieldset>
        <legend>The request</legend>
        <div className="rc-grid">
          <div className="rc-field">
            <label htmlFor={`${id}-name`}>Requester’s name</label>
            <input id={`${id}-name`} type="text" value={facts.requesterName} onChange={(e) => setFact('requesterName', e.target.value)} />
          </div>
          <div className="rc-field">
            <label htmlFor={`${id}-address`}>Requester’s email address</label>
            <input id={`${id}-address`} type="email" value={address} aria-describedby={`${id}-address-hint`} onChange={(e) => setAddress(e.target.value)} />
            <span id={`${id}-address-hint`} className="rc-hint">
              For the log and the suppression hash; not written into the reply.
            </span>
          </div>
          <div className="rc-field">
            <label htmlFor={`${id}-country`}>Requester’s country</label>
            <select id={`${id}-country`} value={countryCode} aria-describedby={`${id}-country-hint`} onChange={(e) => setCountryCode(e.target.value)}>
              <option value="">Not known</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            <span id={`${id}-country-hint`} className="rc-hint">
              Where they live or work: the reply names that country’s supervisory authority.
            </span>
          </div>
          <div className="rc-field">
            <label htmlFor={`${id}-received`}>Date received</label>
            <input id={`${id}-received`} type="date" value={facts.received} onChange={(e) => setFact('received', e.target.value)} />
          </div>
          <div className="rc-field">
            <label htmlFor={`${id}-language`}>Reply language</label>
            <select id={`${id}-language`} value={language} onChange={(e) => setChosenLanguage(e.target.value as LanguageCode)}>
              {LANGUAGE_LIST.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.englishName} ({p.name})
                </option>
              ))}
            </select>
            {chosenLanguage !== null && detection.language !== null && chosenLanguage !== detection.language && (
              <button type="button" className="tool-link" onClick={() => setChosenLanguage(null)}>
                Use the message’s language ({LANGUAGE_PACKS[detection.language].englishName})
              </button>
            )}
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>What you hold and why</legend>
        <p className="rc-hint">Write these in the reply language: they go into the reply as you type them. Nothing here is saved.</p>
        <div className="rc-grid">
          {FACT_FIELDS.filter((f) => !f.when || ticked.has(f.when)).map((f) => (
            <div key={f.key} className={`rc-field${f.multiline ? ' rc-wide' : ''}`}>
              <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
              {f.multiline ? (
                <textarea id={`${id}-${f.key}`} rows={f.key === 'held' ? 4 : 2} value={facts[f.key]} aria-describedby={f.hint ? `${id}-${f.key}-hint` : undefined} onChange={(e) => setFact(f.key, e.target.value)} />
              ) : (
                <input id={`${id}-${f.key}`} type={f.date ? 'date' : 'text'} value={facts[f.key]} aria-describedby={f.hint ? `${id}-${f.key}-hint` : undefined} onChange={(e) => setFact(f.key, e.target.value)} />
              )}
              {f.hint && (
                <span id={`${id}-${f.key}-hint`} className="rc-hint">
                  {f.hint}
                </span>
              )}
            </div>
          ))}
          {ticked.has('access') && (
            <div className="rc-field">
              <label htmlFor={`${id}-transfer`}>Transfers outside {area} (Art. 15(2))</label>
              <select id={`${id}-transfer`} name="transfer" value={facts.transfer} aria-describedby={`${id}-transfer-hint`} onChange={(e) => setFact('transfer', e.target.value as TransferBasis)}>
                <option value="">Not answered yet</option>
                <option value="none" disabled={noneImpossible}>
                  None: the data stay in {area}
                </option>
                <option value="adequacy">{uk ? 'Yes, to a country approved by UK regulations' : 'Yes, to a country with an adequacy decision'}</option>
                <option value="scc">{uk ? 'Yes, under the IDTA or the UK Addendum' : 'Yes, under standard contractual clauses'}</option>
              </select>
              <span id={`${id}-transfer-hint`} className="rc-hint">
                {noneImpossible
                  ? `Your company is established in ${countryName(profile.country)}, outside ${area}, so the data are processed outside it: “none” would mislead. Choose the basis.`
                  : 'An access answer must say how data sent abroad are protected. Until you answer, the reply shows a gap.'}
              </span>
            </div>
          )}
          {ticked.has('access') && (facts.transfer === 'adequacy' || facts.transfer === 'scc') && (
            <div className="rc-field">
              <label htmlFor={`${id}-transfer-country`}>Transferred to</label>
              <select id={`${id}-transfer-country`} name="transferCountry" value={facts.transferCountry} onChange={(e) => setFact('transferCountry', e.target.value)}>
                <option value="">Several countries</option>
                {ISO_COUNTRY_CODES.map((code) => (
                  <option key={code} value={code}>
                    {countryName(code)}
                  </option>
                ))}
              </select>
            </div>
          )}
          {ticked.has('legalBasis') && (
            <div className="rc-field rc-wide">
              <label className="rc-check">
                <input type="checkbox" name="oneAtATime" checked={facts.oneAtATime} aria-describedby={`${id}-one-hint`} onChange={(e) => setFact('oneAtATime', e.target.checked)} />
                We write to people one at a time, not in bulk
              </label>
              <span id={`${id}-one-hint`} className="rc-hint">
                Tick only if it is true for this campaign: the reply then says so.
              </span>
            </div>
          )}
          <div className="rc-field">
            <label htmlFor={`${id}-suppression`}>Suppression record</label>
            <select id={`${id}-suppression`} value={facts.suppression} aria-describedby={`${id}-suppression-hint`} onChange={(e) => setFact('suppression', e.target.value === 'address' ? 'address' : 'hash')}>
              <option value="hash">A SHA-256 hash of the address</option>
              <option value="address">The email address itself</option>
            </select>
            <span id={`${id}-suppression-hint`} className="rc-hint">
              What you keep after an erasure or objection, so the person is never emailed again.
              {hash && (
                <>
                  {' '}
                  Hash of this address: <code className="rc-hash">{hash}</code>
                </>
              )}
            </span>
          </div>
        </div>
      </fieldset>

      <section className="rc-output" aria-labelledby={`${id}-reply-heading`}>
        <h2 id={`${id}-reply-heading`}>The reply</h2>
        <div className="rc-output-grid">
          <DeadlinePanel received={received} uk={uk} complaint={ticked.has('complaint')} locale={uiLocale} />
          <div className="rc-field rc-reply">
            <label htmlFor={`${id}-reply`}>Reply text</label>
            <textarea id={`${id}-reply`} readOnly rows={22} value={reply.text} />
            <div className="rc-actions">
              <button type="button" className="tool-primary" onClick={() => void copyReply()}>
                Copy reply
              </button>
              <button type="button" disabled={!received || kinds.length === 0} onClick={addToLog}>
                Add to log
              </button>
              <span role="status" className="rc-hint">
                {status}
              </span>
            </div>
            {autoReply && kinds.length === 0 && <p className="rc-note">This is an automatic reply: there is nothing to answer.</p>}
            {!autoReply && kinds.length === 0 && <p className="rc-note">No request is ticked: the reply only thanks them and names their authority.</p>}
            <p className="rc-hint">
              {ticked.has('access') && ticked.has('erasure')
                ? 'It sends the copy and promises the erasure: erase the record everywhere as soon as it is sent, and add the suppression entry.'
                : 'Send it only after you have done what it confirms: deleted the record everywhere, added it to your suppression list.'}
            </p>
          </div>
        </div>
        {reply.missing.length > 0 && (
          <div className="rc-missing">
            <p>The reply uses general wording, or shows {pack.reply.missing}, where a fact is missing. To make it complete, add:</p>
            <ul>
              {reply.missing.map((m) => (
                <li key={m} data-gap={reply.gaps.includes(m) ? 'true' : undefined}>
                  {MISSING_LABELS[m]}
                  {reply.gaps.includes(m) && ' (required: the reply shows a gap until you do)'}
                </li>
              ))}
            </ul>
          </div>
        )}
        {country?.namedAddress === 'consent-required' && (
          <p className="rc-warning">
            In {country.name} the national rule requires prior consent for marketing email to a named business address (
            <a href={sitePath(`/reference/countries/#${country.code.toLowerCase()}`)}>country table</a>). A legitimate-interest answer covers the GDPR, not that rule: stop
            emailing people there without consent.
          </p>
        )}
      </section>

      <RequestLog entries={log} onChange={setLog} onClear={clearLog} today={today} locale={uiLocale} problem={logProblem} />
    </div>
  );
}
