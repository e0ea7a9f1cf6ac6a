import GlossaryLink from '../shared/GlossaryLink';
import RichMessage from '../shared/RichMessage';
import { GDPR_URL, ICO_LIA_URL } from '../../lib/planner/questions';
import { safeguardLink } from '../../lib/planner/readiness';
import { SAFEGUARDS, type CampaignRecord } from '../../lib/planner/schema';
import { toggleIn, type RecordEdits } from './edit';
import { Section, TextField } from './fields';
import { fieldId, useWords } from './messages';
import { useSiteLink } from '../shared/locale';

type Lia = CampaignRecord['lia'];

/** Step 2: the three-part test (purpose, necessity, balancing), the safeguards and the outcome. */
export default function LiaSection({ lia, edit }: { lia: Lia; edit: RecordEdits }) {
  const sitePath = useSiteLink();
  const { m } = useWords();
  const l = m.lia;
  return (
    <Section at="lia" title={m.sections.lia}>
      <p className="cp-intro">
        <RichMessage
          text={l.intro}
          values={{
            interests: <GlossaryLink entry="legitimate-interest">{l.interests}</GlossaryLink>,
            article: <a href={GDPR_URL}>{l.article}</a>,
            basis: <GlossaryLink entry="lawful-basis">{l.basis}</GlossaryLink>,
            lia: <GlossaryLink entry="legitimate-interests-assessment-lia">{l.liaTerm}</GlossaryLink>,
            ico: <a href={ICO_LIA_URL}>{l.ico}</a>,
            link: <a href={sitePath('/playbook/legitimate-interest/#the-three-part-test')}>{l.link}</a>,
          }}
        />
      </p>
      {(['purpose', 'necessity', 'balancing'] as const).map((part) => {
        const q = l.parts[part];
        const id = fieldId(`lia.${part}`);
        return (
          <div className="cp-part" key={part}>
            <div className="cp-field">
              <label htmlFor={id} className="cp-lia-label">
                {q.label}
              </label>
              <p className="tool-hint" id={`${id}-help`}>
                {q.help}
              </p>
              <ul className="cp-prompts" id={`${id}-prompts`}>
                {q.prompts.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              <details className="cp-example-box">
                <summary>{l.exampleAnswer}</summary>
                <p>{q.example}</p>
              </details>
              <textarea id={id} name={`lia.${part}`} dir="auto" rows={5} value={lia[part]} aria-describedby={`${id}-help ${id}-prompts`} onChange={(e) => edit.lia({ [part]: e.target.value })} />
            </div>
          </div>
        );
      })}
      <fieldset className="cp-group">
        <legend>{l.safeguards.label}</legend>
        <p className="tool-hint">{l.safeguards.help}</p>
        <ul className="cp-safeguards">
          {SAFEGUARDS.map((s) => {
            const link = safeguardLink(s, m);
            return (
              <li key={s}>
                <label className="cp-check">
                  <input
                    id={fieldId(`lia.safeguards.${s}`)}
                    type="checkbox"
                    checked={lia.safeguards.includes(s)}
                    onChange={(e) => edit.lia({ safeguards: toggleIn(lia.safeguards, s, e.target.checked) })}
                  />
                  {l.safeguardLabels[s]}
                </label>
                <a className="tool-hint cp-safeguard-link" href={sitePath(link.href)}>
                  {link.title}
                </a>
              </li>
            );
          })}
        </ul>
        <TextField
          at="lia.safeguardsNote"
          question={{ label: l.safeguards.noteLabel, example: l.safeguards.noteExample }}
          value={lia.safeguardsNote}
          multiline
          onChange={(v) => edit.lia({ safeguardsNote: v })}
        />
      </fieldset>
      <fieldset id={fieldId('lia.outcome')} className="cp-group">
        <legend>{l.outcome.label}</legend>
        <p className="tool-hint">{l.outcome.help}</p>
        {(Object.entries(l.outcome.options) as [Lia['outcome'], string][]).map(([value, text]) => (
          <label key={value} className="cp-check">
            <input type="radio" name="cp-outcome" value={value} checked={lia.outcome === value} onChange={() => edit.lia({ outcome: value })} />
            {text}
          </label>
        ))}
        <TextField
          at="lia.outcomeNote"
          question={{ label: l.outcome.noteLabel, example: l.outcome.noteExample }}
          value={lia.outcomeNote}
          multiline
          onChange={(v) => edit.lia({ outcomeNote: v })}
        />
      </fieldset>
    </Section>
  );
}
