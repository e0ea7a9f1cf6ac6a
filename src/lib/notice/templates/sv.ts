import type { NoticeTemplateInput } from '../template-schema.ts';

/**
 * Swedish (du, as Swedish business writing does). Terms follow the Swedish GDPR text
 * (dataskyddsförordningen): personuppgiftsansvarig, berättigat intresse, rätt att göra
 * invändningar, tillsynsmyndighet, standardiserade dataskyddsbestämmelser. Citations:
 * "artikel 6.1 f i dataskyddsförordningen".
 */
export default {
  code: 'sv',
  englishName: 'Swedish',
  nativeName: 'Svenska',
  locale: 'sv-SE',
  labelSeparator: ': ',
  replyKeyword: 'nej tack',
  regions: {
    eu: {
      legalBasis: 'artikel 6.1 f i dataskyddsförordningen',
      representative: 'Vår företrädare i EU (artikel 27 i dataskyddsförordningen): {representative}.',
      processedAbroad: 'Vi är etablerade i ett tredjeland ({country}), utanför Europeiska ekonomiska samarbetsområdet, och behandlar dina uppgifter där.',
      transferNone: 'Vi överför inte dina uppgifter till länder utanför Europeiska ekonomiska samarbetsområdet (EES).',
      transferTo: 'Vi överför dina uppgifter till ett tredjeland ({destination}).',
      transferToUnnamed: 'Vi överför dina uppgifter till länder utanför Europeiska ekonomiska samarbetsområdet (EES).',
      basis: {
        adequacy: 'Överföringarna grundas på ett beslut av Europeiska kommissionen om adekvat skyddsnivå (artikel 45 i dataskyddsförordningen).',
        dpf: 'Mottagarna är amerikanska företag som är certifierade enligt dataskyddsramen mellan EU och USA (EU-U.S. Data Privacy Framework), som omfattas av ett beslut av Europeiska kommissionen om adekvat skyddsnivå (artikel 45 i dataskyddsförordningen).',
        scc: 'Överföringarna grundas på standardiserade dataskyddsbestämmelser som Europeiska kommissionen har antagit (artikel 46.2 c i dataskyddsförordningen).',
        bcr: 'Överföringarna grundas på bindande företagsbestämmelser (artikel 47 i dataskyddsförordningen).',
        derogation: 'Överföringarna grundas på ett undantag i en särskild situation (artikel 49 i dataskyddsförordningen).',
      },
      complaint:
        'Du har också rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i den medlemsstat där du har din hemvist eller din arbetsplats eller där det påstådda intrånget begicks.',
      complaintAuthority:
        'Du har också rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i den medlemsstat där du har din hemvist eller din arbetsplats eller där det påstådda intrånget begicks. Tillsynsmyndigheten i ditt land: {authority}, {url}.',
    },
    uk: {
      legalBasis: 'artikel 6.1 f i den brittiska dataskyddsförordningen (UK GDPR)',
      representative: 'Vår företrädare i Storbritannien (artikel 27 i den brittiska dataskyddsförordningen): {representative}.',
      processedAbroad: 'Vi är etablerade i ett tredjeland ({country}), utanför Storbritannien, och behandlar dina uppgifter där.',
      transferNone: 'Vi överför inte dina uppgifter till länder utanför Storbritannien.',
      transferTo: 'Vi överför dina uppgifter till ett tredjeland ({destination}).',
      transferToUnnamed: 'Vi överför dina uppgifter till länder utanför Storbritannien.',
      basis: {
        adequacy: 'Överföringarna är godkända genom brittiska föreskrifter enligt artikel 45A i den brittiska dataskyddsförordningen.',
        dpf: 'Mottagarna är amerikanska företag som är certifierade enligt den brittiska utvidgningen av dataskyddsramen mellan EU och USA (UK Extension to the EU-U.S. Data Privacy Framework).',
        scc: 'Överföringarna grundas på det brittiska International Data Transfer Agreement eller det brittiska tillägget (UK Addendum) till EU:s standardiserade dataskyddsbestämmelser (artikel 46 i den brittiska dataskyddsförordningen).',
        bcr: 'Överföringarna grundas på bindande företagsbestämmelser (artikel 47 i den brittiska dataskyddsförordningen).',
        derogation: 'Överföringarna grundas på ett undantag i en särskild situation (artikel 49 i den brittiska dataskyddsförordningen).',
      },
      complaint: 'Du kan också lämna in ett klagomål till den brittiska tillsynsmyndigheten enligt section 165 i Data Protection Act 2018.',
      complaintAuthority: 'Du kan också lämna in ett klagomål till den brittiska tillsynsmyndigheten enligt section 165 i Data Protection Act 2018: {authority}, {url}.',
      complaintToUs: 'Du kan lämna in ett klagomål till oss om hur vi hanterar dina personuppgifter (section 164A i Data Protection Act 2018): skriv till {email}. Vi bekräftar att vi har tagit emot klagomålet inom 30 dagar och meddelar dig utfallet.',
      complaintToUsNoEmail: 'Du kan lämna in ett klagomål till oss om hur vi hanterar dina personuppgifter (section 164A i Data Protection Act 2018). Vi bekräftar att vi har tagit emot klagomålet inom 30 dagar och meddelar dig utfallet.',
    },
  },
  dataCategories: {
    name: 'namn',
    workEmail: 'e-postadress i tjänsten',
    jobTitle: 'befattning',
    company: 'företag',
    phone: 'telefonnummer i tjänsten',
    linkedin: 'webbadress till din LinkedIn-profil',
    location: 'ort (stad och land)',
  },
  months: { one: '{n} månad', other: '{n} månader' },
  interests: {
    directMarketing: 'Vårt berättigade intresse är att erbjuda våra produkter och tjänster till företag som de är relevanta för.',
    partnership: 'Vårt berättigade intresse är att bygga affärsrelationer och partnerskap med företag i vår bransch.',
    custom: 'Vårt berättigade intresse: {interest}.',
  },
  sources: {
    other: { withDetail: 'Dina kontaktuppgifter kommer från följande källa: {detail}.', withoutDetail: null },
    website: {
      withDetail: 'Vi hittade dina kontaktuppgifter på ditt företags webbplats ({detail}), en allmänt tillgänglig källa.',
      withoutDetail: 'Vi hittade dina kontaktuppgifter på ditt företags webbplats, en allmänt tillgänglig källa.',
    },
    linkedin: {
      withDetail: 'Vi hittade dina kontaktuppgifter via din offentliga LinkedIn-profil ({detail}).',
      withoutDetail: 'Vi hittade dina kontaktuppgifter via din offentliga LinkedIn-profil.',
    },
    register: {
      withDetail: 'Vi hämtade dina kontaktuppgifter från ett offentligt register ({detail}).',
      withoutDetail: 'Vi hämtade dina kontaktuppgifter från ett offentligt register.',
    },
    vendor: {
      withDetail: 'Vi fick dina kontaktuppgifter från dataleverantören {detail}.',
      withoutDetail: 'Vi fick dina kontaktuppgifter från en dataleverantör.',
    },
    referral: {
      withDetail: 'Vi fick dina kontaktuppgifter genom en rekommendation från {detail}.',
      withoutDetail: 'Vi fick dina kontaktuppgifter genom en personlig rekommendation.',
    },
    event: {
      withDetail: 'Vi hämtade dina kontaktuppgifter från deltagarlistan för evenemanget {detail}.',
      withoutDetail: 'Vi hämtade dina kontaktuppgifter från deltagarlistan för ett evenemang.',
    },
    pattern: {
      withDetail:
        'Vi har själva tagit fram din e-postadress i tjänsten utifrån ditt namn och det adressformat som ditt företag använder offentligt. Båda uppgifterna hittade vi här: {detail}.',
      withoutDetail: 'Vi har själva tagit fram din e-postadress i tjänsten utifrån ditt namn och det adressformat som ditt företag använder offentligt.',
    },
  },
  short: {
    whyGeneric: 'Vi skriver till dig eftersom vi tror att vårt erbjudande är relevant för din roll.',
    optOut: {
      reply: 'Om du inte vill få fler meddelanden från oss räcker det att svara ”{keyword}”.',
      link: 'Om du inte vill få fler meddelanden från oss kan du avregistrera dig här: {link}',
      both: 'Om du inte vill få fler meddelanden från oss räcker det att svara ”{keyword}” eller avregistrera dig här: {link}',
    },
  },
  notice: {
    heading: 'Så behandlar vi dina personuppgifter',
    labels: {
      identity: 'Personuppgiftsansvarig',
      purpose: 'Ändamål och rättslig grund',
      data: 'Kategorier av uppgifter',
      source: 'Varifrån uppgifterna kommer',
      recipients: 'Mottagare',
      transfers: 'Överföring till tredjeland',
      retention: 'Lagringstid',
      rights: 'Dina rättigheter',
      automated: 'Automatiserade beslut',
      more: 'Fullständig integritetspolicy',
    },
    identityWithAddress: '{company}, {address}.',
    identityOnly: '{company}.',
    contact: 'Kontakt i dataskyddsfrågor: {email}.',
    dpo: 'Dataskyddsombud: {dpo}.',
    purpose: 'Vi använder dina uppgifter för att kontakta dig om produkter och tjänster som kan vara relevanta för ditt arbete.',
    basis: 'Den rättsliga grunden är vårt berättigade intresse enligt {basis}.',
    data: 'Vi behandlar följande uppgifter om dig: {categories}.',
    recipientsNamed: 'Tjänsteleverantörer som behandlar uppgifterna för vår räkning (personuppgiftsbiträden): {list}.',
    recipientsGeneric:
      'Endast tjänsteleverantörer som behandlar uppgifterna för vår räkning (personuppgiftsbiträden), till exempel våra leverantörer av e-post och CRM.',
    emailPlatform: 'vår e-postplattform ({name})',
    crm: 'vårt CRM-system ({name})',
    transferCopy: 'Du kan få en kopia av skyddsåtgärderna genom att skriva till {email}.',
    retentionMonths: 'Vi raderar dina uppgifter {period} efter vår senaste kontakt med dig.',
    suppression: 'Om du invänder sparar vi bara din e-postadress på en spärrlista, så att vi aldrig kontaktar dig igen.',
    rights:
      'Du har rätt till tillgång till dina uppgifter, rätt till rättelse, radering och begränsning av behandlingen, rätt till dataportabilitet och rätt att invända mot behandlingen.',
    rightsContact: 'Skriv till {email} om du vill använda dina rättigheter.',
    swissAuthority:
      'Enligt den schweiziska dataskyddslagen kan du också anmäla en misstänkt överträdelse till den schweiziska dataskyddsmyndigheten: {authority}, {url}.',
    automated: 'Vi fattar inga beslut som enbart grundas på automatiserad behandling, inbegripet profilering.',
  },
  objection: {
    label: 'Din rätt att göra invändningar',
    reply: 'Du kan när som helst invända mot att vi använder dina uppgifter för direktmarknadsföring. Svara bara ”{keyword}” så kontaktar vi dig inte igen.',
    link: 'Du kan när som helst invända mot att vi använder dina uppgifter för direktmarknadsföring. Använd den här länken så kontaktar vi dig inte igen: {link}',
    both: 'Du kan när som helst invända mot att vi använder dina uppgifter för direktmarknadsföring. Svara ”{keyword}” eller använd den här länken, så kontaktar vi dig inte igen: {link}',
    email: 'Du kan också skriva till {email}.',
  },
  footer: {
    optOut: {
      reply: 'Inte intresserad? Svara ”{keyword}” så hör vi inte av oss igen.',
      link: 'Inte intresserad? Avregistrera dig här: {link}',
      both: 'Inte intresserad? Svara ”{keyword}” eller avregistrera dig här: {link}',
    },
    privacyUrl: 'Så behandlar vi dina uppgifter: {url}',
    privacyEmail: 'Frågor om dataskydd: {email}',
  },
} satisfies NoticeTemplateInput;
