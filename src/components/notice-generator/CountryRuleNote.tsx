import type { NoticeCountry } from '../../lib/notice/countries';
import { sitePath } from '../shared/site-path';

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
      {country.region === 'CH' && (
        <p>
          Switzerland is not in the EU: the Swiss Federal Act on Data Protection applies to people there, alongside the GDPR if your company is subject to
          it. These texts follow the GDPR and have not been checked against Swiss law.
        </p>
      )}
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
