import type { NoticeTemplateInput } from '../template-schema.ts';

/** Swedish (du, as Swedish business writing does). Terms follow the Swedish GDPR text (dataskyddsförordningen): personuppgiftsansvarig, berättigat intresse, rätt att göra invändningar, tillsynsmyndighet. */
export default {
  code: 'sv',
  englishName: 'Swedish',
  nativeName: 'Svenska',
  locale: 'sv-SE',
  labelSeparator: ': ',
  replyKeyword: 'nej tack',
  regions: {
    eu: {
      legalBasis: 'artikel 6.1 f i dataskyddsförordningen (GDPR)',
      representative: 'Vår företrädare i EU (artikel 27 i dataskyddsförordningen): {representative}.',
      transferNone: 'Vi överför inte dina uppgifter till länder utanför EU/EES.',
      transferAdequacy:
        'Dina uppgifter överförs till ett tredjeland ({destination}) som omfattas av ett beslut om adekvat skyddsnivå från Europeiska kommissionen (artikel 45 i dataskyddsförordningen).',
      transferAdequacyAnywhere:
        'Om vi överför dina uppgifter utanför EU/EES sker det endast till länder som omfattas av ett beslut om adekvat skyddsnivå från Europeiska kommissionen (artikel 45 i dataskyddsförordningen).',
      transferScc:
        'Dina uppgifter överförs till ett tredjeland ({destination}) med stöd av Europeiska kommissionens standardavtalsklausuler (artikel 46.2 c i dataskyddsförordningen).',
      transferSccAnywhere:
        'Om vi överför dina uppgifter utanför EU/EES sker det med stöd av Europeiska kommissionens standardavtalsklausuler (artikel 46.2 c i dataskyddsförordningen).',
    },
    uk: {
      legalBasis: 'artikel 6.1 f i den brittiska dataskyddsförordningen (UK GDPR)',
      representative: 'Vår företrädare i Storbritannien (artikel 27 i UK GDPR): {representative}.',
      transferNone: 'Vi överför inte dina uppgifter till länder utanför Storbritannien.',
      transferAdequacy:
        'Dina uppgifter överförs till ett tredjeland ({destination}) som omfattas av brittiska beslut om adekvat skyddsnivå (UK adequacy regulations).',
      transferAdequacyAnywhere:
        'Om vi överför dina uppgifter utanför Storbritannien sker det endast till länder som omfattas av brittiska beslut om adekvat skyddsnivå.',
      transferScc:
        'Dina uppgifter överförs till ett tredjeland ({destination}) med stöd av det brittiska International Data Transfer Agreement eller det brittiska tillägget (UK Addendum) till EU:s standardavtalsklausuler.',
      transferSccAnywhere:
        'Om vi överför dina uppgifter utanför Storbritannien sker det med stöd av det brittiska International Data Transfer Agreement eller det brittiska tillägget (UK Addendum) till EU:s standardavtalsklausuler.',
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
    basis: 'Den rättsliga grunden är vårt berättigade intresse ({basis}).',
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
    complaint: 'Du har också rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i det land där du bor eller arbetar.',
    complaintAuthority:
      'Du har också rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i det land där du bor eller arbetar, till exempel: {authority} ({url}).',
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
