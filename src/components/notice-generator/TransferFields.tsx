import type { Messages } from '../../lib/i18n/en/index';
import { format } from '../../lib/i18n/format';
import { SAFEGUARDS, type Campaign, type Safeguard } from '../../lib/notice/campaign';
import type { NoticeFacts } from '../../lib/notice/compose';
import { useCountryNames } from '../shared/locale';
import Alert from '../shared/Alert';
import GlossaryLink from '../shared/GlossaryLink';
import { rich } from '../shared/rich-text';
import { fieldId } from './field-ids';

type M = Messages['notice'];

interface Props {
  campaign: Campaign;
  facts: Pick<NoticeFacts, 'law' | 'senderAbroad'>;
  /** The sender's country code, for the explanation. */
  senderCountry: string;
  /** Region of each European country code, from the jurisdictions data. */
  regions: Record<string, 'EU' | 'EEA' | 'UK' | 'CH'>;
  m: M;
  onChange(patch: Partial<Pick<Campaign, 'transfer' | 'transferDestination'>>): void;
}

const EDPB_TRANSFERS = 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052021-interplay-between-application-article-3_en';
const LINKS = {
  adequacyList: 'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en',
  ukAdequacy: 'https://www.legislation.gov.uk/ukpga/2025/18/schedule/7',
  dpfList: 'https://www.dataprivacyframework.gov/list',
  dpfDecision: 'https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj',
  dpfJudgment: 'https://curia.europa.eu/juris/liste.jsf?num=T-553/23',
  dpfAppeal: 'https://eur-lex.europa.eu/eli/C/2025/6610/oj',
  sccDecision: 'https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj',
  ukIdta: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/international-transfers/international-data-transfer-agreement-and-guidance/',
  derogations: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-22018-derogations-article-49-under-regulation_en',
};

/** What an answer means, with its primary source. */
function basisHint(transfer: Safeguard | null, law: 'eu' | 'uk', b: M['transfer']['basis']) {
  switch (transfer) {
    case 'adequacy':
      return law === 'eu'
        ? rich(b.adequacyEu, {
            adequacyDecision: <GlossaryLink entry="adequacy-decision">{b.adequacyDecisionTerm}</GlossaryLink>,
            list: <a href={LINKS.adequacyList}>{b.adequacyList}</a>,
          })
        : rich(b.adequacyUk, { article: <a href={LINKS.ukAdequacy}>{b.adequacyUkArticle}</a> });
    case 'dpf':
      return (
        <>
          {rich(law === 'eu' ? b.dpfEu : b.dpfUk, { list: <a href={LINKS.dpfList}>{b.dpfList}</a> })}{' '}
          {rich(b.dpfCourt, {
            decision: <a href={LINKS.dpfDecision}>{b.dpfDecision}</a>,
            judgment: <a href={LINKS.dpfJudgment}>{b.dpfJudgment}</a>,
            appeal: <a href={LINKS.dpfAppeal}>{b.dpfAppeal}</a>,
          })}
        </>
      );
    case 'scc':
      return law === 'eu'
        ? rich(b.sccEu, {
            scc: <GlossaryLink entry="standard-contractual-clauses-sccs">{b.sccTerm}</GlossaryLink>,
            decision: <a href={LINKS.sccDecision}>{b.sccDecision}</a>,
          })
        : rich(b.sccUk, { idta: <a href={LINKS.ukIdta}>{b.sccUkIdta}</a> });
    case 'bcr':
      return b.bcr;
    case 'derogation':
      return rich(b.derogation, { guidelines: <a href={LINKS.derogations}>{b.derogationGuidelines}</a> });
    default:
      return null;
  }
}

/**
 * "Transfers outside the EU/UK": no default, "No transfer" unavailable to a sender established
 * outside the home area of the law (with why), each basis explained, and the destination chosen
 * as a country so the letter can name it in its own language.
 */
export default function TransferFields({ campaign, facts, senderCountry, regions, m, onChange }: Props) {
  const names = useCountryNames();
  const { law, senderAbroad } = facts;
  const t = m.transfer;
  const words = t[law];
  const { transfer } = campaign;
  const blocked = senderAbroad === true && transfer === 'none';
  const inHome = (code: string) => (law === 'uk' ? regions[code] === 'UK' : regions[code] === 'EU' || regions[code] === 'EEA');
  const showDestination = transfer !== null && transfer !== 'none' && transfer !== 'dpf';
  const id = fieldId('transfer');

  return (
    <div className="ng-grid">
      <div className="ng-field ng-wide">
        <label htmlFor={id}>{m.labels.transfer}</label>
        <select
          id={id}
          name="transfer"
          value={transfer ?? ''}
          aria-describedby={senderAbroad ? `${id}-hint ${id}-abroad` : `${id}-hint`}
          aria-invalid={transfer === null || blocked}
          onChange={(e) => onChange({ transfer: e.target.value === '' ? null : (e.target.value as Safeguard) })}
        >
          <option value="">{t.choose}</option>
          {SAFEGUARDS.map((value) => {
            const impossible = value === 'none' && senderAbroad === true;
            return (
              <option key={value} value={value} disabled={impossible}>
                {impossible ? format(words.notPossible, { choice: words.choices[value] }) : words.choices[value]}
              </option>
            );
          })}
        </select>
        <span id={`${id}-hint`} className="tool-hint">
          {rich(words.hint, { transfer: <GlossaryLink entry="international-transfer">{t.transferTerm}</GlossaryLink> })} {basisHint(transfer, law, t.basis)}
        </span>
        {senderAbroad === true && (
          <Alert kind={blocked ? 'warning' : 'info'} id={`${id}-abroad`}>
            <p>{rich(words.abroad, { country: names.name(senderCountry), guidelines: <a href={EDPB_TRANSFERS}>{t.edpbTransfers}</a> })}</p>
          </Alert>
        )}
      </div>
      {showDestination && (
        <div className="ng-field">
          <label htmlFor={fieldId('transferDestination')}>{m.labels.transferDestination}</label>
          <select
            id={fieldId('transferDestination')}
            name="transferDestination"
            value={campaign.transferDestination}
            aria-describedby={`${fieldId('transferDestination')}-hint`}
            onChange={(e) => onChange({ transferDestination: e.target.value })}
          >
            <option value="">{t.notNamed}</option>
            {names.codes
              .filter((code) => !inHome(code))
              .map((code) => (
                <option key={code} value={code}>
                  {names.name(code)}
                </option>
              ))}
          </select>
          <span id={`${fieldId('transferDestination')}-hint`} className="tool-hint">
            {t.destinationHint}
          </span>
        </div>
      )}
    </div>
  );
}
