import { EVIDENCE_KINDS, type CampaignRecord } from '../../lib/planner/schema';
import { toggleIn, type RecordEdits } from './edit';
import { Section, SeeLink, TextField } from './fields';
import { fieldId, useWords } from './messages';
import { useSiteLink } from '../shared/locale';

type Relevance = CampaignRecord['relevance'];

/** Step 1 and 2: the surprise test and the evidence kept for each lead. */
export default function RelevanceSection({ relevance, edit }: { relevance: Relevance; edit: RecordEdits }) {
  const sitePath = useSiteLink();
  const { m } = useWords();
  const r = m.relevance;
  return (
    <Section at="relevance" title={m.sections.relevance}>
      <fieldset id={fieldId('relevance.surprised')} className="cp-group">
        <legend>{r.surprised.label}</legend>
        <p className="tool-hint">
          {r.surprised.help} <SeeLink href={sitePath('/playbook/target-and-minimise/#run-the-surprise-test')} title={r.surprised.link} />
        </p>
        {(Object.entries(r.surprised.options) as [Relevance['surprised'], string][]).map(([value, text]) => (
          <label key={value} className="cp-check">
            <input type="radio" name="cp-surprised" value={value} checked={relevance.surprised === value} onChange={() => edit.relevance({ surprised: value })} />
            {text}
          </label>
        ))}
      </fieldset>
      <TextField at="relevance.surpriseNote" question={r.surpriseNote} value={relevance.surpriseNote} multiline onChange={(v) => edit.relevance({ surpriseNote: v })} />
      <fieldset id={fieldId('relevance.evidence')} className="cp-group">
        <legend>{r.evidence.label}</legend>
        <p className="tool-hint">
          {r.evidence.help} <SeeLink href={sitePath('/playbook/legitimate-interest/#have-a-reason-for-each-prospect')} title={r.evidence.link} />
        </p>
        {EVIDENCE_KINDS.map((kind) => (
          <label key={kind} className="cp-check">
            <input
              type="checkbox"
              checked={relevance.evidence.includes(kind)}
              onChange={(e) => edit.relevance({ evidence: toggleIn(relevance.evidence, kind, e.target.checked) })}
            />
            {r.evidenceKinds[kind]}
          </label>
        ))}
      </fieldset>
      <div className="cp-grid">
        <TextField at="relevance.evidenceOther" question={r.evidenceOther} value={relevance.evidenceOther} onChange={(v) => edit.relevance({ evidenceOther: v })} />
        <TextField at="relevance.evidenceWhere" question={r.evidenceWhere} value={relevance.evidenceWhere} onChange={(v) => edit.relevance({ evidenceWhere: v })} />
      </div>
    </Section>
  );
}
