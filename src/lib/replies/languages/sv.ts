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
  gdpr: { eu: 'dataskyddsförordningen', uk: 'den brittiska dataskyddsförordningen (UK GDPR)' },
  terminology: 'Svensk språkversion av förordning (EU) 2016/679 (dataskyddsförordningen, EUR-Lex).',
  detection: {
    stopwords: ['och', 'att', 'det', 'jag', 'inte', 'ni', 'er', 'era', 'min', 'mina', 'mig', 'på', 'för', 'med', 'av', 'är', 'har', 'ett', 'som', 'till', 'från', 'vad', 'hur', 'vilka', 'tack', 'hej', 'hälsningar', 'eller', 'men', 'också', 'kan', 'vill', 'detta', 'uppgifter', 'mvh'],
    quoteMarkers: ['skrev:', '-----ursprungligt meddelande-----', 'från:'],
    phrases: {
      legalBasis: [
        'med vilken rätt',
        'vem gav er tillåtelse',
        'utan mitt samtycke',
        'aldrig gett mitt samtycke',
        'aldrig samtyckt',
        'inte samtyckt',
        'aldrig anmält mig',
        'aldrig registrerat mig',
        'rättslig grund',
        'laglig grund',
        'är detta lagligt',
        'är det lagligt',
        'berättigat intresse',
        'varför mejlar ni mig',
        'varför skriver ni till mig',
        'varför får jag',
      ],
      source: [
        'var fick ni min',
        'var fick ni mina',
        'var har ni fått',
        'hur fick ni min',
        'hur fick ni tag på',
        'hur har ni fått',
        'varifrån kommer mina',
        'varifrån har ni',
        'källan till mina',
        'vem gav er min',
        'vem sålde',
        'artikel 14',
      ],
      access: [
        'vilka uppgifter har ni',
        'vilka personuppgifter',
        'vilken information har ni',
        'vad har ni om mig',
        'registerutdrag',
        'rätt till tillgång',
        'begäran om tillgång',
        'kopia av mina uppgifter',
        'vad vet ni om mig',
        'artikel 15',
      ],
      rectification: [
        'rätta mina uppgifter',
        'rättelse',
        'korrigera',
        'uppdatera mina uppgifter',
        'mitt namn är fel',
        'felstavat',
        'felaktiga uppgifter',
        'fel uppgifter',
        'inaktuella',
        'jobbar inte längre',
        'arbetar inte längre',
        'har slutat på',
        'lämnat företaget',
        'artikel 16',
      ],
      erasure: [
        'radera mina uppgifter',
        'radera mina personuppgifter',
        'radera mig',
        'radera allt',
        'ta bort mina uppgifter',
        'ta bort alla uppgifter',
        'radering',
        'rätten att bli bortglömd',
        'ur ert register',
        'ur er databas',
        'artikel 17',
      ],
      objection: [
        'avregistrera',
        'avsluta prenumeration',
        'avprenumerera',
        'ta bort mig',
        'stryk mig',
        'från er lista',
        'från listan',
        'från utskickslistan',
        'sluta mejla',
        'sluta skicka',
        'sluta kontakta',
        'kontakta mig inte',
        'mejla mig inte',
        'inga fler mejl',
        'jag invänder',
        'invändning',
        'stopp',
        'stop',
        'unsubscribe',
        'artikel 21',
      ],
      notInterested: [
        'inte intresserad',
        'inte intresserade',
        'inget intresse',
        'nej tack',
        'inget behov',
        'behöver inte',
        'har redan en leverantör',
        'har redan en lösning',
        'inte relevant',
        'inte för oss',
        'inte rätt person',
        'passar inte',
      ],
      complaint: [
        'klagomål',
        'anmäla',
        'anmälan',
        'imy',
        'integritetsskyddsmyndigheten',
        'tillsynsmyndighet',
        'advokat',
        'rättsliga åtgärder',
        'stämma er',
        'spam',
        'skräppost',
        'olagligt',
        'brott mot gdpr',
        'trakasserier',
      ],
    },
  },
  reply: {
    greeting: ['Hej {name},', 'Hej,'],
    thanks: ['Tack för ditt meddelande den {receivedDate}.', 'Tack för ditt meddelande.'],
    legalBasis: {
      answer: [
        [
          'Du frågade med vilken rätt vi kontaktade dig. Vi stöder oss på vårt berättigade intresse enligt artikel 6.1 f i {gdpr}: vi skriver till personer på företag, en i taget, om produkter som är relevanta för deras arbete.',
        ],
        [['Vad vi erbjuder: {purpose}.'], ['Varför vi skrev just till dig: {interest}.']],
      ],
      offerObjection: ['Du kan när som helst invända mot detta enligt artikel 21.2 i {gdpr}: svara bara ”stopp”, så kontaktar vi dig inte igen.'],
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
      dataHeading: 'De personuppgifter vi har om dig:',
      items: {
        a: [
          'a) Ändamålen med behandlingen (på grundval av vårt berättigade intresse, artikel 6.1 f i {gdpr}): {purpose}.',
          'a) Ändamålen med behandlingen: att kontakta dig om våra produkter och tjänster för företag (direktmarknadsföring), på grundval av vårt berättigade intresse (artikel 6.1 f i {gdpr}).',
        ],
        b: ['b) Kategorier av personuppgifter: {categories}.', 'b) Kategorier av personuppgifter: de yrkesmässiga kontaktuppgifter som vi använde för att skriva till dig.'],
        c: ['c) Mottagare: {recipients}.', 'c) Mottagare: de tjänsteleverantörer som skickar vår e-post och lagrar våra kontakter, som personuppgiftsbiträden enligt våra instruktioner.'],
        d: ['d) Lagringstid: {retention}.', 'd) Lagringstid: vi sparar dina uppgifter bara så länge vi behöver dem för detta ändamål.'],
        e: 'e) Du har rätt att begära rättelse eller radering av dina personuppgifter eller begränsning av behandlingen, och att invända mot behandlingen (artiklarna 16, 17, 18 och 21 i {gdpr}).',
        f: 'f) Du har rätt att inge klagomål till en tillsynsmyndighet (se nedan).',
        g: ['g) Varifrån uppgifterna kommer: {source} (inhämtade den {sourceDate}).', 'g) Varifrån uppgifterna kommer: {source}.', 'g) Varifrån uppgifterna kommer: vi har inte samlat in dina uppgifter direkt från dig.'],
        h: [
          'h) Automatiserat beslutsfattande, inbegripet profilering: {automated}.',
          'h) Automatiserat beslutsfattande, inbegripet profilering: vi fattar inga beslut om dig som enbart grundas på automatiserad behandling (artikel 22 i {gdpr}).',
        ],
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
        'Du kan naturligtvis när som helst lämna in ett klagomål till en tillsynsmyndighet (artikel 77 i {gdpr}).',
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
      'Om du inte är nöjd med vårt svar har du rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i det land där du bor eller arbetar.',
      ['För ditt land ({country}) är det: {authority} ({authorityUrl}).', 'För ditt land ({country}) är det: {authority}.'],
    ],
    contact: [
      ['Om du har fler frågor är du välkommen att skriva till {privacyEmail}.', 'Om du har fler frågor kan du bara svara på det här mejlet.'],
      ['Du kan också kontakta vårt dataskyddsombud: {dpo}.'],
      ['Vår företrädare i unionen (artikel 27 i {gdpr}): {euRepresentative}.'],
      ['Vår företrädare i Storbritannien (artikel 27 i {gdpr}): {ukRepresentative}.'],
      ['Vår fullständiga integritetspolicy: {privacyNoticeUrl}'],
    ],
    closing: 'Vänliga hälsningar',
  },
};

export default sv;
