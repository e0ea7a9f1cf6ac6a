import type { ReactNode } from 'react';
import type { Messages } from '../../lib/i18n/en/index';
import { format } from '../../lib/i18n/format';
import type { Campaign } from '../../lib/notice/campaign';
import type { OutputId } from '../../lib/notice/compose';
import type { Coverage } from '../../lib/notice/coverage';
import type { Output } from '../../lib/notice/document';
import { editedToHtml } from '../../lib/notice/edited-html';
import { buildListUnsubscribeHeaders } from '../../lib/notice/list-unsubscribe';
import { toHtml, toPlainText } from '../../lib/notice/render';
import type { SenderProfile } from '../../lib/profile/schema';
import GlossaryLink from '../shared/GlossaryLink';
import { rich } from '../shared/rich-text';
import { articleOf, itemWords } from './CoverageCheck';
import OutputRegion from './OutputRegion';

type M = Messages['notice'];

interface Props {
  /** False before the user has given anything: the panel then says what will appear instead of showing texts full of gaps. */
  ready: boolean;
  outputs: Record<OutputId, Output>;
  coverage: Coverage;
  /** The transfer question has an answer the notice can use. */
  transferAnswered: boolean;
  campaign: Campaign;
  profile: SenderProfile;
  m: M;
  common: Messages['common'];
}

/** The textarea `name` of each editable output (for automation). */
const NAMES: Record<OutputId, string> = { short: 'short-disclaimer', notice: 'full-notice', objection: 'objection-line', footer: 'opt-out-footer' };

/** What the copy warning of an incomplete notice says: each missing item in words, then its article. */
function incompleteWarning(coverage: Coverage, transferAnswered: boolean, m: M): string | null {
  if (coverage.complete) return null;
  const o = m.outputs;
  const items = coverage.missing.map((item) => format(o.incompleteItem, { what: itemWords(item, m).missing, article: articleOf(item, m) })).join(o.itemSeparator);
  const warning = format(o.incomplete, { items });
  return transferAnswered ? warning : `${warning} ${o.incompleteGap}`;
}

/** The texts, each editable before copying; before any input, what they will be. */
export default function Outputs({ ready, outputs, coverage, transferAnswered, campaign, profile, m, common }: Props) {
  const o = m.outputs;
  const descriptions: Record<OutputId | 'headers', ReactNode> = {
    short: o.descriptions.short,
    notice: rich(o.descriptions.notice, { notice: <GlossaryLink entry="art-14-notice">{o.noticeTerm}</GlossaryLink> }),
    objection: rich(o.descriptions.objection, { rightToObject: <GlossaryLink entry="right-to-object">{o.rightToObjectTerm}</GlossaryLink> }),
    footer: o.descriptions.footer,
    headers: o.descriptions.headers,
  };

  if (!ready) {
    return (
      <section className="ng-texts" aria-labelledby="ng-texts-title">
        <h2 id="ng-texts-title">{o.title}</h2>
        <div className="tool-empty">
          <p>{o.emptyIntro}</p>
          <ul>
            {(['short', 'notice', 'objection', 'footer', 'headers'] as const).map((id) => (
              <li key={id}>
                <strong>{o.titles[id]}</strong>: {descriptions[id]}
              </li>
            ))}
          </ul>
        </div>
      </section>
    );
  }

  const headers = buildListUnsubscribeHeaders({ url: campaign.unsubscribeLink, email: profile.privacyEmail });
  const region = (id: OutputId, warning: string | null = null) => (
    <OutputRegion
      title={o.titles[id]}
      name={NAMES[id]}
      text={toPlainText(outputs[id])}
      html={toHtml(outputs[id])}
      editedHtml={(edited) => editedToHtml(edited, outputs[id])}
      warning={warning}
      m={o}
      common={common}
    >
      {descriptions[id]}
    </OutputRegion>
  );

  return (
    <section className="ng-texts" aria-labelledby="ng-texts-title">
      <h2 id="ng-texts-title">{o.title}</h2>
      {region('short')}
      {region('notice', incompleteWarning(coverage, transferAnswered, m))}
      {region('objection')}
      {region('footer')}
      <OutputRegion title={o.titles.headers} text={headers.text || o.noHeaders} html={null} code m={o} common={common}>
        {descriptions.headers}
        {headers.placeholder && <> {o.headersPlaceholder}</>}
        {headers.problems.map((p) => ` ${format(o.headerProblems[p], { scheme: headers.scheme ?? '' })}`).join('')}
      </OutputRegion>
    </section>
  );
}
