import type { NoticeTemplateInput } from '../template-schema.ts';

/** English (British spelling, as most EU and UK readers expect). Terms follow the English GDPR text. */
export default {
  code: 'en',
  englishName: 'English',
  nativeName: 'English',
  locale: 'en-GB',
  labelSeparator: ': ',
  replyKeyword: 'no thanks',
  regions: {
    eu: {
      legalBasis: 'Article 6(1)(f) GDPR',
      representative: 'Our representative in the EU (Article 27 GDPR): {representative}.',
      processedAbroad: 'We are established in a third country ({country}), outside the European Economic Area, and process your data there.',
      transferNone: 'We do not transfer your data outside the European Economic Area (EEA).',
      transferTo: 'We transfer your data to a third country ({destination}).',
      transferToUnnamed: 'We transfer your data to countries outside the European Economic Area (EEA).',
      basis: {
        adequacy: 'These transfers rely on an adequacy decision of the European Commission (Article 45 GDPR).',
        dpf: 'The recipients are US companies certified under the EU-U.S. Data Privacy Framework, for which the European Commission has adopted an adequacy decision (Article 45 GDPR).',
        scc: "These transfers rely on the European Commission's standard contractual clauses (Article 46(2)(c) GDPR).",
        bcr: 'These transfers rely on binding corporate rules (Article 47 GDPR).',
        derogation: 'These transfers rely on a derogation for a specific situation (Article 49 GDPR).',
      },
      complaint:
        'You also have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement.',
      complaintAuthority:
        'You also have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement. The supervisory authority in your country: {authority}, {url}.',
    },
    uk: {
      legalBasis: 'Article 6(1)(f) UK GDPR',
      representative: 'Our representative in the UK (Article 27 UK GDPR): {representative}.',
      processedAbroad: 'We are established in a third country ({country}), outside the United Kingdom, and process your data there.',
      transferNone: 'We do not transfer your data outside the United Kingdom.',
      transferTo: 'We transfer your data to a third country ({destination}).',
      transferToUnnamed: 'We transfer your data to countries outside the United Kingdom.',
      basis: {
        adequacy: 'These transfers are approved by UK regulations under Article 45A UK GDPR (a UK “data bridge”).',
        dpf: 'The recipients are US companies certified under the UK Extension to the EU-U.S. Data Privacy Framework (the UK–US “data bridge”).',
        scc: 'These transfers rely on the UK International Data Transfer Agreement or the UK Addendum to the EU standard contractual clauses (Article 46 UK GDPR).',
        bcr: 'These transfers rely on binding corporate rules (Article 47 UK GDPR).',
        derogation: 'These transfers rely on a derogation for a specific situation (Article 49 UK GDPR).',
      },
      complaint: 'You can also complain to the UK supervisory authority under section 165 of the Data Protection Act 2018.',
      complaintAuthority: 'You can also complain to the UK supervisory authority under section 165 of the Data Protection Act 2018: {authority}, {url}.',
      complaintToUs: 'You can complain to us about how we handle your personal data (section 164A of the Data Protection Act 2018): write to {email}. We will acknowledge your complaint within 30 days and tell you the outcome.',
      complaintToUsNoEmail: 'You can complain to us about how we handle your personal data (section 164A of the Data Protection Act 2018). We will acknowledge your complaint within 30 days and tell you the outcome.',
    },
  },
  dataCategories: {
    name: 'name',
    workEmail: 'work email address',
    jobTitle: 'job title',
    company: 'company',
    phone: 'work phone number',
    linkedin: 'LinkedIn profile URL',
    location: 'location (city and country)',
  },
  months: { one: '{n} month', other: '{n} months' },
  interests: {
    directMarketing: 'Our legitimate interest is to offer our products and services to businesses for which they are relevant.',
    partnership: 'Our legitimate interest is to build business relationships and partnerships with companies in our field.',
    custom: 'Our legitimate interest: {interest}.',
  },
  sources: {
    other: { withDetail: 'We obtained your contact details from the following source: {detail}.', withoutDetail: null },
    website: {
      withDetail: "We found your contact details on your company's website ({detail}), a publicly accessible source.",
      withoutDetail: "We found your contact details on your company's website, a publicly accessible source.",
    },
    linkedin: {
      withDetail: 'We found your contact details through your public LinkedIn profile ({detail}).',
      withoutDetail: 'We found your contact details through your public LinkedIn profile.',
    },
    register: {
      withDetail: 'We took your contact details from a public register ({detail}).',
      withoutDetail: 'We took your contact details from a public register.',
    },
    vendor: {
      withDetail: 'We obtained your contact details from the data provider {detail}.',
      withoutDetail: 'We obtained your contact details from a data provider.',
    },
    referral: {
      withDetail: 'We received your contact details through a recommendation from {detail}.',
      withoutDetail: 'We received your contact details through a personal recommendation.',
    },
    event: {
      withDetail: 'We took your contact details from the participant list of {detail}.',
      withoutDetail: 'We took your contact details from the participant list of an event.',
    },
    pattern: {
      withDetail:
        "We derived your work email address ourselves from your name and your company's public email address format. We found both here: {detail}.",
      withoutDetail: "We derived your work email address ourselves from your name and your company's public email address format.",
    },
  },
  short: {
    whyGeneric: 'We are writing to you because we believe our offer is relevant to your role.',
    optOut: {
      reply: 'If you would rather not hear from us, just reply “{keyword}”.',
      link: 'If you would rather not hear from us, you can unsubscribe here: {link}',
      both: 'If you would rather not hear from us, just reply “{keyword}” or unsubscribe here: {link}',
    },
  },
  notice: {
    heading: 'How we handle your personal data',
    labels: {
      identity: 'Who we are',
      purpose: 'Why we use your data',
      data: 'What data we use',
      source: 'Where we got it',
      recipients: 'Who receives it',
      transfers: 'Transfers abroad',
      retention: 'How long we keep it',
      rights: 'Your rights',
      automated: 'Automated decisions',
      more: 'Full privacy notice',
    },
    identityWithAddress: '{company}, {address}.',
    identityOnly: '{company}.',
    contact: 'Privacy contact: {email}.',
    dpo: 'Data protection officer: {dpo}.',
    purpose: 'We use your data to contact you about products and services that may be relevant to your professional role.',
    basis: 'The legal basis is our legitimate interest under {basis}.',
    data: 'We use the following data about you: {categories}.',
    recipientsNamed: 'Service providers that process the data on our behalf (processors): {list}.',
    recipientsGeneric: 'Only service providers that process the data on our behalf (processors), such as our email and CRM providers.',
    emailPlatform: 'our email platform ({name})',
    crm: 'our CRM system ({name})',
    transferCopy: 'You can obtain a copy of these safeguards by writing to {email}.',
    retentionMonths: 'We delete your data {period} after our last contact with you.',
    suppression: 'If you object, we keep only your email address on a do-not-contact list, so that we never contact you again.',
    rights:
      'You have the right of access to your data, the right to rectification, erasure and restriction of processing, the right to data portability, and the right to object to the processing.',
    rightsContact: 'To exercise these rights, write to {email}.',
    swissAuthority:
      'Under the Swiss Federal Act on Data Protection, you can also report a suspected breach to the Swiss data protection authority: {authority}, {url}.',
    automated: 'We do not make decisions about you based solely on automated processing, including profiling.',
  },
  objection: {
    label: 'Your right to object',
    reply: 'You can object at any time to the use of your data for direct marketing. Just reply “{keyword}” and we will not contact you again.',
    link: 'You can object at any time to the use of your data for direct marketing. Use this link and we will not contact you again: {link}',
    both: 'You can object at any time to the use of your data for direct marketing. Reply “{keyword}” or use this link, and we will not contact you again: {link}',
    email: 'You can also write to {email}.',
  },
  footer: {
    optOut: {
      reply: 'Not interested? Reply “{keyword}” and we will not email you again.',
      link: 'Not interested? Unsubscribe here: {link}',
      both: 'Not interested? Reply “{keyword}” or unsubscribe here: {link}',
    },
    privacyUrl: 'How we handle your data: {url}',
    privacyEmail: 'Privacy questions: {email}',
  },
} satisfies NoticeTemplateInput;
