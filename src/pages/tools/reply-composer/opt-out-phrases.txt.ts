import type { APIRoute } from 'astro';
import { LANGUAGE_LIST } from '../../../lib/replies/languages';
import { optOutPhraseList } from '../../../lib/replies/opt-out-phrases';

/**
 * /tools/reply-composer/opt-out-phrases.txt: the phrases the reply composer uses to detect
 * unsubscribe/objection and erasure requests, per language, written at build time from the same
 * language files, for mailbox filter rules.
 */
export const prerender = true;

export const GET: APIRoute = () =>
  new Response(optOutPhraseList(LANGUAGE_LIST), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
