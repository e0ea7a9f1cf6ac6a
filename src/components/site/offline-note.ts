import { site } from '../../lib/i18n/en/site';

/**
 * What the footer says about the offline copy, in English (the catalog's `site.offline`); the
 * footer of a page in another language carries that language's words in data attributes.
 */
export const OFFLINE_NOTE = site.offline;

/** The offline note's words, in any language. */
export type OfflineWords = { readonly [K in keyof typeof site.offline]: string };
