import type { Messages } from '../../lib/i18n/en/index';
import { format, plural } from '../../lib/i18n/format';
import { noteText, type Coverage, type CoverageNote, type Filler, type ItemCoverage } from '../../lib/notice/coverage';
import type { FieldKey } from '../../lib/notice/fields';
import type { Locale } from '../../lib/i18n/locales';
import GlossaryLink from '../shared/GlossaryLink';
import { rich } from '../shared/rich-text';
import { anyFieldId, isProfileField } from './field-ids';

type M = Messages['notice'];

interface Props {
  coverage: Coverage;
  m: M;
  profileLabels: Messages['profile']['labels'];
  locale: Locale;
  /** Takes the user to the field that fills a missing item. */
  onFix(field: FieldKey): void;
}

const MARK = { covered: '✓', missing: '✗', 'not-applicable': '–' } as const;

/** An item in plain words, from the catalog (the article's own title where the catalog has none); `missing` names the field at fault where one is. */
export function itemWords(item: Pick<ItemCoverage, 'id' | 'title' | 'fix'>, m: M): { title: string; missing: string } {
  const words = (m.coverage.items as Record<string, { title: string; missing: string } | undefined>)[item.id] ?? { title: item.title, missing: item.title };
  const byField = item.fix === undefined ? undefined : (m.coverage.missingField as Record<string, string | undefined>)[item.fix];
  return byField === undefined ? words : { ...words, missing: byField };
}

/** The check's remark in the page's language: every `{fieldKey}` is that field's label as the form shows it. */
export function noteWords(remark: CoverageNote, m: M, profileLabels: Messages['profile']['labels'], locale: Locale): string {
  return noteText(remark, m.coverage.notes, { ...m.labels, ...profileLabels }, locale);
}

/** "Art. 14(1)(a)", as one unbreakable piece. */
export function articleOf(item: Pick<ItemCoverage, 'article'>, m: M): string {
  return format(m.coverage.article, { number: item.article });
}

/**
 * The Art. 14 check, words first: the status, then each missing item as "what is missing —
 * article", linked to the field that fills it, then every item with what covers it (folded).
 */
export default function CoverageCheck({ coverage, m, profileLabels, locale, onFix }: Props) {
  const c = m.coverage;
  const label = (filler: Filler) => {
    if (filler === 'standard') return c.standardText;
    return isProfileField(filler) ? profileLabels[filler] : m.labels[filler];
  };
  const noteText = (remark: CoverageNote) => noteWords(remark, m, profileLabels, locale);
  const line = (item: ItemCoverage, what: string) => rich(c.line, { what, article: <span className="ng-article">{articleOf(item, m)}</span> });
  const fields = (labels: Filler[]) => labels.map((l) => format(c.quoted, { label: label(l) })).join(c.listSeparator);

  return (
    <section className="ng-coverage" aria-labelledby="ng-coverage-title">
      <h2 id="ng-coverage-title">{c.title}</h2>
      <p role="status" className="ck-alert ng-status" data-kind={coverage.complete ? 'success' : 'warning'}>
        {coverage.complete ? c.complete : plural(c.missingCount, coverage.missing.length, {}, locale)}
      </p>
      {coverage.missing.length > 0 && (
        <ul className="ng-missing-list">
          {coverage.missing.map((item) => (
            <li key={item.id} data-missing={item.id}>
              {item.fix ? (
                <a
                  href={`#${anyFieldId(item.fix)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onFix(item.fix!);
                  }}
                >
                  {line(item, itemWords(item, m).missing)}
                </a>
              ) : (
                line(item, itemWords(item, m).missing)
              )}
              {item.note && <span className="tool-hint">{noteText(item.note)}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="tool-hint">
        {rich(c.intro, { notice: <GlossaryLink entry="art-14-notice">{c.noticeTerm}</GlossaryLink> })}
        {!coverage.complete && <> {c.introLinks}</>}
      </p>
      <details className="ng-all-items">
        <summary>{c.allItems}</summary>
        <ul className="ng-items">
          {coverage.items.map((item) => (
            <li key={item.id} className={`ng-item ng-${item.status}`} data-item={item.id} data-status={item.status}>
              <span className="ng-mark" aria-hidden="true">
                {MARK[item.status]}
              </span>
              <span>
                <strong>{line(item, itemWords(item, m).title)}</strong>
                <br />
                {item.filledBy.length === 0 ? (
                  <span className="ng-item-status">{c.status[item.status]}</span>
                ) : item.status === 'covered' ? (
                  format(c.coveredBy, { fields: fields(item.filledBy) })
                ) : (
                  format(c.missingSoFar, { fields: fields(item.filledBy) })
                )}
                {item.note && <span className="tool-hint">{noteText(item.note)}</span>}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
