import type { LanguagePackInput } from '../schema.ts';

/**
 * Swedish. Terminology of the Swedish version of the GDPR (dataskyddsförordningen):
 * personuppgiftsansvarig, berättigat intresse, rätt att göra invändningar, rätt till radering,
 * tillsynsmyndighet, direktmarknadsföring. Citations in the Swedish style: "artikel 6.1 f i
 * dataskyddsförordningen". Addressed with "du", as Swedish business email is.
 */
const sv: LanguagePackInput = {
  code: 'sv',
  name: 'Svenska',
  englishName: 'Swedish',
  locale: 'sv-SE',
  gdpr: { eu: 'dataskyddsförordningen', uk: 'den brittiska dataskyddsförordningen' },
  optOutKeyword: 'nej tack',
  terminology: 'Svensk språkversion av förordning (EU) 2016/679 (dataskyddsförordningen, EUR-Lex).',
  detection: {
    stopwords: ['och', 'att', 'det', 'jag', 'inte', 'ni', 'er', 'era', 'min', 'mina', 'mig', 'på', 'för', 'med', 'av', 'är', 'har', 'ett', 'som', 'till', 'från', 'vad', 'hur', 'vilka', 'tack', 'hej', 'hälsningar', 'eller', 'men', 'också', 'kan', 'vill', 'detta', 'uppgifter', 'mvh'],
    letters: 'å',
    quoteMarkers: ['skrev:', '-----ursprungligt meddelande-----', 'från:'],
    patterns: {
      legalBasis: [
        'med vilken rätt|med vilken grund|vem har gett er lov|vem gav er lov|vem har gett dig lov|vem gav dig lov|vem har gett er rätt',
        'utan + samtycke|mitt samtycke|tillstånd|lov|medgivande',
        'aldrig|inte + samtyckt|godkänt|gett mitt samtycke|gett samtycke|anmält|registrerat|prenumererat|skrivit upp',
        'rättslig grund|laglig grund|berättigat intresse|berättigade intresse|berättigade intressen',
        'är|är det|är detta + lagligt|tillåtet|förenligt med gdpr|ok enligt gdpr',
        'varför + mejlar|mailar|skriver|kontaktar|får jag|skickar + ni|du|mig',
        'oönskad|oönskade|oombedd|oombedda|ej begärd',
      ],
      source: [
        'var|hur|varifrån + fick|fått|hittade|hittat|tog|tagit|fått tag|kommer|har + adress*|e postadress*|epostadress*|mejladress*|mailadress*|uppgifter*|kontakt*|nummer|min|mina|mig',
        'vem + gav|har gett|sålde|har sålt|lämnade|lämnat + er|dig + min|mina|adress*|uppgifter|e postadress* + !lov|rätt|samtycke',
        'källa|källan|ursprung|ursprunget + uppgifter*|adress*|mina|e postadress*',
        'köpt|köpte|köpa + lista|listor|register|databas|adress*|uppgifter',
        'artikel 14|art 14',
      ],
      access: [
        'vilka|vad för|alla + uppgifter|personuppgifter|information|data|info + har|sparar|sparat|lagrar|lagrat|behandlar|behandlat|om mig + !radera*|radera|ta bort|tas bort|glöm*|grund|rätt|varifrån|var',
        'vad + vet|har + ni|du + om mig + !radera*|ta bort',
        'registerutdrag|rätt till tillgång|begäran om tillgång|tillgång till mina|tillgång till uppgifter*',
        'kopia + uppgifter*|personuppgifter*|mina|data',
        'artikel 15|art 15',
        'vem|vilka|vilka företag|vilka mottagare + delat|lämnat ut|sålt|gett|vidarebefordrat + !lov|rätt|samtycke|tillstånd',
      ],
      rectification: [
        'rätta*|korriger*|uppdater*|ändra*|justera* + namn*|uppgifter*|titel|roll|adress*|e postadress*|företag*|stavning*',
        'fel|felaktig*|felstavat|felstavad|inaktuell*|gammal|gamla|inte korrekt|stämmer inte + namn*|uppgifter*|titel|roll|adress*|e postadress*|företag*',
        'jobbar inte|arbetar inte|är inte + längre|kvar + på|hos|för|i|där',
        'slutat + på|hos|företaget|bolaget|acme',
        'lämnat + företaget|bolaget|acme',
        'rättelse',
        'artikel 16|art 16',
        'inaktuell*|felaktig* @0.5',
      ],
      erasure: [
        'radera*|ta bort|tag bort|tar bort|tas bort|tagit bort|raderat|förstör* + uppgifter*|personuppgifter*|mina|mig|allt|all|information|adress*|e postadress*|kontakt*|data|profil + !av misstag|råkade|skicka*|lista|listan|listor|utskick*|nyhetsbrev',
        'rätten att bli bortglömd|rätt att bli bortglömd|bli bortglömd|rätt till radering',
        'radering + uppgifter*|personuppgifter*|mina',
        'artikel 17|art 17',
        'inte + spara|sparar|lagra|lagrar|behandla|behandlar|ha kvar + uppgifter*|personuppgifter*|mina',
        'ur er databas|från er databas|ur ert register|från ert register|ur ert crm|från ert crm|från era system',
      ],
      objection: [
        'avregistrer*|avsluta prenumeration*|avprenumerer*|unsubscrib*|avanmäl*',
        'ta bort|stryk|plocka bort|ta av + mig|min adress + lista|listan|utskick*|nyhetsbrev|register|sändlista*|mejllista*|maillista*',
        'från er lista|från listan|från er sändlista|från ert utskick|från era utskick|från din lista',
        'sluta|slutar + mejla|maila|skicka|kontakta|skriva|höra av',
        'mejla|maila|kontakta|skriv|skicka|hör av er + inte + mig|mer|igen',
        'inga|vill inte ha|vill inte få|vill inte ha fler|inte fler + mejl|mail|e post|utskick|meddelanden|fler|mer',
        'jag invänder|invänder mot|gör invändning|motsätter mig|invändning mot',
        'låt mig vara|lämna mig ifred|lämna mig i fred',
        'artikel 21|art 21',
        'stopp|stop @0.5',
      ],
      notInterested: [
        'inte + intresserad|intresserade|intressant|relevant|aktuellt|aktuell|för oss|rätt person|rätt tillfälle',
        'inget|inga|något|ej + intresse|behov',
        'behöver inte|behövs inte|vi behöver inte|har inget behov',
        'redan + leverantör|lösning|verktyg|partner|byrå|avtal|någon|en|ett|har|använder|jobbar med|samarbetar',
        'fel person|inte rätt person|inte mitt område|inte ansvarig',
        'inte nu|inte just nu|kanske senare|en annan gång|inte i dagsläget',
      ],
      complaint: [
        'anmäl*|anmälan|klagomål|klaga|klagar|polisanmäl*',
        'imy|integritetsskyddsmyndigheten|datainspektionen|tillsynsmyndighet*|konsumentverket|pts',
        'advokat|jurist|rättsliga åtgärder|stämma|stämning|domstol',
        'det här är|detta är|ren|mer + spam|olagligt|trakasseri|trakasserier',
        'brott mot|överträdelse av|strider mot|bryter mot + gdpr|dataskyddsförordningen|lagen|marknadsföringslagen',
        'spam @0.5',
        'olagligt|trakasseri|böter|sanktionsavgift @0.5',
      ],
      autoReply: [
        'frånvarande|på semester|ledig|inte på kontoret|borta|tjänstledig|föräldraledig|sjukskriven|på resa|på tjänsteresa + till|från|tillbaka|åter|med begränsad|t o m|tom',
        'automatiskt svar|autosvar|frånvaromeddelande|out of office',
        'tillbaka den|tillbaka på|åter den|åter på|åter i tjänst|är tillbaka|när jag är tillbaka|när jag kommer tillbaka|vid min återkomst',
        'i brådskande ärenden|vid brådskande ärenden|för brådskande ärenden|brådskande frågor',
        'begränsad tillgång|ingen tillgång|utan tillgång + mejl|mail|e post|e mail',
      ],
    },
    filterPhrases: [
      'avregistrera',
      'avregistrera mig',
      'ta bort mig från er lista',
      'ta bort mig från listan',
      'sluta mejla mig',
      'sluta maila mig',
      'inga fler mejl',
      'vill inte ha fler mejl',
      'kontakta mig inte',
      'jag invänder',
      'radera mina uppgifter',
      'radera mina personuppgifter',
      'ta bort mina uppgifter',
      'rätten att bli bortglömd',
      'avsluta prenumerationen',
    ],
  },
  reply: {
    greeting: ['Hej {name},', 'Hej,'],
    thanks: ['Tack för ditt meddelande den {receivedDate}.', 'Tack för ditt meddelande.'],
    legalBasis: {
      answer: [
        [
          'Du frågade med vilken rätt vi kontaktade dig. Vi stöder oss på vårt berättigade intresse enligt artikel 6.1 f i {gdpr}.',
        ],
        [['Vad vi erbjuder: {purpose}.'], ['Varför vi skrev just till dig: {interest}.']],
      ],
      oneAtATime: [
        'Vi skriver till personer på företag en i taget, inte i massutskick.',
      ],
      offerObjection: ['Du kan när som helst invända mot detta enligt artikel 21.2 i {gdpr}: svara bara ”{keyword}”, så kontaktar vi dig inte igen.'],
    },
    source: {
      answer: [
        [
          [
            'Vi fick dina uppgifter från följande källa: {source} (den {sourceDate}).',
            'Vi fick dina uppgifter från följande källa: {source}.',
            'Vi har inte samlat in dina uppgifter direkt från dig.',
          ],
          ['Uppgifter som berörs: {categories}.'],
        ],
      ],
      offerErasure: ['Om du hellre vill att vi inte sparar dem, säg till, så raderar vi dem och kontaktar dig inte igen.'],
    },
    access: {
      intro: [
        'Du frågade vilka personuppgifter vi har om dig. Vi bekräftar att vi behandlar personuppgifter som rör dig. Enligt artikel 15 i {gdpr} får du här en kopia av uppgifterna och den information du har rätt till.',
      ],
      introBeforeErasure: [
        'Du frågade vilka personuppgifter vi har om dig och bad oss radera dem. Vi bekräftar att vi behandlar personuppgifter som rör dig. Enligt artikel 15 i {gdpr} finner du nedan en kopia av uppgifterna och den information du har rätt till; vi raderar uppgifterna så snart det här svaret har skickats.',
      ],
      dataHeading: 'De personuppgifter vi har om dig:',
      items: {
        a: [
          'a) Ändamålen med behandlingen (på grundval av vårt berättigade intresse, artikel 6.1 f i {gdpr}): {purpose}.',
          'a) Ändamålen med behandlingen: att kontakta dig om våra produkter och tjänster för företag (direktmarknadsföring), på grundval av vårt berättigade intresse (artikel 6.1 f i {gdpr}).',
        ],
        b: ['b) Kategorier av personuppgifter: {categories}.', 'b) Kategorier av personuppgifter: de yrkesmässiga kontaktuppgifter som vi använde för att skriva till dig.'],
        c: ['c) Mottagare: {recipients}.', 'c) Mottagare: {missing}.'],
        d: ['d) Lagringstid: {retention}.', 'd) Lagringstid: vi sparar dina uppgifter bara så länge vi behöver dem för detta ändamål.'],
        e: 'e) Du har rätt att begära rättelse eller radering av dina personuppgifter eller begränsning av behandlingen, och att invända mot behandlingen (artiklarna 16, 17, 18 och 21 i {gdpr}).',
        f: [
          'f) Du har rätt att lämna in ett klagomål till en tillsynsmyndighet (artikel 77 i {gdpr}), särskilt i det land där du bor eller arbetar eller där det påstådda intrånget begicks. För ditt land ({country}): {authority}, {authorityUrl}',
          'f) Du har rätt att lämna in ett klagomål till en tillsynsmyndighet (artikel 77 i {gdpr}), särskilt i det land där du bor eller arbetar eller där det påstådda intrånget begicks. För ditt land ({country}): {authority}.',
          'f) Du har rätt att lämna in ett klagomål till en tillsynsmyndighet (artikel 77 i {gdpr}), särskilt i det land där du bor eller arbetar eller där det påstådda intrånget begicks.',
        ],
        g: ['g) Varifrån uppgifterna kommer: {source} (inhämtade den {sourceDate}).', 'g) Varifrån uppgifterna kommer: {source}.', 'g) Varifrån uppgifterna kommer: vi har inte samlat in dina uppgifter direkt från dig.'],
        h: [
          'h) Automatiserat beslutsfattande, inbegripet profilering: {automated}.',
          'h) Automatiserat beslutsfattande, inbegripet profilering: vi fattar inga beslut om dig som enbart grundas på automatiserad behandling (artikel 22 i {gdpr}).',
        ],
      },
      itemsUk: {
        ea: [
          'ea) Du har rätt att lämna in ett klagomål till oss (section 164A i Data Protection Act 2018): skriv till {privacyEmail}. Vi bekräftar att vi har tagit emot klagomålet inom 30 dagar och meddelar dig utfallet.',
          'ea) Du har rätt att lämna in ett klagomål till oss (section 164A i Data Protection Act 2018): svara bara på det här mejlet. Vi bekräftar att vi har tagit emot klagomålet inom 30 dagar och meddelar dig utfallet.',
        ],
        f: [
          'f) Du har rätt att lämna in ett klagomål till den brittiska tillsynsmyndigheten (section 165 i Data Protection Act 2018): {authority}, {authorityUrl}',
          'f) Du har rätt att lämna in ett klagomål till den brittiska tillsynsmyndigheten (section 165 i Data Protection Act 2018): {authority}.',
          'f) Du har rätt att lämna in ett klagomål till den brittiska tillsynsmyndigheten (section 165 i Data Protection Act 2018).',
        ],
      },
      transfers: {
        eu: {
          none: 'Överföring till tredjeländer (artikel 15.2 i {gdpr}): vi överför inte dina personuppgifter till länder utanför Europeiska ekonomiska samarbetsområdet (EES).',
          adequacy: [
            'Överföring till tredjeländer (artikel 15.2 i {gdpr}): dina personuppgifter överförs till ett tredjeland ({destination}) för vilket Europeiska kommissionen har antagit ett beslut om adekvat skyddsnivå (artikel 45 i {gdpr}).',
            'Överföring till tredjeländer (artikel 15.2 i {gdpr}): dina personuppgifter överförs bara till länder för vilka Europeiska kommissionen har antagit ett beslut om adekvat skyddsnivå (artikel 45 i {gdpr}).',
          ],
          scc: [
            'Överföring till tredjeländer (artikel 15.2 i {gdpr}): dina personuppgifter överförs till ett tredjeland ({destination}) på grundval av standardiserade dataskyddsbestämmelser som antagits av Europeiska kommissionen (artikel 46.2 c i {gdpr}). Du kan be oss om en kopia.',
            'Överföring till tredjeländer (artikel 15.2 i {gdpr}): dina personuppgifter överförs till länder utanför EES på grundval av standardiserade dataskyddsbestämmelser som antagits av Europeiska kommissionen (artikel 46.2 c i {gdpr}). Du kan be oss om en kopia.',
          ],
          unknown: 'Överföring till tredjeländer (artikel 15.2 i {gdpr}): {missing}.',
        },
        uk: {
          none: 'Överföring utanför Storbritannien (artikel 15.2 i {gdpr}): vi överför inte dina personuppgifter till länder utanför Storbritannien.',
          adequacy: [
            'Överföring utanför Storbritannien (artikel 15.2 i {gdpr}): dina personuppgifter överförs till ett tredjeland ({destination}) dit överföringar har godkänts genom brittisk förordning (artikel 45A i {gdpr}).',
            'Överföring utanför Storbritannien (artikel 15.2 i {gdpr}): dina personuppgifter överförs bara till länder dit överföringar har godkänts genom brittisk förordning (artikel 45A i {gdpr}).',
          ],
          scc: [
            'Överföring utanför Storbritannien (artikel 15.2 i {gdpr}): dina personuppgifter överförs till ett tredjeland ({destination}) på grundval av International Data Transfer Agreement eller det brittiska tillägget (UK Addendum) till EU:s standardavtalsklausuler (artikel 46 i {gdpr}). Du kan be oss om en kopia.',
            'Överföring utanför Storbritannien (artikel 15.2 i {gdpr}): dina personuppgifter överförs till länder utanför Storbritannien på grundval av International Data Transfer Agreement eller det brittiska tillägget (UK Addendum) till EU:s standardavtalsklausuler (artikel 46 i {gdpr}). Du kan be oss om en kopia.',
          ],
          unknown: 'Överföring utanför Storbritannien (artikel 15.2 i {gdpr}): {missing}.',
        },
      },
      outro: ['Kopian är kostnadsfri. Om du vill ha den i ett annat format, hör bara av dig.'],
    },
    rectification: [
      [
        'Du bad oss rätta dina uppgifter.',
        ['Vi har rättat dem så här: {correction}.', 'Vi har rättat dem enligt din begäran.'],
        'Om något annat är felaktigt, säg till så rättar vi det utan onödigt dröjsmål (artikel 16 i {gdpr}).',
      ],
    ],
    erasure: [
      [
        'Som du bad om har vi raderat dina personuppgifter från våra kontaktlistor och e-postverktyg (artikel 17 i {gdpr}), och vi kommer inte att kontakta dig igen.',
        ['Vi har också informerat mottagarna av dina uppgifter om raderingen: {recipients}.'],
      ],
    ],
    erasureAfterAccess: [
      [
        'Som du bad om raderar vi dina personuppgifter från våra kontaktlistor och e-postverktyg så snart det här svaret har skickats (artikel 17 i {gdpr}), och vi kommer inte att kontakta dig igen.',
        ['Vi informerar också mottagarna av dina uppgifter om raderingen: {recipients}.'],
      ],
    ],
    objection: [
      [
        'Du har meddelat oss att du inte vill höra av oss. Vi har slutat skicka e-post till dig och kommer inte längre att behandla dina uppgifter för direktmarknadsföring (artikel 21.2 och 21.3 i {gdpr}).',
        'Vi har tagit bort dina uppgifter från våra prospektlistor.',
      ],
    ],
    notInterested: [
      [
        'Tack för att du hörde av dig, och förlåt att vi störde. Vi kommer inte att kontakta dig om detta igen och har tagit bort dina uppgifter från våra prospektlistor.',
      ],
    ],
    complaint: [
      [
        'Vi beklagar att vårt mejl upplevdes som störande. Vi tar dataskydd på allvar och vill gärna reda ut saken direkt med dig.',
      ],
    ],
    suppression: {
      address: [
        'För att du aldrig ska kontaktas igen av misstag sparar vi en enda uppgift: din e-postadress, på vår spärrlista. Vi använder den inte till något annat.',
      ],
      hash: [
        'För att du aldrig ska kontaktas igen av misstag sparar vi en enda uppgift: en hash (ett SHA-256-fingeravtryck) av din e-postadress, på vår spärrlista. Med den kan vi känna igen din adress om den dyker upp i en framtida lista, och vi använder den inte till något annat.',
      ],
    },
    authority: [
      'Om du inte är nöjd med vårt svar har du rätt att lämna in ett klagomål till en tillsynsmyndighet (artikel 77 i {gdpr}), särskilt i det land där du bor eller arbetar eller där det påstådda intrånget begicks.',
      ['För ditt land ({country}): {authority}, {authorityUrl}', 'För ditt land ({country}): {authority}.'],
    ],
    authorityUk: [
      'Om du inte är nöjd med vårt svar kan du lämna in ett klagomål till oss (section 164A i Data Protection Act 2018) och till den brittiska tillsynsmyndigheten (section 165 i samma lag).',
      ['Den brittiska tillsynsmyndigheten: {authority}, {authorityUrl}', 'Den brittiska tillsynsmyndigheten: {authority}.'],
    ],
    contact: [
      ['Om du har fler frågor är du välkommen att skriva till {privacyEmail}.', 'Om du har fler frågor kan du bara svara på det här mejlet.'],
      ['Du kan också kontakta vårt dataskyddsombud: {dpo}.'],
      ['Vår företrädare i unionen (artikel 27 i {gdpr}): {euRepresentative}.'],
      ['Vår företrädare i Storbritannien (artikel 27 i {gdpr}): {ukRepresentative}.'],
      ['Vår fullständiga integritetspolicy: {privacyNoticeUrl}'],
    ],
    closing: 'Vänliga hälsningar',
    missing: '[att fylla i]',
    categories: {
      name: 'namn',
      email: 'e-postadress',
      phone: 'telefonnummer',
      company: 'företag',
      jobTitle: 'befattning',
      profile: 'yrkesprofil (till exempel LinkedIn)',
      website: 'företagets webbplats',
      location: 'ort',
      industry: 'bransch',
    },
  },
};

export default sv;
