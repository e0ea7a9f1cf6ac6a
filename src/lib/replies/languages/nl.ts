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
  gdpr: { eu: 'AVG', uk: 'Britse AVG (UK GDPR)' },
  terminology: 'Nederlandse taalversie van Verordening (EU) 2016/679 (Algemene verordening gegevensbescherming, EUR-Lex).',
  detection: {
    stopwords: ['de', 'het', 'een', 'en', 'ik', 'u', 'uw', 'mijn', 'mij', 'van', 'niet', 'met', 'voor', 'op', 'dat', 'dit', 'zijn', 'heeft', 'hebt', 'hebben', 'waar', 'wat', 'welke', 'graag', 'bedankt', 'groet', 'jullie', 'ook', 'geen', 'wel', 'naar', 'om', 'maar', 'gegevens', 'alstublieft'],
    quoteMarkers: ['schreef:', 'het volgende geschreven:', '-----oorspronkelijk bericht-----', 'van:'],
    phrases: {
      legalBasis: [
        'met welk recht',
        'wie heeft u toestemming',
        'zonder mijn toestemming',
        'nooit toestemming gegeven',
        'geen toestemming gegeven',
        'nooit aangemeld',
        'nooit ingeschreven',
        'rechtsgrond',
        'wettelijke grondslag',
        'grondslag',
        'is dit legaal',
        'mag dit zomaar',
        'gerechtvaardigd belang',
        'waarom mailt u mij',
        'waarom mailen jullie mij',
        'waarom krijg ik',
      ],
      source: [
        'waar heeft u mijn',
        'waar hebt u mijn',
        'waar hebben jullie mijn',
        'hoe komt u aan mijn',
        'hoe komen jullie aan mijn',
        'hoe bent u aan mijn',
        'hoe zijn jullie aan mijn',
        'waar komen mijn gegevens',
        'bron van mijn gegevens',
        'herkomst van mijn gegevens',
        'van wie heeft u',
        'wie heeft u mijn',
        'artikel 14',
      ],
      access: [
        'welke gegevens heeft u',
        'welke gegevens hebt u',
        'welke gegevens hebben jullie',
        'welke persoonsgegevens',
        'welke informatie heeft u',
        'inzageverzoek',
        'recht op inzage',
        'inzage in mijn gegevens',
        'kopie van mijn gegevens',
        'wat weet u over mij',
        'artikel 15',
      ],
      rectification: [
        'gegevens corrigeren',
        'corrigeer',
        'rectificatie',
        'rectificeren',
        'gegevens aanpassen',
        'pas mijn gegevens aan',
        'mijn naam is verkeerd',
        'verkeerd gespeld',
        'onjuiste gegevens',
        'gegevens kloppen niet',
        'verouderd',
        'niet meer actueel',
        'werk niet meer bij',
        'niet meer werkzaam',
        'ben vertrokken bij',
        'artikel 16',
      ],
      erasure: [
        'verwijder mijn gegevens',
        'mijn gegevens verwijderen',
        'verwijdert u mijn gegevens',
        'wis mijn gegevens',
        'mijn gegevens wissen',
        'gegevenswissing',
        'recht op vergetelheid',
        'verwijder al mijn',
        'alle gegevens verwijderen',
        'uit uw database',
        'uit jullie database',
        'artikel 17',
      ],
      objection: [
        'afmelden',
        'uitschrijven',
        'schrijf mij uit',
        'haal mij van',
        'van uw lijst',
        'van jullie lijst',
        'van de mailinglijst',
        'geen mails meer',
        'geen e-mails meer',
        'mail mij niet meer',
        'stuur mij geen',
        'neem geen contact meer',
        'niet meer benaderen',
        'niet meer mailen',
        'bezwaar',
        'maak bezwaar',
        'stop',
        'unsubscribe',
        'artikel 21',
      ],
      notInterested: [
        'geen interesse',
        'niet geïnteresseerd',
        'nee dank u',
        'nee bedankt',
        'geen behoefte',
        'niet nodig',
        'hebben al een leverancier',
        'hebben al een oplossing',
        'niet relevant',
        'niet voor ons',
        'niet de juiste persoon',
        'niet het juiste moment',
      ],
      complaint: [
        'klacht',
        'klacht indienen',
        'autoriteit persoonsgegevens',
        'toezichthouder',
        'melden bij',
        'ik ga dit melden',
        'advocaat',
        'juridische stappen',
        'spam',
        'illegaal',
        'in strijd met de avg',
        'overtreding',
        'intimidatie',
      ],
    },
  },
  reply: {
    greeting: ['Beste {name},', 'Goedendag,'],
    thanks: ['Dank u voor uw bericht van {receivedDate}.', 'Dank u voor uw bericht.'],
    legalBasis: {
      answer: [
        [
          'U vroeg op welke grond wij contact met u hebben opgenomen. Wij baseren ons op onze gerechtvaardigde belangen op grond van artikel 6, lid 1, punt f), van de {gdpr}: wij schrijven medewerkers van bedrijven één voor één aan over producten die relevant zijn voor hun werk.',
        ],
        [['Wat wij aanbieden: {purpose}.'], ['Waarom wij juist u hebben aangeschreven: {interest}.']],
      ],
      offerObjection: [
        'U kunt hiertegen op elk moment bezwaar maken op grond van artikel 21, lid 2, van de {gdpr}: antwoord gewoon „stop”, dan nemen wij geen contact meer met u op.',
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
      dataHeading: 'De persoonsgegevens die wij over u hebben:',
      items: {
        a: [
          'a) Verwerkingsdoeleinden (op grond van onze gerechtvaardigde belangen, artikel 6, lid 1, punt f), van de {gdpr}): {purpose}.',
          'a) Verwerkingsdoeleinden: u informeren over onze producten en diensten voor bedrijven (direct marketing), op grond van onze gerechtvaardigde belangen (artikel 6, lid 1, punt f), van de {gdpr}).',
        ],
        b: ['b) Categorieën van persoonsgegevens: {categories}.', 'b) Categorieën van persoonsgegevens: de zakelijke contactgegevens die wij hebben gebruikt om u te schrijven.'],
        c: ['c) Ontvangers: {recipients}.', 'c) Ontvangers: de dienstverleners die onze e-mails versturen en onze contacten opslaan, als verwerkers in onze opdracht.'],
        d: ['d) Bewaartermijn: {retention}.', 'd) Bewaartermijn: wij bewaren uw gegevens niet langer dan nodig is voor dit doel.'],
        e: 'e) U hebt het recht ons te verzoeken uw persoonsgegevens te rectificeren of te wissen of de verwerking ervan te beperken, en het recht bezwaar te maken tegen de verwerking (artikelen 16, 17, 18 en 21 van de {gdpr}).',
        f: 'f) U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit (zie hieronder).',
        g: ['g) Bron van de gegevens: {source} (verkregen op {sourceDate}).', 'g) Bron van de gegevens: {source}.', 'g) Bron van de gegevens: wij hebben uw gegevens niet rechtstreeks bij u verzameld.'],
        h: [
          'h) Geautomatiseerde besluitvorming, met inbegrip van profilering: {automated}.',
          'h) Geautomatiseerde besluitvorming, met inbegrip van profilering: wij nemen over u geen besluiten die uitsluitend op geautomatiseerde verwerking berusten (artikel 22 van de {gdpr}).',
        ],
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
        'Uiteraard staat het u altijd vrij een klacht in te dienen bij een toezichthoudende autoriteit (artikel 77 van de {gdpr}).',
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
      'Bent u niet tevreden met ons antwoord, dan hebt u het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in het land waar u woont of werkt.',
      ['Voor uw land ({country}) is dat: {authority} ({authorityUrl}).', 'Voor uw land ({country}) is dat: {authority}.'],
    ],
    contact: [
      ['Voor verdere vragen kunt u ons schrijven op {privacyEmail}.', 'Voor verdere vragen kunt u eenvoudig op deze e-mail antwoorden.'],
      ['U kunt ook contact opnemen met onze functionaris voor gegevensbescherming: {dpo}.'],
      ['Onze vertegenwoordiger in de Unie (artikel 27 van de {gdpr}): {euRepresentative}.'],
      ['Onze vertegenwoordiger in het Verenigd Koninkrijk (artikel 27 van de {gdpr}): {ukRepresentative}.'],
      ['Onze volledige privacyverklaring: {privacyNoticeUrl}'],
    ],
    closing: 'Met vriendelijke groet,',
  },
};

export default nl;
