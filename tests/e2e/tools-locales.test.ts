import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openTool, sidewaysScroll, useBrowser } from './pages';
import { TRANSLATIONS, getMessages } from '../../src/lib/i18n/catalogs';
import { EN, type Area } from '../../src/lib/i18n/en/index';
import { countryName } from '../../src/lib/i18n/country-names';
import { LOCALE_DIR, type Locale } from '../../src/lib/i18n/locales';
import { TRANSLATED_FRAGMENTS } from '../../src/lib/i18n/anchors';
import { engineText } from '../../src/lib/i18n/engine-messages';

/**
 * The campaign planner, the notice generator and the reply composer on the Russian and Arabic
 * tool pages (issue #16, points 3, 4 and 6): each one used end to end in the page's language,
 * right to left in Arabic, with country names in that language, the same `name` hooks as in
 * English, no console error or hydration warning, no serious axe violation, no sideways scroll
 * at 390 px, and no English message of the tool's catalog areas left in its interface.
 */
const baseUrl = inject('baseUrl');

type UiLocale = Exclude<Locale, 'en'>;
const LOCALES: UiLocale[] = ['ru', 'ar'];

/** How each locale's reader types Germany's name: as written, and (Arabic) without hamza. */
const GERMANY: Record<UiLocale, string[]> = { ru: ['Германия', 'германия'], ar: ['ألمانيا', 'المانيا'] };

interface Tool {
  slug: string;
  /** The island's root element. */
  root: string;
  /** The catalog areas the tool shows. */
  areas: Area[];
  /** The `name` attributes of its main fields, the same in every locale. */
  names: string[];
  /** Uses the tool the quickest way a user would, until its result is there. */
  use(page: Page, locale: UiLocale): Promise<void>;
}

const TOOLS: Tool[] = [
  {
    slug: 'campaign-planner',
    root: '.campaign-planner',
    areas: ['common', 'planner'],
    names: ['about.campaign', 'about.preparedBy', 'countries', 'lia.purpose'],
    async use(page, locale) {
      const m = getMessages(locale);
      await page.getByRole('button', { name: m.common.tryExample, exact: true }).click();
      // The example targets France, Ireland and the United Kingdom: each gets a card named in the page's language.
      await page.locator('.cp-country h3').first().waitFor();
      const headings = (await page.locator('.cp-country h3').allTextContents()).map((h) => h.trim());
      expect(headings).toEqual(['FR', 'IE', 'GB'].map((code) => countryName(code, locale)));
    },
  },
  {
    slug: 'notice-generator',
    root: '.notice-generator',
    areas: ['common', 'notice', 'profile'],
    names: ['legalName', 'postalAddress', 'privacyEmail', 'country', 'recipientCountry', 'language', 'purpose', 'source', 'transfer'],
    async use(page, locale) {
      const m = getMessages(locale);
      await page.getByRole('button', { name: m.notice.example.button, exact: true }).click();
      await page.locator('[name="recipientCountry"]').selectOption('DE');
      await expect(page.locator('[name="recipientCountry"] option:checked').textContent()).resolves.toBe(countryName('DE', locale));
      await expect.poll(() => page.locator('.tool-output-text').first().inputValue()).not.toBe('');
    },
  },
  {
    slug: 'reply-composer',
    root: '.reply-composer',
    areas: ['common', 'replies', 'profile'],
    names: ['message', 'requesterName', 'address', 'requesterCountry', 'received', 'language', 'reply', 'legalName', 'privacyEmail'],
    async use(page, locale) {
      const m = getMessages(locale);
      await page.getByRole('button', { name: m.common.tryExample, exact: true }).click();
      await expect.poll(() => page.locator('[name="reply"]').inputValue(), { timeout: 15_000 }).not.toBe('');
      const options = await page.locator('[name="requesterCountry"] option').evaluateAll((els) => els.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
      expect(options.find(([code]) => code === 'DE')?.[1]).toBe(countryName('DE', locale));
    },
  },
  {
    slug: 'list-cleaner',
    root: '.list-cleaner',
    areas: ['common', 'cleaner'],
    names: ['leads', 'suppression', 'clean'],
    async use(page, locale) {
      const m = getMessages(locale);
      await page.getByRole('button', { name: m.cleaner.example.button, exact: true }).click();
      // The sample files are cleaned at once: the primary download appears, named in the page's language.
      await page.getByRole('button', { name: m.cleaner.results.downloads.cleaned, exact: true }).waitFor({ timeout: 20_000 });
    },
  },
];

/** Every message of an object of the catalog, by its path (`coverage.notes.legalName`, `missingCount.one`). */
function messagesOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => messagesOf(inner, path ? `${path}.${key}` : key));
}

/**
 * The English sentences of the tool's areas that must not show on a page in `locale`: each
 * literal piece (between `{placeholders}`) of 12 characters or more of an English message,
 * unless the language's own catalog says exactly the same there (a brand name, a code). An area
 * the language has no file for yet counts in full: the English fallback is what this test catches.
 */
function englishPieces(locale: UiLocale, areas: Area[]): Map<string, string> {
  const pieces = new Map<string, string>();
  for (const area of areas) {
    const own = new Map(messagesOf(TRANSLATIONS[locale][area]));
    for (const [path, english] of messagesOf(EN[area])) {
      if (own.get(path) === english) continue;
      for (const piece of english.split(/\{\w+\}/)) {
        const text = piece.trim();
        if (text.length >= 12) pieces.set(text, `${area}.${path}`);
      }
    }
  }
  return pieces;
}

/** What the island shows and says: its visible text (form values and generated letters aside), option texts and accessible labels. */
function interfaceText(page: Page, root: string): Promise<string[]> {
  return page.locator(root).first().evaluate((island) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(island, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('textarea, pre, script, style')) continue;
      const option = parent.closest('option');
      if (!option && !parent.checkVisibility()) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const el of island.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

const browser = useBrowser();

/** Opens a tool page with a fresh storage, and waits for its island to hydrate. */
function open(path: string, root: string, width = 1440, colorScheme: 'light' | 'dark' = 'light') {
  return openTool(browser(), baseUrl + path, { width, colorScheme, ready: (page) => page.locator(`astro-island:not([ssr]) ${root}`).first() });
}

describe.each(LOCALES)('the tools in %s', (locale) => {
  describe.each(TOOLS)('$slug', (tool) => {
    const path = `/${locale}/tools/${tool.slug}/`;

    it(`is used end to end in ${locale}, with lang="${locale}", dir="${LOCALE_DIR[locale]}", no console error, no hydration warning and no serious axe violation`, async () => {
      const { page, log, warnings } = await open(path, tool.root);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe(LOCALE_DIR[locale]);
      await expect(page.locator(tool.root).first().evaluate((el) => getComputedStyle(el).direction)).resolves.toBe(LOCALE_DIR[locale]);
      await tool.use(page, locale);
      expect(log.errors).toEqual([]);
      expect(warnings.filter((w) => /hydrat/i.test(w))).toEqual([]);
      expect(await axeViolations(page, tool.root)).toEqual([]);
      await page.context().close();
    });

    it('keeps the `name` of its main fields', async () => {
      const { page } = await open(path, tool.root);
      // Some fields show before use only (a filled profile folds), some after (the reply): each must show at one time.
      const present = async () => Promise.all(tool.names.map(async (name) => (await page.locator(`${tool.root} [name="${name}"]`).count()) > 0));
      const before = await present();
      await tool.use(page, locale);
      const after = await present();
      expect(tool.names.filter((_, i) => !before[i] && !after[i])).toEqual([]);
      await page.context().close();
    });

    it('shows no English message of its catalog areas, before or after use', async () => {
      const pieces = englishPieces(locale, tool.areas);
      const { page } = await open(path, tool.root);
      const before = await interfaceText(page, tool.root);
      await tool.use(page, locale);
      const after = await interfaceText(page, tool.root);
      const shown = [...new Set([...before, ...after])].join('\n');
      const english = [...pieces].filter(([piece]) => shown.includes(piece)).map(([piece, key]) => `${key}: "${piece}"`);
      expect(english).toEqual([]);
      await page.context().close();
    });

    it('has no sideways scroll at 390 px, in light and dark, after use', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const { page } = await open(path, tool.root, 390, scheme);
        await tool.use(page, locale);
        await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
        await page.context().close();
      }
    });
  });

  it.each(GERMANY[locale])('the planner\'s country picker finds Germany by "%s"', async (query) => {
    const { page } = await open(`/${locale}/tools/campaign-planner/`, '.campaign-planner');
    await page.locator('[name="countries"]').fill(query);
    const first = page.locator('.cp-listbox [role="option"]').first();
    await expect(first.locator('.cp-option-name').textContent()).resolves.toBe(countryName('DE', locale));
    await page.context().close();
  });
});

/**
 * The list cleaner's own sentences (issue #16): what the cleaning engine says about the user's
 * files (an input error next to the drop zone, the summary's notes) is worded in the page's
 * language, and its glossary links land on the translated glossary's heading.
 */
describe.each(LOCALES)('the list cleaner engine in %s', (locale) => {
  const path = `/${locale}/tools/list-cleaner/`;
  const texts = getMessages(locale).cleaner.engine;

  it('shows why a file is not a CSV in the page’s language, next to the lead list’s drop zone', async () => {
    const { page, log } = await open(path, '.list-cleaner');
    await page.locator('[name="leads"]').setInputFiles({ name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from('%PDF-1.7\n%âãÏÓ\n') });
    const alert = page.locator('.tool-dropzone:has([name="leads"]) [role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toBe(engineText({ code: 'notCsv', file: 'leads.csv', kind: 'pdf' }, texts, locale));
    // The file name is set apart, left to right, inside the sentence.
    await expect(alert.locator('bdi[dir="ltr"]').first().textContent()).resolves.toBe('leads.csv');
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('words the summary’s notes in the page’s language (lines skipped above the header)', async () => {
    const { page, log } = await open(path, '.list-cleaner');
    const csv = 'Export from the CRM, 2 May\nEmail,Name\nann@acme.example,Ann\nbob@acme.example,Bob\n';
    await page.locator('[name="leads"]').setInputFiles({ name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const clean = page.locator('[name="clean"]');
    await expect.poll(() => clean.isEnabled(), { timeout: 10_000 }).toBe(true);
    await clean.click();
    const note = page.locator('.lc-notes li').first();
    await expect.poll(() => note.textContent(), { timeout: 20_000 }).toBe(engineText({ code: 'skipped', count: 1 }, texts, locale));
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('links its glossary words to the glossary in the page’s language, at the translated heading', async () => {
    const { page } = await open(path, '.list-cleaner');
    const hrefs = await page.locator('.list-cleaner a.tool-term').evaluateAll((links) => links.map((a) => decodeURI(a.getAttribute('href') ?? '')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const [pathPart, fragment] = href.split('#');
      expect(pathPart).toMatch(new RegExp(`/${locale}/reference/glossary/$`));
      expect(Object.values(TRANSLATED_FRAGMENTS[locale])).toContain(fragment);
    }
    await page.context().close();
  });
});
