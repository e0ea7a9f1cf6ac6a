import type { Page } from 'playwright-core';

const LEADS = 'tests/fixtures/leads.csv';
const SUPPRESSION = 'tests/fixtures/suppression.csv';

/**
 * Opens the list cleaner of the site at `siteUrl` (no trailing slash), cleans the sample lead
 * list against the sample suppression list, and returns the summary line it shows.
 */
export async function cleanSampleList(page: Page, siteUrl: string): Promise<string> {
  await page.goto(`${siteUrl}/tools/list-cleaner/`);
  await page.getByLabel('Lead list').setInputFiles(LEADS);
  await page.getByLabel('Suppression list').setInputFiles([SUPPRESSION]);
  await page.getByRole('button', { name: 'Clean list' }).click();
  const status = page.getByRole('status').filter({ hasText: 'kept' });
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

/** Searches the site from the current page and waits for a result linking to a URL that contains `href`. */
export async function searchFinds(page: Page, query: string, href: string): Promise<void> {
  await page.getByRole('button', { name: 'Search' }).first().click();
  await page.locator('dialog .pagefind-ui__search-input').fill(query);
  await page.locator(`.pagefind-ui__result-link[href*="${href}"]`).first().waitFor({ timeout: 15_000 });
}
