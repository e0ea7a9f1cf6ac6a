import type { NoticeTemplateInput } from '../template-schema.ts';

/**
 * Polish. Addresses the reader as "Państwo", the usual gender-neutral form of a company's letter
 * (as the reply composer does), instead of the "Pani/Pana" of printed information clauses. Terms
 * follow the Polish GDPR text (RODO): administrator, prawnie uzasadniony interes, prawo sprzeciwu,
 * organ nadzorczy, inspektor ochrony danych, marketing bezpośredni. Citations: "art. 6 ust. 1 lit. f RODO".
 */
export default {
  code: 'pl',
  englishName: 'Polish',
  nativeName: 'Polski',
  locale: 'pl-PL',
  labelSeparator: ': ',
  replyKeyword: 'nie, dziękuję',
  regions: {
    eu: {
      legalBasis: 'art. 6 ust. 1 lit. f RODO',
      representative: 'Nasz przedstawiciel w UE (art. 27 RODO): {representative}.',
      processedAbroad: 'Mamy siedzibę w państwie trzecim ({country}), poza Europejskim Obszarem Gospodarczym, i tam przetwarzamy Państwa dane.',
      transferNone: 'Nie przekazujemy Państwa danych poza Europejski Obszar Gospodarczy (EOG).',
      transferTo: 'Przekazujemy Państwa dane do państwa trzeciego ({destination}).',
      transferToUnnamed: 'Przekazujemy Państwa dane do państw spoza Europejskiego Obszaru Gospodarczego (EOG).',
      basis: {
        adequacy: 'Podstawą przekazania jest decyzja Komisji Europejskiej stwierdzająca odpowiedni stopień ochrony (art. 45 RODO).',
        dpf: 'Odbiorcami są przedsiębiorstwa z USA certyfikowane zgodnie z Ramami ochrony danych UE-USA (EU-U.S. Data Privacy Framework), objętymi decyzją Komisji Europejskiej stwierdzającą odpowiedni stopień ochrony (art. 45 RODO).',
        scc: 'Podstawą przekazania są standardowe klauzule ochrony danych przyjęte przez Komisję Europejską (art. 46 ust. 2 lit. c RODO).',
        bcr: 'Podstawą przekazania są wiążące reguły korporacyjne (art. 47 RODO).',
        derogation: 'Podstawą przekazania jest wyjątek przewidziany na szczególne sytuacje (art. 49 RODO).',
      },
      complaint:
        'Przysługuje Państwu również prawo wniesienia skargi do organu nadzorczego, w szczególności w państwie członkowskim Państwa zwykłego pobytu, Państwa miejsca pracy lub miejsca popełnienia domniemanego naruszenia.',
      complaintAuthority:
        'Przysługuje Państwu również prawo wniesienia skargi do organu nadzorczego, w szczególności w państwie członkowskim Państwa zwykłego pobytu, Państwa miejsca pracy lub miejsca popełnienia domniemanego naruszenia. Organ nadzorczy w Państwa kraju: {authority}, {url}.',
    },
    uk: {
      legalBasis: 'art. 6 ust. 1 lit. f brytyjskiego RODO (UK GDPR)',
      representative: 'Nasz przedstawiciel w Zjednoczonym Królestwie (art. 27 brytyjskiego RODO): {representative}.',
      processedAbroad: 'Mamy siedzibę w państwie trzecim ({country}), poza Zjednoczonym Królestwem, i tam przetwarzamy Państwa dane.',
      transferNone: 'Nie przekazujemy Państwa danych poza Zjednoczone Królestwo.',
      transferTo: 'Przekazujemy Państwa dane do państwa trzeciego ({destination}).',
      transferToUnnamed: 'Przekazujemy Państwa dane do państw spoza Zjednoczonego Królestwa.',
      basis: {
        adequacy: 'Przekazanie jest dozwolone na podstawie brytyjskich przepisów wydanych zgodnie z art. 45A brytyjskiego RODO.',
        dpf: 'Odbiorcami są przedsiębiorstwa z USA certyfikowane zgodnie z brytyjskim rozszerzeniem Ram ochrony danych UE-USA (UK Extension to the EU-U.S. Data Privacy Framework).',
        scc: 'Podstawą przekazania jest brytyjska umowa International Data Transfer Agreement lub brytyjski aneks (UK Addendum) do standardowych klauzul ochrony danych UE (art. 46 brytyjskiego RODO).',
        bcr: 'Podstawą przekazania są wiążące reguły korporacyjne (art. 47 brytyjskiego RODO).',
        derogation: 'Podstawą przekazania jest wyjątek przewidziany na szczególne sytuacje (art. 49 brytyjskiego RODO).',
      },
      complaint: 'Mogą Państwo również wnieść skargę do brytyjskiego organu nadzorczego na podstawie sekcji 165 Data Protection Act 2018.',
      complaintAuthority: 'Mogą Państwo również wnieść skargę do brytyjskiego organu nadzorczego na podstawie sekcji 165 Data Protection Act 2018: {authority}, {url}.',
      complaintToUs: 'Mogą Państwo złożyć do nas skargę na sposób, w jaki przetwarzamy Państwa dane osobowe (sekcja 164A Data Protection Act 2018): prosimy pisać na adres {email}. Potwierdzimy otrzymanie skargi w ciągu 30 dni i poinformujemy Państwa o wyniku jej rozpatrzenia.',
      complaintToUsNoEmail: 'Mogą Państwo złożyć do nas skargę na sposób, w jaki przetwarzamy Państwa dane osobowe (sekcja 164A Data Protection Act 2018). Potwierdzimy otrzymanie skargi w ciągu 30 dni i poinformujemy Państwa o wyniku jej rozpatrzenia.',
    },
  },
  dataCategories: {
    name: 'imię i nazwisko',
    workEmail: 'służbowy adres e-mail',
    jobTitle: 'stanowisko',
    company: 'nazwa firmy',
    phone: 'służbowy numer telefonu',
    linkedin: 'adres Państwa profilu w serwisie LinkedIn',
    location: 'lokalizacja (miasto i kraj)',
  },
  months: { one: '{n} miesiąc', few: '{n} miesiące', many: '{n} miesięcy', other: '{n} miesiąca' },
  interests: {
    directMarketing: 'Naszym prawnie uzasadnionym interesem jest oferowanie naszych produktów i usług firmom, dla których są one istotne.',
    partnership: 'Naszym prawnie uzasadnionym interesem jest rozwijanie relacji biznesowych i partnerstw z firmami z naszej branży.',
    custom: 'Nasz prawnie uzasadniony interes: {interest}.',
  },
  sources: {
    other: { withDetail: 'Państwa dane kontaktowe pochodzą z następującego źródła: {detail}.', withoutDetail: null },
    website: {
      withDetail: 'Państwa dane kontaktowe znaleźliśmy na stronie internetowej Państwa firmy ({detail}), czyli w źródle publicznie dostępnym.',
      withoutDetail: 'Państwa dane kontaktowe znaleźliśmy na stronie internetowej Państwa firmy, czyli w źródle publicznie dostępnym.',
    },
    linkedin: {
      withDetail: 'Państwa dane kontaktowe znaleźliśmy dzięki Państwa publicznemu profilowi w serwisie LinkedIn ({detail}).',
      withoutDetail: 'Państwa dane kontaktowe znaleźliśmy dzięki Państwa publicznemu profilowi w serwisie LinkedIn.',
    },
    register: {
      withDetail: 'Państwa dane kontaktowe pochodzą z publicznego rejestru ({detail}).',
      withoutDetail: 'Państwa dane kontaktowe pochodzą z publicznego rejestru.',
    },
    vendor: {
      withDetail: 'Państwa dane kontaktowe otrzymaliśmy od dostawcy danych: {detail}.',
      withoutDetail: 'Państwa dane kontaktowe otrzymaliśmy od dostawcy danych.',
    },
    referral: {
      withDetail: 'Państwa dane kontaktowe otrzymaliśmy z polecenia (osoba polecająca: {detail}).',
      withoutDetail: 'Państwa dane kontaktowe otrzymaliśmy z osobistego polecenia.',
    },
    event: {
      withDetail: 'Państwa dane kontaktowe pochodzą z listy uczestników wydarzenia {detail}.',
      withoutDetail: 'Państwa dane kontaktowe pochodzą z listy uczestników wydarzenia.',
    },
    pattern: {
      withDetail:
        'Państwa służbowy adres e-mail utworzyliśmy sami na podstawie Państwa imienia i nazwiska oraz publicznie stosowanego w Państwa firmie formatu adresów. Oba te elementy znaleźliśmy tutaj: {detail}.',
      withoutDetail:
        'Państwa służbowy adres e-mail utworzyliśmy sami na podstawie Państwa imienia i nazwiska oraz publicznie stosowanego w Państwa firmie formatu adresów.',
    },
  },
  short: {
    whyGeneric: 'Piszemy do Państwa, ponieważ uważamy, że nasza oferta może być przydatna w Państwa pracy.',
    optOut: {
      reply: 'Jeśli nie chcą Państwo otrzymywać od nas kolejnych wiadomości, wystarczy odpowiedzieć „{keyword}”.',
      link: 'Jeśli nie chcą Państwo otrzymywać od nas kolejnych wiadomości, wystarczy skorzystać z tego linku: {link}',
      both: 'Jeśli nie chcą Państwo otrzymywać od nas kolejnych wiadomości, wystarczy odpowiedzieć „{keyword}” lub skorzystać z tego linku: {link}',
    },
  },
  notice: {
    heading: 'Informacja o przetwarzaniu danych osobowych',
    labels: {
      identity: 'Administrator danych',
      purpose: 'Cel i podstawa prawna',
      data: 'Kategorie danych',
      source: 'Źródło danych',
      recipients: 'Odbiorcy',
      transfers: 'Przekazywanie do państw trzecich',
      retention: 'Okres przechowywania',
      rights: 'Państwa prawa',
      automated: 'Zautomatyzowane decyzje',
      more: 'Pełna polityka prywatności',
    },
    identityWithAddress: '{company}, {address}.',
    identityOnly: '{company}.',
    contact: 'Kontakt w sprawach ochrony danych: {email}.',
    dpo: 'Inspektor ochrony danych: {dpo}.',
    purpose: 'Przetwarzamy Państwa dane, aby kontaktować się z Państwem w sprawie produktów i usług, które mogą być przydatne w Państwa pracy zawodowej.',
    basis: 'Podstawą prawną jest nasz prawnie uzasadniony interes, o którym mowa w {basis}.',
    data: 'Przetwarzamy następujące Państwa dane: {categories}.',
    recipientsNamed: 'Dostawcy usług, którzy przetwarzają dane w naszym imieniu (podmioty przetwarzające): {list}.',
    recipientsGeneric: 'Wyłącznie dostawcy usług przetwarzający dane w naszym imieniu (podmioty przetwarzające), np. dostawcy poczty e-mail i systemu CRM.',
    emailPlatform: 'nasza platforma do wysyłki e-maili ({name})',
    crm: 'nasz system CRM ({name})',
    transferCopy: 'Kopię tych zabezpieczeń mogą Państwo uzyskać, pisząc na adres {email}.',
    retentionMonths: 'Usuwamy Państwa dane {period} po naszym ostatnim kontakcie z Państwem.',
    suppression: 'Jeśli wniosą Państwo sprzeciw, zachowamy wyłącznie Państwa adres e-mail na liście wykluczeń, aby już nigdy nie wysłać do Państwa wiadomości.',
    rights:
      'Przysługuje Państwu prawo dostępu do danych, ich sprostowania, usunięcia i ograniczenia przetwarzania, prawo do przenoszenia danych oraz prawo wniesienia sprzeciwu wobec przetwarzania.',
    rightsContact: 'W tych sprawach prosimy pisać na adres {email}.',
    swissAuthority:
      'Na podstawie szwajcarskiej federalnej ustawy o ochronie danych mogą Państwo również zgłosić podejrzenie naruszenia szwajcarskiemu organowi ochrony danych: {authority}, {url}.',
    automated: 'Nie podejmujemy decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu.',
  },
  objection: {
    label: 'Prawo sprzeciwu',
    reply:
      'W każdej chwili mogą Państwo wnieść sprzeciw wobec przetwarzania Państwa danych na potrzeby marketingu bezpośredniego. Wystarczy odpowiedzieć „{keyword}”, a nie będziemy się już z Państwem kontaktować.',
    link: 'W każdej chwili mogą Państwo wnieść sprzeciw wobec przetwarzania Państwa danych na potrzeby marketingu bezpośredniego. Wystarczy skorzystać z tego linku, a nie będziemy się już z Państwem kontaktować: {link}',
    both: 'W każdej chwili mogą Państwo wnieść sprzeciw wobec przetwarzania Państwa danych na potrzeby marketingu bezpośredniego. Wystarczy odpowiedzieć „{keyword}” lub skorzystać z tego linku, a nie będziemy się już z Państwem kontaktować: {link}',
    email: 'Mogą Państwo też napisać na adres {email}.',
  },
  footer: {
    optOut: {
      reply: 'Nie są Państwo zainteresowani? Wystarczy odpowiedzieć „{keyword}”, a nie napiszemy ponownie.',
      link: 'Nie są Państwo zainteresowani? Rezygnacja z wiadomości: {link}',
      both: 'Nie są Państwo zainteresowani? Wystarczy odpowiedzieć „{keyword}” lub skorzystać z linku: {link}',
    },
    privacyUrl: 'Informacje o ochronie danych: {url}',
    privacyEmail: 'Pytania dotyczące ochrony danych: {email}',
  },
} satisfies NoticeTemplateInput;
