import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { foreignRequests } from './browser';
import { getMessages } from '../../src/lib/i18n/catalogs';
import { toLocale } from '../../src/lib/i18n/locales';
import { axeViolations, openPage, useBrowser } from './pages';
import { siteDir, sitemapPaths } from './site-dir';

const baseUrl = inject('baseUrl');

const STEPS = [
  '/playbook/target-and-minimise/',
  '/playbook/legitimate-interest/',
  '/playbook/opt-out/',
  '/playbook/clean-and-secure/',
  '/playbook/answer-requests/',
];

const browser = useBrowser();
const open = (path: string) => openPage(browser(), baseUrl + path);

describe('the sitemap', () => {
  it('lists the home page, the why page, the five steps and the reference pages', () => {
    const paths = sitemapPaths();
    for (const path of ['/', '/guides/why-lawful/', ...STEPS, '/reference/countries/', '/reference/glossary/', '/privacy/']) {
      expect(paths).toContain(path);
    }
  });
});

describe.each(sitemapPaths())('page %s', (path) => {
  it('loads with status 200, no console error and no request to another origin', async () => {
    const { page, log, status } = await open(path);
    expect(status).toBe(200);
    expect(log.errors).toEqual([]);
    expect(foreignRequests(log, baseUrl)).toEqual([]);
    // "Not legal advice", in the page's language (/ru/…, /ar/…).
    const { legalNote } = getMessages(toLocale(path.split('/')[1])).site.footer;
    await expect(page.locator('.legal-note').textContent()).resolves.toContain(legalNote);
    await page.close();
  });

  it('carries a Content-Security-Policy that forbids connections to other origins', async () => {
    const html = readFileSync(`${siteDir()}${path}index.html`, 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'self'");
  });

  it('has no serious or critical axe violation', async () => {
    const { page } = await open(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('navigation', () => {
  it('reaches every step from the home page', async () => {
    const { page } = await open('/');
    for (const step of STEPS) {
      await expect(page.locator(`main a[href="${step}"]`).count()).resolves.toBeGreaterThan(0);
    }
    await page.locator('main a[href="/playbook/target-and-minimise/"]').first().click();
    await page.waitForURL(`${baseUrl}${STEPS[0]}`);
    for (const step of STEPS.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await page.waitForURL(`${baseUrl}${step}`);
    }
    await page.close();
  });
});

describe('site search', () => {
  it('finds "legitimate interest" and links to step 2', async () => {
    const { page, log } = await open('/');
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.locator('dialog .pagefind-ui__search-input').fill('legitimate interest');
    const result = page.locator('.pagefind-ui__result-link[href*="/playbook/legitimate-interest/"]').first();
    await result.waitFor({ timeout: 15_000 });
    expect(foreignRequests(log, baseUrl)).toEqual([]);
    await page.close();
  });
});

describe('the countries page', () => {
  it('shows 32 countries, with a source link for each', async () => {
    const { page } = await open('/reference/countries/');
    await expect(page.locator('[data-country]').count()).resolves.toBe(32);
    const withSource = await page.locator('[data-country]').evaluateAll(
      (rows) => rows.filter((row) => row.querySelector('a[href^="http"]')).length,
    );
    expect(withSource).toBe(32);
    await page.close();
  });

  it('filters the table by a typed name and by rule', async () => {
    const { page } = await open('/reference/countries/');
    await page.getByLabel('Filter countries').fill('germ');
    await expect(page.locator('[data-country]:visible').count()).resolves.toBe(1);
    await expect(page.locator('[data-country="DE"]').isVisible()).resolves.toBe(true);
    await page.getByLabel('Filter countries').fill('');
    await page.getByLabel('Rule for a named address').selectOption('consent-required');
    const codes = await page.locator('[data-country]:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')));
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['consent-required']));
    await page.close();
  });
});
