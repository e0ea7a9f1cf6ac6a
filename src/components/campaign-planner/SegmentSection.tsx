import Alert from '../shared/Alert';
import RichMessage from '../shared/RichMessage';
import type { PlannerCountry } from '../../lib/planner/countries';
import { segmentParts } from '../../lib/planner/questions';
import type { CampaignRecord } from '../../lib/planner/schema';
import CountryPicker from './CountryPicker';
import type { RecordEdits } from './edit';
import { Section, TextField } from './fields';
import { useWords } from './messages';
import { useSiteLink } from '../shared/locale';

type Segment = CampaignRecord['segment'];

/** Step 1: the offer, countries, industries, specialists, size and positions, each with its "why". */
export default function SegmentSection({ segment, countries, edit }: { segment: Segment; countries: PlannerCountry[]; edit: RecordEdits }) {
  const sitePath = useSiteLink();
  const { m } = useWords();
  const tool = (path: string, text: string) => <a href={sitePath(path)}>{text}</a>;
  return (
    <Section at="segment" title={m.sections.segment}>
      <p className="cp-intro">
        <RichMessage
          text={m.segment.intro}
          values={{ link: <a href={sitePath('/playbook/target-and-minimise/#define-the-segment-before-you-collect-anything')}>{m.segment.introLink}</a> }}
        />
      </p>
      <Alert kind="info" className="cp-workspace">
        <RichMessage
          text={m.segment.workspace}
          values={{ notice: tool('/tools/notice-generator/', m.segment.workspaceNotice), cleaner: tool('/tools/list-cleaner/', m.segment.workspaceCleaner) }}
        />
      </Alert>
      {segmentParts(m).map((part) => (
        <div className="cp-part" key={part.why}>
          <h3>{part.title}</h3>
          <div className="cp-part-body">
            <div className={part.why === 'sizeWhy' ? 'cp-grid cp-size' : 'cp-part-main'}>
              {(Object.keys(part.fields) as (keyof Segment)[]).map((key) =>
                key === 'countries' ? (
                  <CountryPicker
                    key={key}
                    inputId="cp-segment-countries"
                    countries={countries}
                    selected={segment.countries}
                    onChange={(codes) => edit.segment('countries', codes)}
                    label={part.fields.countries!.label}
                    help={part.fields.countries!.help}
                  />
                ) : (
                  <TextField
                    key={key}
                    at={`segment.${key}`}
                    question={part.fields[key]!}
                    value={segment[key] as string}
                    multiline={key !== 'employees' && key !== 'revenue'}
                    onChange={(v) => edit.segment(key, v)}
                  />
                ),
              )}
            </div>
            <TextField
              at={`segment.${part.why}`}
              question={{ label: part.whyLabel, example: part.whyExample }}
              value={segment[part.why]}
              multiline
              onChange={(v) => edit.segment(part.why, v)}
            />
          </div>
        </div>
      ))}
    </Section>
  );
}
