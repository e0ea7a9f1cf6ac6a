import type { Coverage } from '../../lib/notice/coverage';

const MARK = { covered: '✓', missing: '✗', 'not-applicable': '–' } as const;
const STATUS = { covered: 'Covered', missing: 'Missing', 'not-applicable': 'Not applicable' } as const;

/** The Art. 14 checklist: every item, what fills it or what is missing, and the overall status. */
export default function CoverageCheck({ coverage }: { coverage: Coverage }) {
  return (
    <section className="ng-coverage" aria-labelledby="ng-coverage-title">
      <h2 id="ng-coverage-title">Coverage check</h2>
      <p role="status" className={coverage.complete ? 'ng-status ng-complete' : 'ng-status ng-incomplete'}>
        {coverage.summary}
      </p>
      <ul className="ng-items">
        {coverage.items.map((item) => (
          <li key={item.id} className={`ng-item ng-${item.status}`} data-item={item.id} data-status={item.status}>
            <span className="ng-mark" aria-hidden="true">
              {MARK[item.status]}
            </span>
            <span>
              <strong>
                Art. {item.article} {item.title}
              </strong>
              <br />
              <span className="ng-item-status">{STATUS[item.status]}</span>
              {item.filledBy.length > 0 && <>{item.status === 'covered' ? ' by ' : ' (so far: '}{item.filledBy.map((f) => `“${f}”`).join(', ')}{item.status === 'covered' ? '' : ')'}</>}
              {item.note && <>. {item.note}</>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
