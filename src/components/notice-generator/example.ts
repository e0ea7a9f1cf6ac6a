import { campaignSchema, type Campaign } from '../../lib/notice/campaign';
import { senderProfileSchema, type SenderProfile } from '../../lib/profile/schema';

/**
 * "Try an example": a fictional company (every address on the reserved `.example` domain) that
 * the kit is written for: established outside the EU, so it names EU and UK representatives, and
 * its data reach Canada, which has an EU adequacy decision for organisations under PIPEDA
 * (Commission Decision 2002/2/EC, https://eur-lex.europa.eu/eli/dec/2002/2/oj) and is covered by
 * the UK's adequacy regulations for the same organisations (Data Protection Act 2018 Sch. 21
 * para. 5, https://www.legislation.gov.uk/ukpga/2018/12/schedule/21).
 */
export const EXAMPLE_PROFILE: SenderProfile = senderProfileSchema.parse({
  legalName: 'Northwind Robotics Inc.',
  tradingName: 'Northwind',
  postalAddress: '410 King Street West\nToronto, ON M5V 1K2\nCanada',
  country: 'CA',
  privacyEmail: 'privacy@northwind-robotics.example',
  website: 'https://northwind-robotics.example',
  privacyNoticeUrl: 'https://northwind-robotics.example/privacy',
  dpoContact: '',
  euRepresentative: 'EU Rep Partners B.V., Keizersgracht 100, 1015 AA Amsterdam, Netherlands, eu-rep@eurep-partners.example',
  ukRepresentative: 'UK Rep Partners Ltd, 1 Example Street, London EC1A 1AA, uk-rep@ukrep-partners.example',
});

/**
 * The example's campaign, written in English. It keeps the recipient country the user (or the
 * campaign planner) already chose; with none, Ireland, where a named business address may be
 * emailed about the recipient's work.
 */
export function exampleCampaign(recipientCountry: string): Campaign {
  return campaignSchema.parse({
    purpose:
      'Your warehouses still count pallets by hand; our inventory robots scan every aisle overnight, so your team starts the day with exact stock levels.',
    interest: 'directMarketing',
    dataCategories: ['name', 'workEmail', 'jobTitle', 'company'],
    sourceKind: 'website',
    source: 'liffey-logistics.example/team',
    emailPlatform: 'Mailroute',
    crm: 'Clientbook CRM',
    transfer: 'adequacy',
    transferDestination: 'CA',
    retentionMonths: 6,
    recipientCountry: recipientCountry || 'IE',
    optOut: 'both',
    language: 'en',
  });
}
