import type { NoticeTemplateInput } from '../template-schema.ts';

/**
 * Dutch (u). Terms follow the Dutch GDPR text (AVG): verwerkingsverantwoordelijke, gerechtvaardigd
 * belang, recht van bezwaar, toezichthoudende autoriteit. Citations in the Regulation's own style,
 * as the reply composer writes them: "artikel 6, lid 1, punt f), van de AVG".
 */
export default {
  code: 'nl',
  englishName: 'Dutch',
  nativeName: 'Nederlands',
  locale: 'nl-NL',
  labelSeparator: ': ',
  replyKeyword: 'nee, bedankt',
  regions: {
    eu: {
      legalBasis: 'artikel 6, lid 1, punt f), van de AVG',
      representative: 'Onze vertegenwoordiger in de EU (artikel 27 van de AVG): {representative}.',
      processedAbroad: 'Wij zijn gevestigd in een derde land ({country}), buiten de Europese Economische Ruimte, en verwerken uw gegevens daar.',
      transferNone: 'Wij geven uw gegevens niet door aan landen buiten de Europese Economische Ruimte (EER).',
      transferTo: 'Wij geven uw gegevens door aan een derde land ({destination}).',
      transferToUnnamed: 'Wij geven uw gegevens door aan landen buiten de Europese Economische Ruimte (EER).',
      basis: {
        adequacy: 'Deze doorgiften vinden plaats op basis van een adequaatheidsbesluit van de Europese Commissie (artikel 45 van de AVG).',
        dpf: 'De ontvangers zijn Amerikaanse bedrijven die zijn gecertificeerd onder het EU-VS-kader voor gegevensbescherming (EU-U.S. Data Privacy Framework), waarvoor de Europese Commissie een adequaatheidsbesluit heeft genomen (artikel 45 van de AVG).',
        scc: 'Deze doorgiften vinden plaats op basis van de standaardbepalingen inzake gegevensbescherming van de Europese Commissie (artikel 46, lid 2, punt c), van de AVG).',
        bcr: 'Deze doorgiften vinden plaats op basis van bindende bedrijfsvoorschriften (artikel 47 van de AVG).',
        derogation: 'Deze doorgiften vinden plaats op basis van een afwijking voor een specifieke situatie (artikel 49 van de AVG).',
      },
      complaint:
        'Ook hebt u het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in de lidstaat waar u gewoonlijk verblijft, waar u uw werkplek hebt of waar de beweerde inbreuk is begaan.',
      complaintAuthority:
        'Ook hebt u het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in de lidstaat waar u gewoonlijk verblijft, waar u uw werkplek hebt of waar de beweerde inbreuk is begaan. De toezichthoudende autoriteit in uw land: {authority}, {url}.',
    },
    uk: {
      legalBasis: 'artikel 6, lid 1, punt f), van de Britse AVG (UK GDPR)',
      representative: 'Onze vertegenwoordiger in het Verenigd Koninkrijk (artikel 27 van de Britse AVG): {representative}.',
      processedAbroad: 'Wij zijn gevestigd in een derde land ({country}), buiten het Verenigd Koninkrijk, en verwerken uw gegevens daar.',
      transferNone: 'Wij geven uw gegevens niet door aan landen buiten het Verenigd Koninkrijk.',
      transferTo: 'Wij geven uw gegevens door aan een derde land ({destination}).',
      transferToUnnamed: 'Wij geven uw gegevens door aan landen buiten het Verenigd Koninkrijk.',
      basis: {
        adequacy: 'Deze doorgiften zijn goedgekeurd bij Britse regelgeving op grond van artikel 45A van de Britse AVG.',
        dpf: 'De ontvangers zijn Amerikaanse bedrijven die zijn gecertificeerd onder de Britse uitbreiding van het EU-VS-kader voor gegevensbescherming (UK Extension to the EU-U.S. Data Privacy Framework).',
        scc: 'Deze doorgiften vinden plaats op basis van de Britse International Data Transfer Agreement of het Britse addendum (UK Addendum) bij de standaardbepalingen van de EU (artikel 46 van de Britse AVG).',
        bcr: 'Deze doorgiften vinden plaats op basis van bindende bedrijfsvoorschriften (artikel 47 van de Britse AVG).',
        derogation: 'Deze doorgiften vinden plaats op basis van een afwijking voor een specifieke situatie (artikel 49 van de Britse AVG).',
      },
      complaint: 'Ook kunt u op grond van section 165 van de Data Protection Act 2018 een klacht indienen bij de toezichthoudende autoriteit van het Verenigd Koninkrijk.',
      complaintAuthority: 'Ook kunt u op grond van section 165 van de Data Protection Act 2018 een klacht indienen bij de toezichthoudende autoriteit van het Verenigd Koninkrijk: {authority}, {url}.',
      complaintToUs: 'U kunt bij ons een klacht indienen over de manier waarop wij met uw persoonsgegevens omgaan (section 164A van de Data Protection Act 2018): schrijf naar {email}. Wij bevestigen de ontvangst van uw klacht binnen 30 dagen en laten u de uitkomst weten.',
      complaintToUsNoEmail: 'U kunt bij ons een klacht indienen over de manier waarop wij met uw persoonsgegevens omgaan (section 164A van de Data Protection Act 2018). Wij bevestigen de ontvangst van uw klacht binnen 30 dagen en laten u de uitkomst weten.',
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
    pattern: {
      withDetail:
        'Wij hebben uw zakelijke e-mailadres zelf afgeleid uit uw naam en de adresnotatie die uw bedrijf openbaar gebruikt. Beide hebben wij hier gevonden: {detail}.',
      withoutDetail: 'Wij hebben uw zakelijke e-mailadres zelf afgeleid uit uw naam en de adresnotatie die uw bedrijf openbaar gebruikt.',
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
    basis: 'De grondslag is ons gerechtvaardigd belang op grond van {basis}.',
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
    swissAuthority:
      'Op grond van de Zwitserse federale wet inzake gegevensbescherming kunt u een vermoedelijke inbreuk ook melden bij de Zwitserse toezichthouder voor gegevensbescherming: {authority}, {url}.',
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
