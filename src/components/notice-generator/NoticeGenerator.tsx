import { useId, useMemo, useState, type ReactNode } from 'react';
import SenderProfileForm from '../profile/SenderProfileForm';
import { useSenderProfile } from '../profile/use-sender-profile';
import { DATA_CATEGORIES, defaultCampaign, type Campaign, type DataCategory, type SourceKind } from '../../lib/notice/campaign';
import { composeOutputs, noticeFacts } from '../../lib/notice/compose';
import type { NoticeCountry } from '../../lib/notice/countries';
import { checkCoverage } from '../../lib/notice/coverage';
import { FIELD_LABELS as L } from '../../lib/notice/fields';
import { COUNTRY_LANGUAGE, languageOptions, templateFor, type LanguageCode } from '../../lib/notice/languages';
import { buildListUnsubscribeHeaders } from '../../lib/notice/list-unsubscribe';
import { toHtml, toPlainText } from '../../lib/notice/render';
import CountryRuleNote from './CountryRuleNote';
import CoverageCheck from './CoverageCheck';
import OutputRegion from './OutputRegion';
import TransferFields from './TransferFields';
import './notice-generator.css';

interface Props {
  /** The jurisdiction records, reduced to what the generator needs. */
  countries: NoticeCountry[];
}

const CATEGORY_LABELS: Record<DataCategory, string> = {
  name: 'Name',
  workEmail: 'Work email',
  jobTitle: 'Job title',
  company: 'Company',
  phone: 'Phone',
  linkedin: 'LinkedIn URL',
  location: 'Location',
  other: 'Other',
};

const SOURCE_OPTIONS: { value: SourceKind; label: string; hint: ReactNode }[] = [
  { value: 'other', label: 'Described below', hint: 'Say where the address came from, in the output language.' },
  { value: 'website', label: 'Company website', hint: 'The page, e.g. acme.example/team (optional).' },
  {
    value: 'pattern',
    label: 'Worked out from the company’s address pattern',
    hint: (
      <>
        Where you found the name and the address format, e.g. acme.example/team (required). An address you worked out (firstname.lastname@company) is personal
        data you created: the notice duty applies to it as to any other (<a href="https://gdpr-info.eu/art-14-gdpr/">GDPR Art. 14</a>), and it must be accurate (
        <a href="https://gdpr-info.eu/art-5-gdpr/">Art. 5(1)(d)</a>): check it before sending, as a wrong guess reaches someone else or no one.
      </>
    ),
  },
  { value: 'linkedin', label: 'LinkedIn profile', hint: 'The profile URL (optional).' },
  { value: 'register', label: 'Public register', hint: 'Which register, e.g. Companies House (optional).' },
  { value: 'vendor', label: 'Data vendor', hint: 'The vendor’s name (required: people are entitled to know who supplied their data).' },
  { value: 'referral', label: 'Referral', hint: 'Who referred you (optional).' },
  { value: 'event', label: 'Event attendee list', hint: 'The event’s name (optional).' },
];

/** The notice and footer generator: the shared sender profile, the campaign, the coverage check and the outputs. */
export default function NoticeGenerator({ countries }: Props) {
  const id = useId();
  const [profile, saveProfile, clearProfile] = useSenderProfile();
  const [campaign, setCampaign] = useState<Campaign>(defaultCampaign);
  const [monthsText, setMonthsText] = useState(String(defaultCampaign().retentionMonths));
  const regions = useMemo(() => Object.fromEntries(countries.map((c) => [c.code, c.region])), [countries]);

  const ctx = { profile, campaign, countries };
  const outputs = composeOutputs(ctx);
  const coverage = checkCoverage(ctx);
  const facts = noticeFacts(ctx);
  const incomplete = coverage.complete
    ? null
    : `This notice is incomplete. Still missing: ${coverage.missing.map((i) => `Art. ${i.article} (${i.title.toLowerCase()})`).join('; ')}.${
        facts.transferStatus === 'answered' ? '' : ' The text shows a [Choose …] gap where the transfer sentence belongs.'
      }`;
  const headers = buildListUnsubscribeHeaders({ url: campaign.unsubscribeLink, email: profile.privacyEmail });
  const template = templateFor(campaign.language);
  const country = countries.find((c) => c.code === campaign.recipientCountry);
  const suggested = country ? COUNTRY_LANGUAGE[country.code] : undefined;
  const sourceOption = SOURCE_OPTIONS.find((o) => o.value === campaign.sourceKind)!;
  const usesLink = campaign.optOut !== 'reply';

  const set = <K extends keyof Campaign>(key: K, value: Campaign[K]) => setCampaign((c) => ({ ...c, [key]: value }));
  const fid = (key: string) => `${id}-${key}`;
  const toggleCategory = (key: DataCategory, on: boolean) =>
    set('dataCategories', on ? DATA_CATEGORIES.filter((k) => k === key || campaign.dataCategories.includes(k)) : campaign.dataCategories.filter((k) => k !== key));

  return (
    <div className="notice-generator not-content">
      <SenderProfileForm profile={profile} onChange={saveProfile} onClear={clearProfile} regions={regions} />

      <fieldset className="ng-campaign">
        <legend>Campaign</legend>
        <p className="ng-hint">Not saved: the campaign stays in this tab only. Write free text in the output language; it goes into the texts as you type it.</p>
        <div className="ng-grid">
          <div className="ng-field">
            <label htmlFor={fid('country')}>{L.recipientCountry}</label>
            <select id={fid('country')} value={campaign.recipientCountry} onChange={(e) => set('recipientCountry', e.target.value)}>
              <option value="">Choose a country</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="ng-field">
            <label htmlFor={fid('language')}>{L.language}</label>
            <select id={fid('language')} value={campaign.language} onChange={(e) => set('language', e.target.value as LanguageCode)}>
              {languageOptions().map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
            {suggested && suggested !== campaign.language && (
              <button type="button" className="ng-link" onClick={() => set('language', suggested)}>
                Write in {templateFor(suggested).englishName}
              </button>
            )}
          </div>
        </div>
        <div aria-live="polite">{country && <CountryRuleNote country={country} />}</div>

        <div className="ng-field">
          <label htmlFor={fid('purpose')}>{L.purpose}</label>
          <textarea id={fid('purpose')} rows={3} maxLength={600} value={campaign.purpose} aria-describedby={fid('purpose-hint')} onChange={(e) => set('purpose', e.target.value)} />
          <span id={fid('purpose-hint')} className="ng-hint">
            One or two sentences to the recipient; they open the short disclaimer. E.g. “Your team sends thousands of invoices by email, and our gateway stops
            spoofed ones before they reach your customers.”
          </span>
        </div>

        <div className="ng-grid">
          <div className="ng-field">
            <label htmlFor={fid('interest')}>{L.interest}</label>
            <select id={fid('interest')} value={campaign.interest} onChange={(e) => set('interest', e.target.value as Campaign['interest'])}>
              <option value="directMarketing">Offering relevant products and services to businesses</option>
              <option value="partnership">Building business partnerships</option>
              <option value="custom">In my own words</option>
            </select>
          </div>
          {campaign.interest === 'custom' && (
            <div className="ng-field">
              <label htmlFor={fid('custom-interest')}>{L.customInterest}</label>
              <textarea id={fid('custom-interest')} rows={2} maxLength={600} value={campaign.customInterest} onChange={(e) => set('customInterest', e.target.value)} />
            </div>
          )}
        </div>

        <fieldset className="ng-group">
          <legend>{L.dataCategories}</legend>
          <div className="ng-checks">
            {DATA_CATEGORIES.map((key) => (
              <label key={key} className="ng-check">
                <input type="checkbox" checked={campaign.dataCategories.includes(key)} onChange={(e) => toggleCategory(key, e.target.checked)} />
                {CATEGORY_LABELS[key]}
              </label>
            ))}
          </div>
          {campaign.dataCategories.includes('other') && (
            <div className="ng-field">
              <label htmlFor={fid('other-data')}>{L.otherData}</label>
              <input id={fid('other-data')} type="text" maxLength={300} value={campaign.otherData} onChange={(e) => set('otherData', e.target.value)} />
            </div>
          )}
        </fieldset>

        <div className="ng-grid">
          <div className="ng-field">
            <label htmlFor={fid('source-kind')}>{L.sourceKind}</label>
            <select id={fid('source-kind')} value={campaign.sourceKind} onChange={(e) => set('sourceKind', e.target.value as SourceKind)}>
              {SOURCE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="ng-field">
            <label htmlFor={fid('source')}>{L.source}</label>
            <input id={fid('source')} type="text" maxLength={300} value={campaign.source} aria-describedby={fid('source-hint')} onChange={(e) => set('source', e.target.value)} />
            <span id={fid('source-hint')} className="ng-hint">
              {sourceOption.hint}
            </span>
          </div>
        </div>

        <div className="ng-grid">
          <div className="ng-field">
            <label htmlFor={fid('platform')}>{L.emailPlatform}</label>
            <input id={fid('platform')} type="text" maxLength={100} value={campaign.emailPlatform} aria-describedby={fid('recipients-hint')} onChange={(e) => set('emailPlatform', e.target.value)} />
          </div>
          <div className="ng-field">
            <label htmlFor={fid('crm')}>{L.crm}</label>
            <input id={fid('crm')} type="text" maxLength={100} value={campaign.crm} aria-describedby={fid('recipients-hint')} onChange={(e) => set('crm', e.target.value)} />
          </div>
        </div>
        <p id={fid('recipients-hint')} className="ng-hint">
          Who receives the data: the names of the services that process it for you, e.g. lemlist, HubSpot. Without names the notice gives the categories.
        </p>

        <TransferFields
          campaign={campaign}
          facts={facts}
          senderCountry={profile.country}
          regions={regions}
          idPrefix={id}
          onChange={(patch) => setCampaign((c) => ({ ...c, ...patch }))}
        />

        <div className="ng-grid">
          <div className="ng-field">
            <label htmlFor={fid('months')}>{L.retentionMonths}</label>
            <input
              id={fid('months')}
              type="number"
              min={1}
              max={120}
              value={monthsText}
              onChange={(e) => {
                setMonthsText(e.target.value);
                const n = Number(e.target.value);
                set('retentionMonths', e.target.value !== '' && Number.isInteger(n) && n >= 1 && n <= 120 ? n : null);
              }}
            />
          </div>
          <div className="ng-field">
            <label htmlFor={fid('retention-rule')}>{L.retentionRule}</label>
            <input id={fid('retention-rule')} type="text" maxLength={300} value={campaign.retentionRule} aria-describedby={fid('retention-hint')} onChange={(e) => set('retentionRule', e.target.value)} />
            <span id={fid('retention-hint')} className="ng-hint">
              Optional; replaces the months when given.
            </span>
          </div>
        </div>

        <fieldset className="ng-group">
          <legend>{L.optOut}</legend>
          <div className="ng-checks">
            {(
              [
                ['reply', `By replying “${template.replyKeyword}”`],
                ['link', 'With an unsubscribe link'],
                ['both', 'Both'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="ng-check">
                <input type="radio" name={fid('opt-out')} value={value} checked={campaign.optOut === value} onChange={() => set('optOut', value)} />
                {label}
              </label>
            ))}
          </div>
          {usesLink && (
            <div className="ng-field">
              <label htmlFor={fid('unsubscribe')}>{L.unsubscribeLink}</label>
              <input id={fid('unsubscribe')} type="text" maxLength={500} value={campaign.unsubscribeLink} aria-describedby={fid('unsubscribe-hint')} onChange={(e) => set('unsubscribeLink', e.target.value)} />
              <span id={fid('unsubscribe-hint')} className="ng-hint">
                Your sending platform replaces a placeholder such as {'{{unsubscribe_link}}'} with each recipient’s own link: use the one its help pages give.
                {campaign.unsubscribeLink.trim() === '' && ' With no link, the texts offer the reply only.'}
              </span>
            </div>
          )}
        </fieldset>
      </fieldset>

      <CoverageCheck coverage={coverage} />

      <h2 className="ng-outputs-title">Your texts</h2>
      <OutputRegion title="Short disclaimer" text={toPlainText(outputs.short)} html={toHtml(outputs.short)}>
        Two or three sentences to weave into the email itself: why you are writing, where the address came from, how to opt out.
      </OutputRegion>
      <OutputRegion title="Full notice" text={toPlainText(outputs.notice)} html={toHtml(outputs.notice)} warning={incomplete}>
        Every Art. 14 item, short enough for the end of the first email, with a link to your full privacy notice when you give one.
      </OutputRegion>
      <OutputRegion title="Objection line" text={toPlainText(outputs.objection)} html={toHtml(outputs.objection)}>
        The right to object, on its own line, apart from everything else (Art. 21(4)). Put it in every email.
      </OutputRegion>
      <OutputRegion title="Opt-out footer" text={toPlainText(outputs.footer)} html={toHtml(outputs.footer)}>
        Who is writing and how to stop the emails, for under the signature.
      </OutputRegion>
      <OutputRegion title="List-Unsubscribe headers" text={headers.text || 'No headers: give an unsubscribe link or a privacy contact email.'} html={null} code>
        For your own mail server only. One-click unsubscribe (RFC 8058) needs an HTTPS endpoint that records the opt-out, and a DKIM signature covering both
        headers; your sending platform has to provide that, a static page cannot.
        {headers.placeholder && ' The platform must replace the placeholder with an HTTPS link unique to each recipient.'}
        {headers.problems.map((p) => ` ${p}`).join('')}
      </OutputRegion>
    </div>
  );
}
