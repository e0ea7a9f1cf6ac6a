/**
 * The list cleaner's review step (issue #15): .xlsx input, drop zones with their errors, why the
 * Clean button is disabled, the chart, the kept-rows preview, the flagged rows with the choice to
 * remove them before download, the example files, the campaign plan's countries, the layout at
 * 390 and 1440 px, and an axe scan after use.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, openTool, sidewaysScroll, useBrowser } from './pages';

const baseUrl = inject('baseUrl');
const PATH = '/tools/list-cleaner/';
const LEADS_CSV = 'tests/fixtures/leads.csv';
const LEADS_XLSX = 'tests/fixtures/leads.xlsx';
const SUPPRESSION = 'tests/fixtures/suppression.csv';
const PLANNER_KEY = 'coldkit:campaign-planner:record:v1';

const browser = useBrowser();
let context: BrowserContext | undefined;

/** A fresh page of the cleaner at a width and theme, with a planner record saved before load if given. */
async function open(width: number, { theme = 'light', planner }: { theme?: 'light' | 'dark'; planner?: string } = {}): Promise<Page> {
  await context?.close();
  const opened = await openTool(browser(), baseUrl + PATH, {
    width,
    colorScheme: theme,
    theme,
    storage: planner ? { [PLANNER_KEY]: planner } : {},
    clipboard: true,
    ready: (page) => page.getByRole('button', { name: 'Clean list' }),
  });
  context = opened.context;
  return opened.page;
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: 'kept' });

async function cleanWith(page: Page, leads: string, suppression = SUPPRESSION): Promise<string> {
  await page.getByLabel('Lead list').setInputFiles(leads);
  await page.getByLabel('Suppression list').setInputFiles([suppression]);
  await page.getByLabel('Email column').waitFor();
  await page.getByRole('button', { name: 'Clean list' }).click();
  await status(page).waitFor();
  return (await status(page).textContent()) ?? '';
}

async function summaryJson(page: Page) {
  await page.getByRole('button', { name: 'Copy summary as JSON' }).click();
  return JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { kept: number; removed: Record<string, number>; flagged: Record<string, number>; input: { rows: number } };
}

async function downloadText(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync(await download.path(), 'utf8');
}

describe.each([390, 1440])('the list cleaner at %i px', (width) => {
  it('cleans the .xlsx fixture with the same counts as the CSV, and lets the user pick its sheet', async () => {
    const page = await open(width);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const csvStatus = await cleanWith(page, LEADS_CSV);
    // The spreadsheet reader is not loaded until an .xlsx is chosen, and then from this site only.
    expect(requests.filter((url) => url.includes('xlsx'))).toEqual([]);
    const csvSummary = await summaryJson(page);
    expect(csvStatus).toContain('18 rows: 8 kept, 10 removed');

    const xlsxStatus = await cleanWith(page, LEADS_XLSX);
    expect(xlsxStatus).toBe(csvStatus);
    expect(requests.some((url) => url.startsWith(`${baseUrl}/_astro/xlsx.worker`))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('blob:'))).toEqual([]);
    const xlsxSummary = await summaryJson(page);
    expect(xlsxSummary.removed).toEqual(csvSummary.removed);
    expect(xlsxSummary.flagged).toEqual(csvSummary.flagged);
    // The downloads are named after the workbook.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download cleaned list' }).click()]);
    expect(download.suggestedFilename()).toBe('leads.cleaned.csv');

    // The workbook has two sheets: the second holds no addresses, and the page says so.
    const sheet = page.getByLabel('Sheet', { exact: true });
    await expect(sheet.locator('option').allTextContents()).resolves.toEqual(['Leads', 'Notes']);
    await sheet.selectOption('Notes');
    await page.getByText('No column looks like email addresses').waitFor();
    await expect(page.getByRole('button', { name: 'Clean list' }).isDisabled()).resolves.toBe(true);
    await sheet.selectOption('Leads');
    await page.getByRole('button', { name: 'Clean list' }).click();
    await status(page).filter({ hasText: '18 rows: 8 kept, 10 removed' }).waitFor();
  });

  it('shows the kept rows with all their columns, a chart with the removal counts, and fits the window', async () => {
    const page = await open(width);
    await cleanWith(page, LEADS_CSV);
    const summary = await summaryJson(page);

    const preview = page.getByRole('table', { name: 'Preview of kept rows' });
    const headings = await preview.locator('thead th').allTextContents();
    expect(headings).toEqual(['First Name', 'Last Name', 'Email', 'Company', 'Country', 'Unsubscribed', 'Note']);
    await expect(preview.locator('tbody tr').count()).resolves.toBe(summary.kept);
    await expect(preview.locator('tbody tr').first().locator('td').allTextContents()).resolves.toEqual(['Anna', 'Schmidt', 'anna.schmidt@acme-gmbh.de', 'Acme GmbH', 'Germany', '', '']);

    // The chart: one bar per reason with rows, its number the summary's; zero counts left out.
    const chart = page.getByRole('table', { name: 'Why rows were removed' });
    const rows = await chart.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-reason'), tr.querySelector('td')!.textContent]));
    const expected = Object.entries(summary.removed).filter(([, n]) => n > 0).map(([reason, n]) => [reason, String(n)]);
    expect(rows).toEqual(expected);
    expect(rows.length).toBeGreaterThan(3);

    // Removed rows come whole: the invalid row shows its company.
    const invalid = page.getByRole('table', { name: /First rows removed: Invalid address/ });
    await expect(invalid.locator('tbody').textContent()).resolves.toContain('Broken Ltd');

    // Wide tables scroll inside their box, never the page; the tool is wide on a desktop.
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    if (width === 1440) {
      const box = (await page.locator('.list-cleaner').boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(960);
    }
  });

  it('lists the flagged rows with why, and removes a flagged class from the download when asked', async () => {
    const page = await open(width);
    await cleanWith(page, LEADS_CSV);
    const flagged = page.locator('.lc-flagged');
    const table = flagged.getByRole('table', { name: 'Kept but flagged' });
    const roleRow = table.locator('tbody tr').filter({ hasText: 'info@lee.example' });
    await expect(roleRow.textContent()).resolves.toContain('Role address');
    await expect(table.locator('tbody tr').filter({ hasText: 'kim@formula.example' }).textContent()).resolves.toContain('A cell starts like a formula');

    const before = await downloadText(page, 'Download cleaned list');
    expect(before).toContain('info@lee.example');

    await flagged.getByLabel(/Role address: 1 row kept\. Remove it before download/).check();
    await status(page).filter({ hasText: '18 rows: 7 kept, 11 removed' }).waitFor();
    await flagged.getByLabel('Role address: 1 row removed before download').waitFor();
    const after = await downloadText(page, 'Download cleaned list');
    expect(after).not.toContain('info@lee.example');
    expect(after.split('\r\n').filter(Boolean)).toHaveLength(before.split('\r\n').filter(Boolean).length - 1);
    // The choice is undone the same way.
    await flagged.getByLabel('Role address: 1 row removed before download').uncheck();
    await status(page).filter({ hasText: '18 rows: 8 kept, 10 removed' }).waitFor();
  });

  it('runs the example from the sample files shipped with the site, and shows what it will produce before', async () => {
    const page = await open(width);
    await expect(page.locator('.tool-empty').textContent()).resolves.toContain('a preview of the kept rows');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await status(page).waitFor();
    await page.getByText('Loaded sample files').waitFor();
    await expect(page.locator('.tool-empty').count()).resolves.toBe(0);
    await page.getByRole('table', { name: 'Preview of kept rows' }).waitFor();
    const summary = await summaryJson(page);
    expect(summary.removed.suppressed).toBeGreaterThan(0);
    expect(summary.removed.duplicate).toBeGreaterThan(0);
    expect(summary.flagged.formula).toBeGreaterThan(0);
    // With files chosen, the example asks before replacing them.
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.getByText('Replace your files with the sample files?').waitFor();
    await page.getByRole('button', { name: 'Keep it' }).click();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  });

  it('says why Clean list is disabled, and shows a wrong file’s error inside its drop zone', async () => {
    const page = await open(width);
    const button = page.getByRole('button', { name: 'Clean list' });
    await expect(button.isDisabled()).resolves.toBe(true);
    const why = await button.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${why}"]`).textContent()).resolves.toBe('Add a lead list first.');
    await expect(page.locator(`[id="${why}"]`).isVisible()).resolves.toBe(true);

    await page.getByLabel('Lead list').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    const zone = page.locator('.tool-dropzone:has(input[name="leads"])');
    await expect(zone.getByRole('alert').textContent()).resolves.toContain('“photo.png” is not a CSV, TSV or .xlsx file');
    await expect(button.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Suppression list').setInputFiles({ name: 'list.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await expect(page.locator('.tool-dropzone:has(input[name="suppression"])').getByRole('alert').textContent()).resolves.toContain('“list.pdf”');

    // The page stays usable: a good file clears the error.
    await cleanWith(page, LEADS_CSV);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(page.locator(`[id="${why}"]`).textContent()).resolves.toBe('');
  });

  it('asks before clearing the saved options', async () => {
    const page = await open(width);
    await page.getByLabel('Remove role addresses').check();
    await page.getByRole('button', { name: 'Clear saved data' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByLabel('Remove role addresses').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Clear saved data' }).click();
    await page.getByRole('button', { name: 'Yes, reset them' }).click();
    await expect(page.getByLabel('Remove role addresses').isChecked()).resolves.toBe(false);
  });
});

describe('the campaign plan', () => {
  it('names the countries it took from the planner and which of them need consent', async () => {
    const record = JSON.stringify({ format: 'coldkit-campaign-record', version: 1, about: { campaign: 'Q3 DACH' }, segment: { countries: ['DE', 'IE'], offer: '' } });
    const page = await open(1440, { planner: record });
    const note = page.locator('.lc-workspace');
    await expect(note.textContent()).resolves.toContain('From your campaign plan (“Q3 DACH”): target countries Germany and Ireland.');
    await expect(note.textContent()).resolves.toContain('needs consent in Germany:');
    await expect(note.getByRole('link', { name: 'consent' }).getAttribute('href')).resolves.toBe('/reference/glossary/#consent');
  });
});

describe('accessibility after use', () => {
  it.each([
    [390, 'light'],
    [390, 'dark'],
    [1440, 'light'],
    [1440, 'dark'],
  ] as const)('has no serious or critical axe violation at %i px in the %s theme after a run', async (width, theme) => {
    const page = await open(width, { theme });
    await page.getByRole('button', { name: 'Try an example' }).click();
    await status(page).waitFor();
    await page.locator('.lc-all-counts summary').click();
    expect(await axeViolations(page, '.list-cleaner')).toEqual([]);
  });
});
