import type { NoticeTemplateInput } from '../template-schema.ts';

/**
 * Italian (formal "Lei", capitalised with its forms Suo, La, Le as in business letters, as the
 * reply composer writes it). Terms follow the Italian GDPR text: titolare del trattamento,
 * legittimo interesse, diritto di opposizione, autorità di controllo, marketing diretto.
 * Citations in the Regulation's own style: "articolo 6, paragrafo 1, lettera f), del GDPR".
 */
export default {
  code: 'it',
  englishName: 'Italian',
  nativeName: 'Italiano',
  locale: 'it-IT',
  labelSeparator: ': ',
  replyKeyword: 'no, grazie',
  regions: {
    eu: {
      legalBasis: 'articolo 6, paragrafo 1, lettera f), del GDPR',
      representative: 'Il nostro rappresentante nell’UE (articolo 27 del GDPR): {representative}.',
      processedAbroad: 'Abbiamo sede in un paese terzo ({country}), al di fuori dello Spazio economico europeo, e trattiamo lì i Suoi dati.',
      transferNone: 'Non trasferiamo i Suoi dati al di fuori dello Spazio economico europeo (SEE).',
      transferTo: 'Trasferiamo i Suoi dati verso un paese terzo ({destination}).',
      transferToUnnamed: 'Trasferiamo i Suoi dati verso paesi al di fuori dello Spazio economico europeo (SEE).',
      basis: {
        adequacy: 'Tali trasferimenti si basano su una decisione di adeguatezza della Commissione europea (articolo 45 del GDPR).',
        dpf: 'I destinatari sono società statunitensi certificate nell’ambito del quadro UE-USA per la protezione dei dati personali (EU-U.S. Data Privacy Framework), oggetto di una decisione di adeguatezza della Commissione europea (articolo 45 del GDPR).',
        scc: 'Tali trasferimenti si basano sulle clausole contrattuali tipo della Commissione europea (articolo 46, paragrafo 2, lettera c), del GDPR).',
        bcr: 'Tali trasferimenti si basano su norme vincolanti d’impresa (articolo 47 del GDPR).',
        derogation: 'Tali trasferimenti si basano su una deroga in specifiche situazioni (articolo 49 del GDPR).',
      },
      complaint:
        'Ha inoltre il diritto di proporre reclamo a un’autorità di controllo, segnatamente nello Stato membro in cui risiede abitualmente, lavora oppure del luogo ove si è verificata la presunta violazione.',
      complaintAuthority:
        'Ha inoltre il diritto di proporre reclamo a un’autorità di controllo, segnatamente nello Stato membro in cui risiede abitualmente, lavora oppure del luogo ove si è verificata la presunta violazione. L’autorità di controllo del Suo paese: {authority}, {url}.',
    },
    uk: {
      legalBasis: 'articolo 6, paragrafo 1, lettera f), del GDPR del Regno Unito (UK GDPR)',
      representative: 'Il nostro rappresentante nel Regno Unito (articolo 27 del GDPR del Regno Unito): {representative}.',
      processedAbroad: 'Abbiamo sede in un paese terzo ({country}), al di fuori del Regno Unito, e trattiamo lì i Suoi dati.',
      transferNone: 'Non trasferiamo i Suoi dati al di fuori del Regno Unito.',
      transferTo: 'Trasferiamo i Suoi dati verso un paese terzo ({destination}).',
      transferToUnnamed: 'Trasferiamo i Suoi dati verso paesi al di fuori del Regno Unito.',
      basis: {
        adequacy: 'Tali trasferimenti sono autorizzati da norme britanniche adottate ai sensi dell’articolo 45A del GDPR del Regno Unito.',
        dpf: 'I destinatari sono società statunitensi certificate nell’ambito dell’estensione britannica del quadro UE-USA per la protezione dei dati personali (UK Extension to the EU-U.S. Data Privacy Framework).',
        scc: 'Tali trasferimenti si basano sull’International Data Transfer Agreement britannico o sull’addendum britannico (UK Addendum) alle clausole contrattuali tipo dell’UE (articolo 46 del GDPR del Regno Unito).',
        bcr: 'Tali trasferimenti si basano su norme vincolanti d’impresa (articolo 47 del GDPR del Regno Unito).',
        derogation: 'Tali trasferimenti si basano su una deroga in specifiche situazioni (articolo 49 del GDPR del Regno Unito).',
      },
      complaint: 'Può inoltre proporre reclamo all’autorità di controllo del Regno Unito ai sensi della sezione 165 del Data Protection Act 2018.',
      complaintAuthority: 'Può inoltre proporre reclamo all’autorità di controllo del Regno Unito ai sensi della sezione 165 del Data Protection Act 2018: {authority}, {url}.',
      complaintToUs: 'Può presentarci un reclamo sul modo in cui trattiamo i Suoi dati personali (sezione 164A del Data Protection Act 2018): ci scriva a {email}. Confermeremo la ricezione del reclamo entro 30 giorni e La informeremo dell’esito.',
      complaintToUsNoEmail: 'Può presentarci un reclamo sul modo in cui trattiamo i Suoi dati personali (sezione 164A del Data Protection Act 2018). Confermeremo la ricezione del reclamo entro 30 giorni e La informeremo dell’esito.',
    },
  },
  dataCategories: {
    name: 'nome e cognome',
    workEmail: 'indirizzo e-mail aziendale',
    jobTitle: 'ruolo',
    company: 'azienda',
    phone: 'numero di telefono aziendale',
    linkedin: 'URL del Suo profilo LinkedIn',
    location: 'località (città e paese)',
  },
  months: { one: '{n} mese', other: '{n} mesi' },
  interests: {
    directMarketing: 'Il nostro legittimo interesse consiste nell’offrire i nostri prodotti e servizi alle aziende per le quali sono pertinenti.',
    partnership: 'Il nostro legittimo interesse consiste nello sviluppare rapporti commerciali e partnership con aziende del nostro settore.',
    custom: 'Il nostro legittimo interesse: {interest}.',
  },
  sources: {
    other: { withDetail: 'I Suoi dati di contatto provengono dalla seguente fonte: {detail}.', withoutDetail: null },
    website: {
      withDetail: 'Abbiamo trovato i Suoi dati di contatto sul sito web della Sua azienda ({detail}), una fonte accessibile al pubblico.',
      withoutDetail: 'Abbiamo trovato i Suoi dati di contatto sul sito web della Sua azienda, una fonte accessibile al pubblico.',
    },
    linkedin: {
      withDetail: 'Abbiamo trovato i Suoi dati di contatto tramite il Suo profilo LinkedIn pubblico ({detail}).',
      withoutDetail: 'Abbiamo trovato i Suoi dati di contatto tramite il Suo profilo LinkedIn pubblico.',
    },
    register: {
      withDetail: 'Abbiamo ricavato i Suoi dati di contatto da un registro pubblico ({detail}).',
      withoutDetail: 'Abbiamo ricavato i Suoi dati di contatto da un registro pubblico.',
    },
    vendor: {
      withDetail: 'Abbiamo ottenuto i Suoi dati di contatto dal fornitore di dati {detail}.',
      withoutDetail: 'Abbiamo ottenuto i Suoi dati di contatto da un fornitore di dati.',
    },
    referral: {
      withDetail: 'Abbiamo ricevuto i Suoi dati di contatto su segnalazione di {detail}.',
      withoutDetail: 'Abbiamo ricevuto i Suoi dati di contatto tramite una segnalazione personale.',
    },
    event: {
      withDetail: 'Abbiamo ricavato i Suoi dati di contatto dall’elenco dei partecipanti all’evento {detail}.',
      withoutDetail: 'Abbiamo ricavato i Suoi dati di contatto dall’elenco dei partecipanti a un evento.',
    },
    pattern: {
      withDetail:
        'Abbiamo ricostruito noi stessi il Suo indirizzo e-mail aziendale a partire dal Suo nome e dal formato degli indirizzi che la Sua azienda utilizza pubblicamente. Abbiamo trovato entrambi qui: {detail}.',
      withoutDetail:
        'Abbiamo ricostruito noi stessi il Suo indirizzo e-mail aziendale a partire dal Suo nome e dal formato degli indirizzi che la Sua azienda utilizza pubblicamente.',
    },
  },
  short: {
    whyGeneric: 'Le scriviamo perché riteniamo che la nostra offerta sia pertinente per il Suo ruolo.',
    optOut: {
      reply: 'Se preferisce non ricevere altri messaggi da parte nostra, risponda semplicemente «{keyword}».',
      link: 'Se preferisce non ricevere altri messaggi da parte nostra, può comunicarcelo tramite questo link: {link}',
      both: 'Se preferisce non ricevere altri messaggi da parte nostra, risponda semplicemente «{keyword}» oppure usi questo link: {link}',
    },
  },
  notice: {
    heading: 'Informativa sul trattamento dei Suoi dati personali',
    labels: {
      identity: 'Titolare del trattamento',
      purpose: 'Finalità e base giuridica',
      data: 'Categorie di dati',
      source: 'Fonte dei dati',
      recipients: 'Destinatari',
      transfers: 'Trasferimenti all’estero',
      retention: 'Periodo di conservazione',
      rights: 'I Suoi diritti',
      automated: 'Decisioni automatizzate',
      more: 'Informativa privacy completa',
    },
    identityWithAddress: '{company}, {address}.',
    identityOnly: '{company}.',
    contact: 'Contatto per la privacy: {email}.',
    dpo: 'Responsabile della protezione dei dati (RPD): {dpo}.',
    purpose: 'Utilizziamo i Suoi dati per contattarLa in merito a prodotti e servizi che possono essere pertinenti per la Sua attività professionale.',
    basis: 'La base giuridica è il nostro legittimo interesse, ai sensi dell’{basis}.',
    data: 'Trattiamo i seguenti dati che La riguardano: {categories}.',
    recipientsNamed: 'Fornitori che trattano i dati per nostro conto (responsabili del trattamento): {list}.',
    recipientsGeneric:
      'Solo fornitori che trattano i dati per nostro conto (responsabili del trattamento), come i nostri fornitori di posta elettronica e di CRM.',
    emailPlatform: 'la nostra piattaforma di invio e-mail ({name})',
    crm: 'il nostro CRM ({name})',
    transferCopy: 'Può ottenere una copia di tali garanzie scrivendo a {email}.',
    retentionMonths: 'Cancelliamo i Suoi dati {period} dopo il nostro ultimo contatto con Lei.',
    suppression: 'Se si oppone, conserviamo soltanto il Suo indirizzo e-mail in un elenco di esclusione, per non contattarLa mai più.',
    rights:
      'Ha il diritto di accesso ai Suoi dati, di rettifica, di cancellazione e di limitazione del trattamento, il diritto alla portabilità dei dati e il diritto di opporsi al trattamento.',
    rightsContact: 'Per esercitare questi diritti, scriva a {email}.',
    swissAuthority:
      'In base alla legge federale svizzera sulla protezione dei dati (LPD), può anche denunciare una presunta violazione all’autorità svizzera di protezione dei dati: {authority}, {url}.',
    automated: 'Non adottiamo decisioni basate unicamente su un trattamento automatizzato, compresa la profilazione.',
  },
  objection: {
    label: 'Il Suo diritto di opposizione',
    reply: 'Può opporsi in qualsiasi momento al trattamento dei Suoi dati per finalità di marketing diretto. Risponda semplicemente «{keyword}» e non La contatteremo più.',
    link: 'Può opporsi in qualsiasi momento al trattamento dei Suoi dati per finalità di marketing diretto. Usi questo link e non La contatteremo più: {link}',
    both: 'Può opporsi in qualsiasi momento al trattamento dei Suoi dati per finalità di marketing diretto. Risponda «{keyword}» oppure usi questo link, e non La contatteremo più: {link}',
    email: 'Può anche scrivere a {email}.',
  },
  footer: {
    optOut: {
      reply: 'Non Le interessa? Risponda «{keyword}» e non Le scriveremo più.',
      link: 'Non Le interessa? Ce lo comunichi qui: {link}',
      both: 'Non Le interessa? Risponda «{keyword}» oppure usi questo link: {link}',
    },
    privacyUrl: 'Come trattiamo i Suoi dati: {url}',
    privacyEmail: 'Domande sulla privacy: {email}',
  },
} satisfies NoticeTemplateInput;
