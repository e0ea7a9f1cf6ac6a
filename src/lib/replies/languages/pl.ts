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
  terminology: 'Polska wersja językowa rozporządzenia (UE) 2016/679 (ogólne rozporządzenie o ochronie danych, RODO, EUR-Lex).',
  detection: {
    stopwords: ['nie', 'się', 'jest', 'na', 'do', 'że', 'to', 'moje', 'mój', 'moich', 'mnie', 'dla', 'czy', 'jak', 'jakie', 'skąd', 'proszę', 'dziękuję', 'dzień', 'dobry', 'pozdrawiam', 'oraz', 'lub', 'ale', 'już', 'państwa', 'państwo', 'tak', 'od', 'przez', 'jeśli', 'wasz', 'wasze', 'mam', 'dane', 'danych'],
    quoteMarkers: ['napisał:', 'napisała:', 'napisał(a):', '-----oryginalna wiadomość-----', 'od:'],
    phrases: {
      legalBasis: [
        'jakim prawem',
        'na jakiej podstawie',
        'kto pozwolił',
        'bez mojej zgody',
        'nie wyrażałem zgody',
        'nie wyrażałam zgody',
        'nie wyraziłem zgody',
        'nie wyraziłam zgody',
        'nigdy się nie zapisywałem',
        'nigdy się nie zapisywałam',
        'podstawa prawna',
        'podstawę prawną',
        'czy to legalne',
        'uzasadniony interes',
        'dlaczego do mnie piszecie',
      ],
      source: [
        'skąd macie mój',
        'skąd macie moje',
        'skąd mają państwo',
        'skąd wzięliście',
        'skąd pozyskaliście',
        'skąd pochodzą moje dane',
        'źródło moich danych',
        'źródła moich danych',
        'kto wam dał',
        'kto przekazał',
        'od kogo macie',
        'art 14',
      ],
      access: [
        'jakie dane posiadacie',
        'jakie dane macie',
        'jakie dane przetwarzacie',
        'jakie moje dane',
        'jakie informacje o mnie',
        'dostęp do moich danych',
        'dostępu do danych',
        'prawo dostępu',
        'kopię moich danych',
        'kopii moich danych',
        'co o mnie wiecie',
        'art 15',
      ],
      rectification: [
        'sprostowanie',
        'sprostować',
        'poprawić moje dane',
        'poprawcie',
        'zaktualizować dane',
        'zaktualizujcie',
        'błędne dane',
        'nieprawidłowe dane',
        'nieaktualne',
        'źle napisane',
        'błąd w nazwisku',
        'błąd w imieniu',
        'już nie pracuję',
        'nie pracuję już',
        'odszedłem z firmy',
        'odeszłam z firmy',
        'art 16',
      ],
      erasure: [
        'usuńcie moje dane',
        'usunąć moje dane',
        'usunięcie moich danych',
        'usunięcia moich danych',
        'usunięcie danych',
        'proszę usunąć',
        'usuńcie mnie z bazy',
        'z waszej bazy',
        'z bazy danych',
        'prawo do bycia zapomnianym',
        'skasujcie moje dane',
        'art 17',
      ],
      objection: [
        'wypisać',
        'wypiszcie',
        'wypisz mnie',
        'rezygnuję',
        'rezygnacja z subskrypcji',
        'z listy mailingowej',
        'z waszej listy',
        'usuńcie mnie z listy',
        'nie piszcie do mnie',
        'do mnie nie pisać',
        'nie kontaktujcie się',
        'nie chcę otrzymywać',
        'więcej nie pisać',
        'sprzeciw',
        'wnoszę sprzeciw',
        'stop',
        'unsubscribe',
        'art 21',
      ],
      notInterested: [
        'nie jestem zainteresowany',
        'nie jestem zainteresowana',
        'nie jesteśmy zainteresowani',
        'nie interesuje',
        'nie, dziękuję',
        'dziękuję, nie',
        'brak zainteresowania',
        'nie potrzebujemy',
        'mamy już dostawcę',
        'mamy już rozwiązanie',
        'nie dotyczy',
        'nie jestem właściwą osobą',
      ],
      complaint: [
        'skarga',
        'skargę',
        'złożę skargę',
        'uodo',
        'prezes urzędu',
        'organ nadzorczy',
        'organu nadzorczego',
        'zgłoszę',
        'prawnik',
        'kroki prawne',
        'pozew',
        'spam',
        'nielegalne',
        'naruszenie rodo',
        'nękanie',
      ],
    },
  },
  reply: {
    greeting: 'Dzień dobry,',
    thanks: ['dziękujemy za wiadomość z dnia {receivedDate}.', 'dziękujemy za wiadomość.'],
    legalBasis: {
      answer: [
        [
          'Zapytali Państwo, na jakiej podstawie się z Państwem skontaktowaliśmy. Opieramy się na naszych prawnie uzasadnionych interesach, o których mowa w art. 6 ust. 1 lit. f {gdpr}: piszemy indywidualnie do osób w firmach w sprawie produktów związanych z ich pracą.',
        ],
        [['Co oferujemy: {purpose}.'], ['Dlaczego napisaliśmy właśnie do Państwa: {interest}.']],
      ],
      offerObjection: [
        'W każdej chwili mogą Państwo wnieść sprzeciw na podstawie art. 21 ust. 2 {gdpr}: wystarczy odpisać „stop”, a nie będziemy się już z Państwem kontaktować.',
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
      dataHeading: 'Dane osobowe, które o Państwu posiadamy:',
      items: {
        a: [
          'a) Cele przetwarzania (na podstawie naszych prawnie uzasadnionych interesów, art. 6 ust. 1 lit. f {gdpr}): {purpose}.',
          'a) Cele przetwarzania: kontakt w sprawie naszych produktów i usług dla firm (marketing bezpośredni), na podstawie naszych prawnie uzasadnionych interesów (art. 6 ust. 1 lit. f {gdpr}).',
        ],
        b: ['b) Kategorie danych osobowych: {categories}.', 'b) Kategorie danych osobowych: służbowe dane kontaktowe, których użyliśmy, aby do Państwa napisać.'],
        c: [
          'c) Odbiorcy: {recipients}.',
          'c) Odbiorcy: dostawcy usług, którzy wysyłają nasze e-maile i przechowują nasze kontakty, działający na nasze polecenie jako podmioty przetwarzające.',
        ],
        d: ['d) Okres przechowywania: {retention}.', 'd) Okres przechowywania: przechowujemy Państwa dane tylko tak długo, jak jest to potrzebne do tego celu.'],
        e: 'e) Mają Państwo prawo żądać od nas sprostowania, usunięcia lub ograniczenia przetwarzania swoich danych osobowych oraz wnieść sprzeciw wobec ich przetwarzania (art. 16, 17, 18 i 21 {gdpr}).',
        f: 'f) Mają Państwo prawo wnieść skargę do organu nadzorczego (zob. niżej).',
        g: ['g) Źródło danych: {source} (pozyskane w dniu {sourceDate}).', 'g) Źródło danych: {source}.', 'g) Źródło danych: nie zebraliśmy Państwa danych bezpośrednio od Państwa.'],
        h: [
          'h) Zautomatyzowane podejmowanie decyzji, w tym profilowanie: {automated}.',
          'h) Zautomatyzowane podejmowanie decyzji, w tym profilowanie: nie podejmujemy wobec Państwa decyzji, które opierają się wyłącznie na zautomatyzowanym przetwarzaniu (art. 22 {gdpr}).',
        ],
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
        'Przykro nam, że nasza wiadomość wywołała Państwa niezadowolenie. Traktujemy ochronę danych poważnie i chętnie wyjaśnimy sprawę bezpośrednio z Państwem.',
        'Oczywiście w każdej chwili mogą Państwo wnieść skargę do organu nadzorczego (art. 77 {gdpr}).',
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
      'Jeśli nasza odpowiedź Państwa nie satysfakcjonuje, mają Państwo prawo wnieść skargę do organu nadzorczego, w szczególności w kraju, w którym Państwo mieszkają lub pracują.',
      ['Organ nadzorczy w Państwa kraju ({country}): {authority} ({authorityUrl}).', 'Organ nadzorczy w Państwa kraju ({country}): {authority}.'],
    ],
    contact: [
      ['W razie dalszych pytań prosimy o kontakt pod adresem {privacyEmail}.', 'W razie dalszych pytań wystarczy odpowiedzieć na tę wiadomość.'],
      ['Mogą Państwo również skontaktować się z naszym inspektorem ochrony danych: {dpo}.'],
      ['Nasz przedstawiciel w Unii (art. 27 {gdpr}): {euRepresentative}.'],
      ['Nasz przedstawiciel w Zjednoczonym Królestwie (art. 27 {gdpr}): {ukRepresentative}.'],
      ['Pełna polityka prywatności: {privacyNoticeUrl}'],
    ],
    closing: 'Z poważaniem',
  },
};

export default pl;
