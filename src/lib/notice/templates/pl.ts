import type { NoticeTemplateInput } from '../template-schema.ts';

/**
 * Polish. Addresses the reader as "Pani/Pan", as Polish information clauses (klauzule
 * informacyjne) do, and uses impersonal forms where that reads better. Terms follow the Polish
 * GDPR text (RODO): administrator, prawnie uzasadniony interes, prawo sprzeciwu, organ nadzorczy,
 * inspektor ochrony danych, marketing bezpośredni.
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
      transferNone: 'Nie przekazujemy Pani/Pana danych do państw spoza UE/EOG.',
      transferAdequacy:
        'Pani/Pana dane są przekazywane do państwa trzeciego ({destination}), wobec którego Komisja Europejska stwierdziła odpowiedni stopień ochrony (art. 45 RODO).',
      transferAdequacyAnywhere:
        'Jeśli przekazujemy Pani/Pana dane poza UE/EOG, to wyłącznie do państw, wobec których Komisja Europejska stwierdziła odpowiedni stopień ochrony (art. 45 RODO).',
      transferScc:
        'Pani/Pana dane są przekazywane do państwa trzeciego ({destination}) na podstawie standardowych klauzul ochrony danych przyjętych przez Komisję Europejską (art. 46 ust. 2 lit. c RODO).',
      transferSccAnywhere:
        'Jeśli przekazujemy Pani/Pana dane poza UE/EOG, odbywa się to na podstawie standardowych klauzul ochrony danych przyjętych przez Komisję Europejską (art. 46 ust. 2 lit. c RODO).',
    },
    uk: {
      legalBasis: 'art. 6 ust. 1 lit. f brytyjskiego RODO (UK GDPR)',
      representative: 'Nasz przedstawiciel w Zjednoczonym Królestwie (art. 27 UK GDPR): {representative}.',
      transferNone: 'Nie przekazujemy Pani/Pana danych do państw spoza Zjednoczonego Królestwa.',
      transferAdequacy:
        'Pani/Pana dane są przekazywane do państwa trzeciego ({destination}) objętego brytyjskimi przepisami o odpowiednim stopniu ochrony (UK adequacy regulations).',
      transferAdequacyAnywhere:
        'Jeśli przekazujemy Pani/Pana dane poza Zjednoczone Królestwo, to wyłącznie do państw objętych brytyjskimi przepisami o odpowiednim stopniu ochrony.',
      transferScc:
        'Pani/Pana dane są przekazywane do państwa trzeciego ({destination}) na podstawie brytyjskiej umowy International Data Transfer Agreement lub brytyjskiego aneksu (UK Addendum) do standardowych klauzul umownych UE.',
      transferSccAnywhere:
        'Jeśli przekazujemy Pani/Pana dane poza Zjednoczone Królestwo, odbywa się to na podstawie brytyjskiej umowy International Data Transfer Agreement lub brytyjskiego aneksu (UK Addendum) do standardowych klauzul umownych UE.',
    },
  },
  dataCategories: {
    name: 'imię i nazwisko',
    workEmail: 'służbowy adres e-mail',
    jobTitle: 'stanowisko',
    company: 'nazwa firmy',
    phone: 'służbowy numer telefonu',
    linkedin: 'adres profilu w serwisie LinkedIn',
    location: 'lokalizacja (miasto i kraj)',
  },
  months: { one: '{n} miesiąc', few: '{n} miesiące', many: '{n} miesięcy', other: '{n} miesiąca' },
  interests: {
    directMarketing: 'Naszym prawnie uzasadnionym interesem jest oferowanie naszych produktów i usług firmom, dla których są one istotne.',
    partnership: 'Naszym prawnie uzasadnionym interesem jest rozwijanie relacji biznesowych i partnerstw z firmami z naszej branży.',
    custom: 'Nasz prawnie uzasadniony interes: {interest}.',
  },
  sources: {
    other: { withDetail: 'Pani/Pana dane kontaktowe pochodzą z następującego źródła: {detail}.', withoutDetail: null },
    website: {
      withDetail: 'Pani/Pana dane kontaktowe znaleźliśmy na stronie internetowej Pani/Pana firmy ({detail}), czyli w źródle publicznie dostępnym.',
      withoutDetail: 'Pani/Pana dane kontaktowe znaleźliśmy na stronie internetowej Pani/Pana firmy, czyli w źródle publicznie dostępnym.',
    },
    linkedin: {
      withDetail: 'Pani/Pana dane kontaktowe znaleźliśmy dzięki publicznemu profilowi w serwisie LinkedIn ({detail}).',
      withoutDetail: 'Pani/Pana dane kontaktowe znaleźliśmy dzięki publicznemu profilowi w serwisie LinkedIn.',
    },
    register: {
      withDetail: 'Pani/Pana dane kontaktowe pochodzą z publicznego rejestru ({detail}).',
      withoutDetail: 'Pani/Pana dane kontaktowe pochodzą z publicznego rejestru.',
    },
    vendor: {
      withDetail: 'Pani/Pana dane kontaktowe otrzymaliśmy od dostawcy danych: {detail}.',
      withoutDetail: 'Pani/Pana dane kontaktowe otrzymaliśmy od dostawcy danych.',
    },
    referral: {
      withDetail: 'Pani/Pana dane kontaktowe otrzymaliśmy z polecenia (osoba polecająca: {detail}).',
      withoutDetail: 'Pani/Pana dane kontaktowe otrzymaliśmy z osobistego polecenia.',
    },
    event: {
      withDetail: 'Pani/Pana dane kontaktowe pochodzą z listy uczestników wydarzenia {detail}.',
      withoutDetail: 'Pani/Pana dane kontaktowe pochodzą z listy uczestników wydarzenia.',
    },
  },
  short: {
    whyGeneric: 'Piszemy, ponieważ uważamy, że nasza oferta może być przydatna w Pani/Pana pracy.',
    optOut: {
      reply: 'Aby nie otrzymywać od nas kolejnych wiadomości, wystarczy odpowiedzieć „{keyword}”.',
      link: 'Aby nie otrzymywać od nas kolejnych wiadomości, wystarczy skorzystać z tego linku: {link}',
      both: 'Aby nie otrzymywać od nas kolejnych wiadomości, wystarczy odpowiedzieć „{keyword}” lub skorzystać z tego linku: {link}',
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
      rights: 'Pani/Pana prawa',
      automated: 'Zautomatyzowane decyzje',
      more: 'Pełna polityka prywatności',
    },
    identityWithAddress: '{company}, {address}.',
    identityOnly: '{company}.',
    contact: 'Kontakt w sprawach ochrony danych: {email}.',
    dpo: 'Inspektor ochrony danych: {dpo}.',
    purpose: 'Przetwarzamy Pani/Pana dane, aby kontaktować się w sprawie produktów i usług, które mogą być przydatne w Pani/Pana pracy zawodowej.',
    basis: 'Podstawą prawną jest nasz prawnie uzasadniony interes ({basis}).',
    data: 'Przetwarzamy następujące dane: {categories}.',
    recipientsNamed: 'Dostawcy usług, którzy przetwarzają dane w naszym imieniu (podmioty przetwarzające): {list}.',
    recipientsGeneric: 'Wyłącznie dostawcy usług przetwarzający dane w naszym imieniu (podmioty przetwarzające), np. dostawcy poczty e-mail i systemu CRM.',
    emailPlatform: 'nasza platforma do wysyłki e-maili ({name})',
    crm: 'nasz system CRM ({name})',
    transferCopy: 'Kopię tych zabezpieczeń można uzyskać, pisząc na adres {email}.',
    retentionMonths: 'Usuwamy Pani/Pana dane {period} po naszym ostatnim kontakcie.',
    suppression: 'Po wniesieniu sprzeciwu zachowujemy wyłącznie adres e-mail na liście wykluczeń, aby już nigdy nie wysłać na niego wiadomości.',
    rights:
      'Przysługuje Pani/Panu prawo dostępu do danych, ich sprostowania, usunięcia i ograniczenia przetwarzania, prawo do przenoszenia danych oraz prawo wniesienia sprzeciwu wobec przetwarzania.',
    rightsContact: 'W tych sprawach prosimy pisać na adres {email}.',
    complaint: 'Przysługuje Pani/Panu również prawo wniesienia skargi do organu nadzorczego, w szczególności w państwie, w którym Pani/Pan mieszka lub pracuje.',
    complaintAuthority:
      'Przysługuje Pani/Panu również prawo wniesienia skargi do organu nadzorczego, w szczególności w państwie, w którym Pani/Pan mieszka lub pracuje, np.: {authority} ({url}).',
    automated: 'Nie podejmujemy decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu.',
  },
  objection: {
    label: 'Prawo sprzeciwu',
    reply:
      'W każdej chwili może Pani/Pan wnieść sprzeciw wobec przetwarzania danych na potrzeby marketingu bezpośredniego. Wystarczy odpowiedzieć „{keyword}”, a nie będziemy się więcej kontaktować.',
    link: 'W każdej chwili może Pani/Pan wnieść sprzeciw wobec przetwarzania danych na potrzeby marketingu bezpośredniego. Wystarczy skorzystać z tego linku, a nie będziemy się więcej kontaktować: {link}',
    both: 'W każdej chwili może Pani/Pan wnieść sprzeciw wobec przetwarzania danych na potrzeby marketingu bezpośredniego. Wystarczy odpowiedzieć „{keyword}” lub skorzystać z tego linku, a nie będziemy się więcej kontaktować: {link}',
    email: 'Można też napisać na adres {email}.',
  },
  footer: {
    optOut: {
      reply: 'Brak zainteresowania? Wystarczy odpowiedzieć „{keyword}”, a nie napiszemy ponownie.',
      link: 'Brak zainteresowania? Rezygnacja z wiadomości: {link}',
      both: 'Brak zainteresowania? Wystarczy odpowiedzieć „{keyword}” lub skorzystać z linku: {link}',
    },
    privacyUrl: 'Informacje o ochronie danych: {url}',
    privacyEmail: 'Pytania dotyczące ochrony danych: {email}',
  },
} satisfies NoticeTemplateInput;
