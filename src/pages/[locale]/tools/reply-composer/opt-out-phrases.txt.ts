import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../../lib/i18n/locales';
import { languageTexts } from '../../../../lib/replies/language-files';
import { optOutPhraseList } from '../../../../lib/replies/opt-out-phrases';

/**
 * /ru/tools/reply-composer/opt-out-phrases.txt and /ar/…: the opt-out phrase list linked from the
 * translated reply composer pages, its comments and language headings in the page's language
 * (the English one is /tools/reply-composer/opt-out-phrases.txt).
 */
export const prerender = true;

export const getStaticPaths = (() => LOCALES.filter((locale) => locale !== 'en').map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(optOutPhraseList(languageTexts(), params.locale as Locale), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
