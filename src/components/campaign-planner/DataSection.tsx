import { useMemo } from 'react';
import Alert from '../shared/Alert';
import GlossaryLink from '../shared/GlossaryLink';
import RichMessage from '../shared/RichMessage';
import { GDPR_URL } from '../../lib/planner/questions';
import { judgeFields, type FieldVerdict } from '../../lib/planner/minimise';
import type { CampaignRecord, DataField } from '../../lib/planner/schema';
import type { RecordEdits } from './edit';
import { Section } from './fields';
import { fieldId, useWords } from './messages';
import { useSiteLink } from '../shared/locale';

type Data = CampaignRecord['data'];

/** The advice on one field, its glossary terms linked, with the source it rests on. */
function Advice({ verdict }: { verdict: FieldVerdict }) {
  const { m } = useWords();
  return (
    <>
      {verdict.advice.map((a) => (
        <Alert key={a.kind} kind="warning" className={`cp-advice-${a.kind}`}>
          <RichMessage
            text={m.advice[a.kind].text}
            values={{
              pecr: <GlossaryLink entry="pecr">{m.advice.pecr}</GlossaryLink>,
              corporate: <GlossaryLink entry="corporate-subscriber">{m.advice.corporate}</GlossaryLink>,
            }}
          />{' '}
          <a href={a.source.url}>{a.source.title}</a>
        </Alert>
      ))}
    </>
  );
}

/** One personal-data field: collected or not, what for, and what the planner advises. */
function FieldPlan({ verdict, data, edit }: { verdict: FieldVerdict; data: Data; edit: RecordEdits }) {
  const { m } = useWords();
  const field: DataField = verdict.field;
  const plan = data[field];
  const id = (part: string) => fieldId(`data.${field}.${part}`);
  return (
    <fieldset id={fieldId(`data.${field}`)} className={`cp-data-field cp-status-${verdict.status}`}>
      <legend>{m.data.fields[field]}</legend>
      <label className="cp-check">
        <input id={id('collect')} type="checkbox" checked={plan.collect} onChange={(e) => edit.field(field, { collect: e.target.checked })} />
        {m.data.collect}
      </label>
      {field === 'other' && (
        <div className="cp-field">
          <label htmlFor={id('what')}>{m.data.what}</label>
          <input id={id('what')} type="text" value={data.other.what} onChange={(e) => edit.field('other', { what: e.target.value })} />
        </div>
      )}
      <div className="cp-field">
        <label htmlFor={id('use')}>{m.data.use}</label>
        <textarea
          id={id('use')}
          name={`data.${field}.use`}
          dir="auto"
          rows={2}
          value={plan.use}
          placeholder={(m.data.useExamples as Partial<Record<DataField, string>>)[field]}
          aria-describedby={id('advice')}
          onChange={(e) => edit.field(field, { use: e.target.value })}
        />
      </div>
      {field === 'phone' && (
        <label className="cp-check">
          <input id={id('willCall')} type="checkbox" checked={data.phone.willCall} onChange={(e) => edit.field('phone', { willCall: e.target.checked })} />
          {m.data.willCall}
        </label>
      )}
      {field === 'postalAddress' && (
        <div className="cp-field">
          <label htmlFor={id('kind')}>{m.data.kind}</label>
          <select id={id('kind')} value={data.postalAddress.kind} onChange={(e) => edit.field('postalAddress', { kind: e.target.value as Data['postalAddress']['kind'] })}>
            {Object.entries(m.data.kindOptions).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
      )}
      <div id={id('advice')} aria-live="polite" className="cp-advice">
        <Advice verdict={verdict} />
      </div>
    </fieldset>
  );
}

/** Step 1: which personal data the list holds, and what each field is for. */
export default function DataSection({ data, edit }: { data: Data; edit: RecordEdits }) {
  const sitePath = useSiteLink();
  const { m } = useWords();
  const verdicts = useMemo(() => judgeFields(data, m), [data, m]);
  return (
    <Section at="data" title={m.sections.data}>
      <p className="cp-intro">
        <RichMessage
          text={m.data.intro}
          values={{
            personalData: <GlossaryLink entry="personal-data">{m.data.personalData}</GlossaryLink>,
            article: <a href={GDPR_URL}>{m.data.article}</a>,
            link: <a href={sitePath('/playbook/target-and-minimise/#collect-only-the-fields-you-will-use')}>{m.data.link}</a>,
          }}
        />
      </p>
      <div className="cp-fields">
        {verdicts.map((verdict) => (
          <FieldPlan key={verdict.field} verdict={verdict} data={data} edit={edit} />
        ))}
      </div>
    </Section>
  );
}
