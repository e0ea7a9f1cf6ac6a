import type { APIRoute } from 'astro';
import { languageTexts } from '../../../lib/replies/language-files';
import { optOutPhraseList } from '../../../lib/replies/opt-out-phrases';

/**
 * /tools/reply-composer/opt-out-phrases.txt: the phrases the reply composer uses to detect
 * unsubscribe/objection and erasure requests, per language, written at build time from the same
 * language files, for mailbox filter rules.
 */
export const prerender = true;

export const GET: APIRoute = () =>
  new Response(optOutPhraseList(languageTexts()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
