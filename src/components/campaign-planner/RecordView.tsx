import type { RecordOutline } from '../../lib/planner/outline';
import { useWords } from './messages';

/** The record as a document: hidden on screen, it is what "Print" puts on paper. */
export default function RecordView({ outline }: { outline: RecordOutline }) {
  const { m } = useWords();
  return (
    <div className="cp-print">
      <h2>{outline.title}</h2>
      {outline.sections.map((section) => (
        <section key={section.title}>
          <h3>{section.title}</h3>
          <dl>
            {section.entries.map((entry, i) => (
              <div key={`${entry.label}-${i}`} className="cp-print-entry">
                <dt>{entry.label}</dt>
                <dd>
                  {entry.text.trim() === '' ? <span className="cp-print-blank">{m.print.notAnswered}</span> : <p>{entry.text}</p>}
                  {entry.items && entry.items.length > 0 && (
                    <ul>
                      {entry.items.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  )}
                  {entry.links && entry.links.length > 0 && (
                    <ul>
                      {entry.links.map((link) => (
                        <li key={link.href}>
                          {link.title}: {link.href}
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section>
        <h3>{outline.readiness.title}</h3>
        <ul className="cp-print-readiness">
          {outline.readiness.items.map((item) => (
            <li key={item.label}>
              [{item.done ? 'x' : ' '}] {item.label} ({item.link.title})
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
