import type { Messages } from '../../lib/i18n/en/index';
import { format } from '../../lib/i18n/format';
import type { NoticeCountry } from '../../lib/notice/countries';
import GlossaryLink from '../shared/GlossaryLink';
import { rich } from '../shared/rich-text';
import { useSiteLink } from '../shared/locale';

type M = Messages['notice'];

const FADP = 'https://www.fedlex.admin.ch/eli/cc/2022/491/en';
const FDPIC_ART_14 = 'https://www.edoeb.admin.ch/de/vertretung-nach-artikel-14-dsg';

/**
 * Where the revised Swiss Federal Act on Data Protection (FADP, in force since 1 September 2023)
 * asks for something other than the GDPR texts this tool writes. The English FADP on fedlex is
 * an unofficial translation; the German, French and Italian texts are binding.
 */
function SwissDifferences({ m, destinationLabel }: { m: M['swiss']; destinationLabel: string }) {
  const art = (number: string, anchor: string) => <a href={`${FADP}#${anchor}`}>{format(m.article, { number })}</a>;
  return (
    <>
      <p>{rich(m.intro, { fadp: <a href={FADP}>{m.fadp}</a> })}</p>
      <ul>
        <li>{rich(m.inform, { art19: art('19', 'art_19') })}</li>
        <li>{rich(m.abroad, { art19_4: art('19(4)', 'art_19'), art16_2: art('16(2)', 'art_16'), art17: art('17', 'art_17'), destination: destinationLabel })}</li>
        <li>{rich(m.authority, { art49: art('49', 'art_49') })}</li>
        <li>{rich(m.representative, { art14: art('14', 'art_14'), fdpic: <a href={FDPIC_ART_14}>{m.fdpicOnArt14}</a> })}</li>
      </ul>
    </>
  );
}

/** The shared alert colour for each rule: red where no notice helps, amber where conditions or doubt apply. */
const ALERT_KIND = { 'consent-required': 'error', unclear: 'warning', conditions: 'warning', allowed: 'info' } as const;

/**
 * What the recipient's country says about cold B2B email to a named address, from the
 * jurisdictions data, under the site's one rule badge. Where prior consent is required, it says
 * plainly that no notice helps.
 */
export default function CountryRuleNote({ country, m }: { country: NoticeCountry; m: M }) {
  const sitePath = useSiteLink();
  const { namedAddress: rule } = country;
  const name = country.label ?? country.name;
  const r = m.rule;
  return (
    // The shared alert look, without the alert role: the note sits in a polite live region.
    <div className="ck-alert ng-rule" data-kind={ALERT_KIND[rule]}>
      <p>
        <span className="ck-badge" data-rule={rule}>
          <span className="sr-only">{format(r.badgePrefix, { country: name })} </span>
          {r.badges[rule]}
        </span>
      </p>
      <p>
        <strong>{format(r.lead[rule], { country: name })}</strong>
      </p>
      <p>{country.conditions}</p>
      {country.region === 'UK' && <p>{r.uk}</p>}
      {country.region === 'CH' && <SwissDifferences m={m.swiss} destinationLabel={m.labels.transferDestination} />}
      <p>
        {rich(r.sources, {
          sources: country.sources.map((s, i) => (
            <span key={s.url}>
              {i > 0 && r.sourceSeparator}
              <a href={s.url}>{s.title}</a>
            </span>
          )),
          authorityTerm: <GlossaryLink entry="supervisory-authority">{r.authorityTerm}</GlossaryLink>,
          authority: <a href={country.authority.url}>{country.authority.name}</a>,
          rules: <a href={sitePath(`/reference/countries/#${country.code.toLowerCase()}`)}>{r.countryRules}</a>,
        })}
      </p>
    </div>
  );
}
