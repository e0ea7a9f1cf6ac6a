import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sidewaysScroll, useBrowser } from './pages';
import { sitemapPaths } from './site-dir';

const baseUrl = inject('baseUrl');
const DIR = new URL('../../src/content/jurisdictions/', import.meta.url);
const records = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as { code: string; name: string; confidence: string; region: string });

const TOOLS = ['/tools/campaign-planner/', '/tools/notice-generator/', '/tools/list-cleaner/', '/tools/reply-composer/'];
const STEPS = ['/playbook/target-and-minimise/', '/playbook/legitimate-interest/', '/playbook/opt-out/', '/playbook/clean-and-secure/', '/playbook/answer-requests/'];

const browser = useBrowser();

async function open(path: string, width = 1440): Promise<Page> {
  return (await openPage(browser(), baseUrl + path, width)).page;
}

describe('the home page', () => {
  it('leads to the four tools, each card with its one-line promise', async () => {
    const page = await open('/');
    for (const tool of TOOLS) {
      const card = page.locator(`main a[href="${tool}"]`).filter({ hasText: /\w{3,}.*\n?.*\w{3,}/ });
      await expect(card.count(), tool).resolves.toBeGreaterThan(0);
    }
    await expect(page.locator('main').getByText('are being built').count()).resolves.toBe(0);
    await page.close();
  });

  it('names each step as its page and the sidebar do', async () => {
    const home = await open('/');
    const cards = await home.locator('.ck-cards-steps .ck-card-title').allTextContents();
    await home.close();
    expect(cards).toHaveLength(5);
    for (const [i, path] of STEPS.entries()) {
      const page = await open(path);
      const title = (await page.locator('h1').first().textContent())!.trim();
      const sidebar = (await page.locator(`nav a[href="${path}"]`).first().textContent())!.trim();
      expect(title).toBe(`Step ${i + 1}: ${cards[i]}`);
      expect(sidebar).toBe(title);
      await page.close();
    }
  });
});

describe.each([
  ['the home page', '/'],
  ['the country page', '/reference/countries/'],
  ['the campaign planner', '/tools/campaign-planner/'],
])('the country map on %s', (_name, path) => {
  it('is an SVG named as a map, with all 32 countries named with their rule in a <title>', async () => {
    const page = await open(path);
    const map = page.locator('[data-country-map] svg');
    const name = await map.evaluate((svg) => document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent ?? '');
    expect(name.toLowerCase()).toContain('map');
    const titles = await page.locator('[data-country-map] [data-map-code] > title').allTextContents();
    expect(titles).toHaveLength(32);
    for (const r of records) {
      expect(titles.some((t) => t.startsWith(`${r.name}: `) && /required|allowed|conditions|unclear/.test(t)), r.name).toBe(true);
    }
    await expect(page.locator('[data-country-map] .ck-map-legend li').count()).resolves.toBeGreaterThanOrEqual(4);
    await page.close();
  });
});

describe('the map on the home page', () => {
  it('links each country to its record on the country page', async () => {
    const page = await open('/');
    await page.locator('[data-map-code="DE"]').click();
    await page.waitForURL(`${baseUrl}/reference/countries/#de`);
    await expect(page.locator('#de:target').count()).resolves.toBe(1);
    await page.close();
  });
});

describe('the country page', () => {
  it('stays under 9,000 px tall in a 1440 px window', async () => {
    const page = await open('/reference/countries/');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(9000);
    await page.close();
  });

  it('filters by confidence and by region, and says how many it shows', async () => {
    const page = await open('/reference/countries/');
    await page.getByLabel('Region').selectOption('EEA');
    const codes = await page.locator('[data-country]:visible').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-country')).sort());
    expect(codes).toEqual(records.filter((r) => r.region === 'EEA').map((r) => r.code).sort());
    await expect(page.getByRole('status').textContent()).resolves.toBe(`${codes.length} of 32 countries`);
    await page.getByLabel('Region').selectOption('');
    await page.getByLabel('Confidence').selectOption('high');
    const levels = await page.locator('[data-country]:visible').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-confidence')));
    expect(levels).toEqual(records.filter((r) => r.confidence === 'high').map(() => 'high'));
    await page.close();
  });

  it('finds a country by its native name', async () => {
    const page = await open('/reference/countries/');
    await page.getByLabel('Filter countries').fill('Österreich');
    const codes = await page.locator('[data-country]:visible').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-country')));
    expect(codes).toEqual(['AT']);
    await page.getByLabel('Filter countries').fill('zzzz');
    await expect(page.getByText('No country matches these filters.').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('never breaks a rule badge inside a word', async () => {
    const page = await open('/reference/countries/', 390);
    const wrapped = await page.locator('.ck-badge').evaluateAll((badges) =>
      badges.filter((b) => b.getBoundingClientRect().height > parseFloat(getComputedStyle(b).lineHeight) * 1.5).length,
    );
    expect(wrapped).toBe(0);
    await page.close();
  });
});

describe('the campaign planner map', () => {
  it('outlines the chosen target countries', async () => {
    const page = await open('/tools/campaign-planner/');
    const input = page.getByLabel('Target countries');
    for (const name of ['Germany', 'Poland']) {
      await input.fill(name);
      await page.keyboard.press('Enter');
    }
    const selected = await page.locator('[data-map-code][data-selected]').evaluateAll((links) => links.map((a) => a.getAttribute('data-map-code')).sort());
    expect(selected).toEqual(['DE', 'PL']);
    await page.close();
  });
});

describe.each([390, 1440])('every page at %i px', (width) => {
  it.each(sitemapPaths())('%s has no sideways scroll', async (path) => {
    const page = await open(path, width);
    await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
    await page.close();
  });
});
