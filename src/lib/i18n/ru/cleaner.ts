import type { Messages } from '../en/index.ts';

/** Очистка списка: те же ключи, что в src/lib/i18n/en/cleaner.ts. */
type CleanerMessages = Messages['cleaner'];

export const cleaner = {
  noscript:
    'Очистка списка работает в вашем браузере, и ей нужен JavaScript. Для скриптов и очень больших файлов используйте инструмент командной строки, описанный ниже.',
  terms: {
    suppressionList: 'стоп-лист',
    consent: 'согласие',
    roleAddress: 'ролевой адрес',
    disposable: 'одноразовый',
    hashedList: 'Хешированный список',
  },

  empty: {
    title: 'Что вы получите',
    intro: 'Добавьте список лидов (CSV, TSV или Excel .xlsx) и, если он у вас есть, {suppressionList}. После очистки вы увидите:',
    chart: 'диаграмму причин, по которым удалены строки, с количеством;',
    preview: 'предпросмотр оставленных строк со всеми колонками;',
    flagged: 'оставленные, но помеченные строки (ролевые адреса, бесплатная почта, страна с согласием, формулы) — с возможностью их удалить;',
    downloads: 'очищенный список для скачивания и отчёт о каждой удалённой строке.',
    example: 'Или сначала посмотрите на примерах файлов:',
  },
  example: {
    button: 'Попробовать на примере',
    loading: 'Загружаем примеры файлов…',
    failed: 'Не удалось загрузить примеры файлов. Обновите страницу и попробуйте снова.',
    loaded: 'Загружены и очищены примеры файлов (вымышленные люди на доменах example): {leads} и {suppression}.',
    ask: 'Заменить ваши файлы примерами?',
    confirm: 'Да, взять примеры',
  },

  files: {
    legend: 'Файлы',
    leads: 'Список лидов',
    leadsHint: 'CSV или TSV из Excel, Google Таблиц, HubSpot, Pipedrive, Apollo, lemlist… или книга Excel (.xlsx).',
    suppression: 'Стоп-лист',
    suppressionHint:
      'В любом виде: email-адреса, домены (acme.com, @acme.com, *.acme.com), MD5- или SHA-256-хеши адресов. Что такое {suppressionList}?',
    fileSize: {
      one: '{name} ({count} байт)',
      few: '{name} ({count} байта)',
      many: '{name} ({count} байт)',
      other: '{name} ({count} байта)',
    },
    remove: 'Убрать файл {name}',
    sheet: 'Лист',
    sheetHint: 'В этой книге несколько листов: выберите тот, где лиды.',
    readingSheet: 'Читаем таблицу…',
    fromSheet: 'Лист «{sheet}» из файла {name}, прочитан как CSV.',
  },
  errors: {
    wrongType: '«{name}» — не файл CSV, TSV или .xlsx. Экспортируйте список в CSV (или сохраните как .xlsx) и выберите этот файл.',
    suppressionWrongType: '«{name}» — не файл CSV, TSV или текстовый. Экспортируйте стоп-лист в CSV и выберите этот файл.',
    empty: '«{name}» пуст (0 байт). Экспортируйте список заново и выберите этот файл.',
    notWorkbook: '«{name}» не удалось прочитать как книгу Excel. Откройте его в табличном редакторе и снова сохраните как .xlsx или экспортируйте в CSV.',
  },

  detected: {
    legend: 'Что распознано',
    encoding: 'Кодировка',
    delimiter: 'Разделитель',
    delimiters: { comma: 'Запятая (,)', semicolon: 'Точка с запятой (;)', tab: 'Табуляция', pipe: 'Вертикальная черта (|)' },
    headerRow: 'Строка заголовков',
    emailColumn: 'Колонка email',
    chooseEmailColumn: 'Выберите колонку email',
    column: 'Колонка {number}',
    encodingGuessed: 'Кодировка ({encoding}) определена по буквам первых строк: если имена выглядят неправильно, выберите другую.',
    emailByContent: 'Колонка email найдена по содержимому.',
    countryColumn: 'Колонка страны: {column}.',
    noEmailColumn: 'Ни одна колонка не похожа на email-адреса: выберите её выше.',
    optOutIntro:
      'В списке найдены колонки отказов и недоставок (отмеченные в них строки удаляются, как и все остальные строки с тем же адресом):',
    honour: 'Учитывать колонку «{column}»',
  },

  workspace: {
    from: 'Из плана кампании («{campaign}»): целевые страны — {countries}.',
    fromUnnamed: 'Из плана кампании: целевые страны — {countries}.',
    consent:
      'Для холодных писем на именные адреса нужно {consent} в странах: {countries}. Строки оттуда помечаются как «Страна, где нужно согласие» (по колонке страны, а если её нет — по национальному домену адреса).',
    noConsent: 'Ни одна из них не требует {consent} для холодных писем на именные адреса; строки из стран, где оно нужно, всё равно помечаются.',
  },

  options: {
    legend: 'Настройки',
    canonical: 'Считать точки и +метки Gmail одним ящиком',
    disposable: 'Удалять одноразовые адреса',
    role: 'Удалять ролевые адреса (info@, sales@, noreply@ …)',
    free: 'Удалять адреса бесплатной почты (gmail.com, yahoo.com …)',
    consentCountry: 'Удалять адреса в странах, где для холодных писем нужно согласие',
    protectFormulas: 'Защищать от формул электронных таблиц',
    bom: 'Начинать файлы с маркера порядка байтов UTF-8 (помогает Excel)',
    hash: 'Алгоритм хеширования для хешированного списка',
    lists: 'Списки: {disposable}, {free}, {role}.',
    clearQuestion: 'Вернуть настройки по умолчанию и забыть сохранённый выбор?',
    clearConfirm: 'Да, вернуть',
  },

  run: {
    clean: 'Очистить список',
    cancel: 'Отмена',
    needLeads: 'Сначала добавьте список лидов.',
    needInspection: 'Читаем список лидов…',
    needEmailColumn: 'Сначала выберите колонку email.',
    needSheet: 'Дождитесь, пока таблица будет прочитана.',
    running: 'Идёт очистка.',
    phases: { starting: 'Запуск', suppression: 'Читаем стоп-листы', scan: 'Ищем отказы', clean: 'Очистка' },
    amount: '{done} из {total} МБ',
    progressText: '{percent} %, {done} из {total} МБ',
    cancelled: 'Отменено. Ничего не записано; можно начать заново.',
    crashed: 'Очистка списка неожиданно остановилась. Обновите страницу и попробуйте снова.',
  },

  results: {
    label: 'Результаты',
    summary: '{rows}: оставлено {kept}, удалено {removed}.',
    rows: { one: '{count} строка', few: '{count} строки', many: '{count} строк', other: '{count} строки' },
    notes: 'Примечания',
    nothingRemoved: 'Ни одна строка не удалена.',
    chart: {
      title: 'Почему удалены строки',
      reason: 'Причина',
      count: 'Строк',
    },
    reasons: {
      missing: 'Нет email',
      invalid: 'Некорректный адрес',
      optedOut: 'Отказ или недоставка (отмечено в списке)',
      suppressed: 'В стоп-листе',
      duplicate: 'Дубликат',
      disposable: 'Одноразовый домен',
      role: 'Ролевой адрес',
      free: 'Бесплатная почта',
      consentCountry: 'Страна, где нужно согласие',
      formula: 'Ячейка начинается как формула',
    },
    kept: {
      title: 'Предпросмотр оставленных строк',
      firstOf: {
        one: 'Первые {shown} из {count} оставленной строки.',
        few: 'Первые {shown} из {count} оставленных строк.',
        many: 'Первые {shown} из {count} оставленных строк.',
        other: 'Первые {shown} из {count} оставленной строки.',
      },
      all: {
        one: 'Оставлена {count} строка.',
        few: 'Все {count} оставленные строки.',
        many: 'Все {count} оставленных строк.',
        other: 'Все {count} оставленной строки.',
      },
      none: 'Не оставлено ни одной строки.',
      row: 'Строка',
    },
    flagged: {
      title: 'Оставлены, но помечены',
      intro: 'Эти строки есть в очищенном списке. Проверьте их или удалите перед скачиванием.',
      count: {
        one: '{reason}: {count} строка',
        few: '{reason}: {count} строки',
        many: '{reason}: {count} строк',
        other: '{reason}: {count} строки',
      },
      keptClass: {
        one: '{reason}: оставлена {count} строка. Удалить её перед скачиванием',
        few: '{reason}: оставлены {count} строки. Удалить их перед скачиванием',
        many: '{reason}: оставлено {count} строк. Удалить их перед скачиванием',
        other: '{reason}: оставлено {count} строки. Удалить их перед скачиванием',
      },
      removedClass: {
        one: '{reason}: {count} строка удалена перед скачиванием',
        few: '{reason}: {count} строки удалены перед скачиванием',
        many: '{reason}: {count} строк удалено перед скачиванием',
        other: '{reason}: {count} строки удалено перед скачиванием',
      },
      formulaNote:
        'Пока отмечено «Защищать от формул электронных таблиц», ячейки, похожие на формулы, в скачанном файле обезвреживаются апострофом в начале.',
      shownOf: {
        one: 'Первые {shown} из {count} строки.',
        few: 'Первые {shown} из {count} строк.',
        many: 'Первые {shown} из {count} строк.',
        other: 'Первые {shown} из {count} строки.',
      },
      reasonColumn: 'Почему',
      rerunning: 'Очищаем заново с учётом вашего выбора…',
    },
    removed: {
      title: 'Удалённые строки',
      firstOf: {
        one: 'Первые удалённые строки: {reason} ({count} строка)',
        few: 'Первые удалённые строки: {reason} ({count} строки)',
        many: 'Первые удалённые строки: {reason} ({count} строк)',
        other: 'Первые удалённые строки: {reason} ({count} строки)',
      },
      row: 'Строка',
      detail: 'Подробности',
    },
    counts: {
      title: 'Все подсчёты',
      suppression: 'Записи стоп-листов',
      suppressionValue: '{emails}, {domains}, {hashes}, {ignored}',
      emails: { one: '{count} адрес', few: '{count} адреса', many: '{count} адресов', other: '{count} адреса' },
      domains: { one: '{count} домен', few: '{count} домена', many: '{count} доменов', other: '{count} домена' },
      hashes: { one: '{count} хеш', few: '{count} хеша', many: '{count} хешей', other: '{count} хеша' },
      ignored: {
        one: '{count} пропущенная ячейка',
        few: '{count} пропущенные ячейки',
        many: '{count} пропущенных ячеек',
        other: '{count} пропущенной ячейки',
      },
    },
    downloads: {
      title: 'Скачать',
      cleaned: 'Скачать очищенный список',
      report: 'Скачать отчёт об удалении',
      hashed: 'Скачать хешированный стоп-лист',
      copyJson: 'Копировать сводку в JSON',
      hashedNote:
        '{hashedList} содержит по одному хешу {algorithm} на каждый адрес стоп-листа ({emails}), чтобы передать его партнёру, не раскрывая самих адресов. Хеши — это псевдонимизация, а не анонимизация: они остаются персональными данными.',
    },
  },
} as const satisfies CleanerMessages;
