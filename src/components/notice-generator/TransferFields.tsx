import type { Campaign, Safeguard } from '../../lib/notice/campaign';
import type { NoticeFacts } from '../../lib/notice/compose';
import { FIELD_LABELS as L } from '../../lib/notice/fields';
import { ISO_COUNTRY_CODES, countryName } from '../../lib/profile/countries';

interface Props {
  campaign: Campaign;
  facts: Pick<NoticeFacts, 'law' | 'senderAbroad'>;
  /** The sender's country code, for the explanation. */
  senderCountry: string;
  /** Region of each European country code, from the jurisdictions data. */
  regions: Record<string, 'EU' | 'EEA' | 'UK' | 'CH'>;
  /** Prefix for the element ids. */
  idPrefix: string;
  onChange(patch: Partial<Pick<Campaign, 'transfer' | 'transferDestination'>>): void;
}

const EDPB_TRANSFERS = 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052021-interplay-between-application-article-3_en';

/** The answers to "Transfers outside the EU/UK", worded for the law that applies. */
const CHOICES: Record<'eu' | 'uk', { value: Safeguard; label: string }[]> = {
  eu: [
    { value: 'none', label: 'No transfer' },
    { value: 'adequacy', label: 'To a country with an adequacy decision' },
    { value: 'dpf', label: 'To a US company certified under the EU–US Data Privacy Framework' },
    { value: 'scc', label: 'Under standard contractual clauses' },
    { value: 'bcr', label: 'Under binding corporate rules' },
    { value: 'derogation', label: 'Under an Art. 49 derogation' },
  ],
  uk: [
    { value: 'none', label: 'No transfer' },
    { value: 'adequacy', label: 'To a country approved by UK regulations (“data bridge”)' },
    { value: 'dpf', label: 'To a US company certified under the UK Extension to the Data Privacy Framework' },
    { value: 'scc', label: 'Under the UK IDTA or the UK Addendum to the EU clauses' },
    { value: 'bcr', label: 'Under binding corporate rules' },
    { value: 'derogation', label: 'Under an Art. 49 derogation' },
  ],
};

/** What an answer means, with its primary source. */
function basisHint(transfer: Safeguard | null, law: 'eu' | 'uk') {
  switch (transfer) {
    case 'adequacy':
      return law === 'eu' ? (
        <>
          Only for countries on the{' '}
          <a href="https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en">Commission’s list of adequacy decisions</a>{' '}
          (GDPR Art. 45).
        </>
      ) : (
        <>
          Only for countries approved by UK regulations (<a href="https://www.legislation.gov.uk/ukpga/2025/18/schedule/7">UK GDPR Art. 45A</a>, in force since 5
          February 2026), such as the EEA countries.
        </>
      );
    case 'dpf':
      return (
        <>
          Only for US companies on the <a href="https://www.dataprivacyframework.gov/list">Data Privacy Framework List</a>
          {law === 'uk' ? ' that have joined the UK Extension' : ''}. The Commission’s <a href="https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj">adequacy decision (EU) 2023/1795</a> was
          upheld by the General Court on 3 September 2025 (<a href="https://curia.europa.eu/juris/liste.jsf?num=T-553/23">T-553/23, Latombe</a>); an{' '}
          <a href="https://eur-lex.europa.eu/eli/C/2025/6610/oj">appeal (C-703/25 P)</a> is pending.
        </>
      );
    case 'scc':
      return law === 'eu' ? (
        <>
          The clauses of <a href="https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj">Commission decision (EU) 2021/914</a>, signed with the recipient (GDPR Art.
          46(2)(c)). The notice tells people how to get a copy.
        </>
      ) : (
        <>
          The ICO’s{' '}
          <a href="https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/international-transfers/international-data-transfer-agreement-and-guidance/">
            International Data Transfer Agreement or UK Addendum
          </a>
          , signed with the recipient. The notice tells people how to get a copy.
        </>
      );
    case 'bcr':
      return <>Only if your group’s binding corporate rules were approved by a supervisory authority (Art. 47). The notice tells people how to get a copy.</>;
    case 'derogation':
      return (
        <>
          Derogations (consent to the transfer, a contract with the person…) are for occasional transfers, not the routine flow of a campaign (
          <a href="https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-22018-derogations-article-49-under-regulation_en">EDPB Guidelines 2/2018</a>).
          Choose this only if your adviser confirmed one applies.
        </>
      );
    default:
      return null;
  }
}

/**
 * "Transfers outside the EU/UK": no default, "No transfer" unavailable to a sender established
 * outside the home area of the law (with why), each basis explained, and the destination chosen
 * as a country so the letter can name it in its own language.
 */
export default function TransferFields({ campaign, facts, senderCountry, regions, idPrefix, onChange }: Props) {
  const { law, senderAbroad } = facts;
  const home = law === 'uk' ? 'the UK' : 'the EU/EEA';
  const fid = (key: string) => `${idPrefix}-${key}`;
  const { transfer } = campaign;
  const blocked = senderAbroad === true && transfer === 'none';
  const inHome = (code: string) => (law === 'uk' ? regions[code] === 'UK' : regions[code] === 'EU' || regions[code] === 'EEA');
  const showDestination = transfer !== null && transfer !== 'none' && transfer !== 'dpf';

  return (
    <div className="ng-grid">
      <div className="ng-field">
        <label htmlFor={fid('transfer')}>{L.transfer}</label>
        <select
          id={fid('transfer')}
          value={transfer ?? ''}
          aria-describedby={senderAbroad ? `${fid('transfer-hint')} ${fid('transfer-abroad')}` : fid('transfer-hint')}
          aria-invalid={transfer === null || blocked}
          onChange={(e) => onChange({ transfer: e.target.value === '' ? null : (e.target.value as Safeguard) })}
        >
          <option value="">Choose an answer</option>
          {CHOICES[law].map((c) => (
            <option key={c.value} value={c.value} disabled={c.value === 'none' && senderAbroad === true}>
              {c.value === 'none' && senderAbroad === true ? `${c.label} (not possible: you are established outside ${home})` : c.label}
            </option>
          ))}
        </select>
        <span id={fid('transfer-hint')} className="ng-hint">
          No default: the notice shows a gap until you answer. If your email platform, CRM or data source stores or accesses the data outside {home}, that is a
          transfer: check its data processing agreement. {basisHint(transfer, law)}
        </span>
        {senderAbroad === true && (
          <p id={fid('transfer-abroad')} className={blocked ? 'ng-note ng-warn' : 'ng-note'}>
            Your company is established in {countryName(senderCountry)}, outside {home}: the data you hold are processed there, so the notice cannot say that they
            stay in {home}. Data that reach you from a source or service provider in {home}, and data you pass to a provider outside it, are transfers (
            <a href={EDPB_TRANSFERS}>EDPB Guidelines 05/2021</a>): choose the basis they rely on. The notice also says where you are established.
          </p>
        )}
      </div>
      {showDestination && (
        <div className="ng-field">
          <label htmlFor={fid('destination')}>{L.transferDestination}</label>
          <select id={fid('destination')} value={campaign.transferDestination} aria-describedby={fid('destination-hint')} onChange={(e) => onChange({ transferDestination: e.target.value })}>
            <option value="">Not named (third countries in general)</option>
            {ISO_COUNTRY_CODES.filter((code) => !inHome(code)).map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </select>
          <span id={fid('destination-hint')} className="ng-hint">
            The letter names it in its own language. Naming it is clearer, and Swiss law requires it (FADP Art. 19(4)).
          </span>
        </div>
      )}
    </div>
  );
}
