import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { DATA_QUESTIONS, FIELD_LABELS, LIA, RELEVANCE, SEGMENT, checklistQuestions } from '../../src/lib/planner/questions';
import { READINESS_ITEMS } from '../../src/lib/planner/readiness';
import { DATA_FIELDS, PLANNER_STORAGE_KEY } from '../../src/lib/planner/schema';
import { watchPage, type PageLog } from './browser';
import { axeViolations, sidewaysScroll, useBrowser } from './pages';
import { getMessages } from '../../src/lib/i18n/catalogs';
import { formatDate } from '../../src/lib/i18n/format';

const baseUrl = inject('baseUrl');
const PATH = '/tools/campaign-planner/';

const browser = useBrowser();
let context: BrowserContext;
let page: Page;
let log: PageLog | undefined;
/** What the page did after each load of this test, checked after the test. */
let logs: PageLog[] = [];

beforeEach(async () => {
  await context?.close();
  context = await browser().newContext({ acceptDownloads: true });
  page = await context.newPage();
  logs = [];
  log = undefined;
  await open();
});
afterEach(() => {
  // Whatever the test did, after each load the page fetched nothing but its own scripts, and logged no error.
  if (log) logs.push({ requests: [...log.requests], errors: [...log.errors] });
  for (const { requests, errors } of logs) {
    expect(requests.filter((url) => !url.startsWith('blob:') && !(url.startsWith(`${baseUrl}/_astro/`) && url.endsWith('.js')))).toEqual([]);
    expect(errors).toEqual([]);
  }
});

/** Loads (or reloads) the page and waits for the island to hydrate; what the page did before is kept for the check. */
async function open() {
  if (log) logs.push({ requests: [...log.requests], errors: [...log.errors] });
  await page.goto(baseUrl + PATH, { waitUntil: 'networkidle' });
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  log = watchPage(page);
}

const countries = () => page.getByLabel('Target countries');
const alerts = () => page.getByRole('alert');
const fieldGroup = (field: keyof typeof FIELD_LABELS) => page.getByRole('group', { name: FIELD_LABELS[field], exact: true });

async function choose(query: string, option: string) {
  await countries().fill(query);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function download(locator: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path()).toString('utf8') };
}

/** Clicks "Clear saved data" and confirms. */
async function clearSavedData() {
  await page.getByRole('button', { name: 'Clear saved data' }).click();
  await page.getByRole('button', { name: 'Yes, delete them' }).click();
}

async function saved(): Promise<Record<string, unknown> | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), PLANNER_STORAGE_KEY);
  return text === null ? null : JSON.parse(text);
}

describe('target countries and their rules', () => {
  it('choosing Germany raises an alert that names it and says cold email needs prior consent there', async () => {
    await expect(alerts().count()).resolves.toBe(0);
    await choose('Germany', 'Germany');
    const alert = alerts();
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('Germany');
    expect(text).toMatch(/cold email needs prior consent/i);
    await expect(page.getByRole('heading', { name: 'Germany', exact: true }).count()).resolves.toBe(1);
    await expect(page.locator('.cp-countries').getByText('Named address: Consent required').count()).resolves.toBe(1);
  });

  it('choosing only the United Kingdom raises no alert, and shows its rule, sources and review date', async () => {
    await choose('United Kingdom', 'United Kingdom');
    await page.getByRole('heading', { name: 'United Kingdom', exact: true }).waitFor();
    await expect(alerts().count()).resolves.toBe(0);
    const card = page.locator('article', { has: page.getByRole('heading', { name: 'United Kingdom' }) });
    await expect(card.textContent()).resolves.toMatch(/Named address: Conditions.*Generic address: Allowed.*Reviewed \d{1,2} [A-Z][a-z]+ \d{4}\./s);
    // The review date is written for the reader ("12 June 2025"); the ISO date stays in <time datetime>.
    const iso = await card.locator('time').getAttribute('datetime');
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(card.locator('time').textContent()).resolves.toBe(formatDate(iso!, 'en'));
    await expect(card.locator('.ck-badge[data-rule="conditions"]').textContent()).resolves.toBe('Conditions');
    await card.getByText(/^\d+ sources$/).click();
    await expect(card.getByRole('link', { name: 'ICO: Business-to-business marketing' }).getAttribute('href')).resolves.toMatch(/^https:\/\/ico\.org\.uk\//);
  });

  it('shows who enforces the email rule beside the data protection authority, with the maximum fine where a source states one', async () => {
    await choose('Netherlands', 'Netherlands');
    await choose('Spain', 'Spain');
    const card = (name: string) => page.locator('article', { has: page.getByRole('heading', { name, exact: true }) });
    const term = (name: string, label: string) => card(name).locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');

    const nl = term('Netherlands', 'Enforces the email rule').getByRole('link', { name: 'Netherlands Authority for Consumers and Markets' });
    await expect(nl.getAttribute('href')).resolves.toBe('https://www.spamklacht.nl/');
    await expect(term('Netherlands', 'Data protection authority').getByRole('link').textContent()).resolves.toBe('Dutch Data Protection Authority');
    await expect(term('Netherlands', 'Maximum fine').textContent()).resolves.toBe('No maximum stated in the sources checked.');

    await expect(term('Spain', 'Maximum fine').textContent()).resolves.toMatch(/^€30,001 to €150,000 .*\(source: Ley 34\/2002/);
    await expect(term('Spain', 'Maximum fine').getByRole('link').getAttribute('href')).resolves.toBe('https://www.boe.es/eli/es/l/2002/07/11/34/con');
  });

  it.each(['Deutschland', 'Germany', 'Германия', 'Germny'])('typing "%s" offers Germany first', async (query) => {
    await countries().fill(query);
    const first = page.getByRole('listbox', { name: 'Matching countries' }).getByRole('option').first();
    await expect(first.evaluate((el) => el.querySelector('.cp-option-name')?.textContent)).resolves.toBe('Germany');
    await page.getByRole('option', { name: 'Germany', exact: true }).waitFor();
  });

  it('works with the keyboard: type, arrows, Enter, Escape, Backspace', async () => {
    const input = countries();
    await input.focus();
    await input.pressSequentially('Deutsch');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    await input.press('Enter');
    await page.getByRole('button', { name: 'Remove Germany' }).waitFor();
    await input.pressSequentially('fr');
    await input.press('ArrowDown');
    await input.press('ArrowUp');
    const active = await input.getAttribute('aria-activedescendant');
    await expect(page.locator(`[id="${active}"] .cp-option-name`).textContent()).resolves.toBe('France');
    await input.press('Enter');
    await page.getByRole('button', { name: 'Remove France' }).waitFor();
    await expect(page.getByRole('option', { name: 'France', exact: true }).getAttribute('aria-selected')).resolves.toBe('true');
    await input.press('Escape');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');
    await input.press('Backspace');
    await expect(page.getByRole('button', { name: 'Remove France' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Remove Germany' }).click();
    await expect(alerts().count()).resolves.toBe(0);
  });

  it('keeps the list open to pick several countries with the mouse, and clicking a chosen one removes it', async () => {
    await countries().click();
    await page.getByRole('option', { name: 'Italy', exact: true }).click();
    await page.getByRole('option', { name: 'Spain', exact: true }).click();
    await expect(alerts().textContent()).resolves.toContain('Italy and Spain');
    await page.getByRole('option', { name: 'Italy', exact: true }).click();
    await expect(alerts().textContent()).resolves.not.toContain('Italy');
    await expect(page.getByRole('list', { name: 'Chosen countries' }).getByRole('listitem').allTextContents()).resolves.toEqual(['Spain×']);
  });
});

describe('the review date in Russian and Arabic', () => {
  it.each(['ru', 'ar'] as const)('%s: a country card writes its review date for the locale, never as YYYY-MM-DD', async (locale) => {
    const other = await browser().newContext();
    const localePage = await other.newPage();
    await localePage.goto(`${baseUrl}/${locale}${PATH}`, { waitUntil: 'networkidle' });
    await localePage.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    await localePage.getByRole('button', { name: getMessages(locale).common.tryExample, exact: true }).click();
    const hint = localePage.locator('.cp-country .tool-hint').first();
    await hint.locator('time').waitFor();
    const iso = await hint.locator('time').getAttribute('datetime');
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(hint.locator('time').textContent()).resolves.toBe(formatDate(iso!, locale));
    await expect(hint.textContent()).resolves.not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await other.close();
  });
});

describe('data minimisation', () => {
  it('says "Don\'t collect it" for a field with no use, and warns about a phone nobody will call', async () => {
    const phone = fieldGroup('phone');
    await phone.getByLabel(DATA_QUESTIONS.collect).check();
    await expect(phone.getByText("Don't collect it").count()).resolves.toBe(1);
    await expect(phone.getByText("Don't collect phone numbers nobody will call").count()).resolves.toBe(1);
    await phone.getByLabel(DATA_QUESTIONS.use).fill('To call people who ask for a call.');
    await phone.getByLabel(DATA_QUESTIONS.willCall).check();
    await expect(phone.locator('.cp-advice .ck-alert').count()).resolves.toBe(0);
  });

  it('warns about a personal email and a home address even when they have a use', async () => {
    const personal = fieldGroup('personalEmail');
    await personal.getByLabel(DATA_QUESTIONS.collect).check();
    await personal.getByLabel(DATA_QUESTIONS.use).fill('As a backup');
    await expect(personal.getByText('A personal address').count()).resolves.toBe(1);
    const postal = fieldGroup('postalAddress');
    await postal.getByLabel(DATA_QUESTIONS.collect).check();
    await postal.getByLabel(DATA_QUESTIONS.use).fill('To send a brochure');
    await postal.getByLabel(DATA_QUESTIONS.kind).selectOption('home');
    await expect(postal.getByText('A home address is private').count()).resolves.toBe(1);
    await postal.getByLabel(DATA_QUESTIONS.kind).selectOption('business');
    await expect(postal.getByText('A home address is private').count()).resolves.toBe(0);
  });
});

describe('the readiness count', () => {
  it('counts items done of total, and each item links to a real heading of the playbook', async () => {
    const count = page.getByRole('heading', { name: /^Readiness: \d+ of \d+ done$/ });
    await expect(count.textContent()).resolves.toBe(`Readiness: 0 of ${READINESS_ITEMS.length} done`);
    await page.getByLabel('Your offer in one sentence').fill('A gateway');
    await expect(count.textContent()).resolves.toBe(`Readiness: 1 of ${READINESS_ITEMS.length} done`);

    const hrefs = await page.locator('.cp-aside a.cp-explained').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(READINESS_ITEMS.length);
    for (const href of new Set(hrefs)) {
      const [path, anchor] = href.split('#');
      const html = readFileSync(`${process.env.E2E_DIST ?? 'dist'}${path}index.html`, 'utf8');
      expect(html, href).toContain(`id="${anchor}"`);
    }
  });
});

/** Fills every free-text question with a marker naming it, picks countries and options; returns the markers. */
async function fillEverything(): Promise<string[]> {
  const markers: string[] = [];
  const fill = async (locator: Locator, marker: string) => {
    await locator.fill(marker);
    markers.push(marker);
  };
  await fill(page.getByLabel('Campaign name'), 'Logistics spring');
  await fill(page.getByLabel('Prepared by'), 'Maya Ortiz');
  await fill(page.getByLabel('Approved by'), 'Dan Okafor');
  await page.getByLabel('Date of the assessment').fill('2026-03-01');
  // The record writes the date for the reader; its JSON copy keeps 2026-03-01.
  markers.push('1 March 2026');
  for (const part of SEGMENT) {
    for (const [key, question] of Object.entries(part.fields)) {
      if (key !== 'countries') await fill(page.getByLabel(question!.label, { exact: true }), `Answer to ${question!.label} <b>&amp;</b>`);
    }
    await fill(page.getByLabel(part.whyLabel, { exact: true }), `Because of ${part.whyLabel}`);
  }
  await choose('France', 'France');
  await choose('UK', 'United Kingdom');
  for (const field of DATA_FIELDS) {
    const group = fieldGroup(field);
    await group.getByLabel(DATA_QUESTIONS.collect).check();
    await fill(group.getByLabel(DATA_QUESTIONS.use), `Use of ${FIELD_LABELS[field]}`);
  }
  await fieldGroup('phone').getByLabel(DATA_QUESTIONS.willCall).check();
  await fieldGroup('postalAddress').getByLabel(DATA_QUESTIONS.kind).selectOption('business');
  await fill(fieldGroup('other').getByLabel(DATA_QUESTIONS.what), 'Seniority score');
  await page.getByLabel(RELEVANCE.surprised.options.no).check();
  await fill(page.getByLabel(RELEVANCE.surpriseNote.label), 'They own the problem');
  await page.getByLabel('Their profile or company website shows a fit').check();
  await page.getByLabel('Someone referred us to them').check();
  await fill(page.getByLabel(RELEVANCE.evidenceOther.label, { exact: true }), 'A talk they gave');
  await fill(page.getByLabel(RELEVANCE.evidenceWhere.label), 'A reason column in the CRM');
  await fill(page.getByLabel(LIA.purpose.label), 'Purpose answer\nover two lines');
  await fill(page.getByLabel(LIA.necessity.label), 'Necessity answer');
  await fill(page.getByLabel(LIA.balancing.label), 'Balancing answer');
  await page.getByLabel('An opt-out line of its own in every email').check();
  await page.getByLabel('A suppression list checked before every send').check();
  await fill(page.getByLabel('Other safeguards or details'), 'Shared inbox checked daily');
  await page.getByLabel('Go ahead only after the changes below').check();
  await fill(page.getByLabel('Reasons and changes'), 'Add the opt-out line first');
  return markers;
}

/** Every answer the form shows, to compare before export and after import. */
async function formState() {
  return page.locator('.cp-form').evaluate((form) => ({
    values: [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input:not([type=file]):not([type=checkbox]):not([type=radio]), textarea, select')].map((el) => el.value),
    checked: [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]')].map((el) => el.checked),
    chips: [...form.querySelectorAll('.cp-chip > span')].map((el) => el.textContent),
  }));
}

describe('the campaign record', () => {
  it('exports JSON that "Import record" reads back into the same form, after "Clear saved data"', async () => {
    await fillEverything();
    await page.getByRole('radio', { name: /^JSON/ }).check();
    const before = await formState();
    const json = await download(page.getByRole('button', { name: 'Export record' }));
    expect(json.name).toBe('campaign-record-logistics-spring.json');
    expect(JSON.parse(json.text).format).toBe('coldkit-campaign-record');

    await clearSavedData();
    await expect(page.getByLabel('Campaign name').inputValue()).resolves.toBe('');
    await expect(saved()).resolves.toBeNull();

    await page.getByLabel('Import record').setInputFiles({ name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) });
    await page.getByText(`Imported the record from ${json.name}.`).waitFor();
    expect(await formState()).toEqual(before);
    await expect(saved()).resolves.toEqual(JSON.parse(json.text));
  });

  it('exports Markdown by default that holds every answer, and imports it back', async () => {
    const markers = await fillEverything();
    const before = await formState();
    const md = await download(page.getByRole('button', { name: 'Export record' }));
    expect(md.name).toBe('campaign-record-logistics-spring.md');
    const prose = md.text.slice(0, md.text.indexOf('## Machine-readable copy'));
    for (const marker of markers) expect(prose, marker).toContain(marker);
    for (const chosen of ['France (FR), United Kingdom (GB)', 'Their profile or company website shows a fit', 'Go ahead only after the changes below', 'A suppression list checked before every send']) {
      expect(prose).toContain(chosen);
    }
    expect(prose).toContain('- Enforces the email rule: French Data Protection Authority (CNIL) (https://www.cnil.fr/');
    expect(prose).toMatch(/## Readiness: \d+ of 18 done/);
    expect(prose).toContain(`(${baseUrl}/playbook/legitimate-interest/#the-three-part-test)`);

    await clearSavedData();
    await page.getByLabel('Import record').setInputFiles({ name: md.name, mimeType: 'text/markdown', buffer: Buffer.from(md.text) });
    await page.getByText(`Imported the record from ${md.name}.`).waitFor();
    expect(await formState()).toEqual(before);
  });

  it('refuses a file that is not a record, with an alert, and keeps the answers', async () => {
    await page.getByLabel('Your offer in one sentence').fill('Keep me');
    await page.getByLabel('Import record').setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from('{"legalName":"Acme"}') });
    await expect(alerts().textContent()).resolves.toContain('profile.json: This file is not a campaign record.');
    await expect(page.getByLabel('Your offer in one sentence').inputValue()).resolves.toBe('Keep me');
  });

  it('an import replaces the answers and can be undone', async () => {
    await page.getByLabel('Your offer in one sentence').fill('My own offer');
    const other = { format: 'coldkit-campaign-record', version: 1, segment: { offer: 'Imported offer' } };
    await page.getByLabel('Import record').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await page.getByText('Imported the record from other.json.').waitFor();
    await expect(page.getByLabel('Your offer in one sentence').inputValue()).resolves.toBe('Imported offer');
    await page.getByRole('button', { name: 'Undo the import' }).click();
    await expect(page.getByLabel('Your offer in one sentence').inputValue()).resolves.toBe('My own offer');
    await expect(saved()).resolves.toMatchObject({ segment: { offer: 'My own offer' } });
  });

  it('is saved in localStorage as the user types and restored on reload', async () => {
    await page.getByLabel('Your offer in one sentence').pressSequentially('Mail gate');
    await expect(saved()).resolves.toMatchObject({ segment: { offer: 'Mail gate' } });
    await choose('Deutschland', 'Germany');
    await expect(saved()).resolves.toMatchObject({ segment: { countries: ['DE'] } });
    await page.getByLabel(LIA.balancing.label).fill('Low impact');
    await open();
    // The answers come back once the island has read localStorage after hydrating, and the page says so.
    await page.getByText('Restored the answers saved in this browser.').waitFor();
    await expect(page.getByLabel('Your offer in one sentence').inputValue()).resolves.toBe('Mail gate');
    await expect(page.getByLabel(LIA.balancing.label).inputValue()).resolves.toBe('Low impact');
    await page.getByRole('button', { name: 'Remove Germany' }).waitFor();
    await expect(alerts().textContent()).resolves.toContain('Germany');
  });

  it('"Clear saved data" asks first, and "Keep it" keeps the answers and the saved copy', async () => {
    await page.getByLabel('Your offer in one sentence').fill('Something to keep');
    await page.getByRole('button', { name: 'Clear saved data' }).click();
    const question = page.getByRole('group', { name: 'Delete your answers from this browser and empty the form?' });
    await question.waitFor();
    await question.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByLabel('Your offer in one sentence').inputValue()).resolves.toBe('Something to keep');
    await expect(saved()).resolves.toMatchObject({ segment: { offer: 'Something to keep' } });
    await expect(page.getByRole('button', { name: 'Clear saved data' }).count()).resolves.toBe(1);
  });

  it('"Clear saved data" empties the form and the storage once confirmed, and stays cleared after a reload', async () => {
    await page.getByLabel('Your offer in one sentence').fill('Something to forget');
    await choose('Italy', 'Italy');
    await clearSavedData();
    await expect(saved()).resolves.toBeNull();
    await expect(page.getByLabel('Your offer in one sentence').inputValue()).resolves.toBe('');
    await expect(alerts().count()).resolves.toBe(0);
    await open();
    await expect(page.getByLabel('Your offer in one sentence').inputValue()).resolves.toBe('');
    await expect(page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('coldkit:')))).resolves.toEqual([]);
  });

  it('prints only the record, with the answers, and none of the form or page chrome', async () => {
    await page.getByLabel('Campaign name').fill('Print test');
    await page.getByLabel(LIA.purpose.label).fill('Printed purpose');
    await page.emulateMedia({ media: 'print' });
    const record = page.locator('.cp-print');
    await expect(record.isVisible()).resolves.toBe(true);
    await expect(record.textContent()).resolves.toContain('Campaign record: Print test');
    await expect(record.textContent()).resolves.toContain('Printed purpose');
    for (const hidden of ['.cp-form', 'nav.sidebar', '.page > header', 'h1#_top']) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    await expect(page.getByRole('heading', { name: 'How to use the record' }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await expect(record.isVisible()).resolves.toBe(false);
  });
});

/** Reopens the page in a window of the given width (900 px tall) and colour theme. */
async function openAt(width: number, theme: 'light' | 'dark' = 'light') {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
  await open();
}

/** A box on the page, in CSS pixels relative to the top of the page. */
async function box(locator: Locator) {
  const b = (await locator.boundingBox())!;
  const scrollY = await page.evaluate(() => window.scrollY);
  return { left: b.x, right: b.x + b.width, top: b.y + scrollY, bottom: b.y + b.height + scrollY, width: b.width };
}

const readinessCount = () => page.getByRole('heading', { name: /^Readiness: \d+ of \d+ done$/ });

describe('the layout', () => {
  it('at 1440 px the tool is at least 960 px wide, with the readiness panel beside the form and in view before any scrolling', async () => {
    await openAt(1440);
    const tool = await box(page.locator('.campaign-planner'));
    expect(tool.width).toBeGreaterThanOrEqual(960);
    const form = await box(page.locator('.cp-form'));
    const panel = await box(page.locator('.cp-aside'));
    expect(panel.left).toBeGreaterThanOrEqual(form.right);
    expect(panel.top).toBeLessThan(form.bottom);
    const count = (await readinessCount().boundingBox())!;
    expect(count.y + count.height).toBeLessThanOrEqual(900);
    expect(count.y).toBeGreaterThanOrEqual(0);
  });

  it('at 1440 px the panel stays in view while the form scrolls (sticky)', async () => {
    await openAt(1440);
    await page.getByLabel(LIA.balancing.label).scrollIntoViewIfNeeded();
    const count = (await readinessCount().boundingBox())!;
    expect(count.y).toBeGreaterThanOrEqual(0);
    expect(count.y + count.height).toBeLessThanOrEqual(900);
  });

  it('at 390 px the panel comes after the form, a line at the top leads to it, and nothing scrolls sideways', async () => {
    await openAt(390);
    const form = await box(page.locator('.cp-form'));
    const panel = await box(page.locator('.cp-aside'));
    expect(panel.top).toBeGreaterThanOrEqual(form.bottom);
    await expect(page.getByRole('link', { name: 'See what is missing' }).getAttribute('href')).resolves.toBe('#cp-record');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
  });

  it('lists the sections beside the form, each a link to its heading, keyboard reachable', async () => {
    const nav = page.getByRole('navigation', { name: 'Sections of the planner' });
    const links = nav.locator('a.cp-step-link');
    await expect(links.allTextContents()).resolves.toEqual(['The campaign', '1. Segment', '2. Country rules', '3. Data minimisation', '4. Relevance', '5. Legitimate interests assessment']);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(`${href} > h2`).count(), href).resolves.toBe(1);
    }
  });
});

describe('"Try an example"', () => {
  it('fills a whole campaign, countries and data fields included, and the readiness count follows', async () => {
    await expect(readinessCount().textContent()).resolves.toBe(`Readiness: 0 of ${READINESS_ITEMS.length} done`);
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect(page.getByLabel('Your offer in one sentence').inputValue()).resolves.toMatch(/email gateway/);
    await expect(page.getByRole('list', { name: 'Chosen countries' }).getByRole('listitem').allTextContents()).resolves.toEqual(['France×', 'Ireland×', 'United Kingdom×']);
    await expect(page.getByLabel('Positions you write to, and their decision power').inputValue()).resolves.toMatch(/finance/i);
    for (const field of ['name', 'workEmail', 'jobTitle', 'company'] as const) await expect(fieldGroup(field).getByLabel(DATA_QUESTIONS.collect).isChecked(), field).resolves.toBe(true);
    await expect(page.getByLabel(LIA.purpose.label).inputValue()).resolves.not.toBe('');
    await expect(alerts().count()).resolves.toBe(0);
    await expect(readinessCount().textContent()).resolves.toBe(`Readiness: ${READINESS_ITEMS.length - 1} of ${READINESS_ITEMS.length} done`);
    await expect(saved()).resolves.toMatchObject({ segment: { countries: ['FR', 'IE', 'GB'] } });
    const note = page.getByText('Loaded the example:');
    await expect(note.count()).resolves.toBe(1);
    await page.getByLabel('Prepared by').fill('Me');
    await expect(note.count()).resolves.toBe(0);
  });

  it('leaves the approver to the user: the panel says it is missing, links to the field, and the count reaches the total', async () => {
    await page.getByRole('button', { name: 'Try an example' }).click();
    const todo = page.locator('.cp-aside .cp-todo');
    await expect(todo.count()).resolves.toBe(1);
    await todo.getByRole('link', { name: 'Approved by', exact: true }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('cp-about-approvedBy');
    await page.keyboard.type('Dana Lee, CEO');
    await expect(readinessCount().textContent()).resolves.toBe(`Readiness: ${READINESS_ITEMS.length} of ${READINESS_ITEMS.length} done`);
    await expect(page.locator('.cp-aside').getByText('Every check is done.').count()).resolves.toBe(1);
  });

  it('asks before it replaces answers the user typed, and "Keep it" keeps them', async () => {
    await page.getByLabel('Your offer in one sentence').fill('My own offer');
    await page.getByRole('button', { name: 'Try an example' }).click();
    const question = page.getByRole('group', { name: 'Replace your answers with the example campaign?' });
    await question.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByLabel('Your offer in one sentence').inputValue()).resolves.toBe('My own offer');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await question.getByRole('button', { name: 'Yes, replace them' }).click();
    await expect(page.getByLabel('Your offer in one sentence').inputValue()).resolves.toMatch(/email gateway/);
  });
});

describe('the readiness panel', () => {
  it('names what is missing in words, linking each to its field', async () => {
    await page.getByLabel('Industries you target').fill('Logistics');
    const item = page.locator('.cp-todo', { hasText: 'The segment names its countries' });
    await expect(item.locator('.cp-missing a').allTextContents()).resolves.toEqual([
      'Target countries',
      'Specialists who can judge the need',
      'Employees',
      'Positions you write to, and their decision power',
    ]);
    await item.getByRole('link', { name: 'Target countries' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('cp-segment-countries');
  });
});

describe('one workspace', () => {
  it('says that the notice generator and the list cleaner use the segment, and links to them', async () => {
    const note = page.locator('.cp-workspace');
    await expect(note.textContent()).resolves.toMatch(/^Used by the notice generator and the list cleaner/);
    await expect(note.getByRole('link', { name: 'notice generator' }).getAttribute('href')).resolves.toBe('/tools/notice-generator/');
    await expect(note.getByRole('link', { name: 'list cleaner' }).getAttribute('href')).resolves.toBe('/tools/list-cleaner/');
  });
});

describe('plain words', () => {
  it('links the jargon to the glossary', async () => {
    const hrefs = await page.locator('.campaign-planner a.tool-term').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const entry of ['legitimate-interest', 'legitimate-interests-assessment-lia', 'lawful-basis', 'personal-data']) {
      expect(hrefs).toContain(`/reference/glossary/#${entry}`);
    }
    await fieldGroup('personalEmail').getByLabel(DATA_QUESTIONS.collect).check();
    await expect(fieldGroup('personalEmail').getByRole('link', { name: 'PECR' }).getAttribute('href')).resolves.toBe('/reference/glossary/#pecr');
  });

  it('counts matching countries with the right plural', async () => {
    await countries().fill('Germ');
    await expect(page.locator('.campaign-planner [role="status"].sr-only').textContent()).resolves.toBe('1 country matches.');
    await countries().fill('land');
    await expect(page.locator('.campaign-planner [role="status"].sr-only').textContent()).resolves.toMatch(/^\d+ countries match\.$/);
  });
});

describe('accessibility after use', () => {
  it.each([
    [390, 'light'],
    [390, 'dark'],
    [1440, 'light'],
    [1440, 'dark'],
  ] as const)('has no serious or critical axe violation at %i px in the %s theme, with the example, alerts, advice, rules and the open list', async (width, theme) => {
    await openAt(width, theme);
    await page.getByRole('button', { name: 'Try an example' }).click();
    await choose('Germany', 'Germany');
    await choose('Bulgaria', 'Bulgaria');
    await choose('Sweden', 'Sweden');
    for (const field of ['personalEmail', 'phone', 'postalAddress'] as const) await fieldGroup(field).getByLabel(DATA_QUESTIONS.collect).check();
    await fieldGroup('postalAddress').getByLabel(DATA_QUESTIONS.kind).selectOption('home');
    await page.locator('.cp-country').first().locator('summary').click();
    await page.locator('.cp-done summary').click();
    await page.getByLabel('Import record').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
    await alerts().filter({ hasText: 'bad.json' }).waitFor();
    await page.getByRole('button', { name: 'Clear saved data' }).click();
    await countries().fill('land');
    await page.getByRole('listbox', { name: 'Matching countries' }).waitFor();
    expect(await axeViolations(page, '.campaign-planner')).toEqual([]);
  });
});

describe('without JavaScript', () => {
  /** The page's HTML as the server sends it, with React's entity escapes and text separators undone. */
  async function rawText(): Promise<string> {
    const html = await (await fetch(baseUrl + PATH)).text();
    return html
      .replace(/<!-- -->/g, '')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }

  it('the HTML already holds every question of the checklist and the readiness items', async () => {
    const text = await rawText();
    for (const question of checklistQuestions()) expect(text, question).toContain(question);
    for (const item of READINESS_ITEMS) expect(text, item.label).toContain(item.label);
    for (const label of ['Target countries', 'Export record', 'Import record', 'Clear saved data']) expect(text).toContain(label);
  });

  it('a browser with JavaScript off shows the labelled checklist and no error', async () => {
    const noJs = await browser().newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(baseUrl + PATH);
    await expect(plain.getByLabel('Target countries').count()).resolves.toBe(1);
    await expect(plain.getByLabel('Your offer in one sentence').count()).resolves.toBe(1);
    await expect(plain.getByRole('group', { name: RELEVANCE.surprised.label }).count()).resolves.toBe(1);
    // Playwright's text search skips <noscript>, so read it by tag.
    await expect(plain.locator('noscript p').textContent()).resolves.toContain('Without JavaScript you can read the checklist');
    await expect(plain.locator('noscript p').isVisible()).resolves.toBe(true);
    await noJs.close();
  });
});
