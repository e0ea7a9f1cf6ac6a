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
  gdpr: { eu: 'GDPR', uk: 'GDPR del Regno Unito' },
  optOutKeyword: 'no, grazie',
  terminology: 'Versione italiana del regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati, EUR-Lex).',
  detection: {
    stopwords: ['il', 'le', 'una', 'tutte', 'tutti', 'su', 'di', 'che', 'non', 'mi', 'mio', 'miei', 'mia', 'per', 'con', 'sono', 'del', 'della', 'dei', 'gli', 'ho', 'avete', 'vostro', 'vostra', 'grazie', 'buongiorno', 'saluti', 'cordiali', 'questo', 'questa', 'anche', 'più', 'come', 'dove', 'quali', 'chi', 'perché', 'nel', 'alla', 'ai', 'dati'],
    letters: 'òìù',
    quoteMarkers: ['ha scritto:', '-----messaggio originale-----', 'da:'],
    patterns: {
      legalBasis: [
        'con quale diritto|con che diritto|chi vi ha autorizzato|chi ti ha autorizzato|chi le ha autorizzato|chi vi ha dato il permesso|chi ti ha dato il permesso',
        'senza + consenso|permesso|autorizzazione',
        'mai|non + dato il consenso|dato il mio consenso|acconsentito|autorizzato|iscritto|iscritta|registrato|registrata|accettato',
        'base giuridica|base legale|fondamento giuridico|legittimo interesse|interesse legittimo',
        'è|e + legale|lecito|consentito|conforme al gdpr|a norma',
        'perché|perche|come mai + scrivete|scrivi|scrive|contattate|contatti|contatta|mandate|ricevo|mi scrivete|mi contattate',
        'non richiesto|non richiesta|non richieste|non richiesti|non sollecitato|non sollecitata',
      ],
      source: [
        'dove|come|da dove|da chi + preso|presi|avuto|avete|hai|ha|ottenuto|ottenuti|trovato|trovati|recuperato|procurato + indirizzo|email|e mail|mail|dati|contatto|contatti|numero|mio|miei|mia',
        'chi + vi ha|ti ha|le ha + dato|dati|passato|passati|fornito|forniti|venduto|venduti|comunicato + !permesso|diritto|autorizzazione',
        'origine|provenienza|fonte + dati|indirizzo|contatto|contatti|miei',
        'comprato|acquistato|comprati|acquistati + lista|liste|database|dati|indirizzo|indirizzi',
        'articolo 14|art 14',
      ],
      access: [
        'quali|che|tutti i + dati|informazioni|info + avete|hai|ha|detenete|conservate|conservi|trattate|tratti|memorizzato|memorizzati|possedete|su di me|su me|di me + !cancell*|elimin*|rimuov*|dimentic*|base|diritto|dove|preso|presi|ottenuto|ottenuti',
        'cosa + sapete|avete|hai|sai|conservate + su di me|di me|su me + !cancell*|elimin*|rimuov*',
        'diritto di accesso|richiesta di accesso|accesso ai miei dati|accedere ai miei dati',
        'copia + dati|miei|informazioni',
        'articolo 15|art 15',
        'a chi|a quali|quali destinatari|a quali società|a quali terzi + comunicato|comunicati|ceduto|ceduti|venduto|venduti|passato|passati|trasmesso|trasmessi',
        'sapere|conoscere|indicare|indicatemi|ditemi|dimmi|comunicarmi + quali|che|cosa + dati|informazioni|avete|su di me + !cancell*|elimin*|dove|preso',
      ],
      rectification: [
        'corregg*|corrett*|rettific*|aggiorn*|modific*|cambi* + nome|cognome|dati|ruolo|qualifica|indirizzo|email|mail|azienda|società|informazioni',
        'sbagliato|sbagliati|sbagliata|errato|errati|errata|inesatto|inesatti|inesatta|non aggiornato|non aggiornati|obsoleto|obsoleti|scritto male + nome|cognome|dati|ruolo|qualifica|indirizzo|email|mail|azienda|informazioni|scritto',
        'non lavoro più|non sono più|non faccio più parte|non lavoro piu|non sono piu + presso|per|in|con|da|alla|nella',
        'lasciato + azienda|società|lavoro|acme',
        'rettifica',
        'articolo 16|art 16',
        'obsoleti|non aggiornati @0.5',
      ],
      erasure: [
        'cancell*|elimin*|rimuov*|distrugg* + dati|miei|mi|me|tutto|tutti|informazioni|indirizzo|email|mail|contatto|contatti|scheda|profilo + !per errore|per sbaglio|inoltr*|rimand*|lista|liste|mailing|newsletter',
        'cancellatemi|cancellami|eliminatemi|eliminami|rimuovetemi|rimuovimi + database|archivio|archivi|crm|sistema|sistemi',
        'diritto all oblio|diritto alla cancellazione|diritto di cancellazione',
        'cancellazione + dati|miei|informazioni|indirizzo',
        'articolo 17|art 17',
        'non + conservate|conservare|conserviate|trattiate|teniate + dati|miei|informazioni',
        'dal vostro database|dai vostri archivi|dal vostro archivio|dal vostro crm|dal tuo database',
      ],
      objection: [
        'cancellatemi|cancellami|toglietemi|toglimi|rimuovetemi|rimuovimi|eliminatemi|eliminami + lista|liste|mailing|newsletter|invii|indirizzario',
        'cancell*|togl*|rimuov*|elimin* + mi|me|mio indirizzo + lista|liste|mailing|newsletter|invii',
        'disiscriv*|disiscrizione|unsubscrib*|annulla iscrizione|annullare l iscrizione',
        'cancellatemi|cancellami|toglietemi|toglimi|rimuovetemi|rimuovimi',
        'non + scrivetemi|scrivermi|scrivermi più|contattatemi|contattarmi|mandatemi|inviatemi|scrivere|contattare + più|piu',
        'non mi + scrivete|scrivere|contattate|contattare|mandate|inviate|scriva|contatti + più|piu',
        'smett*|smettila|smettetela|basta + scrivermi|scrivere|contattarmi|mandarmi|inviarmi|mail|email|messaggi',
        'non voglio|non desidero|non vogliamo + ricevere|essere contattato|essere contattata|più|altre',
        'nessuna|nessun|niente + mail|email|e mail|messaggio|messaggi|comunicazioni + più|altre|altra|ulteriore|ulteriori',
        'mi oppongo|ci opponiamo|opposizione|esercito il diritto di opposizione',
        'articolo 21|art 21',
        'stop|basta @0.5',
      ],
      notInterested: [
        'non + interessa|interessati|interessato|interessata|interessate|ci interessa|mi interessa|è rilevante|è una priorità|fa per noi',
        'nessun|senza + interesse|bisogno',
        'non + abbiamo bisogno|ho bisogno|serve|ci serve|mi serve',
        'già + fornitore|soluzione|strumento|partner|agenzia|contratto|qualcuno|uno|una|abbiamo|usiamo|lavoriamo',
        'persona sbagliata|non sono la persona|non è il mio ambito|non sono il referente|non sono la referente|interlocutore sbagliato',
        'non ora|per ora no|al momento no|magari più avanti|magari in futuro|non è il momento',
      ],
      complaint: [
        'reclamo|reclami|denuncia|denunciare|segnalazione|segnalare|segnalerò|lamentela',
        'garante|garante privacy|garante della privacy|autorità di controllo|autorità garante|agcom',
        'avvocato|avvocata|avvocati|azioni legali|vie legali|tribunale|causa|diffida',
        'questo è|è|puro|altro + spam|illegale|molestia|molestie',
        'violazione|infrazione + gdpr|privacy|legge|codice privacy',
        'viol* + gdpr|privacy|legge',
        'spam @0.5',
        'illegale|molestia|multa|sanzione @0.5',
      ],
      autoReply: [
        'fuori ufficio|fuori sede|assente|in ferie|in vacanza|in malattia|in maternità|in congedo|in trasferta|non in ufficio + fino|dal|al|rientro|rientrerò|tornerò|a partire',
        'risposta automatica|messaggio automatico|out of office|avviso di assenza|messaggio di assenza',
        'al mio rientro|al rientro|quando rientro|rientrerò|sarò di ritorno|tornerò in ufficio|tornerò il',
        'per urgenze|in caso di urgenza|per questioni urgenti|per richieste urgenti',
        'accesso limitato|senza accesso|non ho accesso|non avrò accesso + posta|email|mail|e mail',
        'congedo di maternità|congedo parentale|congedo di paternità|maternità @0.7',
      ],
    },
    filterPhrases: [
      'cancellatemi',
      'cancellami dalla lista',
      'toglietemi dalla lista',
      'disiscrivermi',
      'non scrivetemi più',
      'non contattatemi più',
      'non voglio più ricevere',
      'smettete di scrivermi',
      'mi oppongo',
      'cancellate i miei dati',
      'eliminate i miei dati',
      'cancellazione dei miei dati',
      'diritto all’oblio',
      'diritto alla cancellazione',
      'annulla iscrizione',
    ],
  },
  reply: {
    greeting: ['Gentile {name},', 'Buongiorno,'],
    thanks: ['La ringraziamo per il Suo messaggio del {receivedDate}.', 'La ringraziamo per il Suo messaggio.'],
    legalBasis: {
      answer: [
        [
          'Ci ha chiesto su quale base L’abbiamo contattata. Ci basiamo sul nostro legittimo interesse, ai sensi dell’articolo 6, paragrafo 1, lettera f), del {gdpr}.',
        ],
        [['Cosa offriamo: {purpose}.'], ['Perché abbiamo scritto proprio a Lei: {interest}.']],
      ],
      oneAtATime: [
        'Scriviamo ai professionisti uno alla volta, non con invii massivi.',
      ],
      offerObjection: [
        'Può opporsi in qualsiasi momento, ai sensi dell’articolo 21, paragrafo 2, del {gdpr}: basta rispondere «{keyword}» e non La contatteremo più.',
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
      introBeforeErasure: [
        'Ci ha chiesto quali dati personali deteniamo su di Lei e di cancellarli. Le confermiamo che trattiamo dati personali che La riguardano. Ai sensi dell’articolo 15 del {gdpr}, di seguito trova una copia di tali dati e le informazioni a cui ha diritto; cancelleremo i dati subito dopo l’invio di questa risposta.',
      ],
      dataHeading: 'I dati personali che deteniamo su di Lei:',
      items: {
        a: [
          'a) Finalità del trattamento (sulla base del nostro legittimo interesse, articolo 6, paragrafo 1, lettera f), del {gdpr}): {purpose}.',
          'a) Finalità del trattamento: presentarLe i nostri prodotti e servizi per le aziende (marketing diretto), sulla base del nostro legittimo interesse (articolo 6, paragrafo 1, lettera f), del {gdpr}).',
        ],
        b: ['b) Categorie di dati personali: {categories}.', 'b) Categorie di dati personali: i dati di contatto professionali che abbiamo usato per scriverLe.'],
        c: ['c) Destinatari: {recipients}.', 'c) Destinatari: {missing}.'],
        d: ['d) Periodo di conservazione: {retention}.', 'd) Periodo di conservazione: conserviamo i Suoi dati solo per il tempo necessario a questa finalità.'],
        e: 'e) Ha il diritto di chiederci la rettifica o la cancellazione dei Suoi dati personali o la limitazione del trattamento, e di opporsi al loro trattamento (articoli 16, 17, 18 e 21 del {gdpr}).',
        f: [
          'f) Ha il diritto di proporre reclamo a un’autorità di controllo (articolo 77 del {gdpr}), in particolare nel Paese in cui risiede o lavora oppure in cui si è verificata la presunta violazione. Per il Suo Paese ({country}): {authority}, {authorityUrl}',
          'f) Ha il diritto di proporre reclamo a un’autorità di controllo (articolo 77 del {gdpr}), in particolare nel Paese in cui risiede o lavora oppure in cui si è verificata la presunta violazione. Per il Suo Paese ({country}): {authority}.',
          'f) Ha il diritto di proporre reclamo a un’autorità di controllo (articolo 77 del {gdpr}), in particolare nel Paese in cui risiede o lavora oppure in cui si è verificata la presunta violazione.',
        ],
        g: ['g) Origine dei dati: {source} (ottenuti il {sourceDate}).', 'g) Origine dei dati: {source}.', 'g) Origine dei dati: non abbiamo raccolto i Suoi dati direttamente presso di Lei.'],
        h: [
          'h) Processo decisionale automatizzato, compresa la profilazione: {automated}.',
          'h) Processo decisionale automatizzato, compresa la profilazione: non prendiamo decisioni che La riguardano basate unicamente su un trattamento automatizzato (articolo 22 del {gdpr}).',
        ],
      },
      itemsUk: {
        ea: [
          'ea) Ha il diritto di presentarci un reclamo (sezione 164A del Data Protection Act 2018): ci scriva a {privacyEmail}. Confermeremo la ricezione entro 30 giorni e La informeremo dell’esito.',
          'ea) Ha il diritto di presentarci un reclamo (sezione 164A del Data Protection Act 2018): è sufficiente rispondere a questa e-mail. Confermeremo la ricezione entro 30 giorni e La informeremo dell’esito.',
        ],
        f: [
          'f) Ha il diritto di proporre reclamo all’autorità di controllo del Regno Unito (sezione 165 del Data Protection Act 2018): {authority}, {authorityUrl}',
          'f) Ha il diritto di proporre reclamo all’autorità di controllo del Regno Unito (sezione 165 del Data Protection Act 2018): {authority}.',
          'f) Ha il diritto di proporre reclamo all’autorità di controllo del Regno Unito (sezione 165 del Data Protection Act 2018).',
        ],
      },
      transfers: {
        eu: {
          none: 'Trasferimenti verso paesi terzi (articolo 15, paragrafo 2, del {gdpr}): non trasferiamo i Suoi dati personali al di fuori dello Spazio economico europeo (SEE).',
          adequacy: [
            'Trasferimenti verso paesi terzi (articolo 15, paragrafo 2, del {gdpr}): i Suoi dati personali sono trasferiti verso un paese terzo ({destination}) per il quale la Commissione europea ha adottato una decisione di adeguatezza (articolo 45 del {gdpr}).',
            'Trasferimenti verso paesi terzi (articolo 15, paragrafo 2, del {gdpr}): i Suoi dati personali sono trasferiti solo verso paesi per i quali la Commissione europea ha adottato una decisione di adeguatezza (articolo 45 del {gdpr}).',
          ],
          scc: [
            'Trasferimenti verso paesi terzi (articolo 15, paragrafo 2, del {gdpr}): i Suoi dati personali sono trasferiti verso un paese terzo ({destination}) sulla base delle clausole tipo di protezione dei dati adottate dalla Commissione europea (articolo 46, paragrafo 2, lettera c), del {gdpr}). Può chiederci una copia.',
            'Trasferimenti verso paesi terzi (articolo 15, paragrafo 2, del {gdpr}): i Suoi dati personali sono trasferiti al di fuori del SEE sulla base delle clausole tipo di protezione dei dati adottate dalla Commissione europea (articolo 46, paragrafo 2, lettera c), del {gdpr}). Può chiederci una copia.',
          ],
          unknown: 'Trasferimenti verso paesi terzi (articolo 15, paragrafo 2, del {gdpr}): {missing}.',
        },
        uk: {
          none: 'Trasferimenti al di fuori del Regno Unito (articolo 15, paragrafo 2, del {gdpr}): non trasferiamo i Suoi dati personali al di fuori del Regno Unito.',
          adequacy: [
            'Trasferimenti al di fuori del Regno Unito (articolo 15, paragrafo 2, del {gdpr}): i Suoi dati personali sono trasferiti verso un paese terzo ({destination}) verso il quale i trasferimenti sono autorizzati da un regolamento britannico (articolo 45A del {gdpr}).',
            'Trasferimenti al di fuori del Regno Unito (articolo 15, paragrafo 2, del {gdpr}): i Suoi dati personali sono trasferiti solo verso paesi verso i quali i trasferimenti sono autorizzati da un regolamento britannico (articolo 45A del {gdpr}).',
          ],
          scc: [
            'Trasferimenti al di fuori del Regno Unito (articolo 15, paragrafo 2, del {gdpr}): i Suoi dati personali sono trasferiti verso un paese terzo ({destination}) sulla base dell’International Data Transfer Agreement o dell’addendum britannico (UK Addendum) alle clausole contrattuali tipo dell’UE (articolo 46 del {gdpr}). Può chiederci una copia.',
            'Trasferimenti al di fuori del Regno Unito (articolo 15, paragrafo 2, del {gdpr}): i Suoi dati personali sono trasferiti al di fuori del Regno Unito sulla base dell’International Data Transfer Agreement o dell’addendum britannico (UK Addendum) alle clausole contrattuali tipo dell’UE (articolo 46 del {gdpr}). Può chiederci una copia.',
          ],
          unknown: 'Trasferimenti al di fuori del Regno Unito (articolo 15, paragrafo 2, del {gdpr}): {missing}.',
        },
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
    erasureAfterAccess: [
      [
        'Come richiesto, cancelleremo i Suoi dati personali dai nostri elenchi di contatti e dai nostri strumenti di posta elettronica subito dopo l’invio di questa risposta (articolo 17 del {gdpr}) e non La contatteremo più.',
        ['Comunicheremo inoltre la cancellazione ai destinatari dei Suoi dati: {recipients}.'],
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
      'Se la nostra risposta non La soddisfa, ha il diritto di proporre reclamo a un’autorità di controllo (articolo 77 del {gdpr}), in particolare nel Paese in cui risiede o lavora oppure in cui si è verificata la presunta violazione.',
      ['Per il Suo Paese ({country}): {authority}, {authorityUrl}', 'Per il Suo Paese ({country}): {authority}.'],
    ],
    authorityUk: [
      'Se la nostra risposta non La soddisfa, può presentarci un reclamo (sezione 164A del Data Protection Act 2018) e proporre reclamo all’autorità di controllo del Regno Unito (sezione 165 della stessa legge).',
      ['Autorità di controllo del Regno Unito: {authority}, {authorityUrl}', 'Autorità di controllo del Regno Unito: {authority}.'],
    ],
    contact: [
      ['Per qualsiasi altra domanda, ci scriva a {privacyEmail}.', 'Per qualsiasi altra domanda, è sufficiente rispondere a questa e-mail.'],
      ['Può anche contattare il nostro responsabile della protezione dei dati: {dpo}.'],
      ['Il nostro rappresentante nell’Unione (articolo 27 del {gdpr}): {euRepresentative}.'],
      ['Il nostro rappresentante nel Regno Unito (articolo 27 del {gdpr}): {ukRepresentative}.'],
      ['La nostra informativa privacy completa: {privacyNoticeUrl}'],
    ],
    closing: 'Cordiali saluti,',
    missing: '[da completare]',
    categories: {
      name: 'nome',
      email: 'indirizzo e-mail',
      phone: 'numero di telefono',
      company: 'azienda',
      jobTitle: 'ruolo',
      profile: 'profilo professionale (ad esempio LinkedIn)',
      website: 'sito web dell’azienda',
      location: 'località',
      industry: 'settore',
    },
  },
};

export default it;
