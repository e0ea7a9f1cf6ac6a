import type { ReactNode } from 'react';
import RichMessage from '../shared/RichMessage';
import type { TextQuestion } from '../../lib/planner/questions';
import type { FieldRef } from '../../lib/planner/readiness';
import { fieldId, useWords } from './messages';

/** A labelled text input or text area with its help and example, described by both. */
export function TextField({
  at,
  question,
  value,
  onChange,
  multiline = false,
  type = 'text',
}: {
  /** Where the answer lives in the record; gives the field its id. */
  at: FieldRef;
  question: TextQuestion;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  type?: string;
}) {
  const { m } = useWords();
  const id = fieldId(at);
  const describedBy = [question.help && `${id}-help`, question.example && `${id}-example`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="cp-field">
      <label htmlFor={id}>{question.label}</label>
      {question.help && (
        <p className="tool-hint" id={`${id}-help`}>
          {question.help}
        </p>
      )}
      {question.example && (
        <p className="tool-hint cp-example" id={`${id}-example`}>
          <RichMessage text={m.forExample} values={{ example: question.example }} />
        </p>
      )}
      {multiline ? (
        <textarea id={id} name={at} dir="auto" rows={3} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} name={at} dir={type === 'text' ? 'auto' : undefined} type={type} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

/** One numbered section of the form, its heading the target of the section links beside the form. */
export function Section({ at, title, children }: { at: FieldRef; title: string; children: ReactNode }) {
  const id = fieldId(at);
  return (
    <section id={id} className="cp-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** A link to a playbook section, with the text "See {link}." around it. */
export function SeeLink({ href, title }: { href: string; title: string }) {
  const { m } = useWords();
  return <RichMessage text={m.see} values={{ link: <a href={href}>{title}</a> }} />;
}
