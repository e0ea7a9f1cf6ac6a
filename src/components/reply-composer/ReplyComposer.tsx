import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import type { Messages } from '../../lib/i18n/en';
import { format } from '../../lib/i18n/format';
import { INTL_LOCALE, type Locale } from '../../lib/i18n/locales';
import type { CountryNameList } from '../../lib/profile/country-options';
import { ToolLocaleProvider, countryNamesOf } from '../shared/locale';
import { composeReply, emptyFacts, type ReplyFacts } from '../../lib/replies/compose';
import { addDays, formatDate, localCalendarDate, parseIsoDate, toIsoDate } from '../../lib/replies/deadline';
import { buildPhraseIndex, detectRequests, type Detection } from '../../lib/replies/detect';
import type { ExampleId } from '../../lib/replies/examples';
import { replyToHtml } from '../../lib/replies/html';
import { REQUEST_KINDS, type RequestKind } from '../../lib/replies/kinds';
import { createLogEntry } from '../../lib/replies/log';
import { LANGUAGE_CODES, type LanguageCode } from '../../lib/replies/languages';
import { suppressionHash } from '../../lib/replies/suppression';
import { senderOutsideArea } from '../../lib/replies/transfers';
import SenderProfileForm from '../profile/SenderProfileForm';
import { useSenderProfile } from '../profile/use-sender-profile';
import { useEditable } from '../shared/EditableText';
import DetectedKinds from './DetectedKinds';
import ExamplePicker from './ExamplePicker';
import ReplyPanel, { type Status } from './ReplyPanel';
import { FactFields, RequestFields } from './RequestForm';
import RequestLog from './RequestLog';
import { useLanguagePacks } from './use-language-packs';
import { useRequestLog } from './use-request-log';
import '../shared/tool-controls.css';
import './reply-composer.css';

/** One country of the jurisdictions data, as the composer needs it. */
export interface CountryOption {
  code: string;
  name: string;
  /** The name in the page's language, where it is not English. */
  label?: string;
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
  /** Headings of the translated pages this tool links to (`TRANSLATED_FRAGMENTS[locale]`), outside English. */
  fragments?: Readonly<Record<string, string>> | undefined;
  countries: CountryOption[];
  /** The page's language: the interface's words, dates, plurals and lists (the letter has its own). */
  locale?: Locale;
  /** Every ISO country's name in the page's language (`countryNameList`), outside English. */
  countryNames?: CountryNameList | undefined;
  /** The composer's messages in the page's language (`EN.replies`). */
  messages: Messages['replies'];
  /** The sender profile form's words in the page's language. */
  profileMessages: Messages['profile'];
  /** Words every tool uses (`EN.common`). */
  common: Messages['common'];
}

const NOTHING: Detection = { kinds: [], language: null };

/** The facts the user types: an example replaces them, so it asks first when one is filled. */
const TYPED_FACTS = ['requesterName', 'held', 'source', 'sourceDate', 'purpose', 'interest', 'recipients', 'retention', 'automated', 'correction'] as const;

/**
 * The reply composer: paste a reply, tick the kinds of request it holds, fill the facts, and get
 * one answer in the requester's language, the deadline, and a log entry. All logic is in
 * src/lib/replies; this island holds state and lays it out: the message and the form on one
 * side, the reply beside it (right after the message on a phone), the request log below.
 */
export default function ReplyComposer({ countries, locale = 'en', countryNames, messages: m, profileMessages, common, fragments }: Props) {
  const id = useId();
  const uiLocale = INTL_LOCALE[locale];
  const names = countryNamesOf(countryNames);
  const [profile, setProfile, clearProfile] = useSenderProfile();
  const [log, setLog, clearLog, logProblem] = useRequestLog();
  const [message, setMessage] = useState('');
  const [ticked, setTicked] = useState<Set<RequestKind>>(new Set());
  const [facts, setFacts] = useState<ReplyFacts>(emptyFacts);
  const [address, setAddress] = useState('');
  const [countryCode, setCountryCode] = useState('');
  const [chosenLanguage, setChosenLanguage] = useState<LanguageCode | null>(null);
  const [today, setToday] = useState(() => localCalendarDate(new Date()));
  const [status, setStatus] = useState<Status | null>(null);
  const [copyDespiteGaps, setCopyDespiteGaps] = useState(false);

  // "Today" is the reader's, not the build machine's: set it (and the default date received) after hydration.
  useEffect(() => {
    const now = localCalendarDate(new Date());
    setToday(now);
    setFacts((f) => (f.received === '' ? { ...f, received: toIsoDate(now) } : f));
  }, []);

  const hasMessage = message.trim() !== '';
  const { packs, failed } = useLanguagePacks(hasMessage);
  const phraseIndex = useMemo(() => (packs ? buildPhraseIndex(LANGUAGE_CODES.map((code) => packs[code])) : null), [packs]);
  const deferredMessage = useDeferredValue(message);
  const detection = useMemo(() => (phraseIndex && deferredMessage.trim() !== '' ? detectRequests(deferredMessage, phraseIndex) : NOTHING), [deferredMessage, phraseIndex]);
  const detectedKey = detection.kinds.map((k) => k.kind).join(',');
  useEffect(() => setTicked(new Set(detection.kinds.flatMap((k) => (k.kind === 'autoReply' ? [] : [k.kind])))), [detectedKey]);

  const language: LanguageCode = chosenLanguage ?? detection.language ?? 'en';
  const pack = packs?.[language] ?? null;
  const country = countries.find((c) => c.code === countryCode) ?? null;
  const regions = useMemo(() => Object.fromEntries(countries.map((c) => [c.code, c.region])), [countries]);
  const kinds = REQUEST_KINDS.filter((k) => ticked.has(k));
  const reply = useMemo(
    () => (pack && hasMessage ? composeReply({ kinds, pack, facts, profile, country }) : null),
    [kinds.join(','), pack, hasMessage, facts, profile, country],
  );
  const editable = useEditable(reply?.text ?? '');
  const received = parseIsoDate(facts.received);
  const hash = facts.suppression === 'hash' ? suppressionHash(address) : null;
  const uk = country?.region === 'UK';
  const senderAbroad = senderOutsideArea(profile.country, country?.region ?? null, (code) => regions[code]) ? names.name(profile.country) : null;
  const autoReply = detection.kinds.some((k) => k.kind === 'autoReply');
  const marker = pack?.reply.missing ?? '';

  useEffect(() => setCopyDespiteGaps(false), [editable.text]);
  // Emptying the message ends this reply: an edit of it must not come back over the next one.
  useEffect(() => {
    if (!hasMessage) editable.reset();
  }, [hasMessage]);
  useEffect(() => {
    if (senderAbroad !== null && facts.transfer === 'none') setFacts((f) => ({ ...f, transfer: '' }));
  }, [senderAbroad, facts.transfer]);

  const setFact = <K extends keyof ReplyFacts>(key: K, value: ReplyFacts[K]) => setFacts((f) => ({ ...f, [key]: value }));
  const toggle = (kind: RequestKind, on: boolean) =>
    setTicked((t) => {
      const next = new Set(t);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });

  async function copyReply() {
    if (!reply) return;
    // The warning follows what will be copied: the generated gaps, or the marker left in an edit.
    const gapped = editable.edited ? marker !== '' && editable.text.includes(marker) : reply.gaps.length > 0;
    if (gapped && !copyDespiteGaps) {
      setCopyDespiteGaps(true);
      const list = new Intl.ListFormat(uiLocale, { type: 'conjunction' });
      const text = editable.edited
        ? format(m.reply.copyEditedGaps, { marker })
        : format(m.reply.copyGaps, { marker, facts: list.format(reply.gaps.map((g) => m.reply.missing[g])) });
      setStatus({ kind: 'warning', text });
      return;
    }
    try {
      if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
        const item = new ClipboardItem({
          'text/plain': new Blob([editable.text], { type: 'text/plain' }),
          'text/html': new Blob([replyToHtml(editable.text)], { type: 'text/html' }),
        });
        await navigator.clipboard.write([item]);
      } else {
        await navigator.clipboard.writeText(editable.text);
      }
      setStatus({ kind: 'success', text: m.reply.copied });
    } catch {
      setStatus({ kind: 'error', text: m.reply.copyFailed });
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
    setStatus({ kind: 'success', text: format(m.reply.added, { date: formatDate(parseIsoDate(entry.due)!, uiLocale) }) });
  }

  async function loadExample(example: ExampleId) {
    try {
      // The examples are loaded only when asked for.
      const { EXAMPLES } = await import('../../lib/replies/examples');
      const e = EXAMPLES[example];
      const now = localCalendarDate(new Date());
      setMessage(e.message);
      setAddress(e.address);
      setCountryCode(e.country);
      setChosenLanguage(null);
      setFacts({
        ...emptyFacts(),
        ...e.facts,
        requesterName: e.requesterName,
        received: toIsoDate(addDays(now, -e.receivedDaysAgo)),
        sourceDate: e.sourceDaysAgo === undefined ? '' : toIsoDate(addDays(now, -e.sourceDaysAgo)),
      });
      editable.reset();
      setStatus({ kind: 'info', text: format(m.message.exampleLoaded, { example: m.message.examples[example] }) });
    } catch {
      setStatus({ kind: 'error', text: m.message.exampleFailed });
    }
  }

  const typed = hasMessage || address.trim() !== '' || TYPED_FACTS.some((key) => facts[key].trim() !== '');
  const languageList = new Intl.ListFormat(uiLocale, { type: 'disjunction' }).format(LANGUAGE_CODES.map((code) => m.languages[code]));
  const readState = !hasMessage ? 'empty' : phraseIndex ? 'read' : failed ? 'failed' : 'reading';

  return (
    <ToolLocaleProvider locale={locale} countries={countryNames} fragments={fragments}>
      <div className="reply-composer tool not-content">
        <div className="tool-layout rc-layout">
          <fieldset className="rc-fieldset rc-message">
            <legend>{m.message.legend}</legend>
            <ExamplePicker m={m.message} tryLabel={common.tryExample} keepLabel={common.keepIt} askFirst={typed} onChoose={(example) => void loadExample(example)} />
            <div className="rc-field">
              <label htmlFor={`${id}-message`}>{m.message.label}</label>
              <textarea
                id={`${id}-message`}
                name="message"
                dir="auto"
                rows={7}
                value={message}
                aria-describedby={`${id}-message-hint`}
                onChange={(e) => setMessage(e.target.value)}
                placeholder={m.message.placeholder}
              />
              <span id={`${id}-message-hint`} className="tool-hint">
                {format(m.message.hint, { languages: languageList })}
              </span>
            </div>
            <DetectedKinds detection={detection} state={readState} ticked={ticked} onToggle={toggle} m={m} />
          </fieldset>

          <ReplyPanel
            m={m}
            reply={reply}
            editable={editable}
            marker={marker}
            kinds={kinds}
            autoReply={autoReply}
            received={received}
            country={country}
            complaint={ticked.has('complaint')}
            locale={uiLocale}
            common={common}
            status={status}
            onCopy={() => void copyReply()}
            onAddToLog={addToLog}
          />

          <RequestFields
            m={m}
            facts={facts}
            setFact={setFact}
            address={address}
            onAddress={setAddress}
            countries={countries}
            countryCode={countryCode}
            onCountry={setCountryCode}
            language={language}
            messageLanguage={chosenLanguage !== null && detection.language !== null && chosenLanguage !== detection.language ? detection.language : null}
            onLanguage={setChosenLanguage}
          />
          <FactFields m={m} facts={facts} setFact={setFact} ticked={ticked} uk={uk} senderAbroad={senderAbroad} hash={hash} />
          <div className="rc-profile">
            <SenderProfileForm profile={profile} onChange={setProfile} onClear={clearProfile} regions={regions} messages={profileMessages} />
          </div>
        </div>

        <RequestLog entries={log} onChange={setLog} onClear={clearLog} today={today} locale={uiLocale} problem={logProblem} m={m} common={common} />
      </div>
    </ToolLocaleProvider>
  );
}
