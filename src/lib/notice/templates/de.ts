import type { NoticeTemplateInput } from '../template-schema.ts';

/** German (Sie). Terms follow the German GDPR text (DSGVO): Verantwortlicher, berechtigtes Interesse, Widerspruchsrecht, Aufsichtsbehörde. */
export default {
  code: 'de',
  englishName: 'German',
  nativeName: 'Deutsch',
  locale: 'de-DE',
  labelSeparator: ': ',
  replyKeyword: 'Nein danke',
  regions: {
    eu: {
      legalBasis: 'Art. 6 Abs. 1 lit. f DSGVO',
      representative: 'Unser Vertreter in der EU (Art. 27 DSGVO): {representative}.',
      transferNone: 'Wir übermitteln Ihre Daten nicht in Länder außerhalb der EU bzw. des EWR.',
      transferAdequacy:
        'Ihre Daten werden in ein Drittland übermittelt ({destination}), für das ein Angemessenheitsbeschluss der Europäischen Kommission besteht (Art. 45 DSGVO).',
      transferAdequacyAnywhere:
        'Übermitteln wir Ihre Daten in Länder außerhalb der EU bzw. des EWR, dann nur in Länder, für die ein Angemessenheitsbeschluss der Europäischen Kommission besteht (Art. 45 DSGVO).',
      transferScc:
        'Ihre Daten werden in ein Drittland übermittelt ({destination}); als geeignete Garantie dienen die Standardvertragsklauseln der Europäischen Kommission (Art. 46 Abs. 2 lit. c DSGVO).',
      transferSccAnywhere:
        'Übermitteln wir Ihre Daten in Länder außerhalb der EU bzw. des EWR, stützen wir uns auf die Standardvertragsklauseln der Europäischen Kommission (Art. 46 Abs. 2 lit. c DSGVO).',
    },
    uk: {
      legalBasis: 'Art. 6 Abs. 1 lit. f UK GDPR',
      representative: 'Unser Vertreter im Vereinigten Königreich (Art. 27 UK GDPR): {representative}.',
      transferNone: 'Wir übermitteln Ihre Daten nicht in Länder außerhalb des Vereinigten Königreichs.',
      transferAdequacy:
        'Ihre Daten werden in ein Drittland übermittelt ({destination}), das durch Angemessenheitsregelungen des Vereinigten Königreichs (UK adequacy regulations) abgedeckt ist.',
      transferAdequacyAnywhere:
        'Übermitteln wir Ihre Daten in Länder außerhalb des Vereinigten Königreichs, dann nur in Länder, die durch Angemessenheitsregelungen des Vereinigten Königreichs abgedeckt sind.',
      transferScc:
        'Ihre Daten werden in ein Drittland übermittelt ({destination}); als Garantie dienen das International Data Transfer Agreement des Vereinigten Königreichs oder das UK Addendum zu den EU-Standardvertragsklauseln.',
      transferSccAnywhere:
        'Übermitteln wir Ihre Daten in Länder außerhalb des Vereinigten Königreichs, stützen wir uns auf das International Data Transfer Agreement des Vereinigten Königreichs oder das UK Addendum zu den EU-Standardvertragsklauseln.',
    },
  },
  dataCategories: {
    name: 'Name',
    workEmail: 'geschäftliche E-Mail-Adresse',
    jobTitle: 'Position',
    company: 'Unternehmen',
    phone: 'geschäftliche Telefonnummer',
    linkedin: 'URL Ihres LinkedIn-Profils',
    location: 'Standort (Stadt und Land)',
  },
  months: { one: '{n} Monat', other: '{n} Monate' },
  interests: {
    directMarketing:
      'Unser berechtigtes Interesse besteht darin, unsere Produkte und Dienstleistungen Unternehmen anzubieten, für deren Geschäft sie relevant sind.',
    partnership: 'Unser berechtigtes Interesse besteht darin, Geschäftsbeziehungen und Partnerschaften mit Unternehmen unserer Branche aufzubauen.',
    custom: 'Unser berechtigtes Interesse: {interest}.',
  },
  sources: {
    other: { withDetail: 'Ihre Kontaktdaten stammen aus folgender Quelle: {detail}.', withoutDetail: null },
    website: {
      withDetail: 'Ihre Kontaktdaten haben wir der Website Ihres Unternehmens entnommen ({detail}), also einer öffentlich zugänglichen Quelle.',
      withoutDetail: 'Ihre Kontaktdaten haben wir der Website Ihres Unternehmens entnommen, also einer öffentlich zugänglichen Quelle.',
    },
    linkedin: {
      withDetail: 'Ihre Kontaktdaten haben wir über Ihr öffentliches LinkedIn-Profil gefunden ({detail}).',
      withoutDetail: 'Ihre Kontaktdaten haben wir über Ihr öffentliches LinkedIn-Profil gefunden.',
    },
    register: {
      withDetail: 'Ihre Kontaktdaten stammen aus einem öffentlichen Register ({detail}).',
      withoutDetail: 'Ihre Kontaktdaten stammen aus einem öffentlichen Register.',
    },
    vendor: {
      withDetail: 'Ihre Kontaktdaten haben wir vom Datenanbieter {detail} erhalten.',
      withoutDetail: 'Ihre Kontaktdaten haben wir von einem Datenanbieter erhalten.',
    },
    referral: {
      withDetail: 'Ihre Kontaktdaten haben wir über eine Empfehlung von {detail} erhalten.',
      withoutDetail: 'Ihre Kontaktdaten haben wir über eine persönliche Empfehlung erhalten.',
    },
    event: {
      withDetail: 'Ihre Kontaktdaten stammen aus der Teilnehmerliste der Veranstaltung {detail}.',
      withoutDetail: 'Ihre Kontaktdaten stammen aus der Teilnehmerliste einer Veranstaltung.',
    },
  },
  short: {
    whyGeneric: 'Wir schreiben Ihnen, weil wir glauben, dass unser Angebot für Ihre Aufgaben relevant ist.',
    optOut: {
      reply: 'Wenn Sie keine weiteren Nachrichten von uns wünschen, antworten Sie einfach mit „{keyword}“.',
      link: 'Wenn Sie keine weiteren Nachrichten von uns wünschen, können Sie sich hier abmelden: {link}',
      both: 'Wenn Sie keine weiteren Nachrichten von uns wünschen, antworten Sie einfach mit „{keyword}“ oder melden Sie sich hier ab: {link}',
    },
  },
  notice: {
    heading: 'Hinweise zum Datenschutz',
    labels: {
      identity: 'Verantwortlicher',
      purpose: 'Zweck und Rechtsgrundlage',
      data: 'Datenkategorien',
      source: 'Herkunft der Daten',
      recipients: 'Empfänger',
      transfers: 'Übermittlung in Drittländer',
      retention: 'Speicherdauer',
      rights: 'Ihre Rechte',
      automated: 'Automatisierte Entscheidungen',
      more: 'Vollständige Datenschutzerklärung',
    },
    identityWithAddress: '{company}, {address}.',
    identityOnly: '{company}.',
    contact: 'Kontakt für Datenschutzfragen: {email}.',
    dpo: 'Unser Datenschutzbeauftragter: {dpo}.',
    purpose: 'Wir verwenden Ihre Daten, um Sie zu Produkten und Dienstleistungen zu kontaktieren, die für Ihre berufliche Tätigkeit relevant sein können.',
    basis: 'Rechtsgrundlage ist unser berechtigtes Interesse ({basis}).',
    data: 'Wir verarbeiten folgende Daten über Sie: {categories}.',
    recipientsNamed: 'Dienstleister, die die Daten in unserem Auftrag verarbeiten (Auftragsverarbeiter): {list}.',
    recipientsGeneric: 'Nur Dienstleister, die die Daten in unserem Auftrag verarbeiten (Auftragsverarbeiter), etwa unsere E-Mail- und CRM-Anbieter.',
    emailPlatform: 'unser E-Mail-Dienst ({name})',
    crm: 'unser CRM-System ({name})',
    transferCopy: 'Eine Kopie dieser Garantien erhalten Sie auf Anfrage an {email}.',
    retentionMonths: 'Wir löschen Ihre Daten {period} nach unserem letzten Kontakt mit Ihnen.',
    suppression: 'Wenn Sie widersprechen, speichern wir nur Ihre E-Mail-Adresse auf einer Sperrliste, damit wir Sie nie wieder kontaktieren.',
    rights:
      'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung, das Recht auf Datenübertragbarkeit sowie das Recht, der Verarbeitung zu widersprechen.',
    rightsContact: 'Dazu genügt eine E-Mail an {email}.',
    complaint: 'Außerdem haben Sie das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Land, in dem Sie leben oder arbeiten.',
    complaintAuthority:
      'Außerdem haben Sie das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Land, in dem Sie leben oder arbeiten, zum Beispiel: {authority} ({url}).',
    automated: 'Eine ausschließlich automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.',
  },
  objection: {
    label: 'Ihr Widerspruchsrecht',
    reply: 'Sie können der Verwendung Ihrer Daten für Direktwerbung jederzeit widersprechen. Antworten Sie einfach mit „{keyword}“, dann kontaktieren wir Sie nicht mehr.',
    link: 'Sie können der Verwendung Ihrer Daten für Direktwerbung jederzeit widersprechen. Nutzen Sie dazu diesen Link, dann kontaktieren wir Sie nicht mehr: {link}',
    both: 'Sie können der Verwendung Ihrer Daten für Direktwerbung jederzeit widersprechen. Antworten Sie einfach mit „{keyword}“ oder nutzen Sie diesen Link, dann kontaktieren wir Sie nicht mehr: {link}',
    email: 'Sie können uns auch an {email} schreiben.',
  },
  footer: {
    optOut: {
      reply: 'Kein Interesse? Antworten Sie mit „{keyword}“, und wir schreiben Ihnen nicht mehr.',
      link: 'Kein Interesse? Hier abmelden: {link}',
      both: 'Kein Interesse? Antworten Sie mit „{keyword}“ oder melden Sie sich hier ab: {link}',
    },
    privacyUrl: 'Hinweise zum Datenschutz: {url}',
    privacyEmail: 'Fragen zum Datenschutz: {email}',
  },
} satisfies NoticeTemplateInput;
