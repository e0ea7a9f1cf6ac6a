import type { CleanSummary } from '../../lib/clean/options';
import type { Messages } from '../../lib/i18n/en';
import { formatNumber } from '../../lib/i18n/format';
import { removalBars } from '../../lib/list-cleaner/ui';

interface Props {
  summary: CleanSummary;
  messages: Messages['cleaner']['results'];
  locale: string;
}

/**
 * Why rows were removed, as bars: a table (reason, count) whose last cell draws the bar, so the
 * chart and its text equivalent are one element. Reasons with no row are left out; the bars grow
 * from the start edge (right to left on an Arabic page).
 */
export default function ReasonChart({ summary, messages, locale }: Props) {
  const bars = removalBars(summary);
  if (bars.length === 0) return <p className="tool-hint">{messages.nothingRemoved}</p>;
  return (
    <table className="lc-chart">
      <caption>{messages.chart.title}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{messages.chart.reason}</th>
          <th scope="col">{messages.chart.count}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.reason} data-reason={bar.reason}>
            <th scope="row">{messages.reasons[bar.reason]}</th>
            <td>
              <span className="lc-chart-bar" aria-hidden="true" style={{ inlineSize: `${bar.percent}%` }} />
              <span className="lc-chart-count">{formatNumber(bar.count, locale)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
