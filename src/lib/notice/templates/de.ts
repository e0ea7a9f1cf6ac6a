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
      processedAbroad: 'Wir haben unseren Sitz in einem Drittland ({country}) außerhalb des Europäischen Wirtschaftsraums und verarbeiten Ihre Daten dort.',
      transferNone: 'Wir übermitteln Ihre Daten nicht in Länder außerhalb des Europäischen Wirtschaftsraums (EWR).',
      transferTo: 'Wir übermitteln Ihre Daten in ein Drittland ({destination}).',
      transferToUnnamed: 'Wir übermitteln Ihre Daten in Länder außerhalb des Europäischen Wirtschaftsraums (EWR).',
      basis: {
        adequacy: 'Grundlage der Übermittlung ist ein Angemessenheitsbeschluss der Europäischen Kommission (Art. 45 DSGVO).',
        dpf: 'Empfänger sind US-Unternehmen, die nach dem EU-US-Datenschutzrahmen (EU-U.S. Data Privacy Framework) zertifiziert sind; dafür besteht ein Angemessenheitsbeschluss der Europäischen Kommission (Art. 45 DSGVO).',
        scc: 'Grundlage der Übermittlung sind die Standardvertragsklauseln der Europäischen Kommission (Art. 46 Abs. 2 lit. c DSGVO).',
        bcr: 'Grundlage der Übermittlung sind verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO).',
        derogation: 'Grundlage der Übermittlung ist eine Ausnahme für bestimmte Fälle (Art. 49 DSGVO).',
      },
      complaint:
        'Außerdem haben Sie das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes.',
      complaintAuthority:
        'Außerdem haben Sie das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes. Die Aufsichtsbehörde in Ihrem Land: {authority}, {url}.',
    },
    uk: {
      legalBasis: 'Art. 6 Abs. 1 lit. f UK GDPR',
      representative: 'Unser Vertreter im Vereinigten Königreich (Art. 27 UK GDPR): {representative}.',
      processedAbroad: 'Wir haben unseren Sitz in einem Drittland ({country}) außerhalb des Vereinigten Königreichs und verarbeiten Ihre Daten dort.',
      transferNone: 'Wir übermitteln Ihre Daten nicht in Länder außerhalb des Vereinigten Königreichs.',
      transferTo: 'Wir übermitteln Ihre Daten in ein Drittland ({destination}).',
      transferToUnnamed: 'Wir übermitteln Ihre Daten in Länder außerhalb des Vereinigten Königreichs.',
      basis: {
        adequacy: 'Die Übermittlung ist durch Vorschriften des Vereinigten Königreichs nach Art. 45A UK GDPR genehmigt.',
        dpf: 'Empfänger sind US-Unternehmen, die nach der britischen Erweiterung des EU-US-Datenschutzrahmens (UK Extension to the EU-U.S. Data Privacy Framework) zertifiziert sind.',
        scc: 'Grundlage der Übermittlung ist das International Data Transfer Agreement des Vereinigten Königreichs oder das UK Addendum zu den EU-Standardvertragsklauseln (Art. 46 UK GDPR).',
        bcr: 'Grundlage der Übermittlung sind verbindliche interne Datenschutzvorschriften (Art. 47 UK GDPR).',
        derogation: 'Grundlage der Übermittlung ist eine Ausnahme für bestimmte Fälle (Art. 49 UK GDPR).',
      },
      complaint: 'Außerdem können Sie nach Section 165 des Data Protection Act 2018 Beschwerde bei der Aufsichtsbehörde des Vereinigten Königreichs einlegen.',
      complaintAuthority: 'Außerdem können Sie nach Section 165 des Data Protection Act 2018 Beschwerde bei der Aufsichtsbehörde des Vereinigten Königreichs einlegen: {authority}, {url}.',
      complaintToUs: 'Sie können sich bei uns über den Umgang mit Ihren personenbezogenen Daten beschweren (Section 164A des Data Protection Act 2018): Schreiben Sie an {email}. Wir bestätigen den Eingang Ihrer Beschwerde innerhalb von 30 Tagen und teilen Ihnen das Ergebnis mit.',
      complaintToUsNoEmail: 'Sie können sich bei uns über den Umgang mit Ihren personenbezogenen Daten beschweren (Section 164A des Data Protection Act 2018). Wir bestätigen den Eingang Ihrer Beschwerde innerhalb von 30 Tagen und teilen Ihnen das Ergebnis mit.',
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
    pattern: {
      withDetail:
        'Ihre geschäftliche E-Mail-Adresse haben wir selbst aus Ihrem Namen und dem öffentlich verwendeten Adressformat Ihres Unternehmens gebildet. Beides haben wir hier gefunden: {detail}.',
      withoutDetail: 'Ihre geschäftliche E-Mail-Adresse haben wir selbst aus Ihrem Namen und dem öffentlich verwendeten Adressformat Ihres Unternehmens gebildet.',
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
    dpo: 'Kontakt zu unserem Datenschutzbeauftragten: {dpo}.',
    purpose: 'Wir verwenden Ihre Daten, um Sie per E-Mail auf Produkte und Dienstleistungen hinzuweisen, die für Ihre berufliche Tätigkeit von Interesse sein können.',
    basis: 'Rechtsgrundlage ist unser berechtigtes Interesse nach {basis}.',
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
    swissAuthority:
      'Nach dem Schweizer Datenschutzgesetz (DSG) können Sie einen mutmaßlichen Verstoß außerdem der Schweizer Datenschutzaufsicht anzeigen: {authority}, {url}.',
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
