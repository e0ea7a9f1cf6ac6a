import { useEffect, useRef, type ReactNode } from 'react';
import Alert from '../shared/Alert';
import GlossaryLink from '../shared/GlossaryLink';
import RichMessage from '../shared/RichMessage';
import { markMapSelection } from '../site/map-selection';
import { format, formatDate, plural } from '../../lib/i18n/format';
import { consentRequiredAmong, listNames, pick, shownName, unclearAmong, type PlannerCountry } from '../../lib/planner/countries';
import { enforcementLines, type EnforcementLine } from '../../lib/planner/rules';
import type { Rule } from '../../lib/jurisdictions/schema';
import { Section } from './fields';
import { useWords } from './messages';
import { useSiteLink } from '../shared/locale';

/** A country's rule as the site's one rule badge (`.ck-badge`, as RuleBadge.astro draws it). */
function Badge({ rule }: { rule: Rule }) {
  const { m } = useWords();
  return (
    <span className="ck-badge" data-rule={rule}>
      {m.rules.labels[rule]}
    </span>
  );
}

/** Who acts on a breach in one country: the data protection authority, the enforcer of the email rule and the maximum fine, each linked to where it is stated. */
function Enforcement({ lines }: { lines: readonly EnforcementLine[] }) {
  const { m } = useWords();
  return (
    <dl className="cp-enforcement">
      {lines.map((line) => (
        <div key={line.label}>
          <dt>{line.label}</dt>
          <dd>
            {!line.link ? (
              line.text
            ) : line.link.title === line.text ? (
              <a href={line.link.href} rel="noopener noreferrer">
                {line.text}
              </a>
            ) : (
              <>
                {line.text}{' '}
                <span className="cp-fine-source">
                  <RichMessage
                    text={m.rules.enforcement.fineSource}
                    values={{
                      link: (
                        <a href={line.link.href} rel="noopener noreferrer">
                          {line.link.title}
                        </a>
                      ),
                    }}
                  />
                </span>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One target country: its rule for a named and a generic address, conditions, enforcers, confidence and sources. */
function CountryCard({ country: c }: { country: PlannerCountry }) {
  const { m, locale } = useWords();
  const headingId = `cp-rule-${c.code}`;
  return (
    <article className="cp-country" aria-labelledby={headingId}>
      <h3 id={headingId}>{shownName(c)}</h3>
      <p className="cp-badges">
        <span className="cp-rule">
          <RichMessage text={m.rules.named} values={{ rule: <Badge rule={c.namedAddress} /> }} />
        </span>{' '}
        <span className="cp-rule">
          <RichMessage text={m.rules.generic} values={{ rule: <Badge rule={c.genericAddress} /> }} />
        </span>
      </p>
      <p>{c.conditions}</p>
      <Enforcement lines={enforcementLines(c, m)} />
      <p className="tool-hint">
        <RichMessage
          text={format(m.rules.confidence, { confidence: m.rules.confidenceLevels[c.confidence] })}
          values={{ reviewed: <time dateTime={c.reviewed}>{formatDate(c.reviewed, locale)}</time> }}
        />
      </p>
      <details className="cp-sources-box">
        <summary>{plural(m.rules.sources, c.sources.length, {}, locale)}</summary>
        <ul className="cp-sources" aria-label={format(m.rules.sourcesFor, { country: shownName(c) })}>
          {c.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noopener noreferrer">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}

/** Step 1 continued: the map of target countries, a warning where consent is needed, and each country's rule. */
export default function RulesSection({ codes, countries, map }: { codes: string[]; countries: PlannerCountry[]; map?: ReactNode }) {
  const sitePath = useSiteLink();
  const { m, locale } = useWords();
  const mapRef = useRef<HTMLDivElement>(null);
  useEffect(() => markMapSelection(mapRef.current?.querySelector('[data-country-map]') ?? null, codes), [codes, map]);
  const chosen = pick(codes, countries);
  const consent = consentRequiredAmong(codes, countries).map(shownName);
  const unclear = unclearAmong(codes, countries).map(shownName);

  return (
    <Section at="rules" title={m.sections.rules}>
      <p className="cp-intro">
        <RichMessage text={m.rules.intro} values={{ link: <a href={sitePath('/reference/countries/')}>{m.rules.introLink}</a> }} />
      </p>
      {map && (
        <div className="cp-map" ref={mapRef}>
          {map}
        </div>
      )}
      {consent.length > 0 && (
        <Alert kind="error">
          <strong>{m.rules.consentTitle}</strong>{' '}
          <RichMessage
            text={plural(m.rules.consentWarning, consent.length, { countries: listNames(consent, locale) }, locale)}
            values={{ assessment: <GlossaryLink entry="legitimate-interests-assessment-lia">{m.rules.assessment}</GlossaryLink> }}
          />
        </Alert>
      )}
      {unclear.length > 0 && <Alert kind="warning">{plural(m.rules.unclearNote, unclear.length, { countries: listNames(unclear, locale) }, locale)}</Alert>}
      {chosen.length === 0 ? (
        <p className="tool-empty">{m.rules.empty}</p>
      ) : (
        <div className="cp-countries">
          {chosen.map((c) => (
            <CountryCard key={c.code} country={c} />
          ))}
        </div>
      )}
    </Section>
  );
}
