import { useEffect, useMemo, useState } from 'react';
import type { Messages } from '../../lib/i18n/en/index';
import { defaultCampaign, type Campaign } from '../../lib/notice/campaign';
import { composeOutputs, noticeFacts } from '../../lib/notice/compose';
import type { NoticeCountry } from '../../lib/notice/countries';
import { checkCoverage } from '../../lib/notice/coverage';
import type { FieldKey } from '../../lib/notice/fields';
import type { Locale } from '../../lib/i18n/locales';
import type { CountryNameList } from '../../lib/profile/country-options';
import { ToolLocaleProvider } from '../shared/locale';
import type { SenderProfile } from '../../lib/profile/schema';
import SenderProfileForm from '../profile/SenderProfileForm';
import { useSenderProfile } from '../profile/use-sender-profile';
import Alert from '../shared/Alert';
import ConfirmButton from '../shared/ConfirmButton';
import { usePlannerWorkspace } from '../shared/use-planner-workspace';
import CampaignFields from './CampaignFields';
import CoverageCheck from './CoverageCheck';
import { EXAMPLE_PROFILE, exampleCampaign } from './example';
import { PROFILE_ID_PREFIX, fieldId, isProfileField } from './field-ids';
import Outputs from './Outputs';
import '../shared/tool-controls.css';
import './notice-generator.css';

interface Props {
  /** Headings of the translated pages this tool links to (`TRANSLATED_FRAGMENTS[locale]`), outside English. */
  fragments?: Readonly<Record<string, string>> | undefined;
  /** The jurisdiction records, reduced to what the generator needs. */
  countries: NoticeCountry[];
  /** The tool's words (`EN.notice`). */
  messages: Messages['notice'];
  /** The sender profile form's words (`EN.profile`). */
  profileMessages: Messages['profile'];
  common: Messages['common'];
  /** The page's language: the interface's words, plurals and country names (the texts keep their own). */
  locale?: Locale;
  /** Every ISO country's name in the page's language (`countryNameList`), outside English. */
  countryNames?: CountryNameList | undefined;
}

/** True once any field of the profile holds something. */
const hasContent = (profile: SenderProfile) => Object.values(profile).some((value) => value.trim() !== '');

/**
 * The notice and footer generator: the shared sender profile and the campaign on one side; the
 * coverage check and the texts beside them (below them on a phone). It takes the recipient
 * country from the campaign planner when the user has not chosen one, and says so.
 */
export default function NoticeGenerator({ countries, messages: m, profileMessages, common, locale = 'en', countryNames, fragments }: Props) {
  const [profile, saveProfile, clearProfile] = useSenderProfile();
  const [campaign, setCampaign] = useState<Campaign>(defaultCampaign);
  const [monthsText, setMonthsText] = useState(String(defaultCampaign().retentionMonths));
  /** The user changed the campaign (a country the page took from the planner does not count). */
  const [touched, setTouched] = useState(false);
  /** The user chose the recipient country themselves: the planner's never replaces it. */
  const [countryChosen, setCountryChosen] = useState(false);
  const [countryFromPlanner, setCountryFromPlanner] = useState(false);
  const [reveal, setReveal] = useState<{ field: keyof SenderProfile } | null>(null);
  const [exampleShown, setExampleShown] = useState(false);
  const planner = usePlannerWorkspace();
  const regions = useMemo(() => Object.fromEntries(countries.map((c) => [c.code, c.region])), [countries]);

  // The planner's first target country, while the user has chosen none.
  useEffect(() => {
    if (planner === null || countryChosen || campaign.recipientCountry !== '') return;
    const first = planner.countries.find((code) => countries.some((c) => c.code === code));
    if (first === undefined) return;
    setCampaign((c) => ({ ...c, recipientCountry: first }));
    setCountryFromPlanner(true);
  }, [planner, countryChosen, campaign.recipientCountry, countries]);

  const ctx = { profile, campaign, countries, gaps: m.gaps };
  const outputs = composeOutputs(ctx);
  const coverage = checkCoverage(ctx);
  const facts = noticeFacts(ctx);
  const profileFilled = hasContent(profile);

  const change = (patch: Partial<Campaign>) => {
    setTouched(true);
    setExampleShown(false);
    setCampaign((c) => ({ ...c, ...patch }));
  };

  function chooseCountry(code: string, fromPlanner: boolean) {
    setCountryChosen(true);
    setCountryFromPlanner(fromPlanner);
    change({ recipientCountry: code });
  }

  function fillExample() {
    const next = exampleCampaign(campaign.recipientCountry);
    saveProfile(EXAMPLE_PROFILE);
    setCampaign(next);
    setMonthsText(String(next.retentionMonths));
    setTouched(true);
    setExampleShown(true);
  }

  function goToField(field: FieldKey) {
    if (isProfileField(field)) return setReveal({ field });
    const element = document.getElementById(fieldId(field));
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }

  const asks = profileFilled || touched;

  return (
    <ToolLocaleProvider locale={locale} countries={countryNames} fragments={fragments}>
      <div className="tool notice-generator not-content">
        <div className="tool-actions ng-top">
          {asks ? (
            <ConfirmButton
              className="tool-primary"
              label={m.example.button}
              question={profileFilled ? m.example.askProfile : m.example.askCampaign}
              confirmLabel={m.example.confirm}
              cancelLabel={common.keepIt}
              onConfirm={fillExample}
            />
          ) : (
            <button type="button" className="tool-primary" onClick={fillExample}>
              {m.example.button}
            </button>
          )}
          <span className="tool-hint">{m.example.hint}</span>
          <a className="ng-jump" href="#ng-texts-title">
            {m.jumpToTexts}
          </a>
        </div>
        {exampleShown && (
          <Alert kind="info">
            <p>{m.example.filled}</p>
          </Alert>
        )}

        <div className="tool-layout">
          <div className="ng-form">
            <SenderProfileForm
              profile={profile}
              onChange={saveProfile}
              onClear={clearProfile}
              regions={regions}
              messages={profileMessages}
              idPrefix={PROFILE_ID_PREFIX}
              reveal={reveal}
            />
            <CampaignFields
              campaign={campaign}
              onChange={change}
              monthsText={monthsText}
              onMonthsText={setMonthsText}
              countries={countries}
              facts={facts}
              senderCountry={profile.country}
              regions={regions}
              planner={planner}
              countryFromPlanner={countryFromPlanner}
              onRecipientCountry={chooseCountry}
              m={m}
            />
          </div>

          <div className="tool-aside ng-aside">
            <CoverageCheck coverage={coverage} m={m} profileLabels={profileMessages.labels} locale={locale} onFix={goToField} />
            <Outputs
              ready={profileFilled || touched}
              outputs={outputs}
              coverage={coverage}
              transferAnswered={facts.transferStatus === 'answered'}
              campaign={campaign}
              profile={profile}
              m={m}
              common={common}
            />
          </div>
        </div>
      </div>
    </ToolLocaleProvider>
  );
}
