import type { MessageKind } from '../../../src/lib/replies/kinds';
import type { LanguageCode } from '../../../src/lib/replies/languages';

/**
 * Realistic replies to a cold email, as people write them: greetings, signatures, typos, quoted
 * original mail. `kinds` is what a careful reader would tick: one kind must be ranked first; two
 * kinds must be the top two, in either order.
 */
export interface SampleMessage {
  language: LanguageCode;
  kinds: [MessageKind] | [MessageKind, MessageKind];
  text: string;
}

export const MESSAGES: SampleMessage[] = [
  // English
  { language: 'en', kinds: ['source', 'erasure'], text: 'Hi,\n\nWhere did you get my email address? I have never heard of your company. Please delete my data.\n\nJonas' },
  { language: 'en', kinds: ['objection'], text: 'Please take me off your mailing list. Thanks.' },
  { language: 'en', kinds: ['legalBasis'], text: 'What right do you have to email me? I never signed up for anything from you.' },
  { language: 'en', kinds: ['access'], text: 'Dear Sir or Madam,\n\nUnder Article 15 GDPR I would like a copy of all the personal data you hold about me, and to know who you have shared it with.\n\nRegards,\nA. Novak' },
  { language: 'en', kinds: ['notInterested'], text: "Thanks Maya, but we're not interested at the moment. We already have a provider for this." },
  { language: 'en', kinds: ['complaint', 'objection'], text: 'This is spam. Stop emailing me or I will report you to the ICO.' },
  { language: 'en', kinds: ['rectification'], text: 'Hi, I no longer work at Acme, I left the company in January. Your records are out of date.' },
  { language: 'en', kinds: ['objection'], text: 'unsubscribe\n\nOn Tue, 3 Mar 2026 at 09:12, Maya Ortiz <maya@kestrel.example> wrote:\n> Hi Jonas, what do you hold on your mail servers?\n> Delete this if not relevant.' },

  // German
  { language: 'de', kinds: ['source', 'erasure'], text: 'Guten Tag,\n\nwoher haben Sie meine E-Mail-Adresse? Ich bitte um sofortige Löschung meiner Daten.\n\nMit freundlichen Grüßen\nKlaus Weber' },
  { language: 'de', kinds: ['objection'], text: 'Bitte nehmen Sie mich aus Ihrem Verteiler. Keine weiteren E-Mails, danke.' },
  { language: 'de', kinds: ['legalBasis'], text: 'Mit welchem Recht schreiben Sie mich an? Ich habe nie eingewilligt, Werbung von Ihnen zu bekommen.' },
  { language: 'de', kinds: ['access'], text: 'Sehr geehrte Damen und Herren,\n\nich bitte um Auskunft nach Art. 15 DSGVO: Welche Daten haben Sie über mich gespeichert?\n\nMfG' },
  { language: 'de', kinds: ['complaint', 'legalBasis'], text: 'Das ist unerlaubte Werbung nach UWG. Ohne meine Einwilligung dürfen Sie mir nicht schreiben. Ich werde mich bei der Datenschutzbehörde beschweren.' },
  { language: 'de', kinds: ['notInterested'], text: 'Hallo Frau Ortiz, danke, aber kein Interesse. Wir haben bereits einen Anbieter.' },
  { language: 'de', kinds: ['rectification'], text: 'Hallo, ich arbeite nicht mehr bei der Acme GmbH. Ihre Daten sind veraltet.' },
  { language: 'de', kinds: ['erasure'], text: 'Hallo,\n\nLöschen Sie bitte alles, was Sie über mich gespeichert haben, und bestätigen Sie mir das kurz.\n\nGruß\nSabine Krüger' },
  { language: 'de', kinds: ['source'], text: 'Moin,\nich will wissen, woher Sie meine Daten haben. Ich hab mich nirgends eingetragen.\nJan' },
  { language: 'de', kinds: ['objection'], text: 'hallo zusammen, bitte nehmt mich von der liste, ich krieg jeden tag mails von euch. danke' },
  { language: 'de', kinds: ['autoReply'], text: 'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14. März nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@acme.example.\n\nMit freundlichen Grüßen\nThomas Meier' },

  // French
  { language: 'fr', kinds: ['source', 'erasure'], text: 'Bonjour,\n\nOù avez-vous obtenu mon adresse e-mail ? Merci de supprimer mes données de votre base de données.\n\nCordialement,\nClaire Martin' },
  { language: 'fr', kinds: ['objection'], text: 'Merci de me désinscrire de votre liste, je ne souhaite plus recevoir vos messages.' },
  { language: 'fr', kinds: ['legalBasis'], text: "De quel droit m'écrivez-vous ? Je n'ai jamais donné mon consentement." },
  { language: 'fr', kinds: ['access'], text: "Bonjour, conformément à l'article 15 du RGPD, je souhaite exercer mon droit d'accès : quelles données avez-vous sur moi ?" },
  { language: 'fr', kinds: ['complaint', 'objection'], text: "C'est du spam. Arrêtez de m'écrire ou je porte plainte auprès de la CNIL." },
  { language: 'fr', kinds: ['notInterested'], text: 'Bonjour, non merci, nous ne sommes pas intéressés. Nous avons déjà un prestataire.' },
  { language: 'fr', kinds: ['erasure'], text: 'Bonjour,\n\nJe vous demande de supprimer toutes les données que vous détenez sur moi, sans exception.\n\nBien à vous,\nPaul Girard' },
  { language: 'fr', kinds: ['objection'], text: 'bonjour, merci de ne plus m ecrire, ca fait 3 fois cette semaine. cdlt' },
  { language: 'fr', kinds: ['source', 'legalBasis'], text: "Bonjour,\nd'ou tenez vous mon adresse ? je ne vous ai jamais donné mon accord.\nMarc" },
  { language: 'fr', kinds: ['autoReply'], text: 'Bonjour,\n\nJe suis absente du bureau jusqu’au 28 février inclus, avec un accès limité à mes e-mails. En cas d’urgence, merci de contacter l’accueil.\n\nCordialement,\nSophie Bernard' },

  // Spanish
  { language: 'es', kinds: ['source', 'erasure'], text: 'Buenos días:\n\n¿De dónde han sacado mi correo? Les pido que borren mis datos de su base de datos.\n\nSaludos,\nLucía Pérez' },
  { language: 'es', kinds: ['objection'], text: 'Por favor, denme de baja de su lista. No quiero recibir más correos.' },
  { language: 'es', kinds: ['legalBasis'], text: '¿Con qué derecho me escriben? Nunca he dado mi consentimiento para esto.' },
  { language: 'es', kinds: ['access'], text: 'Hola, ejerzo mi derecho de acceso según el artículo 15 del RGPD. ¿Qué datos personales tienen sobre mí?' },
  { language: 'es', kinds: ['complaint', 'objection'], text: 'Esto es spam. Dejen de escribirme o presentaré una denuncia ante la AEPD.' },
  { language: 'es', kinds: ['notInterested'], text: 'Gracias, pero no nos interesa. Ya tenemos un proveedor.' },

  // Italian
  { language: 'it', kinds: ['source', 'erasure'], text: 'Buongiorno,\n\ndove avete preso il mio indirizzo email? Vi chiedo di cancellare i miei dati dal vostro database.\n\nCordiali saluti,\nMarco Rossi' },
  { language: 'it', kinds: ['objection'], text: 'Cancellatemi dalla vostra lista, non voglio più ricevere queste email.' },
  { language: 'it', kinds: ['legalBasis'], text: 'Con quale diritto mi scrivete? Non ho mai dato il consenso.' },
  { language: 'it', kinds: ['access'], text: "Buongiorno, ai sensi dell'articolo 15 del GDPR chiedo l'accesso ai miei dati: quali dati personali conservate su di me?" },
  { language: 'it', kinds: ['complaint', 'objection'], text: 'Questo è spam. Smettete di scrivermi o farò un reclamo al Garante della privacy.' },
  { language: 'it', kinds: ['notInterested'], text: 'Grazie, ma non siamo interessati. Abbiamo già un fornitore.' },

  // Dutch
  { language: 'nl', kinds: ['source', 'erasure'], text: 'Goedemiddag,\n\nWaar heeft u mijn e-mailadres vandaan? Verwijder mijn gegevens alstublieft.\n\nMet vriendelijke groet,\nPieter de Vries' },
  { language: 'nl', kinds: ['objection'], text: 'Graag afmelden. Ik wil geen mails meer van jullie ontvangen.' },
  { language: 'nl', kinds: ['legalBasis'], text: 'Met welk recht mailt u mij? Ik heb nooit toestemming gegeven.' },
  { language: 'nl', kinds: ['access'], text: 'Geachte heer/mevrouw, hierbij dien ik een inzageverzoek in op grond van artikel 15 AVG. Welke gegevens heeft u van mij?' },
  { language: 'nl', kinds: ['complaint', 'objection'], text: 'Dit is spam. Stop met mailen, anders dien ik een klacht in bij de Autoriteit Persoonsgegevens.' },
  { language: 'nl', kinds: ['notInterested'], text: 'Bedankt, maar geen interesse. We hebben al een leverancier.' },

  // Polish
  { language: 'pl', kinds: ['source', 'erasure'], text: 'Dzień dobry,\n\nskąd macie mój adres e-mail? Proszę usunąć moje dane z waszej bazy.\n\nPozdrawiam,\nAnna Kowalska' },
  { language: 'pl', kinds: ['objection'], text: 'Proszę wypisać mnie z listy mailingowej. Nie chcę otrzymywać więcej wiadomości.' },
  { language: 'pl', kinds: ['legalBasis'], text: 'Na jakiej podstawie do mnie piszecie? Nigdy nie wyrażałem zgody na kontakt.' },
  { language: 'pl', kinds: ['access'], text: 'Dzień dobry, na podstawie art. 15 RODO proszę o informację, jakie dane osobowe na mój temat przetwarzacie, oraz o kopię moich danych.' },
  { language: 'pl', kinds: ['complaint', 'objection'], text: 'To jest spam. Nie piszcie do mnie więcej, bo złożę skargę do UODO.' },
  { language: 'pl', kinds: ['notInterested'], text: 'Dziękuję, ale nie jesteśmy zainteresowani. Mamy już dostawcę.' },
  { language: 'pl', kinds: ['erasure'], text: 'Dzień dobry,\n\nproszę o usunięcie wszystkich danych, które Państwo o mnie przechowują.\n\nZ poważaniem\nPiotr Nowak' },
  { language: 'pl', kinds: ['objection'], text: 'prosze nie wysylac mi wiecej tych maili, nie jestem zainteresowany. pozdrawiam' },
  { language: 'pl', kinds: ['source'], text: 'Witam, skąd macie mój numer i maila? Nigdzie się nie rejestrowałem u was.' },
  { language: 'pl', kinds: ['autoReply'], text: 'Dzień dobry,\n\njestem na urlopie do 20 sierpnia. W pilnych sprawach proszę o kontakt z biurem.\n\nPozdrawiam\nMagda' },

  // Portuguese
  { language: 'pt', kinds: ['source', 'erasure'], text: 'Bom dia,\n\nonde obtiveram o meu endereço de e-mail? Peço que apaguem os meus dados da vossa base de dados.\n\nCumprimentos,\nJoão Silva' },
  { language: 'pt', kinds: ['objection'], text: 'Por favor, retirem-me da vossa lista. Não quero receber mais e-mails.' },
  { language: 'pt', kinds: ['legalBasis'], text: 'Com que direito me enviam este e-mail? Nunca dei o meu consentimento.' },
  { language: 'pt', kinds: ['access'], text: 'Bom dia, ao abrigo do artigo 15.º do RGPD, solicito o acesso aos meus dados: que dados pessoais têm sobre mim?' },
  { language: 'pt', kinds: ['complaint', 'objection'], text: 'Isto é spam. Deixem de me enviar e-mails ou apresento queixa à CNPD.' },
  { language: 'pt', kinds: ['notInterested'], text: 'Obrigado, mas não temos interesse. Já temos um fornecedor.' },

  // Swedish
  { language: 'sv', kinds: ['source', 'erasure'], text: 'Hej,\n\nvar fick ni min e-postadress ifrån? Radera mina uppgifter, tack.\n\nMvh\nErik Johansson' },
  { language: 'sv', kinds: ['objection'], text: 'Ta bort mig från er lista. Jag vill inte ha fler mejl.' },
  { language: 'sv', kinds: ['legalBasis'], text: 'Med vilken rätt mejlar ni mig? Jag har aldrig gett mitt samtycke.' },
  { language: 'sv', kinds: ['access'], text: 'Hej, jag begär ett registerutdrag enligt artikel 15 i dataskyddsförordningen. Vilka uppgifter har ni om mig?' },
  { language: 'sv', kinds: ['complaint', 'objection'], text: 'Det här är spam. Sluta mejla mig, annars gör jag en anmälan till IMY.' },
  { language: 'sv', kinds: ['notInterested'], text: 'Tack, men vi är inte intresserade. Vi har redan en leverantör.' },

  // Russian
  { language: 'ru', kinds: ['source', 'erasure'], text: 'Здравствуйте!\n\nОткуда у вас мой адрес? Прошу удалить мои данные из вашей базы.\n\nС уважением,\nИван Петров' },
  { language: 'ru', kinds: ['objection'], text: 'Пожалуйста, отпишите меня от рассылки и больше не пишите мне.' },
  { language: 'ru', kinds: ['legalBasis'], text: 'На каком основании вы мне пишете? Я не давал согласия на рассылку.' },
  { language: 'ru', kinds: ['access'], text: 'Здравствуйте. Согласно статье 15 GDPR прошу сообщить, какие персональные данные обо мне у вас есть, и прислать копию моих данных.' },
  { language: 'ru', kinds: ['complaint', 'objection'], text: 'Это спам. Прекратите рассылку, иначе я подам жалобу в надзорный орган.' },
  { language: 'ru', kinds: ['notInterested'], text: 'Спасибо, но нам не интересно. У нас уже есть поставщик.' },
  { language: 'ru', kinds: ['erasure'], text: 'Добрый день!\n\nПрошу удалить всё, что у вас хранится обо мне, и подтвердить удаление.\n\nАнна Смирнова' },
  { language: 'ru', kinds: ['objection'], text: 'не пишите мне больше, пожалуйста. уже третье письмо за неделю' },
  { language: 'ru', kinds: ['source'], text: 'Здравствуйте. Откуда у вас мой e-mail? Я вам его не давал.' },
  { language: 'ru', kinds: ['autoReply'], text: 'Добрый день! Я в отпуске до 15 июня, доступ к почте ограничен. По срочным вопросам обращайтесь к Ольге.\n\nС уважением,\nДмитрий' },
];
