import type { LanguagePackInput } from '../schema.ts';

/**
 * Italian. Terminology of the Italian version of the GDPR: titolare del trattamento, legittimo
 * interesse, diritto di opposizione, diritto alla cancellazione, autorità di controllo, marketing
 * diretto. Citations in the EU style: "articolo 6, paragrafo 1, lettera f), del GDPR" (in Italy
 * the regulation is usually called GDPR). Formal "Lei", capitalised as in business letters.
 */
const it: LanguagePackInput = {
  code: 'it',
  name: 'Italiano',
  englishName: 'Italian',
  locale: 'it-IT',
  gdpr: { eu: 'GDPR', uk: 'GDPR del Regno Unito (UK GDPR)' },
  terminology: 'Versione italiana del regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati, EUR-Lex).',
  detection: {
    stopwords: ['il', 'di', 'che', 'non', 'mi', 'mio', 'miei', 'mia', 'per', 'con', 'sono', 'del', 'della', 'dei', 'gli', 'ho', 'avete', 'vostro', 'vostra', 'grazie', 'buongiorno', 'saluti', 'cordiali', 'questo', 'questa', 'anche', 'più', 'come', 'dove', 'quali', 'chi', 'perché', 'nel', 'alla', 'ai', 'dati'],
    quoteMarkers: ['ha scritto:', '-----messaggio originale-----', 'da:'],
    phrases: {
      legalBasis: [
        'con quale diritto',
        'chi vi ha autorizzato',
        'senza il mio consenso',
        'non ho mai dato il consenso',
        'mai dato il consenso',
        'non ho mai acconsentito',
        'mai iscritto',
        'mai iscritta',
        'base giuridica',
        'base legale',
        'è legale',
        'legittimo interesse',
        'perché mi scrivete',
        'perché mi avete scritto',
        'perché mi contattate',
      ],
      source: [
        'dove avete preso',
        'dove avete trovato',
        'da dove avete preso',
        'come avete ottenuto',
        'come avete avuto',
        'come avete trovato',
        'dove avete ottenuto',
        'da dove provengono',
        'origine dei miei dati',
        'fonte dei miei dati',
        'chi vi ha dato',
        'chi vi ha fornito',
        'articolo 14',
      ],
      access: [
        'quali dati avete',
        'quali dati personali',
        'quali informazioni avete',
        'quali dati conservate',
        'quali dati detenete',
        'diritto di accesso',
        'richiesta di accesso',
        'accesso ai miei dati',
        'copia dei miei dati',
        'cosa sapete di me',
        'articolo 15',
      ],
      rectification: [
        'rettificare i miei dati',
        'rettifica',
        'correggere i miei dati',
        'correggete',
        'aggiornare i miei dati',
        'nome è sbagliato',
        'scritto male',
        'dati errati',
        'dati sbagliati',
        'dati inesatti',
        'non lavoro più',
        "ho lasciato l'azienda",
        'lasciato la società',
        'articolo 16',
      ],
      erasure: [
        'cancellate i miei dati',
        'cancellare i miei dati',
        'cancelli i miei dati',
        'cancellazione dei miei dati',
        'eliminate i miei dati',
        'eliminare i miei dati',
        "diritto all'oblio",
        'cancellate tutti',
        'dal vostro database',
        'dai vostri archivi',
        'articolo 17',
      ],
      objection: [
        'cancellatemi',
        'cancellami',
        'disiscrivermi',
        'disiscrivetemi',
        'disiscrizione',
        'rimuovetemi',
        'toglietemi',
        'dalla vostra lista',
        'dalla mailing list',
        'non scrivetemi più',
        'non contattatemi più',
        'non voglio più ricevere',
        'smettete di scrivermi',
        'smettete di inviarmi',
        'mi oppongo',
        'opposizione',
        'stop',
        'unsubscribe',
        'articolo 21',
      ],
      notInterested: [
        'non sono interessato',
        'non sono interessata',
        'non siamo interessati',
        'non mi interessa',
        'non ci interessa',
        'no grazie',
        'nessun interesse',
        'non ne abbiamo bisogno',
        'abbiamo già un fornitore',
        'abbiamo già una soluzione',
        'non è rilevante',
        'non fa per noi',
        'non sono la persona giusta',
      ],
      complaint: [
        'reclamo',
        'segnalazione',
        'segnalerò',
        'vi segnalo',
        'denuncia',
        'denuncerò',
        'garante',
        'autorità di controllo',
        'avvocato',
        'azioni legali',
        'spam',
        'illegale',
        'violazione del gdpr',
        'molestie',
      ],
    },
  },
  reply: {
    greeting: ['Gentile {name},', 'Buongiorno,'],
    thanks: ['La ringraziamo per il Suo messaggio del {receivedDate}.', 'La ringraziamo per il Suo messaggio.'],
    legalBasis: {
      answer: [
        [
          'Ci ha chiesto su quale base L’abbiamo contattata. Ci basiamo sul nostro legittimo interesse, ai sensi dell’articolo 6, paragrafo 1, lettera f), del {gdpr}: scriviamo singolarmente a professionisti di aziende in merito a prodotti pertinenti al loro lavoro.',
        ],
        [['Cosa offriamo: {purpose}.'], ['Perché abbiamo scritto proprio a Lei: {interest}.']],
      ],
      offerObjection: [
        'Può opporsi in qualsiasi momento, ai sensi dell’articolo 21, paragrafo 2, del {gdpr}: basta rispondere «stop» e non La contatteremo più.',
      ],
    },
    source: {
      answer: [
        [
          [
            'Abbiamo ottenuto i Suoi dati dalla seguente fonte: {source} (il {sourceDate}).',
            'Abbiamo ottenuto i Suoi dati dalla seguente fonte: {source}.',
            'Non abbiamo raccolto i Suoi dati direttamente presso di Lei.',
          ],
          ['Dati interessati: {categories}.'],
        ],
      ],
      offerErasure: ['Se preferisce che non li conserviamo, ce lo dica: li cancelleremo e non La contatteremo più.'],
    },
    access: {
      intro: [
        'Ci ha chiesto quali dati personali deteniamo su di Lei. Le confermiamo che trattiamo dati personali che La riguardano. Ai sensi dell’articolo 15 del {gdpr}, Le forniamo una copia di tali dati e le informazioni a cui ha diritto.',
      ],
      dataHeading: 'I dati personali che deteniamo su di Lei:',
      items: {
        a: [
          'a) Finalità del trattamento (sulla base del nostro legittimo interesse, articolo 6, paragrafo 1, lettera f), del {gdpr}): {purpose}.',
          'a) Finalità del trattamento: presentarLe i nostri prodotti e servizi per le aziende (marketing diretto), sulla base del nostro legittimo interesse (articolo 6, paragrafo 1, lettera f), del {gdpr}).',
        ],
        b: ['b) Categorie di dati personali: {categories}.', 'b) Categorie di dati personali: i dati di contatto professionali che abbiamo usato per scriverLe.'],
        c: [
          'c) Destinatari: {recipients}.',
          'c) Destinatari: i fornitori di servizi che inviano le nostre e-mail e conservano i nostri contatti, in qualità di responsabili del trattamento che agiscono su nostre istruzioni.',
        ],
        d: ['d) Periodo di conservazione: {retention}.', 'd) Periodo di conservazione: conserviamo i Suoi dati solo per il tempo necessario a questa finalità.'],
        e: 'e) Ha il diritto di chiederci la rettifica o la cancellazione dei Suoi dati personali o la limitazione del trattamento, e di opporsi al loro trattamento (articoli 16, 17, 18 e 21 del {gdpr}).',
        f: 'f) Ha il diritto di proporre reclamo a un’autorità di controllo (vedi sotto).',
        g: ['g) Origine dei dati: {source} (ottenuti il {sourceDate}).', 'g) Origine dei dati: {source}.', 'g) Origine dei dati: non abbiamo raccolto i Suoi dati direttamente presso di Lei.'],
        h: [
          'h) Processo decisionale automatizzato, compresa la profilazione: {automated}.',
          'h) Processo decisionale automatizzato, compresa la profilazione: non prendiamo decisioni che La riguardano basate unicamente su un trattamento automatizzato (articolo 22 del {gdpr}).',
        ],
      },
      outro: ['Questa copia è gratuita. Se la desidera in un altro formato, ce lo faccia sapere.'],
    },
    rectification: [
      [
        'Ci ha chiesto di rettificare i Suoi dati.',
        ['Li abbiamo rettificati come segue: {correction}.', 'Li abbiamo rettificati come richiesto.'],
        'Se qualche altro dato è inesatto, ce lo segnali e lo correggeremo senza ingiustificato ritardo (articolo 16 del {gdpr}).',
      ],
    ],
    erasure: [
      [
        'Come richiesto, abbiamo cancellato i Suoi dati personali dai nostri elenchi di contatti e dai nostri strumenti di posta elettronica (articolo 17 del {gdpr}) e non La contatteremo più.',
        ['Abbiamo inoltre comunicato la cancellazione ai destinatari dei Suoi dati: {recipients}.'],
      ],
    ],
    objection: [
      [
        'Ci ha comunicato di non voler più ricevere nostri messaggi. Abbiamo interrotto ogni invio al Suo indirizzo e non tratteremo più i Suoi dati per finalità di marketing diretto (articolo 21, paragrafi 2 e 3, del {gdpr}).',
        'Abbiamo eliminato i Suoi dati dai nostri elenchi di contatti commerciali.',
      ],
    ],
    notInterested: [
      [
        'La ringraziamo per averci risposto e ci scusiamo per il disturbo. Non La contatteremo più su questo tema e abbiamo eliminato i Suoi dati dai nostri elenchi di contatti commerciali.',
      ],
    ],
    complaint: [
      [
        'Ci dispiace che la nostra e-mail Le abbia causato disagio. Prendiamo molto sul serio la protezione dei dati e vorremmo avere l’occasione di chiarire la questione direttamente con Lei.',
        'Naturalmente può proporre reclamo a un’autorità di controllo in qualsiasi momento (articolo 77 del {gdpr}).',
      ],
    ],
    suppression: {
      address: [
        'Per evitare di contattarLa di nuovo per errore, conserviamo un solo dato: il Suo indirizzo e-mail, nella nostra lista di esclusione. Non lo utilizziamo per nessun altro scopo.',
      ],
      hash: [
        'Per evitare di contattarLa di nuovo per errore, conserviamo un solo dato: un hash (un’impronta SHA-256) del Suo indirizzo e-mail, nella nostra lista di esclusione. Ci permette di riconoscere il Suo indirizzo se dovesse comparire in un elenco futuro, e non lo utilizziamo per nessun altro scopo.',
      ],
    },
    authority: [
      'Se la nostra risposta non La soddisfa, ha il diritto di proporre reclamo a un’autorità di controllo, in particolare nel Paese in cui risiede o lavora.',
      ['Per il Suo Paese ({country}): {authority} ({authorityUrl}).', 'Per il Suo Paese ({country}): {authority}.'],
    ],
    contact: [
      ['Per qualsiasi altra domanda, ci scriva a {privacyEmail}.', 'Per qualsiasi altra domanda, è sufficiente rispondere a questa e-mail.'],
      ['Può anche contattare il nostro responsabile della protezione dei dati: {dpo}.'],
      ['Il nostro rappresentante nell’Unione (articolo 27 del {gdpr}): {euRepresentative}.'],
      ['Il nostro rappresentante nel Regno Unito (articolo 27 del {gdpr}): {ukRepresentative}.'],
      ['La nostra informativa privacy completa: {privacyNoticeUrl}'],
    ],
    closing: 'Cordiali saluti,',
  },
};

export default it;
