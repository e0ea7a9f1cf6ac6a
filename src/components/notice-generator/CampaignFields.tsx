import type { Messages } from '../../lib/i18n/en/index';
import { format } from '../../lib/i18n/format';
import { DATA_CATEGORIES, SOURCE_KINDS, type Campaign, type DataCategory, type SourceKind } from '../../lib/notice/campaign';
import type { NoticeFacts } from '../../lib/notice/compose';
import type { NoticeCountry } from '../../lib/notice/countries';
import { COUNTRY_LANGUAGE, LANGUAGE_CODES, REPLY_KEYWORDS, type LanguageCode } from '../../lib/notice/languages';
import type { PlannerWorkspace } from '../../lib/workspace/campaign';
import GlossaryLink from '../shared/GlossaryLink';
import { rich } from '../shared/rich-text';
import CountryRuleNote from './CountryRuleNote';
import { fieldId } from './field-ids';
import TransferFields from './TransferFields';

type M = Messages['notice'];

interface Props {
  campaign: Campaign;
  /** Changes what the user changed (never called for what the page fills in by itself). */
  onChange(patch: Partial<Campaign>): void;
  /** The text in the months field, which may be briefly invalid while typed. */
  monthsText: string;
  onMonthsText(text: string): void;
  countries: NoticeCountry[];
  facts: Pick<NoticeFacts, 'law' | 'senderAbroad'>;
  senderCountry: string;
  regions: Record<string, 'EU' | 'EEA' | 'UK' | 'CH'>;
  /** The campaign planner's saved campaign, or `null`. */
  planner: PlannerWorkspace | null;
  /** True while the recipient country is the one taken from the planner. */
  countryFromPlanner: boolean;
  /** The user picked a recipient country: from the select, or (`fromPlanner`) one of the planner's targets. */
  onRecipientCountry(code: string, fromPlanner: boolean): void;
  m: M;
}

const GDPR_14 = 'https://gdpr-info.eu/art-14-gdpr/';
const GDPR_5 = 'https://gdpr-info.eu/art-5-gdpr/';

/** Where a value came from, next to the field it fills. */
function fromPlanner(planner: PlannerWorkspace, m: M): string {
  return planner.campaign.trim() === '' ? m.workspace.fromUnnamed : format(m.workspace.from, { campaign: planner.campaign.trim() });
}

/** The campaign: whom it goes to, what it says, where the data came from and where they go. */
export default function CampaignFields(props: Props) {
  const { campaign, onChange, countries, planner, m } = props;
  const c = m.campaign;
  const L = m.labels;
  const set = <K extends keyof Campaign>(key: K, value: Campaign[K]) => onChange({ [key]: value } as Partial<Campaign>);
  const country = countries.find((x) => x.code === campaign.recipientCountry);
  const suggested = country ? COUNTRY_LANGUAGE[country.code] : undefined;
  const usesLink = campaign.optOut !== 'reply';
  const plannerTargets = (planner?.countries ?? []).map((code) => countries.find((x) => x.code === code)).filter((x): x is NoticeCountry => x !== undefined);
  const otherTargets = plannerTargets.filter((x) => x.code !== campaign.recipientCountry);
  const offerOnOffer = planner !== null && planner.offer.trim() !== '' && campaign.purpose.trim() === '';
  const toggleCategory = (key: DataCategory, on: boolean) =>
    set('dataCategories', on ? DATA_CATEGORIES.filter((k) => k === key || campaign.dataCategories.includes(k)) : campaign.dataCategories.filter((k) => k !== key));

  const sourceHint = (kind: SourceKind) =>
    kind === 'pattern'
      ? rich(c.sources.pattern.hint, {
          personalData: <GlossaryLink entry="personal-data">{c.personalDataTerm}</GlossaryLink>,
          art14: <a href={GDPR_14}>{c.art14}</a>,
          art5: <a href={GDPR_5}>{c.art5}</a>,
        })
      : c.sources[kind].hint;

  return (
    <fieldset className="ng-campaign">
      <legend>{c.legend}</legend>
      <p className="tool-hint">{c.intro}</p>
      <div className="ng-grid">
        <div className="ng-field">
          <label htmlFor={fieldId('recipientCountry')}>{L.recipientCountry}</label>
          <select
            id={fieldId('recipientCountry')}
            name="recipientCountry"
            value={campaign.recipientCountry}
            aria-describedby={props.countryFromPlanner && planner ? `${fieldId('recipientCountry')}-from` : undefined}
            onChange={(e) => props.onRecipientCountry(e.target.value, false)}
          >
            <option value="">{c.chooseCountry}</option>
            {countries.map((x) => (
              <option key={x.code} value={x.code}>
                {x.label ?? x.name}
              </option>
            ))}
          </select>
          {props.countryFromPlanner && planner && (
            <span id={`${fieldId('recipientCountry')}-from`} className="tool-hint ng-from">
              {fromPlanner(planner, m)}
            </span>
          )}
          {otherTargets.length > 0 && (
            <div className="ng-picks">
              <span className="tool-hint">{m.workspace.otherTargets}</span>
              {otherTargets.map((x) => (
                <button key={x.code} type="button" className="tool-link" onClick={() => props.onRecipientCountry(x.code, true)}>
                  {x.label ?? x.name}
                </button>
              ))}
            </div>
          )}
        </div>
        <div className="ng-field">
          <label htmlFor={fieldId('language')}>{L.language}</label>
          <select id={fieldId('language')} name="language" value={campaign.language} onChange={(e) => set('language', e.target.value as LanguageCode)}>
            {LANGUAGE_CODES.map((code) => (
              <option key={code} value={code}>
                {m.languages[code]}
              </option>
            ))}
          </select>
          {suggested && suggested !== campaign.language && (
            <button type="button" className="tool-link ng-suggest" onClick={() => set('language', suggested)}>
              {format(c.writeIn, { language: m.languages[suggested] })}
            </button>
          )}
        </div>
      </div>
      <div aria-live="polite">{country && <CountryRuleNote country={country} m={m} />}</div>

      <div className="ng-field">
        <label htmlFor={fieldId('purpose')}>{L.purpose}</label>
        <textarea id={fieldId('purpose')} name="purpose" dir="auto" rows={3} maxLength={600} value={campaign.purpose} aria-describedby={`${fieldId('purpose')}-hint`} onChange={(e) => set('purpose', e.target.value)} />
        <span id={`${fieldId('purpose')}-hint`} className="tool-hint">
          {c.purposeHint}
        </span>
        {planner && campaign.purpose.trim() !== '' && campaign.purpose.trim() === planner.offer.trim() && <span className="tool-hint ng-from">{fromPlanner(planner, m)}</span>}
        {offerOnOffer && (
          <div className="ck-alert ng-offer" data-kind="info">
            <p>{format(m.workspace.offer, { offer: planner.offer.trim() })}</p>
            <p className="tool-actions">
              <button type="button" onClick={() => set('purpose', planner.offer.trim().slice(0, 600))}>
                {m.workspace.useOffer}
              </button>
              <span className="tool-hint">{m.workspace.offerHint}</span>
            </p>
          </div>
        )}
      </div>

      <div className="ng-grid">
        <div className="ng-field">
          <label htmlFor={fieldId('interest')}>{L.interest}</label>
          <select id={fieldId('interest')} name="interest" value={campaign.interest} aria-describedby={`${fieldId('interest')}-hint`} onChange={(e) => set('interest', e.target.value as Campaign['interest'])}>
            {(['directMarketing', 'partnership', 'custom'] as const).map((value) => (
              <option key={value} value={value}>
                {c.interests[value]}
              </option>
            ))}
          </select>
          <span id={`${fieldId('interest')}-hint`} className="tool-hint">
            {rich(c.interestHint, { legitimateInterest: <GlossaryLink entry="legitimate-interest">{c.legitimateInterestTerm}</GlossaryLink> })}
          </span>
        </div>
        {campaign.interest === 'custom' && (
          <div className="ng-field">
            <label htmlFor={fieldId('customInterest')}>{L.customInterest}</label>
            <textarea id={fieldId('customInterest')} name="customInterest" dir="auto" rows={2} maxLength={600} value={campaign.customInterest} onChange={(e) => set('customInterest', e.target.value)} />
          </div>
        )}
      </div>

      <fieldset className="ng-group">
        <legend>{L.dataCategories}</legend>
        <div className="ng-checks">
          {DATA_CATEGORIES.map((key, i) => (
            <label key={key} className="ng-check">
              <input type="checkbox" id={i === 0 ? fieldId('dataCategories') : undefined} checked={campaign.dataCategories.includes(key)} onChange={(e) => toggleCategory(key, e.target.checked)} />
              {c.categories[key]}
            </label>
          ))}
        </div>
        {campaign.dataCategories.includes('other') && (
          <div className="ng-field">
            <label htmlFor={fieldId('otherData')}>{L.otherData}</label>
            <input id={fieldId('otherData')} name="otherData" dir="auto" type="text" maxLength={300} value={campaign.otherData} onChange={(e) => set('otherData', e.target.value)} />
          </div>
        )}
      </fieldset>

      <div className="ng-grid">
        <div className="ng-field">
          <label htmlFor={fieldId('sourceKind')}>{L.sourceKind}</label>
          <select id={fieldId('sourceKind')} name="sourceKind" value={campaign.sourceKind} onChange={(e) => set('sourceKind', e.target.value as SourceKind)}>
            {SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {c.sources[kind].label}
              </option>
            ))}
          </select>
        </div>
        <div className="ng-field">
          <label htmlFor={fieldId('source')}>{L.source}</label>
          <input id={fieldId('source')} name="source" dir="auto" type="text" maxLength={300} value={campaign.source} aria-describedby={`${fieldId('source')}-hint`} onChange={(e) => set('source', e.target.value)} />
          <span id={`${fieldId('source')}-hint`} className="tool-hint">
            {sourceHint(campaign.sourceKind)}
          </span>
        </div>
      </div>

      <div className="ng-grid">
        <div className="ng-field">
          <label htmlFor={fieldId('emailPlatform')}>{L.emailPlatform}</label>
          <input id={fieldId('emailPlatform')} name="emailPlatform" dir="auto" type="text" maxLength={100} value={campaign.emailPlatform} aria-describedby="ng-recipients-hint" onChange={(e) => set('emailPlatform', e.target.value)} />
        </div>
        <div className="ng-field">
          <label htmlFor={fieldId('crm')}>{L.crm}</label>
          <input id={fieldId('crm')} name="crm" dir="auto" type="text" maxLength={100} value={campaign.crm} aria-describedby="ng-recipients-hint" onChange={(e) => set('crm', e.target.value)} />
        </div>
      </div>
      <p id="ng-recipients-hint" className="tool-hint">
        {rich(c.recipientsHint, { processors: <GlossaryLink entry="processor">{c.processorsTerm}</GlossaryLink> })}
      </p>

      <TransferFields campaign={campaign} facts={props.facts} senderCountry={props.senderCountry} regions={props.regions} m={m} onChange={onChange} />

      <div className="ng-grid">
        <div className="ng-field">
          <label htmlFor={fieldId('retentionMonths')}>{L.retentionMonths}</label>
          <input
            id={fieldId('retentionMonths')}
            name="retentionMonths"
            type="number"
            min={1}
            max={120}
            value={props.monthsText}
            onChange={(e) => {
              props.onMonthsText(e.target.value);
              const n = Number(e.target.value);
              set('retentionMonths', e.target.value !== '' && Number.isInteger(n) && n >= 1 && n <= 120 ? n : null);
            }}
          />
        </div>
        <div className="ng-field">
          <label htmlFor={fieldId('retentionRule')}>{L.retentionRule}</label>
          <input id={fieldId('retentionRule')} name="retentionRule" dir="auto" type="text" maxLength={300} value={campaign.retentionRule} aria-describedby={`${fieldId('retentionRule')}-hint`} onChange={(e) => set('retentionRule', e.target.value)} />
          <span id={`${fieldId('retentionRule')}-hint`} className="tool-hint">
            {c.retentionHint}
          </span>
        </div>
      </div>

      <fieldset className="ng-group">
        <legend>{L.optOut}</legend>
        <div className="ng-checks">
          {(['reply', 'link', 'both'] as const).map((value) => (
            <label key={value} className="ng-check">
              <input type="radio" name="ng-opt-out" value={value} checked={campaign.optOut === value} onChange={() => set('optOut', value)} />
              {format(c.optOut[value], { keyword: REPLY_KEYWORDS[campaign.language] })}
            </label>
          ))}
        </div>
        {usesLink && (
          <div className="ng-field">
            <label htmlFor={fieldId('unsubscribeLink')}>{L.unsubscribeLink}</label>
            <input
              id={fieldId('unsubscribeLink')}
              name="unsubscribeLink"
              type="text"
              dir="ltr"
              maxLength={500}
              value={campaign.unsubscribeLink}
              aria-describedby={`${fieldId('unsubscribeLink')}-hint`}
              onChange={(e) => set('unsubscribeLink', e.target.value)}
            />
            <span id={`${fieldId('unsubscribeLink')}-hint`} className="tool-hint">
              {format(c.unsubscribeHint, { placeholder: '{{unsubscribe_link}}' })}
              {campaign.unsubscribeLink.trim() === '' && <> {c.noLink}</>}
            </span>
          </div>
        )}
      </fieldset>
    </fieldset>
  );
}
