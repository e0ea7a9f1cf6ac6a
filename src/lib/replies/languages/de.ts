import type { LanguagePackInput } from '../schema.ts';

/**
 * German. Terminology of the German version of the GDPR (Datenschutz-Grundverordnung, DSGVO):
 * Verantwortlicher, berechtigte Interessen, Widerspruchsrecht, Recht auf Löschung, Aufsichtsbehörde.
 * Citations in the German style: "Art. 6 Abs. 1 lit. f DSGVO".
 */
const de: LanguagePackInput = {
  code: 'de',
  name: 'Deutsch',
  englishName: 'German',
  locale: 'de-DE',
  gdpr: { eu: 'DSGVO', uk: 'UK GDPR' },
  optOutKeyword: 'Nein danke',
  terminology: 'Deutsche Sprachfassung der Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung, EUR-Lex).',
  detection: {
    stopwords: ['der', 'die', 'das', 'und', 'ich', 'sie', 'ihr', 'ihre', 'ihrer', 'ihnen', 'mich', 'mir', 'mein', 'meine', 'meiner', 'nicht', 'mit', 'von', 'bitte', 'haben', 'habe', 'ist', 'ein', 'eine', 'auf', 'für', 'zu', 'wie', 'woher', 'wer', 'welche', 'was', 'uns', 'wir', 'auch', 'dass', 'sehr', 'geehrte', 'hallo', 'danke', 'keine', 'noch', 'mehr', 'grüße'],
    letters: 'üß',
    quoteMarkers: ['schrieb:', '-----ursprüngliche nachricht-----', 'von:'],
    patterns: {
      legalBasis: [
        'mit welchem recht|welcher grundlage|welcher rechtsgrundlage|woher nehmen sie das recht|woher nehmt ihr das recht|woher nimmst du das recht',
        'wer hat + ihnen|euch|dir|sie + erlaubt|erlaubnis|das recht',
        'nie|nicht|niemals|keine|keinen + eingewilligt|zugestimmt|einwilligung|zustimmung|erlaubnis|angemeldet|registriert|eingetragen|abonniert|erlaubt|opt in|optin',
        'ohne + einwilligung|zustimmung|erlaubnis|genehmigung|mein einverständnis',
        '*rechtsgrundlage*|berechtigtes interesse|berechtigten interesse|berechtigten interessen',
        'ist|sind + das|dies|sowas|so was + legal|erlaubt|zulässig|rechtens|dsgvokonform|dsgvo konform|datenschutzkonform|überhaupt erlaubt',
        'dsgvokonform|dsgvo konform|datenschutzkonform',
        'warum|wieso|weshalb + schreiben|schreibt|schreibst|kontaktieren|kontaktiert|mailen|mailt|anschreiben|bekomme|erhalte|kriege + mir|mich|ich',
        'unaufgefordert|unverlangt|ungefragt',
      ],
      source: [
        'woher|wo + haben|habt|hast|hat|bekommen|bekommt|bekam|bekamen|stammen|stammt|kommen|kommt|kennen|kennt|kennst + meine|mein|meinen|mich|die|diese|adresse|*adresse|daten|kontakt*|nummer|*mail',
        'wie + sind|seid|bist|kommen|kommt|kommst|gelangt|gekommen + an|zu + meine|mein|meinen|daten|adresse|*adresse|kontakt*',
        'wer hat|wer haben + ihnen|euch|dir + meine|mein|meinen|daten|adresse|*adresse|kontakt*|nummer',
        'herkunft|quelle|ursprung|bezugsquelle + daten|*daten|adresse|*adresse|kontakt*|meiner',
        'gekauft|erworben|kaufen|gemietet + adresse|*adresse|daten|*daten|liste|meine',
        'art 14',
      ],
      access: [
        'welche|welcher|was für|alle + daten|*daten|informationen|infos|info|angaben|einträge + haben|habt|hast|gespeichert|speichern|speichert|verarbeiten|verarbeitet|vorliegen|liegen|besitzen|gesammelt + !lösch*|gelöscht|entfern*|vernicht*|vergess*|rechtsgrundlage|recht|grundlage|woher',
        'was + über mich|von mir|zu mir|zu meiner person + gespeichert|haben|habt|hast|wissen|wisst|weißt|speichern|vorliegen|gesammelt + !lösch*|gelöscht|entfern*|vernicht*|woher',
        '*auskunftsersuch*|*auskunftsrecht*|*auskunftsanspruch*|*auskunftsantrag*|*auskunftsbegehren*|datenauskunft|selbstauskunft',
        'auskunft + daten|dsgvo|art 15|gespeichert*|personenbezogen*|über mich|verlange|beantrage|fordere|erbitte|bitte um|bitte ich',
        'kopie + daten|*daten|meiner|gespeichert*|personenbezogen*',
        'art 15',
        'an wen|welche empfänger|wem|welchen firmen|welche firmen|dritte + weitergegeben|übermittelt|weitergeleitet|verkauft|gegeben|offengelegt',
        'wissen|erfahren|mitteilen|mitteilt|sagen + was|welche + über mich|gespeichert|von mir + !lösch*|gelöscht|entfern*|woher',
      ],
      rectification: [
        'berichtig*|korrigier*|aktualisier*|ändern|ändert|anpassen|richtigstell*|ausbessern + name*|namen|daten|angaben|titel|position|adresse|*adresse|eintrag|firma|schreibweise|jobtitel|funktion',
        'falsch|falsche|falschen|fehlerhaft*|unrichtig*|veraltet*|nicht korrekt|nicht richtig|nicht aktuell|nicht mehr aktuell + name*|namen|daten|angaben|titel|position|adresse|*adresse|eintrag|firma|geschrieben|jobtitel|funktion',
        'nicht mehr|seit + bei|für|im unternehmen|in der firma|dort|im haus + arbeite|tätig|beschäftigt|bin|angestellt|arbeitet',
        'arbeite|bin + nicht mehr + bei|für|im|dort',
        'verlassen + firma|unternehmen|arbeitgeber|gmbh|ag|acme',
        '*berichtigung*',
        'art 16',
        'veraltet*|nicht mehr aktuell @0.5',
      ],
      erasure: [
        'lösch*|gelöscht|entfern*|vernicht* + daten|*daten|alles|alle|mich|meine|mein|meinen|adresse|*adresse|kontakt*|eintrag|einträge|datensatz|profil|informationen|angaben + !versehentlich|aus versehen|weiterleiten|verteiler|*verteiler*|liste|newsletter',
        '*löschung*|*löschantrag*|*löschbegehren*|*löschanfrage*',
        'vergessenwerden|vergessen werden|recht auf löschung',
        'art 17',
        'nicht mehr|nicht langer|keinesfalls + speichern|gespeichert|aufbewahren|aufbewahrt|verarbeiten|verarbeitet|nutzen|verwenden|haben + daten|meine|adresse|*adresse',
        'aus + datenbank|*datenbank*|crm|system|systemen|kartei|adressbestand|*bestand',
      ],
      objection: [
        '*abmeld*|abbestell*|*austrag*|unsubscrib*|*abmelde*',
        'tragen|tragt|trag + mich|uns + aus',
        'nehmen|nehmt|nimm|streichen|streicht|streich|entfernen|entfernt|entfern|löschen|löscht|lösch + mich|uns|adresse|*adresse|mein|meine + verteiler|liste|*verteiler*|*liste|newsletter|mailing*',
        'von der liste|von ihrer liste|von eurer liste|von deiner liste|aus dem verteiler|aus ihrem verteiler|aus eurem verteiler|vom verteiler|aus der liste|von der mailingliste',
        'keine|kein + *mails|*mail|nachrichten|werbung|*werbung|newsletter|zusendungen|kontaktaufnahme|anfragen|post + mehr|weiteren|weitere',
        'schreiben|schreibt|schreib|kontaktieren|kontaktiert|kontaktier|mailen|mailt|anschreiben|belästigen|belästigt|senden|sendet|schicken|schickt + nicht mehr|nie wieder|nicht wieder|nicht weiter',
        'hör auf|hören sie auf|hört auf|aufhören|unterlassen sie|unterlasst|unterlass + schreiben|mailen|kontaktieren|schicken|senden|belästigen|zu schreiben|zu mailen|zu kontaktieren|kontaktaufnahme|zuzuschicken|zu schicken',
        'nicht mehr|nicht weiter + kontaktiert|angeschrieben|angemailt|belästigt|erhalten|bekommen|beschrieben',
        'widersprech*|widerspreche|*widerspruch*',
        'in ruhe lassen|lass mich in ruhe|lasst mich in ruhe|lassen sie mich in ruhe',
        'art 21',
        'stopp|stop @0.5',
      ],
      notInterested: [
        'kein|keinerlei|null + interesse|bedarf',
        'nicht + interessiert|interessant|relevant|zuständig|der richtige|die richtige|der passende|benötigt|nötig|priorität',
        'brauchen|brauche|benötigen|benötige + wir nicht|ich nicht|das nicht|so etwas nicht|sowas nicht|nicht|kein|keine',
        'bereits|schon + anbieter|lösung|dienstleister|partner|agentur|vertrag|system|tool|versorgt|abgedeckt|zufrieden|jemanden|einen|eine|im einsatz',
        'passt + nicht|gerade nicht|uns nicht',
        'falsche|falscher + ansprechpartner|ansprechpartnerin|person|kontakt',
        'danke nein|danke aber nein|derzeit nicht|aktuell nicht|momentan nicht|zurzeit nicht|vielleicht spater',
      ],
      complaint: [
        '*beschwer*',
        '*datenschutzbehörd*|*aufsichtsbehörd*|landesdatenschutzbeauftragt*|bfdi|datenschutzaufsicht|bundesnetzagentur|verbraucherzentrale',
        'melden|melde|anzeigen|anzeige|zeige + sie|euch|dich|das|dies|polizei|behörde|spam|weiter',
        'anzeige erstatten|erstatte anzeige|erstatten anzeige|*strafanzeige*',
        'anwalt|anwältin|rechtsanwalt*|*abmahn*|rechtliche schritte|klage|klagen|verklagen|gericht|unterlassungserklärung',
        'unerlaubt*|unerwünscht*|unzulässig*|illegal* + werbung|*werbung|email|*mail|*mails|zusendung|kontaktaufnahme',
        'verstoß*|verstoßt|verletz* + dsgvo|uwg|datenschutz*|gesetz|recht',
        'uwg|ds gvo verstoß|dsgvoverstoß',
        'spam @0.5',
        'rechtswidrig|illegal|gesetzwidrig|bußgeld @0.5',
      ],
      autoReply: [
        'nicht im büro|nicht im haus|nicht erreichbar|abwesend|außer haus|auf reisen|im urlaub|in elternzeit|im mutterschutz|krankgeschrieben|krank|auf dienstreise + bis|ab|zurück|wieder|vom|am',
        'automatische antwort|abwesenheitsnotiz|abwesenheitsmeldung|abwesenheitsnachricht|autoreply|out of office|automatische abwesenheit',
        'ich bin + bis + nicht|abwesend|im urlaub|unterwegs|krank|in elternzeit',
        'ich bin|bin ich + wieder erreichbar|wieder im büro|wieder im haus|wieder zurück|zurück im büro|wieder für sie da',
        'in dringenden fällen|bei dringenden anliegen|in dringenden angelegenheiten|dringende anfragen|in eiligen fällen',
        'nicht + weitergeleitet|gelesen|bearbeitet + *mail|*mails|nachricht*|e mail',
      ],
    },
    filterPhrases: [
      'abmelden',
      'abbestellen',
      'austragen',
      'tragen sie mich aus',
      'aus dem verteiler',
      'von der liste nehmen',
      'keine e-mails mehr',
      'keine weiteren e-mails',
      'schreiben sie mir nicht mehr',
      'kontaktieren sie mich nicht mehr',
      'ich widerspreche',
      'löschen sie meine daten',
      'meine daten löschen',
      'löschung meiner daten',
      'recht auf vergessenwerden',
    ],
  },
  reply: {
    greeting: ['Guten Tag {name},', 'Guten Tag,'],
    thanks: ['vielen Dank für Ihre Nachricht vom {receivedDate}.', 'vielen Dank für Ihre Nachricht.'],
    legalBasis: {
      answer: [
        [
          'Sie haben gefragt, auf welcher Grundlage wir Sie kontaktiert haben. Wir stützen uns auf unsere berechtigten Interessen nach Art. 6 Abs. 1 lit. f {gdpr}.',
        ],
        [['Was wir anbieten: {purpose}.'], ['Warum wir gerade Ihnen geschrieben haben: {interest}.']],
      ],
      oneAtATime: [
        'Wir schreiben Ansprechpartner in Unternehmen einzeln an, nicht per Massenversand.',
      ],
      offerObjection: [
        'Sie können dem jederzeit nach Art. 21 Abs. 2 {gdpr} widersprechen: Antworten Sie einfach mit „{keyword}“, dann werden wir Sie nicht mehr kontaktieren.',
      ],
    },
    source: {
      answer: [
        [
          [
            'Wir haben Ihre Daten aus folgender Quelle erhalten: {source} (am {sourceDate}).',
            'Wir haben Ihre Daten aus folgender Quelle erhalten: {source}.',
            'Wir haben Ihre Daten nicht bei Ihnen selbst erhoben.',
          ],
          ['Betroffene Daten: {categories}.'],
        ],
      ],
      offerErasure: ['Wenn Sie nicht möchten, dass wir sie behalten, teilen Sie es uns mit; dann löschen wir sie und kontaktieren Sie nicht mehr.'],
    },
    access: {
      intro: [
        'Sie haben gefragt, welche personenbezogenen Daten wir über Sie gespeichert haben. Wir bestätigen, dass wir Sie betreffende personenbezogene Daten verarbeiten. Nach Art. 15 {gdpr} erhalten Sie hier eine Kopie dieser Daten und die Informationen, auf die Sie Anspruch haben.',
      ],
      introBeforeErasure: [
        'Sie haben gefragt, welche personenbezogenen Daten wir über Sie gespeichert haben, und um deren Löschung gebeten. Wir bestätigen, dass wir Sie betreffende personenbezogene Daten verarbeiten. Nach Art. 15 {gdpr} finden Sie unten eine Kopie dieser Daten und die Informationen, auf die Sie Anspruch haben; unmittelbar nach dem Versand dieser Antwort löschen wir die Daten.',
      ],
      dataHeading: 'Die personenbezogenen Daten, die wir über Sie gespeichert haben:',
      items: {
        a: [
          'a) Verarbeitungszwecke (auf Grundlage unserer berechtigten Interessen, Art. 6 Abs. 1 lit. f {gdpr}): {purpose}.',
          'a) Verarbeitungszwecke: Direktwerbung, das heißt Informationen über unsere Produkte und Dienstleistungen für Unternehmen, auf Grundlage unserer berechtigten Interessen (Art. 6 Abs. 1 lit. f {gdpr}).',
        ],
        b: ['b) Kategorien personenbezogener Daten: {categories}.', 'b) Kategorien personenbezogener Daten: die geschäftlichen Kontaktdaten, unter denen wir Ihnen geschrieben haben.'],
        c: ['c) Empfänger: {recipients}.', 'c) Empfänger: {missing}.'],
        d: ['d) Speicherdauer: {retention}.', 'd) Speicherdauer: Wir speichern Ihre Daten nur so lange, wie wir sie für diesen Zweck benötigen.'],
        e: 'e) Sie haben das Recht auf Berichtigung oder Löschung Ihrer personenbezogenen Daten oder auf Einschränkung der Verarbeitung sowie ein Widerspruchsrecht gegen diese Verarbeitung (Art. 16, 17, 18 und 21 {gdpr}).',
        f: [
          'f) Sie haben das Recht, Beschwerde bei einer Aufsichtsbehörde einzulegen (Art. 77 {gdpr}), insbesondere in dem Land, in dem Sie leben oder arbeiten oder in dem der mutmaßliche Verstoß stattgefunden hat. Zuständig für Ihr Land ({country}): {authority}, {authorityUrl}',
          'f) Sie haben das Recht, Beschwerde bei einer Aufsichtsbehörde einzulegen (Art. 77 {gdpr}), insbesondere in dem Land, in dem Sie leben oder arbeiten oder in dem der mutmaßliche Verstoß stattgefunden hat. Zuständig für Ihr Land ({country}): {authority}.',
          'f) Sie haben das Recht, Beschwerde bei einer Aufsichtsbehörde einzulegen (Art. 77 {gdpr}), insbesondere in dem Land, in dem Sie leben oder arbeiten oder in dem der mutmaßliche Verstoß stattgefunden hat.',
        ],
        g: ['g) Herkunft der Daten: {source} (erhalten am {sourceDate}).', 'g) Herkunft der Daten: {source}.', 'g) Herkunft der Daten: Wir haben Ihre Daten nicht bei Ihnen selbst erhoben.'],
        h: [
          'h) Automatisierte Entscheidungsfindung einschließlich Profiling: {automated}.',
          'h) Automatisierte Entscheidungsfindung einschließlich Profiling: Wir treffen keine Entscheidungen über Sie, die ausschließlich auf einer automatisierten Verarbeitung beruhen (Art. 22 {gdpr}).',
        ],
      },
      itemsUk: {
        ea: [
          'ea) Sie haben das Recht, sich bei uns zu beschweren (Section 164A des Data Protection Act 2018): Schreiben Sie an {privacyEmail}. Wir bestätigen den Eingang Ihrer Beschwerde innerhalb von 30 Tagen und teilen Ihnen das Ergebnis mit.',
          'ea) Sie haben das Recht, sich bei uns zu beschweren (Section 164A des Data Protection Act 2018): Antworten Sie einfach auf diese E-Mail. Wir bestätigen den Eingang Ihrer Beschwerde innerhalb von 30 Tagen und teilen Ihnen das Ergebnis mit.',
        ],
        f: [
          'f) Sie haben das Recht, Beschwerde bei der Aufsichtsbehörde des Vereinigten Königreichs einzulegen (Section 165 des Data Protection Act 2018): {authority}, {authorityUrl}',
          'f) Sie haben das Recht, Beschwerde bei der Aufsichtsbehörde des Vereinigten Königreichs einzulegen (Section 165 des Data Protection Act 2018): {authority}.',
          'f) Sie haben das Recht, Beschwerde bei der Aufsichtsbehörde des Vereinigten Königreichs einzulegen (Section 165 des Data Protection Act 2018).',
        ],
      },
      transfers: {
        eu: {
          none: 'Übermittlung in Drittländer (Art. 15 Abs. 2 {gdpr}): Wir übermitteln Ihre personenbezogenen Daten nicht in Länder außerhalb des Europäischen Wirtschaftsraums (EWR).',
          adequacy: [
            'Übermittlung in Drittländer (Art. 15 Abs. 2 {gdpr}): Ihre personenbezogenen Daten werden in ein Drittland übermittelt ({destination}), für das die Europäische Kommission einen Angemessenheitsbeschluss erlassen hat (Art. 45 {gdpr}).',
            'Übermittlung in Drittländer (Art. 15 Abs. 2 {gdpr}): Ihre personenbezogenen Daten werden nur in Länder übermittelt, für die die Europäische Kommission einen Angemessenheitsbeschluss erlassen hat (Art. 45 {gdpr}).',
          ],
          scc: [
            'Übermittlung in Drittländer (Art. 15 Abs. 2 {gdpr}): Ihre personenbezogenen Daten werden in ein Drittland übermittelt ({destination}), auf Grundlage der von der Europäischen Kommission erlassenen Standarddatenschutzklauseln (Art. 46 Abs. 2 lit. c {gdpr}). Eine Kopie erhalten Sie auf Anfrage.',
            'Übermittlung in Drittländer (Art. 15 Abs. 2 {gdpr}): Ihre personenbezogenen Daten werden in Länder außerhalb des EWR übermittelt, auf Grundlage der von der Europäischen Kommission erlassenen Standarddatenschutzklauseln (Art. 46 Abs. 2 lit. c {gdpr}). Eine Kopie erhalten Sie auf Anfrage.',
          ],
          unknown: 'Übermittlung in Drittländer (Art. 15 Abs. 2 {gdpr}): {missing}.',
        },
        uk: {
          none: 'Übermittlung außerhalb des Vereinigten Königreichs (Art. 15 Abs. 2 {gdpr}): Wir übermitteln Ihre personenbezogenen Daten nicht in Länder außerhalb des Vereinigten Königreichs.',
          adequacy: [
            'Übermittlung außerhalb des Vereinigten Königreichs (Art. 15 Abs. 2 {gdpr}): Ihre personenbezogenen Daten werden in ein Drittland übermittelt ({destination}), für das Übermittlungen durch britische Verordnung genehmigt sind (Art. 45A {gdpr}).',
            'Übermittlung außerhalb des Vereinigten Königreichs (Art. 15 Abs. 2 {gdpr}): Ihre personenbezogenen Daten werden nur in Länder übermittelt, für die Übermittlungen durch britische Verordnung genehmigt sind (Art. 45A {gdpr}).',
          ],
          scc: [
            'Übermittlung außerhalb des Vereinigten Königreichs (Art. 15 Abs. 2 {gdpr}): Ihre personenbezogenen Daten werden in ein Drittland übermittelt ({destination}), auf Grundlage des International Data Transfer Agreement oder des UK Addendum zu den EU-Standardvertragsklauseln (Art. 46 {gdpr}). Eine Kopie erhalten Sie auf Anfrage.',
            'Übermittlung außerhalb des Vereinigten Königreichs (Art. 15 Abs. 2 {gdpr}): Ihre personenbezogenen Daten werden in Länder außerhalb des Vereinigten Königreichs übermittelt, auf Grundlage des International Data Transfer Agreement oder des UK Addendum zu den EU-Standardvertragsklauseln (Art. 46 {gdpr}). Eine Kopie erhalten Sie auf Anfrage.',
          ],
          unknown: 'Übermittlung außerhalb des Vereinigten Königreichs (Art. 15 Abs. 2 {gdpr}): {missing}.',
        },
      },
      outro: ['Diese Kopie ist unentgeltlich. Wenn Sie sie in einem anderen Format wünschen, geben Sie uns einfach Bescheid.'],
    },
    rectification: [
      [
        'Sie haben uns gebeten, Ihre Daten zu berichtigen.',
        ['Wir haben sie wie folgt berichtigt: {correction}.', 'Wir haben sie wie gewünscht berichtigt.'],
        'Sollte noch etwas unrichtig sein, teilen Sie es uns bitte mit; wir berichtigen es unverzüglich (Art. 16 {gdpr}).',
      ],
    ],
    erasure: [
      [
        'Wie gewünscht haben wir Ihre personenbezogenen Daten aus unseren Kontaktlisten und E-Mail-Systemen gelöscht (Art. 17 {gdpr}); wir werden Sie nicht mehr kontaktieren.',
        ['Auch die Empfänger Ihrer Daten haben wir über die Löschung informiert: {recipients}.'],
      ],
    ],
    erasureAfterAccess: [
      [
        'Wie gewünscht löschen wir Ihre personenbezogenen Daten unmittelbar nach dem Versand dieser Antwort aus unseren Kontaktlisten und E-Mail-Systemen (Art. 17 {gdpr}); wir werden Sie nicht mehr kontaktieren.',
        ['Auch die Empfänger Ihrer Daten werden wir über die Löschung informieren: {recipients}.'],
      ],
    ],
    objection: [
      [
        'Sie haben uns mitgeteilt, dass Sie keine Nachrichten mehr von uns erhalten möchten. Wir haben alle E-Mails an Sie eingestellt und verarbeiten Ihre Daten nicht mehr für Zwecke der Direktwerbung (Art. 21 Abs. 2 und 3 {gdpr}).',
        'Ihre Daten haben wir aus unseren Akquiselisten gelöscht.',
      ],
    ],
    notInterested: [
      [
        'Vielen Dank für Ihre Rückmeldung, und entschuldigen Sie die Störung. Wir werden Sie dazu nicht mehr kontaktieren und haben Ihre Daten aus unseren Akquiselisten gelöscht.',
      ],
    ],
    complaint: [
      [
        'Es tut uns leid, dass unsere E-Mail bei Ihnen Bedenken ausgelöst hat. Wir nehmen den Datenschutz ernst und würden die Angelegenheit gern direkt mit Ihnen klären.',
      ],
    ],
    suppression: {
      address: [
        'Damit Sie nicht versehentlich erneut kontaktiert werden, bewahren wir nur eines auf: Ihre E-Mail-Adresse auf unserer Sperrliste. Wir verwenden sie für nichts anderes.',
      ],
      hash: [
        'Damit Sie nicht versehentlich erneut kontaktiert werden, bewahren wir nur eines auf: einen Hashwert (einen SHA-256-Fingerabdruck) Ihrer E-Mail-Adresse auf unserer Sperrliste. Daran erkennen wir Ihre Adresse, falls sie in einer künftigen Liste auftaucht; für etwas anderes verwenden wir ihn nicht.',
      ],
    },
    authority: [
      'Wenn Sie mit unserer Antwort nicht zufrieden sind, haben Sie das Recht, Beschwerde bei einer Aufsichtsbehörde einzulegen (Art. 77 {gdpr}), insbesondere in dem Land, in dem Sie leben oder arbeiten oder in dem der mutmaßliche Verstoß stattgefunden hat.',
      ['Zuständig für Ihr Land ({country}): {authority}, {authorityUrl}', 'Zuständig für Ihr Land ({country}): {authority}.'],
    ],
    authorityUk: [
      'Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich bei uns beschweren (Section 164A des Data Protection Act 2018) und Beschwerde bei der Aufsichtsbehörde des Vereinigten Königreichs einlegen (Section 165 desselben Gesetzes).',
      ['Aufsichtsbehörde des Vereinigten Königreichs: {authority}, {authorityUrl}', 'Aufsichtsbehörde des Vereinigten Königreichs: {authority}.'],
    ],
    contact: [
      ['Bei weiteren Fragen schreiben Sie uns bitte an {privacyEmail}.', 'Bei weiteren Fragen antworten Sie einfach auf diese E-Mail.'],
      ['Sie können sich auch an unseren Datenschutzbeauftragten wenden: {dpo}.'],
      ['Unser Vertreter in der Union (Art. 27 {gdpr}): {euRepresentative}.'],
      ['Unser Vertreter im Vereinigten Königreich (Art. 27 {gdpr}): {ukRepresentative}.'],
      ['Unsere vollständige Datenschutzerklärung: {privacyNoticeUrl}'],
    ],
    closing: 'Mit freundlichen Grüßen',
    missing: '[noch zu ergänzen]',
    categories: {
      name: 'Name',
      email: 'E-Mail-Adresse',
      phone: 'Telefonnummer',
      company: 'Unternehmen',
      jobTitle: 'Funktion',
      profile: 'berufliches Profil (etwa LinkedIn)',
      website: 'Website des Unternehmens',
      location: 'Standort',
      industry: 'Branche',
    },
  },
};

export default de;
