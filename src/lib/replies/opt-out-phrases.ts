import type { Locale } from '../i18n/locales.ts';
import type { LanguagePack } from './schema.ts';

/**
 * The comment lines at the top of the list, in the language of the page it is downloaded from
 * (the phrases themselves stay in their own languages). Kept with the list rather than in the
 * message catalogs: they are the file's content, like the phrases.
 */
const HEADER: Record<Locale, readonly string[]> = {
  en: [
    '# Opt-out phrases for mailbox filter rules',
    '# From the reply composer of Cold Email GDPR Kit (/tools/reply-composer/).',
    '# A reply containing one of these phrases is probably an objection to direct marketing',
    '# (GDPR Art. 21(2)) or an erasure request (Art. 17): stop emailing that person and answer',
    '# within one month (Art. 12(3)). A filter finds candidates; a person should read each one.',
    '# One phrase per line, grouped by language. Lines starting with # are comments.',
  ],
  ru: [
    '# Фразы отказа для правил почтовых фильтров',
    '# Из конструктора ответов Cold Email GDPR Kit (/ru/tools/reply-composer/).',
    '# Ответ с одной из этих фраз — скорее всего, возражение против прямого маркетинга',
    '# (ст. 21(2) GDPR) или требование удаления (ст. 17): перестаньте писать этому человеку и ответьте',
    '# в течение месяца (ст. 12(3)). Фильтр находит кандидатов; каждое письмо должен прочитать человек.',
    '# По одной фразе в строке, по языкам; фразы — на языке, на котором их пишут. Строки, начинающиеся с #, — комментарии.',
  ],
  ar: [
    '# عبارات إلغاء الاشتراك لقواعد مرشّحات صندوق البريد',
    '# من أداة كتابة الردود في Cold Email GDPR Kit ‏(/ar/tools/reply-composer/).',
    '# الرد الذي فيه إحدى هذه العبارات هو على الأرجح اعتراض على التسويق المباشر',
    '# (المادة 21(2) من اللائحة العامة لحماية البيانات) أو طلب محو (المادة 17): توقّف عن مراسلة هذا الشخص،',
    '# وأجِبه خلال شهر واحد (المادة 12(3)). المرشّح يجد الرسائل المرشّحة؛ وينبغي أن يقرأ كلَّ واحدة منها شخص.',
    '# عبارة في كل سطر، مجمَّعة حسب اللغة، وكل عبارة بلغتها. الأسطر التي تبدأ بـ # تعليقات.',
  ],
};

/**
 * The downloadable opt-out phrase list: for each language, the word the notice asks people to
 * reply with, then the plain phrases people use to unsubscribe, object or ask for erasure, one
 * per line, lower-case, without duplicates. Lines starting with `#` are comments, in `locale`
 * (the language of the page it is linked from), and so are the language headings. Generated from
 * the same language files the composer uses; every phrase is one the composer detects.
 */
export function optOutPhraseList(packs: readonly LanguagePack[], locale: Locale = 'en'): string {
  const out = [...HEADER[locale], ''];
  const names = locale === 'en' ? null : new Intl.DisplayNames([locale], { type: 'language' });
  for (const pack of packs) {
    const name = names?.of(pack.code) ?? pack.englishName;
    out.push(`## ${name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)} (${pack.code})`);
    const seen = new Set<string>();
    for (const phrase of [pack.optOutKeyword, ...pack.detection.filterPhrases]) {
      const line = phrase.trim().toLowerCase();
      if (seen.has(line)) continue;
      seen.add(line);
      out.push(line);
    }
    out.push('');
  }
  return out.join('\n');
}
