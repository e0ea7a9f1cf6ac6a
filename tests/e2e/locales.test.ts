import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, sidewaysScroll, useBrowser } from './pages';
import { getMessages } from '../../src/lib/i18n/catalogs';
import { countryName } from '../../src/lib/i18n/country-names';
import { plural } from '../../src/lib/i18n/format';
import { jurisdictionTextsSchema, localConditions, type JurisdictionTexts } from '../../src/lib/i18n/jurisdiction-texts';
import type { Locale } from '../../src/lib/i18n/locales';

/**
 * The site in Russian and Arabic (issue #16): every page of a language's folder
 * (src/content/docs/<locale>/) plus its home, country and glossary pages, in the built site.
 */
const baseUrl = inject('baseUrl');
const DOCS = new URL('../../src/content/docs/', import.meta.url);
const TEXTS = new URL('../../src/content/jurisdiction-texts/', import.meta.url);
const RECORDS = new URL('../../src/content/jurisdictions/', import.meta.url);

const records = readdirSync(RECORDS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, RECORDS), 'utf8')) as { code: string; conditions: string; namedAddress: 'allowed' });

const LOCALES: { locale: Exclude<Locale, 'en'>; dir: 'ltr' | 'rtl' }[] = [
  { locale: 'ru', dir: 'ltr' },
  { locale: 'ar', dir: 'rtl' },
];

/** The language picker's choices, in this order, on every page. */
const LANGUAGES = ['English', 'Русский', 'العربية'];

/** The pages of a locale's folder as paths (`/ru/playbook/opt-out/`), with its home, country and glossary pages always among them. */
function pagesOf(locale: string): string[] {
  const dir = new URL(`${locale}/`, DOCS);
  const files = existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]) : [];
  const slugs = files
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''))
    .map((slug) => (slug === '' ? `/${locale}/` : `/${locale}/${slug}/`));
  return [...new Set([`/${locale}/`, `/${locale}/reference/countries/`, `/${locale}/reference/glossary/`, ...slugs])].sort();
}

/** The locale's translated country texts, as the site reads them (none while the file is not there). */
function textsOf(locale: string): JurisdictionTexts | undefined {
  const file = new URL(`${locale}.json`, TEXTS);
  return existsSync(file) ? jurisdictionTextsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
}

/**
 * The language of a page's text: the locale's where its folder has the page, English where
 * Starlight shows the English page there (not translated yet). Components in the text speak it.
 */
function contentLocaleOf(locale: Exclude<Locale, 'en'>, slug: string): Locale {
  const base = new URL(`${locale}/${slug}`, DOCS).pathname;
  return ['.mdx', '.md', '/index.mdx'].some((ext) => existsSync(base.replace(/\/$/, '') + ext)) ? locale : 'en';
}

/** The title of a locale's page, from its front matter (the English page's while it has none). */
function titleOf(locale: string, slug: string): string {
  for (const file of [`${locale}/${slug}.mdx`, `${locale}/${slug}.md`, `${slug}.mdx`, `${slug}.md`]) {
    const url = new URL(file, DOCS);
    if (existsSync(url)) return /^title:\s*['"]?(.+?)['"]?\s*$/m.exec(readFileSync(url, 'utf8'))![1]!;
  }
  throw new Error(`No page ${slug}`);
}

const browser = useBrowser();
const open = (path: string, width = 1440) => openPage(browser(), baseUrl + path, width);

describe.each(LOCALES)('the site in $locale', ({ locale, dir }) => {
  const { site } = getMessages(locale);

  describe.each(pagesOf(locale))('page %s', (path) => {
    it(`answers 200 with lang="${locale}" and dir="${dir}", no console error, the footer in ${locale}, the three languages in the picker, and no serious or critical axe violation`, async () => {
      const { page, log, status } = await open(path);
      expect(status).toBe(200);
      const html = page.locator('html');
      await expect(html.getAttribute('lang')).resolves.toBe(locale);
      await expect(html.getAttribute('dir')).resolves.toBe(dir);
      expect(log.errors).toEqual([]);
      await expect(page.locator('.legal-note').textContent()).resolves.toContain(site.footer.legalNote);
      await expect(page.locator('.legal-note a').getAttribute('href')).resolves.toBe(`/${locale}/privacy/`);
      const options = await page.locator('starlight-lang-select select').first().locator('option').allTextContents();
      expect(options.map((o) => o.trim())).toEqual(LANGUAGES);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('has no sideways scroll at 390 px', async () => {
      const { page } = await open(path, 390);
      await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
      await page.close();
    });
  });

  it('names the sidebar groups in its language', async () => {
    const { page } = await open(`/${locale}/reference/countries/`);
    const groups = await page.locator('#starlight__sidebar .group-label').allTextContents();
    expect(groups.map((g) => g.trim())).toEqual(Object.values(site.sidebar));
    await page.close();
  });

  describe.each([
    [`/${locale}/`, 'index'],
    [`/${locale}/reference/countries/`, 'reference/countries'],
  ])('the country map on %s', (path, slug) => {
    const words = contentLocaleOf(locale, slug);
    const site = getMessages(words).site;

    it(`is named, titled and explained in the language of the page's text (${words}), every country by its name in that language`, async () => {
      const { page } = await open(path);
      const map = page.locator('[data-country-map] svg');
      const name = await map.evaluate((svg) => document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent ?? '');
      expect(name).toBe(plural(site.map.title, records.length, {}, words));
      const titles = await page.locator('[data-country-map] [data-map-code]').evaluateAll((links) =>
        links.map((a) => [a.getAttribute('data-map-code')!, a.querySelector(':scope > title')!.textContent!] as const),
      );
      expect(titles).toHaveLength(records.length);
      for (const [code, title] of titles) {
        expect(title.startsWith(`${countryName(code, words)}: `), title).toBe(true);
        expect(Object.values(site.rulesInSentence).some((rule) => title.includes(rule)), title).toBe(true);
      }
      const legend = (await page.locator('[data-country-map] .ck-map-legend li').allTextContents()).map((t) => t.trim());
      expect(legend).toEqual(expect.arrayContaining([...Object.values(site.rules), site.map.ring]));
      await expect(page.locator('[data-country-map] .ck-map-legend').getAttribute('aria-label')).resolves.toBe(site.map.legend);
      await page.close();
    });

    it(`links each country to its card on the ${locale} country page`, async () => {
      const { page } = await open(path);
      const href = await page.locator('[data-map-code="DE"]').getAttribute('href');
      expect(href).toBe(path === `/${locale}/` ? `/${locale}/reference/countries/#de` : '#de');
      await page.close();
    });
  });

  describe('the country page', () => {
    const words = contentLocaleOf(locale, 'reference/countries');
    const site = getMessages(words).site;
    const texts = words === 'en' ? undefined : textsOf(locale);

    it(`shows every card with the country's name and conditions in the language of the page's text (${words})`, async () => {
      const { page } = await open(`/${locale}/reference/countries/`);
      const cards = await page.locator('[data-country]').evaluateAll((els) =>
        els.map((card) => ({
          code: card.getAttribute('data-country')!,
          heading: card.querySelector('h2')!.textContent!.trim(),
          conditions: card.querySelector('.conditions')!.textContent!,
        })),
      );
      expect(cards).toHaveLength(records.length);
      for (const record of records) {
        const card = cards.find((c) => c.code === record.code)!;
        expect(card.heading.startsWith(countryName(record.code, words)), card.heading).toBe(true);
        expect(card.conditions).toBe(localConditions(record, texts));
      }
      await page.close();
    });

    it('says its filters and counts in its language', async () => {
      const { page } = await open(`/${locale}/reference/countries/`);
      await expect(page.getByLabel(site.countries.filterLabel).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('status').textContent()).resolves.toBe(plural(site.countries.count, records.length, {}, words));
      await page.getByLabel(site.countries.ruleLabel).selectOption('consent-required');
      const shown = await page.locator('[data-country]:visible').count();
      await expect(page.getByRole('status').textContent()).resolves.toBe(plural(site.countries.countOf, records.length, { shown }, words));
      await page.close();
    });

    const local = { en: [], ru: ['Германия', 'германия'], ar: ['ألمانيا', 'المانيا'] }[words];
    it.each([...local, 'Germany', 'Deutschland'])(
      'finds Germany by "%s"',
      async (query) => {
        const { page } = await open(`/${locale}/reference/countries/`);
        await page.getByLabel(site.countries.filterLabel).fill(query);
        const codes = await page.locator('[data-country]:visible').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-country')));
        expect(codes).toEqual(['DE']);
        await page.close();
      },
    );
  });

  it(`finds its own pages with the site search (a ${locale} query, a ${locale} result)`, async () => {
    const { page, log } = await open(`/${locale}/`);
    const query = titleOf(locale, 'reference/glossary');
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('dialog .pagefind-ui__search-input').fill(query);
    const results = page.locator('.pagefind-ui__result-link');
    await results.first().waitFor({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs).toContain(`/${locale}/reference/glossary/`);
    expect(hrefs.filter((href) => !href.startsWith(`/${locale}/`))).toEqual([]);
    expect(log.requests.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
    await page.close();
  });
});

describe('the language picker', () => {
  it.each([
    ['Русский', '/ru/reference/countries/'],
    ['العربية', '/ar/reference/countries/'],
  ])('takes the English country page to its %s twin', async (language, twin) => {
    const { page } = await open('/reference/countries/');
    await page.locator('starlight-lang-select select').first().selectOption({ label: language });
    await page.waitForURL(`${baseUrl}${twin}`);
    await page.close();
  });
});

describe('the language picker in the header', () => {
  it.each(['/', '/ru/', '/ar/'])('shows the language of %s whole, not cut short', async (path) => {
    const { page } = await open(path);
    const [room, needed] = await page.locator('starlight-lang-select select').first().evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = select.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
      return [room, context.measureText(select.selectedOptions[0]!.text).width];
    });
    expect(room).toBeGreaterThanOrEqual(needed);
    await page.close();
  });
});

describe('Arabic pages lay out right to left', () => {
  // The page text's direction: right to left once the Arabic page exists, left to right where
  // Starlight still shows the English text under /ar/ (marked dir="ltr").
  const rtl = (slug: string) => contentLocaleOf('ar', slug) === 'ar';

  it('puts the country cards’ rule stripe and the map legend’s first entry at the start of the line (the right, in Arabic)', async () => {
    const { page } = await open('/ar/reference/countries/');
    const card = page.locator('[data-country]').first();
    const [start, end] = await card.evaluate((el) => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth]);
    expect(rtl('reference/countries') ? [start, end] : [end, start]).toEqual(['4px', '1px']);
    const [first, second] = await page.locator('[data-country-map] .ck-map-legend li').evaluateAll((items) => items.slice(0, 2).map((li) => li.getBoundingClientRect().left));
    expect(rtl('reference/countries') ? first! > second! : first! < second!).toBe(true);
    await page.close();
  });

  it('keeps inline code, an email address or a file name, left to right inside Arabic text', async () => {
    const { page } = await open('/ar/');
    const code = page.locator('main :not(pre) > code').first();
    const [direction, bidi] = await code.evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el).unicodeBidi]);
    expect(direction).toBe('ltr');
    expect(bidi).toBe(rtl('index') ? 'isolate' : 'normal');
    await page.close();
  });

  it('turns the home page’s arrow to point the way the text reads (left, in Arabic)', async () => {
    const { page } = await open('/ar/');
    const transform = await page.locator('.hero .sl-link-button svg').first().evaluate((svg) => getComputedStyle(svg).transform);
    expect(transform).toBe(rtl('index') ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');
    await page.close();
  });

  it('opens the "new version" offer in the inline-end corner (bottom left in Arabic)', async () => {
    const { page } = await open('/ar/');
    const box = await page.locator('[data-update-offer]').evaluate((el) => {
      el.textContent = 'x';
      (el as HTMLElement).showPopover();
      const r = el.getBoundingClientRect();
      return { left: r.left, right: window.innerWidth - r.right };
    });
    expect(box.left).toBeLessThan(box.right);
    await page.close();
  });
});
