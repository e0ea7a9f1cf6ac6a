import type { LanguagePackInput } from '../schema.ts';

/**
 * Polish. Terminology of the Polish version of the GDPR (RODO): administrator, prawnie
 * uzasadnione interesy, prawo do sprzeciwu, prawo do usunięcia danych, organ nadzorczy,
 * marketing bezpośredni. Citations in the Polish style: "art. 6 ust. 1 lit. f RODO". The reader
 * is addressed as "Państwo", the usual gender-neutral form of a company's letter.
 */
const pl: LanguagePackInput = {
  code: 'pl',
  name: 'Polski',
  englishName: 'Polish',
  locale: 'pl-PL',
  gdpr: { eu: 'RODO', uk: 'UK GDPR' },
  optOutKeyword: 'nie, dziękuję',
  terminology: 'Polska wersja językowa rozporządzenia (UE) 2016/679 (ogólne rozporządzenie o ochronie danych, RODO, EUR-Lex).',
  detection: {
    stopwords: ['nie', 'się', 'jest', 'na', 'do', 'że', 'to', 'moje', 'mój', 'moich', 'mnie', 'dla', 'czy', 'jak', 'jakie', 'skąd', 'proszę', 'dziękuję', 'dzień', 'dobry', 'pozdrawiam', 'oraz', 'lub', 'ale', 'już', 'państwa', 'państwo', 'tak', 'od', 'przez', 'jeśli', 'wasz', 'wasze', 'mam', 'dane', 'danych'],
    letters: 'ąęśćżźńł',
    quoteMarkers: ['napisał:', 'napisała:', 'napisał(a):', '-----oryginalna wiadomość-----', 'od:'],
    patterns: {
      legalBasis: [
        'jakim prawem|na jakiej podstawie|z jakiego prawa|kto pozwolił|kto pozwolil|kto dał prawo|kto dal prawo|kto upoważnił|kto upowaznil',
        'bez + zgody|mojej zgody|zezwolenia|pozwolenia',
        'nie|nigdy + wyraża*|wyrazi*|wyraza*|dawa*|dał*|dal*|udziela*|udzieli* + zgod*',
        'nie|nigdy + zapisywa*|zapisa*|zapisał*|rejestrowa*|zarejestrowa*|zgadza*|zgodzi*|zgodził*|zgadzał*',
        'podstaw* prawn*|uzasadnion* interes*|prawnie uzasadnion*',
        'czy to|to jest|czy to jest + legalne|zgodne z prawem|zgodne z rodo|dozwolone|w ogóle legalne',
        'dlaczego|czemu|po co + piszecie|piszesz|pisze pan|pisze pani|kontaktujecie|kontaktujesz|wysyłacie|wysylacie|wysyłasz|dostaję|dostaje + mi|mnie|do mnie',
        'niezamówion*|niezamowion*|niechcian*',
      ],
      source: [
        'skąd|skad|gdzie|jak + macie|masz|ma|ma pan|ma pani|mają|wzięli*|wzieli*|wzięliście|wziął*|wzięła|zdoby*|pozyska*|uzyska*|dosta*|znale*|mieć|wytrzasn* + adres*|mail|maila|e mail|email|dane|danych|numer|kontakt*|mój|moj*|mnie',
        'kto + dał|dal|przekazał|przekazal|sprzedał|sprzedal|udostępnił|udostepnil|podał|podal + adres*|mail|maila|dane|moje|mój|moj|kontakt*|numer + !prawo|zgod*',
        'źródł*|zrodl*|pochodzen* + danych|dane|adres*|moich',
        'kupi*|zakupi*|kupowa* + baz*|list*|dane|adres*',
        'art 14',
      ],
      access: [
        'jakie|jaki|które|ktore|wszystkie + dane|informacje|informacji|info + przetwarza*|posiada*|macie|masz|przechowuj*|zbiera*|gromadz*|na mój temat|na moj temat|o mnie|mnie dotycz* + !usu*|usun*|skasow*|skasuj*|wykasow*|wykasuj*|zapomn*|podstaw*|skąd|skad|prawem',
        'co + wiecie|wiesz|macie|masz|przechowuj* + o mnie|na mój temat|na moj temat + !usu*|usun*|skasow*|skasuj*|wykasow*|wykasuj*|wymaż*|wymaz*',
        'praw* dostęp*|praw* dostep*|dostęp* do danych|dostep* do danych|dostęp* do moich|dostep* do moich|wniosek o dostęp|żądanie dostępu|zadanie dostepu',
        'kopi* + danych|dane|moich',
        'art 15',
        'komu + przekaza*|udostępni*|udostepni*|sprzeda*|ujawni*',
      ],
      rectification: [
        'popraw*|sprostuj*|sprostowa*|zaktualizuj*|aktualiz*|zmień|zmiencie|zmieńcie|zmienić|zmienic|koryg* + imię|imie|nazwisk*|dane|danych|stanowisk*|adres*|firm*|tytuł*|informacj*',
        'błędn*|bledn*|nieprawidłow*|nieprawidlow*|nieaktualn*|niepoprawn*|źle|zle|literówk* + imię|imie|nazwisk*|dane|stanowisk*|adres*|firm*|napisane|napisan*|zapisane',
        'już nie pracuję|juz nie pracuje|nie pracuję już|nie pracuje juz|nie jestem już|nie jestem juz|już nie jestem|juz nie jestem + w|dla|u|tam|zatrudnion*|pracownikiem',
        'nie pracuję|nie pracuje + w|dla|u|tam|już|juz',
        'odszedł*|odszedl*|odeszła|odeszla|odszedłem|odeszłam|zmieniłem pracę|zmieniłam pracę|zmienilem prace|zmienilam prace|odszedłem z firmy',
        'sprostowani*',
        'art 16',
        'nieaktualn* @0.5',
      ],
      erasure: [
        'usu*|skasow*|skasuj*|wykasow*|wykasuj*|wymaż*|wymaz*|zniszcz* + dane|danych|moje|mnie|mój|moj*|wszystko|wszystkie|informacj*|adres*|kontakt*|profil* + !przez pomyłkę|przez pomylke|przypadkiem|prześl*|przesl*|list*|mailing*|newslett*|subskryp*|wysył*',
        'prawo do bycia zapomnianym|bycia zapomnianym|prawo do usunięcia|prawo do usuniecia',
        'art 17',
        'nie + przechowywa*|przetwarza*|trzyma*|przechowuj* + danych|dane|moich',
        'z bazy|z waszej bazy|z pana bazy|z pani bazy|z bazy danych|z crm|z systemu|z systemów',
      ],
      objection: [
        'wypisa*|wypisz*|wypiszcie|wypisanie|odsubskryb*|unsubscrib*|rezygnuj*|zrezygnow*',
        'usu*|skreśl*|skresl*|wykreśl*|wykresl* + mnie|mój adres|moj adres + list*|mailing*|newslett*|subskryp*|wysył*|wysyl*',
        'z listy|z listy mailingowej|z mailingu|z newslettera|z listy wysyłkowej|z listy wysylkowej|z bazy mailingowej',
        'nie + piszcie|pisz|pisać|pisac|wysyłajcie|wysylajcie|wysyłaj|wysylaj|wysyłać|wysylac|kontaktujcie|kontaktuj|kontaktować|kontaktowac|przysyłajcie|przysylajcie|przysyłać|przysylac|spamujcie|spamuj|spamować|spamowac|nękajcie|nekajcie|nękać|nekac',
        'nie chcę|nie chce|nie życzę sobie|nie zycze sobie|nie chcemy + otrzymywać|otrzymywac|dostawać|dostawac|więcej|wiecej|kontaktu|maili|wiadomości|wiadomosci|ofert',
        'przestań|przestan|przestańcie|przestancie|proszę przestać|prosze przestac + pisać|pisac|wysyłać|wysylac|spamować|spamowac|kontaktować|kontaktowac|mi|do mnie',
        'więcej|wiecej|żadnych|zadnych + maili|maile|wiadomości|wiadomosci|e maili|emaili|ofert|spamu',
        'sprzeciw|sprzeciwiam|wnoszę sprzeciw|wnosze sprzeciw',
        'dajcie mi spokój|daj mi spokój|dajcie spokój|dajcie mi spokoj|daj mi spokoj|zostawcie mnie w spokoju',
        'art 21',
        'stop @0.5',
      ],
      notInterested: [
        'nie + jestem zainteresowany|jestem zainteresowana|jesteśmy zainteresowani|jestesmy zainteresowani|interesuje|zainteresowan*|jest dla nas|dotyczy nas|na czasie',
        'brak + zainteresowania|potrzeby|zapotrzebowania',
        'nie + potrzebujemy|potrzebuję|potrzebuje|potrzeba',
        'już|juz + mamy|mam|korzystamy|współpracujemy|wspolpracujemy|posiadamy + dostawc*|rozwiązani*|rozwiazani*|narzędzi*|narzedzi*|firm*|partner*|agencj*|kogoś|kogos|umow*|takie',
        'nie jestem właściwą osobą|nie jestem wlasciwa osoba|niewłaściwa osoba|niewlasciwa osoba|nie zajmuję się|nie zajmuje sie|nie odpowiadam za',
        'nie teraz|może później|moze pozniej|na razie nie|w tej chwili nie|obecnie nie',
      ],
      complaint: [
        'skarg*|zgłoszeni*|zgloszeni*|zgłoszę|zglosze|zawiadomieni*|donies*|donos*',
        'uodo|urząd ochrony danych|urzad ochrony danych|uokik|uke|organ nadzorczy|organu nadzorczego|prezes urzędu',
        'prawnik*|adwokat*|radca prawn*|kroki prawne|sąd|sądu|pozew|pozwę|pozwe|wezwanie do zaprzestania',
        'to jest|to|czysty|kolejny + spam|nielegalne|niezgodne z prawem|nękanie|nekanie',
        'narusz*|łama*|lama*|naruszeni* + rodo|prawo|prawa|przepisy|przepisów|ustaw*|uśude|usude',
        'spam @0.5',
        'nielegaln*|kara|karę|grzywna|grzywnę @0.5',
      ],
      autoReply: [
        'poza biurem|nieobecn*|na urlopie|na zwolnieniu|na l4|w delegacji|na urlopie macierzyńskim|na urlopie rodzicielskim + do|od|wracam|powrót|powrocie|dnia',
        'automatyczna odpowiedź|automatyczna odpowiedz|odpowiedź automatyczna|odpowiedz automatyczna|wiadomość automatyczna|out of office|autoodpowiedź',
        'po powrocie|po moim powrocie|wrócę|wroce|będę dostępny|bede dostepny|będę dostępna|bede dostepna|będę z powrotem|bede z powrotem + do|dnia|od|w|po',
        'w pilnych sprawach|w sprawach pilnych|w nagłych przypadkach|w razie pilnej',
        'ograniczony dostęp|ograniczony dostep|brak dostępu|bez dostępu|nie mam dostępu + poczty|maila|e maila|skrzynki',
      ],
    },
    filterPhrases: [
      'wypisz mnie',
      'wypisać',
      'proszę mnie wypisać',
      'z listy mailingowej',
      'nie wysyłać',
      'nie piszcie do mnie',
      'nie chcę otrzymywać',
      'przestańcie pisać',
      'wnoszę sprzeciw',
      'usuńcie moje dane',
      'usunąć moje dane',
      'usunięcie moich danych',
      'prawo do bycia zapomnianym',
      'rezygnuję z subskrypcji',
      'odsubskrybuj',
    ],
  },
  reply: {
    greeting: 'Dzień dobry,',
    thanks: ['dziękujemy za wiadomość z dnia {receivedDate}.', 'dziękujemy za wiadomość.'],
    legalBasis: {
      answer: [
        [
          'Zapytali Państwo, na jakiej podstawie się z Państwem skontaktowaliśmy. Opieramy się na naszych prawnie uzasadnionych interesach, o których mowa w art. 6 ust. 1 lit. f {gdpr}.',
        ],
        [['Co oferujemy: {purpose}.'], ['Dlaczego napisaliśmy właśnie do Państwa: {interest}.']],
      ],
      oneAtATime: [
        'Piszemy do osób w firmach indywidualnie, a nie w ramach masowej wysyłki.',
      ],
      offerObjection: [
        'W każdej chwili mogą Państwo wnieść sprzeciw na podstawie art. 21 ust. 2 {gdpr}: wystarczy odpisać „{keyword}”, a nie będziemy się już z Państwem kontaktować.',
      ],
    },
    source: {
      answer: [
        [
          [
            'Państwa dane pozyskaliśmy z następującego źródła: {source} (w dniu {sourceDate}).',
            'Państwa dane pozyskaliśmy z następującego źródła: {source}.',
            'Nie zebraliśmy Państwa danych bezpośrednio od Państwa.',
          ],
          ['Dane, których to dotyczy: {categories}.'],
        ],
      ],
      offerErasure: ['Jeśli wolą Państwo, abyśmy ich nie przechowywali, prosimy o informację – usuniemy je i nie będziemy się już z Państwem kontaktować.'],
    },
    access: {
      intro: [
        'Zapytali Państwo, jakie dane osobowe Państwa dotyczące przetwarzamy. Potwierdzamy, że przetwarzamy dane osobowe Państwa dotyczące. Zgodnie z art. 15 {gdpr} przekazujemy kopię tych danych oraz informacje, do których mają Państwo prawo.',
      ],
      introBeforeErasure: [
        'Zapytali Państwo, jakie dane osobowe Państwa dotyczące przetwarzamy, i poprosili o ich usunięcie. Potwierdzamy, że przetwarzamy dotyczące Państwa dane osobowe. Zgodnie z art. 15 {gdpr} poniżej przekazujemy kopię tych danych oraz informacje, do których mają Państwo prawo; dane usuniemy niezwłocznie po wysłaniu tej odpowiedzi.',
      ],
      dataHeading: 'Dane osobowe, które o Państwu posiadamy:',
      items: {
        a: [
          'a) Cele przetwarzania (na podstawie naszych prawnie uzasadnionych interesów, art. 6 ust. 1 lit. f {gdpr}): {purpose}.',
          'a) Cele przetwarzania: kontakt w sprawie naszych produktów i usług dla firm (marketing bezpośredni), na podstawie naszych prawnie uzasadnionych interesów (art. 6 ust. 1 lit. f {gdpr}).',
        ],
        b: ['b) Kategorie danych osobowych: {categories}.', 'b) Kategorie danych osobowych: służbowe dane kontaktowe, których użyliśmy, aby do Państwa napisać.'],
        c: ['c) Odbiorcy: {recipients}.', 'c) Odbiorcy: {missing}.'],
        d: ['d) Okres przechowywania: {retention}.', 'd) Okres przechowywania: przechowujemy Państwa dane tylko tak długo, jak jest to potrzebne do tego celu.'],
        e: 'e) Mają Państwo prawo żądać od nas sprostowania, usunięcia lub ograniczenia przetwarzania swoich danych osobowych oraz wnieść sprzeciw wobec ich przetwarzania (art. 16, 17, 18 i 21 {gdpr}).',
        f: [
          'f) Mają Państwo prawo wnieść skargę do organu nadzorczego (art. 77 {gdpr}), w szczególności w kraju zwykłego pobytu, miejsca pracy lub miejsca popełnienia domniemanego naruszenia. Organ nadzorczy w Państwa kraju ({country}): {authority}, {authorityUrl}',
          'f) Mają Państwo prawo wnieść skargę do organu nadzorczego (art. 77 {gdpr}), w szczególności w kraju zwykłego pobytu, miejsca pracy lub miejsca popełnienia domniemanego naruszenia. Organ nadzorczy w Państwa kraju ({country}): {authority}.',
          'f) Mają Państwo prawo wnieść skargę do organu nadzorczego (art. 77 {gdpr}), w szczególności w kraju zwykłego pobytu, miejsca pracy lub miejsca popełnienia domniemanego naruszenia.',
        ],
        g: ['g) Źródło danych: {source} (pozyskane w dniu {sourceDate}).', 'g) Źródło danych: {source}.', 'g) Źródło danych: nie zebraliśmy Państwa danych bezpośrednio od Państwa.'],
        h: [
          'h) Zautomatyzowane podejmowanie decyzji, w tym profilowanie: {automated}.',
          'h) Zautomatyzowane podejmowanie decyzji, w tym profilowanie: nie podejmujemy wobec Państwa decyzji, które opierają się wyłącznie na zautomatyzowanym przetwarzaniu (art. 22 {gdpr}).',
        ],
      },
      itemsUk: {
        ea: [
          'ea) Mają Państwo prawo złożyć do nas skargę (sekcja 164A Data Protection Act 2018): prosimy pisać na adres {privacyEmail}. Potwierdzimy jej otrzymanie w ciągu 30 dni i poinformujemy Państwa o wyniku jej rozpatrzenia.',
          'ea) Mają Państwo prawo złożyć do nas skargę (sekcja 164A Data Protection Act 2018): wystarczy odpowiedzieć na tę wiadomość. Potwierdzimy jej otrzymanie w ciągu 30 dni i poinformujemy Państwa o wyniku jej rozpatrzenia.',
        ],
        f: [
          'f) Mają Państwo prawo wnieść skargę do brytyjskiego organu nadzorczego (sekcja 165 Data Protection Act 2018): {authority}, {authorityUrl}',
          'f) Mają Państwo prawo wnieść skargę do brytyjskiego organu nadzorczego (sekcja 165 Data Protection Act 2018): {authority}.',
          'f) Mają Państwo prawo wnieść skargę do brytyjskiego organu nadzorczego (sekcja 165 Data Protection Act 2018).',
        ],
      },
      transfers: {
        eu: {
          none: 'Przekazywanie do państw trzecich (art. 15 ust. 2 {gdpr}): nie przekazujemy Państwa danych osobowych poza Europejski Obszar Gospodarczy (EOG).',
          adequacy: [
            'Przekazywanie do państw trzecich (art. 15 ust. 2 {gdpr}): Państwa dane osobowe są przekazywane do państwa trzeciego ({destination}), wobec którego Komisja Europejska wydała decyzję stwierdzającą odpowiedni stopień ochrony (art. 45 {gdpr}).',
            'Przekazywanie do państw trzecich (art. 15 ust. 2 {gdpr}): Państwa dane osobowe są przekazywane wyłącznie do państw, wobec których Komisja Europejska wydała decyzję stwierdzającą odpowiedni stopień ochrony (art. 45 {gdpr}).',
          ],
          scc: [
            'Przekazywanie do państw trzecich (art. 15 ust. 2 {gdpr}): Państwa dane osobowe są przekazywane do państwa trzeciego ({destination}) na podstawie standardowych klauzul ochrony danych przyjętych przez Komisję Europejską (art. 46 ust. 2 lit. c {gdpr}). Mogą Państwo poprosić nas o ich kopię.',
            'Przekazywanie do państw trzecich (art. 15 ust. 2 {gdpr}): Państwa dane osobowe są przekazywane poza EOG na podstawie standardowych klauzul ochrony danych przyjętych przez Komisję Europejską (art. 46 ust. 2 lit. c {gdpr}). Mogą Państwo poprosić nas o ich kopię.',
          ],
          unknown: 'Przekazywanie do państw trzecich (art. 15 ust. 2 {gdpr}): {missing}.',
        },
        uk: {
          none: 'Przekazywanie poza Zjednoczone Królestwo (art. 15 ust. 2 {gdpr}): nie przekazujemy Państwa danych osobowych poza Zjednoczone Królestwo.',
          adequacy: [
            'Przekazywanie poza Zjednoczone Królestwo (art. 15 ust. 2 {gdpr}): Państwa dane osobowe są przekazywane do państwa trzeciego ({destination}), do którego przekazywanie zostało zatwierdzone brytyjskim rozporządzeniem (art. 45A {gdpr}).',
            'Przekazywanie poza Zjednoczone Królestwo (art. 15 ust. 2 {gdpr}): Państwa dane osobowe są przekazywane wyłącznie do państw, do których przekazywanie zostało zatwierdzone brytyjskim rozporządzeniem (art. 45A {gdpr}).',
          ],
          scc: [
            'Przekazywanie poza Zjednoczone Królestwo (art. 15 ust. 2 {gdpr}): Państwa dane osobowe są przekazywane do państwa trzeciego ({destination}) na podstawie International Data Transfer Agreement lub brytyjskiego aneksu (UK Addendum) do standardowych klauzul umownych UE (art. 46 {gdpr}). Mogą Państwo poprosić nas o ich kopię.',
            'Przekazywanie poza Zjednoczone Królestwo (art. 15 ust. 2 {gdpr}): Państwa dane osobowe są przekazywane poza Zjednoczone Królestwo na podstawie International Data Transfer Agreement lub brytyjskiego aneksu (UK Addendum) do standardowych klauzul umownych UE (art. 46 {gdpr}). Mogą Państwo poprosić nas o ich kopię.',
          ],
          unknown: 'Przekazywanie poza Zjednoczone Królestwo (art. 15 ust. 2 {gdpr}): {missing}.',
        },
      },
      outro: ['Ta kopia jest bezpłatna. Jeśli chcą Państwo otrzymać ją w innym formacie, prosimy o informację.'],
    },
    rectification: [
      [
        'Poprosili Państwo o sprostowanie swoich danych.',
        ['Sprostowaliśmy je w następujący sposób: {correction}.', 'Sprostowaliśmy je zgodnie z Państwa prośbą.'],
        'Jeśli jakiekolwiek inne dane są nieprawidłowe, prosimy o informację – niezwłocznie je poprawimy (art. 16 {gdpr}).',
      ],
    ],
    erasure: [
      [
        'Zgodnie z Państwa prośbą usunęliśmy Państwa dane osobowe z naszych list kontaktów i narzędzi do wysyłki e-maili (art. 17 {gdpr}) i nie będziemy się już z Państwem kontaktować.',
        ['O usunięciu danych poinformowaliśmy również ich odbiorców: {recipients}.'],
      ],
    ],
    erasureAfterAccess: [
      [
        'Zgodnie z Państwa prośbą niezwłocznie po wysłaniu tej odpowiedzi usuniemy Państwa dane osobowe z naszych list kontaktów i narzędzi do wysyłki e-maili (art. 17 {gdpr}) i nie będziemy się już z Państwem kontaktować.',
        ['O usunięciu danych poinformujemy również ich odbiorców: {recipients}.'],
      ],
    ],
    objection: [
      [
        'Poinformowali nas Państwo, że nie chcą otrzymywać od nas wiadomości. Wstrzymaliśmy wszelką wysyłkę do Państwa i nie będziemy już przetwarzać Państwa danych na potrzeby marketingu bezpośredniego (art. 21 ust. 2 i 3 {gdpr}).',
        'Usunęliśmy Państwa dane z naszych list potencjalnych klientów.',
      ],
    ],
    notInterested: [
      [
        'Dziękujemy za informację i przepraszamy za kłopot. Nie będziemy się już z Państwem kontaktować w tej sprawie, a Państwa dane usunęliśmy z naszych list potencjalnych klientów.',
      ],
    ],
    complaint: [
      [
        'Przykro nam, że nasza wiadomość wzbudziła Państwa zastrzeżenia. Traktujemy ochronę danych poważnie i chętnie wyjaśnimy sprawę bezpośrednio z Państwem.',
      ],
    ],
    suppression: {
      address: [
        'Aby nigdy więcej nie skontaktować się z Państwem przez pomyłkę, zachowujemy tylko jedną informację: Państwa adres e-mail na naszej liście wykluczeń. Nie wykorzystujemy go w żadnym innym celu.',
      ],
      hash: [
        'Aby nigdy więcej nie skontaktować się z Państwem przez pomyłkę, zachowujemy tylko jedną informację: skrót (hash SHA-256) Państwa adresu e-mail na naszej liście wykluczeń. Pozwala on rozpoznać Państwa adres, jeśli pojawi się na przyszłej liście; nie wykorzystujemy go w żadnym innym celu.',
      ],
    },
    authority: [
      'Jeśli nasza odpowiedź Państwa nie satysfakcjonuje, mają Państwo prawo wnieść skargę do organu nadzorczego (art. 77 {gdpr}), w szczególności w kraju zwykłego pobytu, miejsca pracy lub miejsca popełnienia domniemanego naruszenia.',
      ['Organ nadzorczy w Państwa kraju ({country}): {authority}, {authorityUrl}', 'Organ nadzorczy w Państwa kraju ({country}): {authority}.'],
    ],
    authorityUk: [
      'Jeśli nasza odpowiedź Państwa nie satysfakcjonuje, mogą Państwo złożyć skargę do nas (sekcja 164A Data Protection Act 2018) oraz do brytyjskiego organu nadzorczego (sekcja 165 tej ustawy).',
      ['Brytyjski organ nadzorczy: {authority}, {authorityUrl}', 'Brytyjski organ nadzorczy: {authority}.'],
    ],
    contact: [
      ['W razie dalszych pytań prosimy o kontakt pod adresem {privacyEmail}.', 'W razie dalszych pytań wystarczy odpowiedzieć na tę wiadomość.'],
      ['Mogą Państwo również skontaktować się z naszym inspektorem ochrony danych: {dpo}.'],
      ['Nasz przedstawiciel w Unii (art. 27 {gdpr}): {euRepresentative}.'],
      ['Nasz przedstawiciel w Zjednoczonym Królestwie (art. 27 {gdpr}): {ukRepresentative}.'],
      ['Pełna polityka prywatności: {privacyNoticeUrl}'],
    ],
    closing: 'Z poważaniem',
    missing: '[do uzupełnienia]',
    categories: {
      name: 'imię i nazwisko',
      email: 'adres e-mail',
      phone: 'numer telefonu',
      company: 'firma',
      jobTitle: 'stanowisko',
      profile: 'profil zawodowy (np. LinkedIn)',
      website: 'strona internetowa firmy',
      location: 'lokalizacja',
      industry: 'branża',
    },
  },
};

export default pl;
