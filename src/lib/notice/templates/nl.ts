import type { NoticeTemplateInput } from '../template-schema.ts';

/** Dutch (u). Terms follow the Dutch GDPR text (AVG): verwerkingsverantwoordelijke, gerechtvaardigd belang, recht van bezwaar, toezichthoudende autoriteit. */
export default {
  code: 'nl',
  englishName: 'Dutch',
  nativeName: 'Nederlands',
  locale: 'nl-NL',
  labelSeparator: ': ',
  replyKeyword: 'nee, bedankt',
  regions: {
    eu: {
      legalBasis: 'artikel 6, lid 1, onder f, AVG',
      representative: 'Onze vertegenwoordiger in de EU (artikel 27 AVG): {representative}.',
      transferNone: 'Wij geven uw gegevens niet door aan landen buiten de EU/EER.',
      transferAdequacy:
        'Uw gegevens worden doorgegeven aan een derde land ({destination}) waarvoor de Europese Commissie een adequaatheidsbesluit heeft genomen (artikel 45 AVG).',
      transferAdequacyAnywhere:
        'Als wij uw gegevens doorgeven aan landen buiten de EU/EER, dan alleen aan landen waarvoor de Europese Commissie een adequaatheidsbesluit heeft genomen (artikel 45 AVG).',
      transferScc:
        'Uw gegevens worden doorgegeven aan een derde land ({destination}) op basis van de standaardcontractbepalingen van de Europese Commissie (artikel 46, lid 2, onder c, AVG).',
      transferSccAnywhere:
        'Als wij uw gegevens doorgeven aan landen buiten de EU/EER, gebeurt dat op basis van de standaardcontractbepalingen van de Europese Commissie (artikel 46, lid 2, onder c, AVG).',
    },
    uk: {
      legalBasis: 'artikel 6, lid 1, onder f, van de UK GDPR',
      representative: 'Onze vertegenwoordiger in het Verenigd Koninkrijk (artikel 27 UK GDPR): {representative}.',
      transferNone: 'Wij geven uw gegevens niet door aan landen buiten het Verenigd Koninkrijk.',
      transferAdequacy:
        'Uw gegevens worden doorgegeven aan een derde land ({destination}) dat onder de Britse adequaatheidsregelingen (UK adequacy regulations) valt.',
      transferAdequacyAnywhere:
        'Als wij uw gegevens doorgeven aan landen buiten het Verenigd Koninkrijk, dan alleen aan landen die onder de Britse adequaatheidsregelingen vallen.',
      transferScc:
        'Uw gegevens worden doorgegeven aan een derde land ({destination}) op basis van de Britse International Data Transfer Agreement of het Britse addendum (UK Addendum) bij de EU-standaardcontractbepalingen.',
      transferSccAnywhere:
        'Als wij uw gegevens doorgeven aan landen buiten het Verenigd Koninkrijk, gebeurt dat op basis van de Britse International Data Transfer Agreement of het Britse addendum (UK Addendum) bij de EU-standaardcontractbepalingen.',
    },
  },
  dataCategories: {
    name: 'naam',
    workEmail: 'zakelijk e-mailadres',
    jobTitle: 'functie',
    company: 'bedrijf',
    phone: 'zakelijk telefoonnummer',
    linkedin: 'URL van uw LinkedIn-profiel',
    location: 'locatie (stad en land)',
  },
  months: { one: '{n} maand', other: '{n} maanden' },
  interests: {
    directMarketing: 'Ons gerechtvaardigd belang is het aanbieden van onze producten en diensten aan bedrijven voor wie die relevant zijn.',
    partnership: 'Ons gerechtvaardigd belang is het opbouwen van zakelijke relaties en partnerschappen met bedrijven in onze sector.',
    custom: 'Ons gerechtvaardigd belang: {interest}.',
  },
  sources: {
    other: { withDetail: 'Uw contactgegevens komen uit de volgende bron: {detail}.', withoutDetail: null },
    website: {
      withDetail: 'Wij hebben uw contactgegevens gevonden op de website van uw bedrijf ({detail}), een openbaar toegankelijke bron.',
      withoutDetail: 'Wij hebben uw contactgegevens gevonden op de website van uw bedrijf, een openbaar toegankelijke bron.',
    },
    linkedin: {
      withDetail: 'Wij hebben uw contactgegevens gevonden via uw openbare LinkedIn-profiel ({detail}).',
      withoutDetail: 'Wij hebben uw contactgegevens gevonden via uw openbare LinkedIn-profiel.',
    },
    register: {
      withDetail: 'Uw contactgegevens komen uit een openbaar register ({detail}).',
      withoutDetail: 'Uw contactgegevens komen uit een openbaar register.',
    },
    vendor: {
      withDetail: 'Wij hebben uw contactgegevens verkregen van de gegevensleverancier {detail}.',
      withoutDetail: 'Wij hebben uw contactgegevens verkregen van een gegevensleverancier.',
    },
    referral: {
      withDetail: 'Wij hebben uw contactgegevens ontvangen via een aanbeveling van {detail}.',
      withoutDetail: 'Wij hebben uw contactgegevens ontvangen via een persoonlijke aanbeveling.',
    },
    event: {
      withDetail: 'Uw contactgegevens komen uit de deelnemerslijst van het evenement {detail}.',
      withoutDetail: 'Uw contactgegevens komen uit de deelnemerslijst van een evenement.',
    },
  },
  short: {
    whyGeneric: 'Wij schrijven u omdat wij denken dat ons aanbod relevant is voor uw functie.',
    optOut: {
      reply: 'Wilt u liever geen berichten meer van ons ontvangen? Antwoord dan gewoon “{keyword}”.',
      link: 'Wilt u liever geen berichten meer van ons ontvangen? Meld u dan hier af: {link}',
      both: 'Wilt u liever geen berichten meer van ons ontvangen? Antwoord dan gewoon “{keyword}” of meld u hier af: {link}',
    },
  },
  notice: {
    heading: 'Zo gaan wij om met uw persoonsgegevens',
    labels: {
      identity: 'Verwerkingsverantwoordelijke',
      purpose: 'Doel en grondslag',
      data: 'Categorieën van gegevens',
      source: 'Herkomst van de gegevens',
      recipients: 'Ontvangers',
      transfers: 'Doorgifte naar derde landen',
      retention: 'Bewaartermijn',
      rights: 'Uw rechten',
      automated: 'Geautomatiseerde besluitvorming',
      more: 'Volledige privacyverklaring',
    },
    identityWithAddress: '{company}, {address}.',
    identityOnly: '{company}.',
    contact: 'Contact voor privacyvragen: {email}.',
    dpo: 'Functionaris voor gegevensbescherming: {dpo}.',
    purpose: 'Wij gebruiken uw gegevens om contact met u op te nemen over producten en diensten die relevant kunnen zijn voor uw werk.',
    basis: 'De grondslag is ons gerechtvaardigd belang ({basis}).',
    data: 'Wij verwerken de volgende gegevens over u: {categories}.',
    recipientsNamed: 'Dienstverleners die de gegevens namens ons verwerken (verwerkers): {list}.',
    recipientsGeneric: 'Alleen dienstverleners die de gegevens namens ons verwerken (verwerkers), zoals onze e-mail- en CRM-leveranciers.',
    emailPlatform: 'ons e-mailplatform ({name})',
    crm: 'ons CRM-systeem ({name})',
    transferCopy: 'Een kopie van deze waarborgen kunt u opvragen via {email}.',
    retentionMonths: 'Wij verwijderen uw gegevens {period} na ons laatste contact met u.',
    suppression: 'Als u bezwaar maakt, bewaren wij alleen uw e-mailadres op een blokkeerlijst, zodat wij nooit meer contact met u opnemen.',
    rights:
      'U hebt recht op inzage, rectificatie, wissing en beperking van de verwerking, recht op overdraagbaarheid van gegevens en het recht om bezwaar te maken tegen de verwerking.',
    rightsContact: 'Om deze rechten uit te oefenen, kunt u mailen naar {email}.',
    complaint: 'Ook hebt u het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in het land waar u woont of werkt.',
    complaintAuthority:
      'Ook hebt u het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in het land waar u woont of werkt, bijvoorbeeld: {authority} ({url}).',
    automated: 'Wij nemen geen besluiten die uitsluitend zijn gebaseerd op geautomatiseerde verwerking, waaronder profilering.',
  },
  objection: {
    label: 'Uw recht van bezwaar',
    reply: 'U kunt op elk moment bezwaar maken tegen het gebruik van uw gegevens voor direct marketing. Antwoord gewoon “{keyword}” en wij nemen geen contact meer met u op.',
    link: 'U kunt op elk moment bezwaar maken tegen het gebruik van uw gegevens voor direct marketing. Gebruik deze link en wij nemen geen contact meer met u op: {link}',
    both: 'U kunt op elk moment bezwaar maken tegen het gebruik van uw gegevens voor direct marketing. Antwoord “{keyword}” of gebruik deze link, en wij nemen geen contact meer met u op: {link}',
    email: 'U kunt ook mailen naar {email}.',
  },
  footer: {
    optOut: {
      reply: 'Geen interesse? Antwoord “{keyword}” en wij mailen u niet meer.',
      link: 'Geen interesse? Meld u hier af: {link}',
      both: 'Geen interesse? Antwoord “{keyword}” of meld u hier af: {link}',
    },
    privacyUrl: 'Hoe wij met uw gegevens omgaan: {url}',
    privacyEmail: 'Vragen over privacy: {email}',
  },
} satisfies NoticeTemplateInput;
