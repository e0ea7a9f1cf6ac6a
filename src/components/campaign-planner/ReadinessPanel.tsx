import type { ReactNode } from 'react';
import Alert from '../shared/Alert';
import { format, plural } from '../../lib/i18n/format';
import { fieldRefLabel, type PlannerSection, type Readiness, type ReadinessResult } from '../../lib/planner/readiness';
import { useSiteLink } from '../shared/locale';
import { fieldId, goToField, useWords } from './messages';

/** The sections of the form in page order, as the panel lists them. */
const SECTIONS: PlannerSection[] = ['about', 'segment', 'rules', 'data', 'relevance', 'lia'];

/**
 * A readiness item still to do: what must be true (a link to the first field to answer), the
 * fields still missing (left out while the form is empty: they would be all of them), and the
 * playbook section that explains it.
 */
function Todo({ item, brief }: { item: ReadinessResult; brief: boolean }) {
  const sitePath = useSiteLink();
  const { m } = useWords();
  const first = item.missing[0]!;
  return (
    <li className="cp-todo">
      <a className="cp-todo-link" href={`#${fieldId(first)}`} onClick={(e) => goToField(e, first)}>
        {item.label}
      </a>
      {item.several && !brief && (
        <span className="cp-missing">
          {m.readiness.missing}{' '}
          <span className="cp-missing-fields">
            {item.missing.map((ref) => (
              <a key={ref} href={`#${fieldId(ref)}`} onClick={(e) => goToField(e, ref)}>
                {fieldRefLabel(ref, m)}
              </a>
            ))}
          </span>
        </span>
      )}
      <a className="cp-explained" href={sitePath(item.explainedIn.href)}>
        {item.explainedIn.title}
      </a>
    </li>
  );
}

/**
 * Beside the form (below it on phones): the readiness count, what is still missing section by
 * section with links to the fields, the checks already done, and the record's actions.
 */
export default function ReadinessPanel({ ready, empty, children }: { ready: Readiness; empty: boolean; children: ReactNode }) {
  const sitePath = useSiteLink();
  const { m, locale } = useWords();
  const done = ready.items.filter((i) => i.done);
  return (
    <aside id="cp-record" className="tool-aside cp-aside" aria-labelledby="cp-record-title">
      <h2 id="cp-record-title">{m.sections.record}</h2>
      <h3 id="cp-count" className="cp-count">
        {format(m.readiness.count, { done: ready.done, total: ready.total }, locale)}
      </h3>
      <progress className="cp-progress" max={ready.total} value={ready.done} aria-labelledby="cp-count" />
      {empty && <p className="tool-empty">{m.readiness.empty}</p>}
      {ready.done === ready.total && <Alert kind="success">{m.readiness.allDone}</Alert>}
      <nav aria-label={m.sectionsNav}>
        <ol className="cp-steps">
          {SECTIONS.map((section) => {
            const items = ready.items.filter((i) => i.section === section);
            const todo = items.filter((i) => !i.done);
            return (
              <li key={section}>
                <a className="cp-step-link" href={`#${fieldId(section)}`}>
                  {m.sections[section]}
                </a>
                {items.length > 0 && (
                  <span className="tool-hint cp-step-count" data-complete={todo.length === 0 || undefined}>
                    {format(m.readiness.sectionCount, { done: items.length - todo.length, total: items.length }, locale)}
                  </span>
                )}
                {todo.length > 0 && (
                  <ul className="cp-readiness">
                    {todo.map((item) => (
                      <Todo key={item.id} item={item} brief={empty} />
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      {done.length > 0 && (
        <details className="cp-done">
          <summary>{plural(m.readiness.done, done.length, {}, locale)}</summary>
          <ul className="cp-readiness">
            {done.map((item) => (
              <li key={item.id}>
                {item.label}{' '}
                <a className="cp-explained" href={sitePath(item.explainedIn.href)}>
                  {item.explainedIn.title}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}
      {children}
    </aside>
  );
}
