/**
 * The Arabic terminology of the site: one Arabic term per legal or technical concept, used the
 * same way on every Arabic page and, later, in the tools' Arabic catalog. The Arabic glossary
 * (`src/content/docs/ar/reference/glossary.mdx`) renders this table.
 *
 * Choices follow the Arab data protection laws where their wording fits the GDPR concept: the UAE
 * Federal Decree-Law No. 45 of 2021 (PDPL), the Saudi Personal Data Protection Law (PDPL) and its
 * regulations, and the Egyptian Law No. 151 of 2020. Where those laws differ, the note says which
 * term each uses, so a reader who knows one of them recognises the concept.
 */

/** One concept: its English term as the site uses it, the Arabic term, and why, where needed. */
export interface TermEntry {
  /** The English term, as written on the English pages. */
  en: string;
  /** The Arabic term every Arabic page uses for it. */
  ar: string;
  /** Why this term, or which other terms Arab laws use for the same concept. */
  note?: string;
  /**
   * Renderings the site deliberately does not use for this concept (a calque, another law's
   * word, an ambiguous phrase). A unit test keeps them out of the Arabic pages.
   */
  avoid?: readonly string[];
}

export const TERMS_AR = {
  gdpr: {
    en: 'GDPR (General Data Protection Regulation)',
    ar: 'اللائحة العامة لحماية البيانات',
    note: 'لائحة الاتحاد الأوروبي رقم 2016/679؛ نكتب الاختصار اللاتيني GDPR حيث يلزم التمييز، ونقول «اللائحة» اختصارًا بعد ذكرها أول مرة. ليس لها نص عربي رسمي.',
  },
  ukGdpr: {
    en: 'UK GDPR',
    ar: 'اللائحة البريطانية العامة لحماية البيانات',
    note: 'نسخة اللائحة التي أبقتها المملكة المتحدة في قانونها بعد خروجها من الاتحاد الأوروبي.',
  },
  personalData: {
    en: 'personal data',
    ar: 'البيانات الشخصية',
  },
  processing: {
    en: 'processing',
    ar: 'المعالجة',
    note: 'تشمل الجمع والتخزين والاستخدام والإرسال والحذف، كما في القوانين العربية الثلاثة.',
  },
  controller: {
    en: 'controller',
    ar: 'المتحكم',
    note: 'لفظ القانون الإماراتي والقانون المصري رقم 151 لسنة 2020؛ النظام السعودي يقول «جهة التحكم»، وقانون البحرين «مدير البيانات». نتجنب «مراقب البيانات» لأنه يوحي بجهة رقابية.',
    avoid: ['مراقب البيانات', 'جهة التحكم'],
  },
  processor: {
    en: 'processor',
    ar: 'المعالج',
    note: 'لفظ القانونين الإماراتي والمصري؛ النظام السعودي يقول «جهة المعالجة».',
    avoid: ['جهة المعالجة'],
  },
  dataSubject: {
    en: 'data subject',
    ar: 'صاحب البيانات',
    note: 'لفظ القانون الإماراتي؛ النظام السعودي يقول «صاحب البيانات الشخصية»، والقانون المصري «الشخص المعني بالبيانات». نتجنب الترجمة الحرفية «موضوع البيانات».',
    avoid: ['موضوع البيانات', 'الشخص المعني بالبيانات'],
  },
  supervisoryAuthority: {
    en: 'supervisory authority',
    ar: 'السلطة الرقابية',
    note: 'الهيئة العامة المستقلة التي تراقب تطبيق اللائحة في كل دولة (المادة 51). تقابلها في الدول العربية جهات مسمّاة، مثل مكتب الإمارات للبيانات وسدايا في السعودية ومركز حماية البيانات الشخصية في مصر.',
  },
  lawfulBasis: {
    en: 'lawful basis',
    ar: 'الأساس القانوني للمعالجة',
    note: 'أحد الأسس الستة في المادة 6(1) من اللائحة؛ نقول «الأساس القانوني» اختصارًا.',
  },
  legitimateInterest: {
    en: 'legitimate interest',
    ar: 'المصلحة المشروعة',
    note: 'المادة 6(1)(f) من اللائحة. النظام السعودي بعد تعديله يستعمل العبارة نفسها: «مصالح مشروعة لجهة التحكم».',
  },
  lia: {
    en: 'legitimate interests assessment (LIA)',
    ar: 'تقييم المصلحة المشروعة',
    note: 'الاختبار الثلاثي المكتوب: الغرض، والضرورة، والموازنة.',
  },
  balancingTest: {
    en: 'balancing test',
    ar: 'اختبار الموازنة',
    note: 'الموازنة بين مصلحة المرسل وحقوق صاحب البيانات وتوقعاته المعقولة.',
  },
  consent: {
    en: 'consent',
    ar: 'الموافقة',
  },
  priorConsent: {
    en: 'prior consent (opt-in)',
    ar: 'الموافقة المسبقة',
    note: 'موافقة تُعطى قبل إرسال أول رسالة تسويقية؛ نكتب opt-in بين قوسين حين يفيد.',
  },
  optOutBasis: {
    en: 'opt-out basis',
    ar: 'نظام الرفض اللاحق',
    note: 'يجوز الإرسال دون موافقة مسبقة ما دام المستلم قادرًا على الرفض في أي وقت.',
  },
  unsubscribe: {
    en: 'unsubscribe (opt-out)',
    ar: 'إلغاء الاشتراك',
    note: 'الفعل العملي لطلب التوقف؛ أما الحق القانوني فهو «الحق في الاعتراض».',
  },
  objection: {
    en: 'objection',
    ar: 'الاعتراض',
  },
  rightToObject: {
    en: 'right to object',
    ar: 'الحق في الاعتراض',
    note: 'المادة 21 من اللائحة؛ وهو مطلق في التسويق المباشر.',
  },
  erasure: {
    en: 'erasure (right to be forgotten)',
    ar: 'المحو',
    note: 'لفظ القانون المصري؛ القانون الإماراتي يقول «المسح» والنظام السعودي «الإتلاف». نقول «الحق في المحو» للحق القانوني (المادة 17)، و«الحذف» للعمل اليومي في الأدوات.',
  },
  subjectAccessRequest: {
    en: 'subject access request (SAR)',
    ar: 'طلب الوصول إلى البيانات',
    note: 'الطلب بموجب المادة 15؛ «الحق في الوصول» هو لفظ النظام السعودي أيضًا.',
  },
  directMarketing: {
    en: 'direct marketing',
    ar: 'التسويق المباشر',
    note: 'لفظ المادة 17 من القانون المصري.',
  },
  coldEmail: {
    en: 'cold email',
    ar: 'البريد الإلكتروني البارد',
    note: 'مصطلح أهل المبيعات لأول رسالة إلى شخص لا علاقة سابقة معه؛ نقول أيضًا «الرسالة الباردة».',
  },
  suppressionList: {
    en: 'suppression list',
    ar: 'قائمة الاستبعاد',
    note: 'قائمة «عدم التواصل» التي تُطابَق بها كل قائمة قبل الإرسال. نتجنب «القائمة السوداء» و«قائمة الحظر» لأنهما توحيان بحظر مرسلين مزعجين لا باستبعاد من طلبوا التوقف.',
    avoid: ['القائمة السوداء', 'قائمة الحظر'],
  },
  dataMinimisation: {
    en: 'data minimisation',
    ar: 'تقليل البيانات إلى الحد الأدنى',
    note: 'المادة 5(1)(c)؛ نقول «مبدأ الحد الأدنى من البيانات» أيضًا.',
  },
  storageLimitation: {
    en: 'storage limitation',
    ar: 'تحديد مدة التخزين',
    note: 'المادة 5(1)(e).',
  },
  accountability: {
    en: 'accountability',
    ar: 'المساءلة',
    note: 'المادة 5(2): أن تقدر على إثبات امتثالك.',
  },
  privacyNotice: {
    en: 'privacy notice',
    ar: 'إشعار الخصوصية',
    note: 'نقول «الإشعار» اختصارًا؛ وهو في الرسالة «الإشعار المختصر»، وعلى موقعك «الإشعار الكامل».',
  },
  layeredNotice: {
    en: 'layered notice',
    ar: 'الإشعار متعدد المستويات',
  },
  ePrivacy: {
    en: 'ePrivacy Directive',
    ar: 'توجيه الخصوصية الإلكترونية',
    note: 'التوجيه 2002/58/EC. «التوجيه» في قانون الاتحاد الأوروبي نص تنقله كل دولة عضو إلى قانونها، بخلاف «اللائحة» النافذة مباشرة.',
  },
  softOptIn: {
    en: 'soft opt-in',
    ar: 'استثناء العملاء الحاليين',
    note: 'نصف الاستثناء بما يفعله بدل ترجمة الاسم الإنجليزي حرفيًا، ونذكر soft opt-in بين قوسين أول مرة.',
  },
  corporateSubscriber: {
    en: 'corporate subscriber',
    ar: 'المشترك الاعتباري',
    note: 'مصطلح لوائح PECR البريطانية: الشركة وشركة المسؤولية المحدودة ونحوهما؛ يقابله «المشترك الفردي».',
  },
  soleTrader: {
    en: 'sole trader',
    ar: 'التاجر الفرد',
  },
  representative: {
    en: 'EU representative (Art. 27)',
    ar: 'الممثل في الاتحاد الأوروبي',
  },
  dpo: {
    en: 'data protection officer (DPO)',
    ar: 'مسؤول حماية البيانات',
    note: 'اللفظ نفسه في القانونين الإماراتي والمصري؛ النظام السعودي يقول «مسؤول حماية البيانات الشخصية».',
  },
  transfer: {
    en: 'international transfer',
    ar: 'النقل الدولي للبيانات',
    note: 'القانون الإماراتي يقول «نقل البيانات عبر الحدود»، والنظام السعودي «نقل البيانات الشخصية إلى خارج المملكة».',
  },
  adequacyDecision: {
    en: 'adequacy decision',
    ar: 'قرار الكفاية',
    note: 'قرار المفوضية الأوروبية بأن مستوى الحماية في بلد ما كافٍ (المادة 45)؛ يقابله في النظام السعودي «المستوى المناسب لحماية البيانات الشخصية».',
    avoid: ['قرار الملاءمة'],
  },
  scc: {
    en: 'standard contractual clauses (SCCs)',
    ar: 'البنود التعاقدية القياسية',
    note: 'اللفظ الذي تستعمله سدايا لنماذجها السعودية المقابلة.',
    avoid: ['الشروط التعاقدية النموذجية'],
  },
  dataProcessingAgreement: {
    en: 'data processing agreement (DPA)',
    ar: 'اتفاقية معالجة البيانات',
    note: 'العقد مع المعالج الذي تشترطه المادة 28.',
  },
  dataBreach: {
    en: 'personal data breach',
    ar: 'خرق البيانات الشخصية',
    note: 'لفظ القانون الإماراتي؛ النظام السعودي يقول «تسرب البيانات».',
  },
  pseudonymisation: {
    en: 'pseudonymisation',
    ar: 'التسمية المستعارة',
    note: 'البيانات المستعارة تبقى بيانات شخصية (المادة 4(5))، بخلاف «إخفاء الهوية» (anonymisation) الذي لا يُرجع فيه.',
  },
  hash: {
    en: 'hash',
    ar: 'بصمة التجزئة',
    note: 'ناتج دالة تجزئة أحادية الاتجاه مثل SHA-256؛ نقول «البصمة» اختصارًا. ليست تشفيرًا.',
  },
  bounce: {
    en: 'bounce (hard / soft)',
    ar: 'الرسالة المرتدة (ارتداد دائم / مؤقت)',
  },
  namedAddress: {
    en: 'named address',
    ar: 'العنوان الاسمي',
    note: 'عنوان بريد يحمل اسم شخص، مثل jane.doe@acme.example.',
  },
  genericAddress: {
    en: 'generic address / role address',
    ar: 'العنوان العام',
    note: 'صندوق بريد لوظيفة أو قسم لا لشخص، مثل info@ وsales@. نتجنب «عنوان العمل» لأنه يشمل العنوان الاسمي أيضًا.',
  },
  ruleAllowed: {
    en: 'allowed (country rule)',
    ar: 'مسموح',
    note: 'القواعد الأربع في جدول الدول: لا حاجة إلى موافقة مسبقة على الرسالة نفسها.',
  },
  ruleConditions: {
    en: 'conditions (country rule)',
    ar: 'بشروط',
  },
  ruleConsentRequired: {
    en: 'consent required (country rule)',
    ar: 'الموافقة مطلوبة',
    note: 'نتجنب «موافقة مشروطة» لأنها تُفهم موافقةً معلّقة على شرط.',
    avoid: ['موافقة مشروطة'],
  },
  ruleUnclear: {
    en: 'unclear (country rule)',
    ar: 'غير واضح',
    note: 'يُعامَل معاملة «الموافقة مطلوبة» احتياطًا.',
  },
  recital: {
    en: 'recital',
    ar: 'الحيثية',
    note: 'الفقرات المرقمة في ديباجة اللائحة، مثل الحيثية 47؛ تفسّر المواد ولا تُلزم بذاتها.',
  },
  provenance: {
    en: 'provenance record',
    ar: 'سجل المصدر',
    note: 'من أين جاء كل سجل، ومتى، وكيف.',
  },
} as const satisfies Record<string, TermEntry>;

/** The table's rows in the order above, typed plainly for rendering. */
export const TERM_ROWS_AR: readonly TermEntry[] = Object.values(TERMS_AR);
