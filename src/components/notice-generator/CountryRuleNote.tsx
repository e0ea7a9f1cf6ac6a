import type { NoticeCountry } from '../../lib/notice/countries';
import { sitePath } from '../shared/site-path';

const FADP = 'https://www.fedlex.admin.ch/eli/cc/2022/491/en';

/**
 * Where the revised Swiss Federal Act on Data Protection (FADP, in force since 1 September 2023)
 * asks for something other than the GDPR texts this tool writes. The English FADP on fedlex is
 * an unofficial translation; the German, French and Italian texts are binding.
 */
function SwissDifferences() {
  return (
    <>
      <p>
        Switzerland is not in the EU: people there are protected by the revised <a href={FADP}>Federal Act on Data Protection</a> (FADP, in force since 1
        September 2023), alongside the GDPR where it applies to you. The texts follow the GDPR; under the FADP these parts differ:
      </p>
      <ul>
        <li>
          Duty to inform (<a href={`${FADP}#art_19`}>Art. 19</a>): at least who you are and how to reach you, the purpose, the recipients or their categories,
          and the categories of data, at the latest one month after you obtained them. The notice covers these; the FADP does not ask for a legal basis.
        </li>
        <li>
          Data sent abroad (<a href={`${FADP}#art_19`}>Art. 19(4)</a>): name the destination country and the safeguard you rely on (
          <a href={`${FADP}#art_16`}>Art. 16(2)</a>) or the exception (<a href={`${FADP}#art_17`}>Art. 17</a>). Choose a “Destination country”.
        </li>
        <li>
          Authority: the Federal Data Protection and Information Commissioner (FDPIC, in German EDÖB). The FADP has no GDPR-style right to complain; anyone can
          report a suspected breach to the FDPIC, who decides whether to investigate (<a href={`${FADP}#art_49`}>Art. 49</a>). The notice says so.
        </li>
        <li>
          Representative: no GDPR Art. 27 representative for Switzerland. A private company established abroad must name a representative in Switzerland only
          if its processing of data of people there is linked to offering them goods or services or to monitoring their behaviour, and is extensive, regular
          and high-risk, all four together (<a href={`${FADP}#art_14`}>Art. 14</a>;{' '}
          <a href="https://www.edoeb.admin.ch/de/vertretung-nach-artikel-14-dsg">FDPIC on Art. 14</a>).
        </li>
      </ul>
    </>
  );
}

/**
 * What the recipient's country says about cold B2B email to a named address, from the
 * jurisdictions data. Where prior consent is required, it says plainly that no notice helps.
 */
export default function CountryRuleNote({ country }: { country: NoticeCountry }) {
  const { name, namedAddress: rule } = country;
  const lead = {
    'consent-required': `Consent required in ${name}. A cold marketing email to a named business address there needs the recipient's prior consent. No notice, however complete, makes such an email lawful in ${name}.`,
    unclear: `The rule in ${name} is unclear: the sources disagree or could not be verified. Treat it as consent required, to be safe.`,
    conditions: `Allowed in ${name} only under conditions:`,
    allowed: `No prior consent is needed in ${name} for B2B email to a named address; the GDPR duties (this notice, the right to object) still apply.`,
  }[rule];
  return (
    <div className={`ng-rule ng-rule-${rule}`} data-rule={rule}>
      <p>
        <strong>{lead}</strong>
      </p>
      <p>{country.conditions}</p>
      {country.region === 'UK' && <p>The texts cite the UK GDPR, which applies to people in the UK.</p>}
      {country.region === 'CH' && <SwissDifferences />}
      <p className="ng-hint">
        Sources:{' '}
        {country.sources.map((s, i) => (
          <span key={s.url}>
            {i > 0 && '; '}
            <a href={s.url}>{s.title}</a>
          </span>
        ))}
        . Supervisory authority: <a href={country.authority.url}>{country.authority.name}</a>. All countries: <a href={sitePath(`/reference/countries/#${country.code.toLowerCase()}`)}>country rules</a>.
      </p>
    </div>
  );
}
