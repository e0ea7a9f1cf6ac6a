/**
 * One term of a locale's terminology table: the English term the site uses, the term the pages
 * of that locale use for it, and why where the choice needed a decision.
 */
export interface Term {
  /** The English term, as the English pages write it. */
  en: string;
  /** The term every page of the locale uses for it. */
  ru: string;
  /** Why this term and not another, or how it relates to the local law's vocabulary. */
  note?: string;
  /**
   * Variants seen in other translations that the pages do not use, so one concept has one name
   * on the site (a unit test keeps them out of the Russian pages). Lower case, as a word start.
   */
  avoid?: readonly string[];
}

/**
 * The Russian terminology table (issue #16). The GDPR has no official Russian text: the terms
 * follow the Russian translations in common use (the ГАРАНТ legal database and gdpr-text.com)
 * and Russian data protection practice, with the vocabulary of Federal Law 152-ФЗ «О
 * персональных данных» where it means the same thing. The Russian glossary page renders it, and
 * every Russian page and the Russian country texts use these terms.
 */
export const TERMS_RU = {
  personalData: {
    en: 'personal data',
    ru: 'персональные данные',
    note: 'Тот же термин, что в 152-ФЗ (ст. 3); определения GDPR (ст. 4(1)) и 152-ФЗ близки, но не тождественны.',
  },
  processing: {
    en: 'processing',
    ru: 'обработка',
  },
  dataSubject: {
    en: 'data subject',
    ru: 'субъект данных',
    note: 'В 152-ФЗ — «субъект персональных данных»; в переводах GDPR обычно короче.',
  },
  controller: {
    en: 'controller',
    ru: 'контролёр',
    note: 'Ближайший термин 152-ФЗ — «оператор», но GDPR чётко разделяет того, кто определяет цели обработки (контролёр), и того, кто обрабатывает по его поручению (обработчик), поэтому мы не используем «оператор».',
    avoid: ['контроллер'],
  },
  processor: {
    en: 'processor',
    ru: 'обработчик',
    note: 'В переводе на gdpr-text.com — «процессор»; в 152-ФЗ — «лицо, осуществляющее обработку по поручению оператора» (ч. 3 ст. 6). «Обработчик» — устоявшееся слово российской практики.',
    avoid: ['процессор'],
  },
  recipient: {
    en: 'recipient',
    ru: 'получатель',
  },
  supervisoryAuthority: {
    en: 'supervisory authority',
    ru: 'надзорный орган',
    note: 'Независимый орган по защите данных в стране ЕС/ЕЭЗ (CNIL, ICO и т. п.); российский аналог — Роскомнадзор как уполномоченный орган по защите прав субъектов персональных данных.',
  },
  lawfulBasis: {
    en: 'lawful basis',
    ru: 'правовое основание',
    note: 'Одно из шести оснований ст. 6(1) GDPR; в 152-ФЗ им соответствуют условия обработки ст. 6.',
  },
  consent: {
    en: 'consent',
    ru: 'согласие',
  },
  legitimateInterest: {
    en: 'legitimate interest',
    ru: 'законный интерес',
    note: 'Так в переводах ст. 6(1)(f) («законные интересы»); мы пишем в единственном числе, когда речь о правовом основании. Кальку «легитимный интерес» не используем.',
    avoid: ['легитимн', 'правомерный интерес'],
  },
  lia: {
    en: 'legitimate interests assessment (LIA)',
    ru: 'оценка законного интереса (LIA)',
    note: 'Документ, который рекомендует ICO; аббревиатуру оставляем английской: её используют регуляторы и шаблоны.',
  },
  balancingTest: {
    en: 'balancing test',
    ru: 'взвешивание интересов',
    note: 'Третья часть оценки законного интереса: перевешивают ли интересы, права и свободы человека ваш интерес.',
  },
  directMarketing: {
    en: 'direct marketing',
    ru: 'прямой маркетинг',
  },
  objection: {
    en: 'objection',
    ru: 'возражение',
  },
  rightToObject: {
    en: 'right to object',
    ru: 'право на возражение',
    note: 'Название ст. 21 GDPR в русских переводах.',
  },
  rightOfAccess: {
    en: 'right of access',
    ru: 'право на доступ',
  },
  subjectAccessRequest: {
    en: 'subject access request (SAR)',
    ru: 'запрос на доступ (SAR)',
    note: 'Запрос субъекта данных по ст. 15 GDPR; аббревиатура SAR — из британской практики.',
  },
  erasure: {
    en: 'erasure',
    ru: 'удаление',
    note: 'Право на удаление (ст. 17 GDPR) часто называют «правом на забвение»; в 152-ФЗ ближе всего «уничтожение» персональных данных.',
  },
  rectification: {
    en: 'rectification',
    ru: 'исправление',
  },
  restriction: {
    en: 'restriction of processing',
    ru: 'ограничение обработки',
  },
  portability: {
    en: 'data portability',
    ru: 'переносимость данных',
  },
  dataMinimisation: {
    en: 'data minimisation',
    ru: 'минимизация данных',
  },
  storageLimitation: {
    en: 'storage limitation',
    ru: 'ограничение хранения',
  },
  accuracy: {
    en: 'accuracy',
    ru: 'точность',
  },
  accountability: {
    en: 'accountability',
    ru: 'подотчётность',
    note: 'Принцип ст. 5(2) GDPR: контролёр должен уметь доказать соблюдение правил.',
  },
  transparency: {
    en: 'transparency',
    ru: 'прозрачность',
  },
  privacyNotice: {
    en: 'privacy notice',
    ru: 'уведомление о конфиденциальности',
    note: 'Информация по ст. 13–14 GDPR. Не путать с «политикой конфиденциальности»: полное уведомление часто публикуют в ней, но краткое должно быть в самом письме. Близкая российская норма — ч. 3 ст. 18 152-ФЗ (уведомление, когда данные получены не от субъекта).',
  },
  layeredNotice: {
    en: 'layered notice',
    ru: 'многоуровневое уведомление',
  },
  ePrivacy: {
    en: 'ePrivacy Directive',
    ru: 'Директива ePrivacy',
    note: 'Директива 2002/58/EC о конфиденциальности в секторе электронных коммуникаций; в русскоязычной практике её обычно называют по-английски.',
  },
  softOptIn: {
    en: 'soft opt-in',
    ru: 'soft opt-in',
    note: 'Устоявшегося русского термина нет: это исключение для действующих клиентов (ст. 13(2) Директивы ePrivacy, reg. 22(3) PECR). Оставляем английский термин с пояснением.',
  },
  corporateSubscriber: {
    en: 'corporate subscriber',
    ru: 'корпоративный абонент',
    note: 'Термин британского PECR: компании, LLP, шотландские партнёрства, некоторые госорганы.',
  },
  individualSubscriber: {
    en: 'individual subscriber',
    ru: 'индивидуальный абонент',
  },
  representative: {
    en: 'EU representative',
    ru: 'представитель в ЕС',
    note: 'Представитель по ст. 27 GDPR; в Великобритании — представитель в Великобритании.',
  },
  dpo: {
    en: 'data protection officer (DPO)',
    ru: 'инспектор по защите данных (DPO)',
    note: 'Так в переводе ст. 37 на gdpr-text.com («инспектор по защите персональных данных»). Российский аналог — лицо, ответственное за организацию обработки персональных данных (ст. 22.1 152-ФЗ), — роль похожая, но не та же.',
  },
  transfer: {
    en: 'international transfer',
    ru: 'трансграничная передача',
    note: 'Термин 152-ФЗ (ст. 12) совпадает по смыслу с передачей в третьи страны по главе V GDPR.',
  },
  thirdCountry: {
    en: 'third country',
    ru: 'третья страна',
  },
  adequacyDecision: {
    en: 'adequacy decision',
    ru: 'решение об адекватности',
    note: 'Решение Еврокомиссии по ст. 45 GDPR. В переводах встречаются «решение о соответствии» и «решение о достаточности уровня защиты»; мы пишем «об адекватности» — так говорят на практике, и 152-ФЗ тоже говорит об «адекватной защите» прав субъектов.',
  },
  scc: {
    en: 'standard contractual clauses (SCCs)',
    ru: 'стандартные договорные условия (SCC)',
    note: 'В тексте ст. 46(2)(c) — «стандартные положения о защите данных»; на практике их называют договорными условиями или оговорками, а аббревиатуру оставляют английской.',
  },
  dataProcessingAgreement: {
    en: 'data processing agreement',
    ru: 'договор об обработке данных',
    note: 'Договор с обработчиком по ст. 28 GDPR (DPA); в 152-ФЗ — поручение оператора на обработку (ч. 3 ст. 6).',
  },
  pseudonymisation: {
    en: 'pseudonymisation',
    ru: 'псевдонимизация',
    note: '«Обезличивание» по 152-ФЗ по смыслу ближе к псевдонимизации, чем к анонимизации: без дополнительной информации нельзя определить субъекта, но с ней — можно.',
  },
  personalDataBreach: {
    en: 'personal data breach',
    ru: 'нарушение безопасности персональных данных',
    note: 'Ст. 33–34 GDPR; в российской практике чаще говорят «утечка» или «инцидент».',
  },
  suppressionList: {
    en: 'suppression list',
    ru: 'стоп-лист',
    note: 'Список тех, кому больше нельзя писать. Так его называют российские email-маркетологи; у CNIL — «liste repoussoir». Не «чёрный список»: так называют списки спамеров у почтовых провайдеров.',
    avoid: ['чёрный список', 'черный список'],
  },
  optOut: {
    en: 'opt-out',
    ru: 'отказ от рассылки',
  },
  unsubscribe: {
    en: 'unsubscribe',
    ru: 'отписка',
  },
  hardBounce: {
    en: 'hard bounce',
    ru: 'жёсткий отказ (hard bounce)',
    note: 'Постоянная ошибка доставки (ящика нет); «мягкий отказ» (soft bounce) — временная.',
  },
  roleAddress: {
    en: 'role address',
    ru: 'ролевой адрес',
    note: 'Адрес функции, а не человека: info@, sales@.',
  },
  namedAddress: {
    en: 'named address',
    ru: 'именной адрес',
    note: 'Адрес, по которому виден конкретный человек: jane.doe@acme.example.',
  },
  genericAddress: {
    en: 'generic address',
    ru: 'общий адрес',
    note: 'Адрес компании, не называющий человека: info@acme.example.',
  },
  disposableAddress: {
    en: 'disposable address',
    ru: 'одноразовый адрес',
  },
  coldEmail: {
    en: 'cold email',
    ru: 'холодное письмо',
  },
  recital: {
    en: 'recital',
    ru: 'пункт преамбулы',
    note: 'Recital 47 — «п. 47 преамбулы». Пункты преамбулы не создают норм, но по ним толкуют статьи.',
  },
  ruleAllowed: {
    en: 'allowed',
    ru: 'разрешено',
    note: 'Национальное правило для B2B-писем: согласие не нужно, но GDPR действует.',
  },
  ruleConditions: {
    en: 'conditions',
    ru: 'при условиях',
  },
  ruleConsentRequired: {
    en: 'consent required',
    ru: 'нужно согласие',
  },
  ruleUnclear: {
    en: 'unclear',
    ru: 'неясно',
  },
} as const satisfies Record<string, Term>;

/** The key of a term in the table, e.g. `legitimateInterest`. */
export type TermKey = keyof typeof TERMS_RU;
