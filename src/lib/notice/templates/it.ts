import type { NoticeTemplateInput } from '../template-schema.ts';

/** Italian (lei). Terms follow the Italian GDPR text: titolare del trattamento, legittimo interesse, diritto di opposizione, autorità di controllo, marketing diretto. */
export default {
  code: 'it',
  englishName: 'Italian',
  nativeName: 'Italiano',
  locale: 'it-IT',
  labelSeparator: ': ',
  replyKeyword: 'no, grazie',
  regions: {
    eu: {
      legalBasis: 'art. 6, par. 1, lett. f), del GDPR',
      representative: 'Il nostro rappresentante nell’UE (art. 27 del GDPR): {representative}.',
      transferNone: 'Non trasferiamo i suoi dati verso paesi al di fuori dell’UE e del SEE.',
      transferAdequacy:
        'I suoi dati sono trasferiti verso un paese terzo ({destination}) per il quale la Commissione europea ha adottato una decisione di adeguatezza (art. 45 del GDPR).',
      transferAdequacyAnywhere:
        'Se trasferiamo i suoi dati al di fuori dell’UE e del SEE, lo facciamo solo verso paesi per i quali la Commissione europea ha adottato una decisione di adeguatezza (art. 45 del GDPR).',
      transferScc:
        'I suoi dati sono trasferiti verso un paese terzo ({destination}) sulla base delle clausole contrattuali tipo della Commissione europea (art. 46, par. 2, lett. c), del GDPR).',
      transferSccAnywhere:
        'Se trasferiamo i suoi dati al di fuori dell’UE e del SEE, ci basiamo sulle clausole contrattuali tipo della Commissione europea (art. 46, par. 2, lett. c), del GDPR).',
    },
    uk: {
      legalBasis: 'art. 6, par. 1, lett. f), dello UK GDPR',
      representative: 'Il nostro rappresentante nel Regno Unito (art. 27 dello UK GDPR): {representative}.',
      transferNone: 'Non trasferiamo i suoi dati verso paesi al di fuori del Regno Unito.',
      transferAdequacy:
        'I suoi dati sono trasferiti verso un paese terzo ({destination}) coperto dalla normativa britannica sull’adeguatezza (UK adequacy regulations).',
      transferAdequacyAnywhere:
        'Se trasferiamo i suoi dati al di fuori del Regno Unito, lo facciamo solo verso paesi coperti dalla normativa britannica sull’adeguatezza.',
      transferScc:
        'I suoi dati sono trasferiti verso un paese terzo ({destination}) sulla base dell’International Data Transfer Agreement britannico o dell’addendum britannico (UK Addendum) alle clausole contrattuali tipo dell’UE.',
      transferSccAnywhere:
        'Se trasferiamo i suoi dati al di fuori del Regno Unito, ci basiamo sull’International Data Transfer Agreement britannico o sull’addendum britannico (UK Addendum) alle clausole contrattuali tipo dell’UE.',
    },
  },
  dataCategories: {
    name: 'nome e cognome',
    workEmail: 'indirizzo e-mail aziendale',
    jobTitle: 'ruolo',
    company: 'azienda',
    phone: 'numero di telefono aziendale',
    linkedin: 'URL del suo profilo LinkedIn',
    location: 'località (città e paese)',
  },
  months: { one: '{n} mese', other: '{n} mesi' },
  interests: {
    directMarketing: 'Il nostro legittimo interesse consiste nell’offrire i nostri prodotti e servizi alle aziende per le quali sono pertinenti.',
    partnership: 'Il nostro legittimo interesse consiste nello sviluppare rapporti commerciali e partnership con aziende del nostro settore.',
    custom: 'Il nostro legittimo interesse: {interest}.',
  },
  sources: {
    other: { withDetail: 'I suoi dati di contatto provengono dalla seguente fonte: {detail}.', withoutDetail: null },
    website: {
      withDetail: 'Abbiamo trovato i suoi dati di contatto sul sito web della sua azienda ({detail}), una fonte accessibile al pubblico.',
      withoutDetail: 'Abbiamo trovato i suoi dati di contatto sul sito web della sua azienda, una fonte accessibile al pubblico.',
    },
    linkedin: {
      withDetail: 'Abbiamo trovato i suoi dati di contatto tramite il suo profilo LinkedIn pubblico ({detail}).',
      withoutDetail: 'Abbiamo trovato i suoi dati di contatto tramite il suo profilo LinkedIn pubblico.',
    },
    register: {
      withDetail: 'Abbiamo ricavato i suoi dati di contatto da un registro pubblico ({detail}).',
      withoutDetail: 'Abbiamo ricavato i suoi dati di contatto da un registro pubblico.',
    },
    vendor: {
      withDetail: 'Abbiamo ottenuto i suoi dati di contatto dal fornitore di dati {detail}.',
      withoutDetail: 'Abbiamo ottenuto i suoi dati di contatto da un fornitore di dati.',
    },
    referral: {
      withDetail: 'Abbiamo ricevuto i suoi dati di contatto su raccomandazione di {detail}.',
      withoutDetail: 'Abbiamo ricevuto i suoi dati di contatto tramite una raccomandazione personale.',
    },
    event: {
      withDetail: 'Abbiamo ricavato i suoi dati di contatto dall’elenco dei partecipanti all’evento {detail}.',
      withoutDetail: 'Abbiamo ricavato i suoi dati di contatto dall’elenco dei partecipanti a un evento.',
    },
  },
  short: {
    whyGeneric: 'Le scriviamo perché riteniamo che la nostra offerta sia pertinente per il suo ruolo.',
    optOut: {
      reply: 'Se preferisce non ricevere altri messaggi da parte nostra, risponda semplicemente «{keyword}».',
      link: 'Se preferisce non ricevere altri messaggi da parte nostra, può comunicarcelo tramite questo link: {link}',
      both: 'Se preferisce non ricevere altri messaggi da parte nostra, risponda semplicemente «{keyword}» oppure usi questo link: {link}',
    },
  },
  notice: {
    heading: 'Informativa sul trattamento dei suoi dati personali',
    labels: {
      identity: 'Titolare del trattamento',
      purpose: 'Finalità e base giuridica',
      data: 'Categorie di dati',
      source: 'Fonte dei dati',
      recipients: 'Destinatari',
      transfers: 'Trasferimenti all’estero',
      retention: 'Periodo di conservazione',
      rights: 'I suoi diritti',
      automated: 'Decisioni automatizzate',
      more: 'Informativa privacy completa',
    },
    identityWithAddress: '{company}, {address}.',
    identityOnly: '{company}.',
    contact: 'Contatto per la privacy: {email}.',
    dpo: 'Responsabile della protezione dei dati (RPD): {dpo}.',
    purpose: 'Utilizziamo i suoi dati per contattarla in merito a prodotti e servizi che possono essere pertinenti per la sua attività professionale.',
    basis: 'La base giuridica è il nostro legittimo interesse ({basis}).',
    data: 'Trattiamo i seguenti dati che la riguardano: {categories}.',
    recipientsNamed: 'Fornitori che trattano i dati per nostro conto (responsabili del trattamento): {list}.',
    recipientsGeneric:
      'Solo fornitori che trattano i dati per nostro conto (responsabili del trattamento), come i nostri fornitori di posta elettronica e di CRM.',
    emailPlatform: 'la nostra piattaforma di invio e-mail ({name})',
    crm: 'il nostro CRM ({name})',
    transferCopy: 'Può ottenere una copia di tali garanzie scrivendo a {email}.',
    retentionMonths: 'Cancelliamo i suoi dati {period} dopo il nostro ultimo contatto con lei.',
    suppression: 'Se si oppone, conserviamo soltanto il suo indirizzo e-mail in un elenco di esclusione, per non contattarla mai più.',
    rights:
      'Ha il diritto di accesso ai suoi dati, di rettifica, di cancellazione e di limitazione del trattamento, il diritto alla portabilità dei dati e il diritto di opporsi al trattamento.',
    rightsContact: 'Per esercitare questi diritti, scriva a {email}.',
    complaint: 'Ha inoltre il diritto di proporre reclamo a un’autorità di controllo, in particolare nel paese in cui vive o lavora.',
    complaintAuthority:
      'Ha inoltre il diritto di proporre reclamo a un’autorità di controllo, in particolare nel paese in cui vive o lavora, ad esempio: {authority} ({url}).',
    automated: 'Non adottiamo decisioni basate unicamente su un trattamento automatizzato, compresa la profilazione.',
  },
  objection: {
    label: 'Il suo diritto di opposizione',
    reply: 'Può opporsi in qualsiasi momento al trattamento dei suoi dati per finalità di marketing diretto. Risponda semplicemente «{keyword}» e non la contatteremo più.',
    link: 'Può opporsi in qualsiasi momento al trattamento dei suoi dati per finalità di marketing diretto. Usi questo link e non la contatteremo più: {link}',
    both: 'Può opporsi in qualsiasi momento al trattamento dei suoi dati per finalità di marketing diretto. Risponda «{keyword}» oppure usi questo link, e non la contatteremo più: {link}',
    email: 'Può anche scrivere a {email}.',
  },
  footer: {
    optOut: {
      reply: 'Non le interessa? Risponda «{keyword}» e non le scriveremo più.',
      link: 'Non le interessa? Ce lo comunichi qui: {link}',
      both: 'Non le interessa? Risponda «{keyword}» oppure usi questo link: {link}',
    },
    privacyUrl: 'Come trattiamo i suoi dati: {url}',
    privacyEmail: 'Domande sulla privacy: {email}',
  },
} satisfies NoticeTemplateInput;
