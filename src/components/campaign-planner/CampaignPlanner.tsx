import { useMemo, useState, type ReactNode } from 'react';
import Alert from '../shared/Alert';
import ConfirmButton from '../shared/ConfirmButton';
import type { Messages } from '../../lib/i18n/en/index';
import { format } from '../../lib/i18n/format';
import type { Locale } from '../../lib/i18n/locales';
import { ToolLocaleProvider } from '../shared/locale';
import type { PlannerCountry } from '../../lib/planner/countries';
import { exampleRecord, isEmptyRecord } from '../../lib/planner/example';
import { recordOutline } from '../../lib/planner/outline';
import { readiness } from '../../lib/planner/readiness';
import DataSection from './DataSection';
import { recordEdits } from './edit';
import { Section, TextField } from './fields';
import LiaSection from './LiaSection';
import { WordsContext, type PlannerWords } from './messages';
import ReadinessPanel from './ReadinessPanel';
import RecordActions from './RecordActions';
import RecordView from './RecordView';
import RelevanceSection from './RelevanceSection';
import RulesSection from './RulesSection';
import SegmentSection from './SegmentSection';
import { useCampaignRecord } from './use-campaign-record';
import '../shared/tool-controls.css';
import './campaign-planner.css';

interface Props {
  /** Headings of the translated pages this tool links to (`TRANSLATED_FRAGMENTS[locale]`), outside English. */
  fragments?: Readonly<Record<string, string>> | undefined;
  /** The jurisdiction records, reduced to what the planner shows, sorted by name. */
  countries: PlannerCountry[];
  /** The planner's words in the page's language (`EN.planner`). */
  messages: Messages['planner'];
  /** The words every tool uses (`EN.common`). */
  common: Messages['common'];
  /** The page's language: plurals, numbers, dates and lists are written for it. */
  locale: Locale;
  /** The build-time country map (static HTML from CountryMap.astro); target countries get marked on it. */
  map?: ReactNode;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The campaign planner: segment, country rules, data minimisation, relevance and the
 * legitimate interests assessment beside a readiness panel that says what is missing, saved in
 * this browser as the user types, exportable as Markdown or JSON, importable, printable.
 */
export default function CampaignPlanner({ countries, messages: m, common, locale, map, fragments }: Props) {
  const words = useMemo<PlannerWords>(() => ({ m, common, locale }), [m, common, locale]);
  const { record, update, replace, clear, saveState } = useCampaignRecord();
  const [exampleLoaded, setExampleLoaded] = useState(false);
  // The note about the example goes once the user changes an answer: it no longer describes the form.
  const edit = useMemo(
    () =>
      recordEdits((change) => {
        setExampleLoaded(false);
        update(change);
      }),
    [update],
  );
  const empty = isEmptyRecord(record);
  const ready = readiness(record, countries, m);
  const { about } = record;

  const savedNote = saveState === 'failed' ? m.saved.failed : saveState === 'restored' ? m.saved.restored : m.saved.typing;

  return (
    <ToolLocaleProvider locale={locale} fragments={fragments}>
      <WordsContext.Provider value={words}>
        <div className="campaign-planner tool not-content">
          <div className="cp-bar">
            <ConfirmButton
              label={common.tryExample}
              question={m.example.question}
              confirmLabel={m.example.confirm}
              cancelLabel={common.keepIt}
              skip={empty}
              onConfirm={() => {
                replace(exampleRecord(today(), m));
                setExampleLoaded(true);
              }}
            />
            <p className="tool-hint">{savedNote}</p>
          </div>
          <div role="status" className="cp-status">
            {exampleLoaded && <Alert kind="info">{m.example.loaded}</Alert>}
          </div>
          <p className="cp-jump">
            <span>{format(m.readiness.count, { done: ready.done, total: ready.total }, locale)}</span> <a href="#cp-record">{m.readiness.jump}</a>
          </p>
          <div className="tool-layout cp-layout">
            <div className="cp-form">
              <Section at="about" title={m.sections.about}>
                <div className="cp-grid">
                  <TextField at="about.campaign" question={m.about.campaign} value={about.campaign} onChange={(v) => edit.about('campaign', v)} />
                  <TextField at="about.preparedBy" question={m.about.preparedBy} value={about.preparedBy} onChange={(v) => edit.about('preparedBy', v)} />
                  <TextField at="about.approvedBy" question={m.about.approvedBy} value={about.approvedBy} onChange={(v) => edit.about('approvedBy', v)} />
                  <TextField at="about.date" question={m.about.date} type="date" value={about.date} onChange={(v) => edit.about('date', v)} />
                </div>
              </Section>
              <SegmentSection segment={record.segment} countries={countries} edit={edit} />
              <RulesSection codes={record.segment.countries} countries={countries} map={map} />
              <DataSection data={record.data} edit={edit} />
              <RelevanceSection relevance={record.relevance} edit={edit} />
              <LiaSection lia={record.lia} edit={edit} />
            </div>
            <ReadinessPanel ready={ready} empty={empty}>
              <RecordActions
                record={record}
                countries={countries}
                replace={(next) => {
                  setExampleLoaded(false);
                  replace(next);
                }}
                clear={() => {
                  setExampleLoaded(false);
                  clear();
                }}
              />
            </ReadinessPanel>
          </div>
          <RecordView outline={recordOutline(record, countries, '', m, locale)} />
        </div>
      </WordsContext.Provider>
    </ToolLocaleProvider>
  );
}
