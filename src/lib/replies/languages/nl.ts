import type { LanguagePackInput } from '../schema.ts';

/**
 * Dutch. Terminology of the Dutch version of the GDPR (Algemene verordening gegevensbescherming,
 * AVG): verwerkingsverantwoordelijke, gerechtvaardigde belangen, recht van bezwaar, recht op
 * gegevenswissing, toezichthoudende autoriteit, direct marketing. Citations in the EU style:
 * "artikel 6, lid 1, punt f), van de AVG". Formal "u".
 */
const nl: LanguagePackInput = {
  code: 'nl',
  name: 'Nederlands',
  englishName: 'Dutch',
  locale: 'nl-NL',
  gdpr: { eu: 'AVG', uk: 'Britse AVG' },
  optOutKeyword: 'nee, bedankt',
  terminology: 'Nederlandse taalversie van Verordening (EU) 2016/679 (Algemene verordening gegevensbescherming, EUR-Lex).',
  detection: {
    stopwords: ['de', 'het', 'een', 'en', 'ik', 'u', 'uw', 'mijn', 'mij', 'van', 'niet', 'met', 'voor', 'op', 'dat', 'dit', 'zijn', 'heeft', 'hebt', 'hebben', 'waar', 'wat', 'welke', 'graag', 'bedankt', 'groet', 'jullie', 'ook', 'geen', 'wel', 'naar', 'om', 'maar', 'gegevens', 'alstublieft'],
    quoteMarkers: ['schreef:', 'het volgende geschreven:', '-----oorspronkelijk bericht-----', 'van:'],
    patterns: {
      legalBasis: [
        'met welk recht|op welke grond|op grond waarvan|wie heeft u toestemming|wie heeft jullie toestemming|wie heeft je toestemming|wie gaf u toestemming|wie gaf jullie toestemming',
        'zonder + toestemming|mijn toestemming|instemming',
        'nooit|geen|niet + toestemming|aangemeld|ingeschreven|ingestemd|akkoord gegeven|opgegeven',
        'grondslag|rechtsgrond|rechtsgrondslag|gerechtvaardigd belang|gerechtvaardigde belangen',
        'is dit|is dat|mag dit|mag dat + legaal|toegestaan|wettelijk|wel|avg proof|avg conform|zomaar',
        'waarom + mailt|mailen|mail|schrijft|schrijven|benadert|benaderen|contacteert|ontvang|krijg + u|jullie|je|me|mij|ik',
        'ongevraagd|ongevraagde|ongewenst|ongewenste',
      ],
      source: [
        'waar|hoe + vandaan|aan gekomen|aangekomen|gekregen|gevonden|verkregen|vandaan gehaald + adres|e mailadres|emailadres|mailadres|gegevens|contactgegevens|nummer|mijn|mij|me',
        'hoe komt u|hoe komen jullie|hoe kom je|hoe kwam u|hoe kwamen jullie + aan|bij + mijn|gegevens|adres|e mailadres|emailadres|mailadres|nummer',
        'wie + heeft u|heeft jullie|heeft je|gaf u|gaf jullie + mijn|gegeven|verkocht|doorgegeven + !toestemming|recht',
        'bron|herkomst|oorsprong + gegevens|adres|e mailadres|emailadres|mijn',
        'gekocht|aangeschaft|gehuurd + lijst|bestand|database|adres|gegevens',
        'artikel 14|art 14',
      ],
      access: [
        'welke|wat voor|alle + gegevens|informatie|info|data|persoonsgegevens + heeft|hebben|hebt|heb|bewaart|bewaren|verwerkt|verwerken|opgeslagen|vastgelegd|over mij|van mij + !verwijder*|wis|wissen|gewist|vergeten|grond|grondslag|rechtsgrond*|basis|recht|waar|vandaan',
        'wat + weet|weten|heeft|hebben|hebt + u|jullie|je + over mij|van mij + !verwijder*|wis|wissen',
        'inzage|inzageverzoek|inzagerecht|recht op inzage|verzoek om inzage',
        'kopie + gegevens|mijn|persoonsgegevens|dossier',
        'artikel 15|art 15',
        'aan wie|met wie|welke partijen|welke bedrijven|welke derden + gedeeld|doorgegeven|verstrekt|verkocht|gegeven',
      ],
      rectification: [
        'corrigeer*|corrigeren|verbeter*|aanpass*|wijzig*|bijwerk*|rectific* + naam|gegevens|functie|titel|adres|e mailadres|emailadres|bedrijf|spelling',
        'pas|past|werk|werkt + aan|bij + naam|gegevens|functie|titel|adres|e mailadres|emailadres|bedrijf|spelling',
        'fout|foutief|verkeerd|verkeerde|onjuist|onjuiste|verouderd|verouderde|niet juist|niet correct|niet meer actueel + naam|gegevens|functie|titel|adres|e mailadres|emailadres|bedrijf|gespeld|geschreven',
        'werk niet meer|ben niet meer|werkzaam niet meer|niet meer werkzaam + bij|voor|in dienst',
        'verlaten + bedrijf|organisatie|acme|werkgever',
        'niet meer in dienst|uit dienst',
        'rectificatie|correctie',
        'artikel 16|art 16',
        'verouderd|verouderde @0.5',
      ],
      erasure: [
        'verwijder*|wis|wist|wissen|gewist|vernietig* + gegevens|mijn|me|mij|alles|alle|informatie|adres|e mailadres|emailadres|contactgegevens|data|profiel|dossier + !per ongeluk|per vergissing|doorstur*|opnieuw|lijst|mailinglijst|nieuwsbrief|verzendlijst',
        'recht op vergetelheid|recht om vergeten te worden|recht op gegevenswissing|recht op verwijdering',
        'verwijdering|wissing + gegevens|mijn|persoonsgegevens',
        'artikel 17|art 17',
        'niet langer|niet meer + bewaren|bewaart|opslaan|verwerken|verwerkt|gebruiken + gegevens|mijn',
        'uit uw database|uit jullie database|uit je database|uit uw bestand|uit jullie bestand|uit uw crm|uit jullie crm|uit het systeem',
      ],
      objection: [
        'afmeld*|uitschrijv*|uitschrijf*|unsubscrib*',
        'schrijf|schrijft + me|mij + uit',
        'haal|haalt|halen|verwijder|verwijdert|verwijderen|schrap|schrappen + me|mij|mijn adres + lijst|mailinglijst|verzendlijst|bestand|nieuwsbrief|mailing',
        'van de lijst|van uw lijst|van jullie lijst|van je lijst|van de mailinglijst|van de verzendlijst',
        'geen + mails|mail|e mails|berichten|nieuwsbrieven|mailtjes|contact + meer|verder|meer sturen',
        'niet meer|nooit meer + mailen|mail|mailt|sturen|stuurt|benaderen|benadert|contacteren|contact opnemen|schrijven|lastigvallen|lastig vallen',
        'stop|stopt|stoppen + met + mailen|sturen|e mailen|benaderen|contact|mails|berichten',
        'ik maak bezwaar|maak bezwaar|bezwaar tegen|bezwaar maken|ik teken bezwaar',
        'laat me met rust|laat mij met rust|laat ons met rust',
        'artikel 21|art 21',
        'stop @0.5',
      ],
      notInterested: [
        'geen + interesse|behoefte',
        'niet + geïnteresseerd|geinteresseerd|interessant|relevant|nodig|van toepassing|de juiste persoon|het juiste moment',
        'hebben we niet nodig|hebben wij niet nodig|heb ik niet nodig|is niet nodig',
        'al + leverancier|oplossing|partner|bureau|contract|pakket|systeem|tool|iemand|een|voorzien|tevreden',
        'verkeerde persoon|niet de juiste persoon|niet mijn afdeling|niet verantwoordelijk',
        'nu niet|op dit moment niet|momenteel niet|misschien later|een andere keer',
      ],
      complaint: [
        'klacht|klachten|klagen|beklag',
        'autoriteit persoonsgegevens|toezichthouder|toezichthoudende autoriteit|acm|consumentenbond',
        'meld|melden|gemeld|melding + ap|autoriteit|toezichthouder|acm|spam|u|jullie',
        'advocaat|jurist|juridische stappen|rechter|rechtszaak|aansprakelijk|sommatie',
        'dit is|is|pure|weer + spam|illegaal|verboden|intimidatie',
        'overtreding|schending|inbreuk + avg|wet|privacy|telecommunicatiewet',
        'overtre*|schend* + avg|wet|privacy|telecommunicatiewet',
        'spam @0.5',
        'illegaal|verboden|boete @0.5',
      ],
      autoReply: [
        'afwezig|niet op kantoor|met vakantie|op vakantie|met verlof|op reis|ziek|met zwangerschapsverlof|met ouderschapsverlof + tot|t m|vanaf|terug|weer|van|tot en met',
        'automatisch antwoord|automatisch bericht|afwezigheidsbericht|out of office|afwezigheidsmelding',
        'ben weer + aanwezig|op kantoor|bereikbaar|terug',
        'bij mijn terugkomst|na mijn terugkomst|zodra ik terug ben|wanneer ik terug ben|als ik terug ben',
        'voor dringende zaken|in dringende gevallen|voor spoedeisende zaken|bij spoed',
        'beperkt toegang|geen toegang|beperkte toegang + mail|e mail|email',
      ],
    },
    filterPhrases: [
      'afmelden',
      'uitschrijven',
      'schrijf me uit',
      'haal me van de lijst',
      'van de mailinglijst',
      'geen mails meer',
      'niet meer mailen',
      'stop met mailen',
      'ik maak bezwaar',
      'verwijder mijn gegevens',
      'wis mijn gegevens',
      'verwijdering van mijn gegevens',
      'recht op vergetelheid',
      'recht op verwijdering',
      'uit uw database',
    ],
  },
  reply: {
    greeting: ['Beste {name},', 'Goedendag,'],
    thanks: ['Dank u voor uw bericht van {receivedDate}.', 'Dank u voor uw bericht.'],
    legalBasis: {
      answer: [
        [
          'U vroeg op welke grond wij contact met u hebben opgenomen. Wij baseren ons op onze gerechtvaardigde belangen op grond van artikel 6, lid 1, punt f), van de {gdpr}.',
        ],
        [['Wat wij aanbieden: {purpose}.'], ['Waarom wij juist u hebben aangeschreven: {interest}.']],
      ],
      oneAtATime: [
        'Wij schrijven medewerkers van bedrijven één voor één aan, niet via massamailings.',
      ],
      offerObjection: [
        'U kunt hiertegen op elk moment bezwaar maken op grond van artikel 21, lid 2, van de {gdpr}: antwoord gewoon „{keyword}”, dan nemen wij geen contact meer met u op.',
      ],
    },
    source: {
      answer: [
        [
          [
            'Wij hebben uw gegevens verkregen uit de volgende bron: {source} (op {sourceDate}).',
            'Wij hebben uw gegevens verkregen uit de volgende bron: {source}.',
            'Wij hebben uw gegevens niet rechtstreeks bij u verzameld.',
          ],
          ['Betrokken gegevens: {categories}.'],
        ],
      ],
      offerErasure: ['Hebt u liever dat wij ze niet bewaren? Laat het ons weten, dan wissen wij ze en nemen wij geen contact meer met u op.'],
    },
    access: {
      intro: [
        'U vroeg welke persoonsgegevens wij over u hebben. Wij bevestigen dat wij persoonsgegevens over u verwerken. Op grond van artikel 15 van de {gdpr} ontvangt u hierbij een kopie van die gegevens en de informatie waarop u recht hebt.',
      ],
      introBeforeErasure: [
        'U vroeg welke persoonsgegevens wij over u hebben, en verzocht ons die te wissen. Wij bevestigen dat wij persoonsgegevens over u verwerken. Op grond van artikel 15 van de {gdpr} vindt u hieronder een kopie van die gegevens en de informatie waarop u recht hebt; direct na het versturen van dit antwoord wissen wij de gegevens.',
      ],
      dataHeading: 'De persoonsgegevens die wij over u hebben:',
      items: {
        a: [
          'a) Verwerkingsdoeleinden (op grond van onze gerechtvaardigde belangen, artikel 6, lid 1, punt f), van de {gdpr}): {purpose}.',
          'a) Verwerkingsdoeleinden: u informeren over onze producten en diensten voor bedrijven (direct marketing), op grond van onze gerechtvaardigde belangen (artikel 6, lid 1, punt f), van de {gdpr}).',
        ],
        b: ['b) Categorieën van persoonsgegevens: {categories}.', 'b) Categorieën van persoonsgegevens: de zakelijke contactgegevens die wij hebben gebruikt om u te schrijven.'],
        c: ['c) Ontvangers: {recipients}.', 'c) Ontvangers: {missing}.'],
        d: ['d) Bewaartermijn: {retention}.', 'd) Bewaartermijn: wij bewaren uw gegevens niet langer dan nodig is voor dit doel.'],
        e: 'e) U hebt het recht ons te verzoeken uw persoonsgegevens te rectificeren of te wissen of de verwerking ervan te beperken, en het recht bezwaar te maken tegen de verwerking (artikelen 16, 17, 18 en 21 van de {gdpr}).',
        f: [
          'f) U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit (artikel 77 van de {gdpr}), met name in het land waar u woont of werkt of waar de beweerde inbreuk is begaan. Voor uw land ({country}): {authority}, {authorityUrl}',
          'f) U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit (artikel 77 van de {gdpr}), met name in het land waar u woont of werkt of waar de beweerde inbreuk is begaan. Voor uw land ({country}): {authority}.',
          'f) U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit (artikel 77 van de {gdpr}), met name in het land waar u woont of werkt of waar de beweerde inbreuk is begaan.',
        ],
        g: ['g) Bron van de gegevens: {source} (verkregen op {sourceDate}).', 'g) Bron van de gegevens: {source}.', 'g) Bron van de gegevens: wij hebben uw gegevens niet rechtstreeks bij u verzameld.'],
        h: [
          'h) Geautomatiseerde besluitvorming, met inbegrip van profilering: {automated}.',
          'h) Geautomatiseerde besluitvorming, met inbegrip van profilering: wij nemen over u geen besluiten die uitsluitend op geautomatiseerde verwerking berusten (artikel 22 van de {gdpr}).',
        ],
      },
      itemsUk: {
        ea: [
          'ea) U hebt het recht bij ons een klacht in te dienen (section 164A van de Data Protection Act 2018): schrijf naar {privacyEmail}. Wij bevestigen de ontvangst binnen 30 dagen en laten u de uitkomst weten.',
          'ea) U hebt het recht bij ons een klacht in te dienen (section 164A van de Data Protection Act 2018): antwoord eenvoudig op deze e-mail. Wij bevestigen de ontvangst binnen 30 dagen en laten u de uitkomst weten.',
        ],
        f: [
          'f) U hebt het recht een klacht in te dienen bij de toezichthoudende autoriteit van het Verenigd Koninkrijk (section 165 van de Data Protection Act 2018): {authority}, {authorityUrl}',
          'f) U hebt het recht een klacht in te dienen bij de toezichthoudende autoriteit van het Verenigd Koninkrijk (section 165 van de Data Protection Act 2018): {authority}.',
          'f) U hebt het recht een klacht in te dienen bij de toezichthoudende autoriteit van het Verenigd Koninkrijk (section 165 van de Data Protection Act 2018).',
        ],
      },
      transfers: {
        eu: {
          none: 'Doorgiften aan derde landen (artikel 15, lid 2, van de {gdpr}): wij geven uw persoonsgegevens niet door aan landen buiten de Europese Economische Ruimte (EER).',
          adequacy: [
            'Doorgiften aan derde landen (artikel 15, lid 2, van de {gdpr}): uw persoonsgegevens worden doorgegeven aan een derde land ({destination}) waarvoor de Europese Commissie een adequaatheidsbesluit heeft vastgesteld (artikel 45 van de {gdpr}).',
            'Doorgiften aan derde landen (artikel 15, lid 2, van de {gdpr}): uw persoonsgegevens worden alleen doorgegeven aan landen waarvoor de Europese Commissie een adequaatheidsbesluit heeft vastgesteld (artikel 45 van de {gdpr}).',
          ],
          scc: [
            'Doorgiften aan derde landen (artikel 15, lid 2, van de {gdpr}): uw persoonsgegevens worden doorgegeven aan een derde land ({destination}) op basis van de door de Europese Commissie vastgestelde standaardbepalingen inzake gegevensbescherming (artikel 46, lid 2, punt c), van de {gdpr}). U kunt ons om een kopie vragen.',
            'Doorgiften aan derde landen (artikel 15, lid 2, van de {gdpr}): uw persoonsgegevens worden doorgegeven aan landen buiten de EER op basis van de door de Europese Commissie vastgestelde standaardbepalingen inzake gegevensbescherming (artikel 46, lid 2, punt c), van de {gdpr}). U kunt ons om een kopie vragen.',
          ],
          unknown: 'Doorgiften aan derde landen (artikel 15, lid 2, van de {gdpr}): {missing}.',
        },
        uk: {
          none: 'Doorgiften buiten het Verenigd Koninkrijk (artikel 15, lid 2, van de {gdpr}): wij geven uw persoonsgegevens niet door aan landen buiten het Verenigd Koninkrijk.',
          adequacy: [
            'Doorgiften buiten het Verenigd Koninkrijk (artikel 15, lid 2, van de {gdpr}): uw persoonsgegevens worden doorgegeven aan een derde land ({destination}) waarnaar doorgiften bij Britse regeling zijn goedgekeurd (artikel 45A van de {gdpr}).',
            'Doorgiften buiten het Verenigd Koninkrijk (artikel 15, lid 2, van de {gdpr}): uw persoonsgegevens worden alleen doorgegeven aan landen waarnaar doorgiften bij Britse regeling zijn goedgekeurd (artikel 45A van de {gdpr}).',
          ],
          scc: [
            'Doorgiften buiten het Verenigd Koninkrijk (artikel 15, lid 2, van de {gdpr}): uw persoonsgegevens worden doorgegeven aan een derde land ({destination}) op basis van de International Data Transfer Agreement of het Britse addendum (UK Addendum) bij de EU-modelcontractbepalingen (artikel 46 van de {gdpr}). U kunt ons om een kopie vragen.',
            'Doorgiften buiten het Verenigd Koninkrijk (artikel 15, lid 2, van de {gdpr}): uw persoonsgegevens worden doorgegeven aan landen buiten het Verenigd Koninkrijk op basis van de International Data Transfer Agreement of het Britse addendum (UK Addendum) bij de EU-modelcontractbepalingen (artikel 46 van de {gdpr}). U kunt ons om een kopie vragen.',
          ],
          unknown: 'Doorgiften buiten het Verenigd Koninkrijk (artikel 15, lid 2, van de {gdpr}): {missing}.',
        },
      },
      outro: ['Deze kopie is kosteloos. Wilt u de gegevens in een andere vorm ontvangen, laat het ons dan weten.'],
    },
    rectification: [
      [
        'U hebt ons gevraagd uw gegevens te rectificeren.',
        ['Wij hebben ze als volgt aangepast: {correction}.', 'Wij hebben ze aangepast zoals u vroeg.'],
        'Als er nog iets onjuist is, laat het ons weten; wij passen het dan onverwijld aan (artikel 16 van de {gdpr}).',
      ],
    ],
    erasure: [
      [
        'Zoals u vroeg, hebben wij uw persoonsgegevens gewist uit onze contactlijsten en e-mailsystemen (artikel 17 van de {gdpr}), en wij nemen geen contact meer met u op.',
        ['Ook de ontvangers van uw gegevens hebben wij van de wissing op de hoogte gebracht: {recipients}.'],
      ],
    ],
    erasureAfterAccess: [
      [
        'Zoals u vroeg, wissen wij uw persoonsgegevens direct na het versturen van dit antwoord uit onze contactlijsten en e-mailsystemen (artikel 17 van de {gdpr}), en wij nemen geen contact meer met u op.',
        ['Ook de ontvangers van uw gegevens brengen wij van de wissing op de hoogte: {recipients}.'],
      ],
    ],
    objection: [
      [
        'U liet ons weten dat u geen berichten meer van ons wilt ontvangen. Wij hebben alle e-mails aan u stopgezet en zullen uw gegevens niet meer voor direct marketing verwerken (artikel 21, leden 2 en 3, van de {gdpr}).',
        'Wij hebben uw gegevens uit onze prospectlijsten verwijderd.',
      ],
    ],
    notInterested: [
      [
        'Dank u dat u het ons laat weten, en excuses voor het storen. Wij nemen hierover geen contact meer met u op en hebben uw gegevens uit onze prospectlijsten verwijderd.',
      ],
    ],
    complaint: [
      [
        'Het spijt ons dat onze e-mail u last heeft bezorgd. Wij nemen gegevensbescherming serieus en lossen dit graag rechtstreeks met u op.',
      ],
    ],
    suppression: {
      address: [
        'Om te voorkomen dat wij u ooit per vergissing opnieuw benaderen, bewaren wij één gegeven: uw e-mailadres, op onze uitsluitingslijst. Wij gebruiken het voor niets anders.',
      ],
      hash: [
        'Om te voorkomen dat wij u ooit per vergissing opnieuw benaderen, bewaren wij één gegeven: een hash (een SHA-256-vingerafdruk) van uw e-mailadres, op onze uitsluitingslijst. Zo herkennen wij uw adres als het in een toekomstige lijst opduikt; wij gebruiken het voor niets anders.',
      ],
    },
    authority: [
      'Bent u niet tevreden met ons antwoord, dan hebt u het recht een klacht in te dienen bij een toezichthoudende autoriteit (artikel 77 van de {gdpr}), met name in het land waar u woont of werkt of waar de beweerde inbreuk is begaan.',
      ['Voor uw land ({country}): {authority}, {authorityUrl}', 'Voor uw land ({country}): {authority}.'],
    ],
    authorityUk: [
      'Bent u niet tevreden met ons antwoord, dan kunt u bij ons een klacht indienen (section 164A van de Data Protection Act 2018) en bij de toezichthoudende autoriteit van het Verenigd Koninkrijk (section 165 van die wet).',
      ['Toezichthoudende autoriteit van het Verenigd Koninkrijk: {authority}, {authorityUrl}', 'Toezichthoudende autoriteit van het Verenigd Koninkrijk: {authority}.'],
    ],
    contact: [
      ['Voor verdere vragen kunt u ons schrijven op {privacyEmail}.', 'Voor verdere vragen kunt u eenvoudig op deze e-mail antwoorden.'],
      ['U kunt ook contact opnemen met onze functionaris voor gegevensbescherming: {dpo}.'],
      ['Onze vertegenwoordiger in de Unie (artikel 27 van de {gdpr}): {euRepresentative}.'],
      ['Onze vertegenwoordiger in het Verenigd Koninkrijk (artikel 27 van de {gdpr}): {ukRepresentative}.'],
      ['Onze volledige privacyverklaring: {privacyNoticeUrl}'],
    ],
    closing: 'Met vriendelijke groet,',
    missing: '[nog in te vullen]',
    categories: {
      name: 'naam',
      email: 'e-mailadres',
      phone: 'telefoonnummer',
      company: 'bedrijf',
      jobTitle: 'functie',
      profile: 'professioneel profiel (bijvoorbeeld LinkedIn)',
      website: 'website van het bedrijf',
      location: 'locatie',
      industry: 'branche',
    },
  },
};

export default nl;
