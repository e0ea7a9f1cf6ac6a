import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { watchPage, type PageLog } from './browser';
import { axeViolations, openTool, sidewaysScroll, useBrowser } from './pages';

const baseUrl = inject('baseUrl');
const PATH = '/tools/notice-generator/';
const XSS = '<img src=x onerror=alert(1)>';
/** The labels, regions and status external tests rely on (issue 4, "UI contract"). */
const CONTRACT_FIELDS = ['Company name', 'Postal address', 'Privacy contact email', 'Source of the data', 'Recipient country', 'Output language'];
const REGIONS = ['Short disclaimer', 'Full notice', 'Objection line', 'Opt-out footer'];
/** Germany's supervisory authority as its record names it (the German notice uses this name). */
const GERMAN_AUTHORITY: string = JSON.parse(readFileSync(new URL('../../src/content/jurisdictions/de.json', import.meta.url), 'utf8')).authority.name;

const browser = useBrowser();
/** The page is hydrated once the profile form (rendered in the browser only) is there. */
const ready = (p: Page) => p.getByLabel('Company name');
let context: BrowserContext | undefined;
let page: Page;
/** What the page did after it loaded. */
let log: PageLog;
let dialogs: string[];

beforeEach(async () => {
  await context?.close();
  ({ context, page } = await openTool(browser(), baseUrl + PATH, { clipboard: true, ready }));
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  log = watchPage(page);
});

const region = (name: string) => page.getByRole('region', { name, exact: true });
/** The text an output region holds: the editable text, or the read-only one (headers). */
async function outputText(name: string): Promise<string> {
  const box = region(name).getByRole('textbox');
  if ((await box.count()) > 0) return box.inputValue();
  return (await region(name).locator('[data-output-text]').textContent()) ?? '';
}
const status = () => page.getByRole('status');
const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

async function fillProfile(company = 'Fernhill Security Inc.') {
  await page.getByLabel('Company name').fill(company);
  await page.getByLabel('Postal address').fill('200 Example Street\nToronto, Canada');
  await page.getByLabel('Privacy contact email').fill('privacy@fernhill.example');
  await page.getByLabel('Privacy notice URL').fill('https://fernhill.example/prospect-privacy');
}

async function fillCampaign() {
  await page.getByLabel('What you offer and why it fits them').fill('Your team sends thousands of invoices by email, and our gateway stops spoofed ones.');
  await page.getByLabel('Type of source').selectOption({ label: 'Company website' });
  await page.getByLabel('Source of the data').fill('transports-aubert.example/equipe');
  await page.getByLabel('Email platform').fill('lemlist');
  await page.getByLabel('CRM', { exact: true }).fill('HubSpot');
  await page.getByLabel('Transfers outside the EU/UK').selectOption({ label: 'No transfer' });
}

describe('the UI contract', () => {
  it('has exactly one control per contract label, one region per output and one status', async () => {
    await page.getByLabel('Company name').fill('Acme GmbH');
    for (const label of CONTRACT_FIELDS) await expect(page.getByLabel(label).count(), label).resolves.toBe(1);
    for (const name of REGIONS) await expect(page.getByRole('region', { name }).count(), name).resolves.toBe(1);
    await expect(status().count()).resolves.toBe(1);
    await expect(page.getByLabel('Recipient country').evaluate((e) => e.tagName)).resolves.toBe('SELECT');
    await expect(page.getByLabel('Output language').evaluate((e) => e.tagName)).resolves.toBe('SELECT');
    await expect(page.getByLabel('Source of the data').evaluate((e) => e.tagName)).resolves.toBe('INPUT');
  });
});

describe('accessibility', () => {
  it.each(['Germany', 'United Kingdom', 'Switzerland'])('has no serious or critical axe violation with every part shown (%s)', async (country) => {
    await fillProfile();
    await page.getByLabel('Country of establishment').selectOption('CA');
    await page.getByLabel('Recipient country').selectOption(country);
    await page.getByLabel('Legitimate interest pursued').selectOption('custom');
    await page.getByLabel('Other', { exact: true }).check();
    await page.getByLabel('Transfers outside the EU/UK').selectOption('scc');
    await page.getByLabel('Destination country').selectOption('JP');
    await region('Full notice').getByRole('button', { name: 'Copy text' }).click();
    await page.getByRole('alert').waitFor();
    for (const summary of await page.locator('.notice-generator summary').all()) await summary.click();
    for (const theme of ['dark', 'light']) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      expect(await axeViolations(page, 'main'), theme).toEqual([]);
    }
  });
});

describe('the notice generator page', () => {
  it('writes every output from the profile and campaign, warns for Germany, and switches language, with no request after load', async () => {
    await fillProfile();
    await fillCampaign();
    await page.getByLabel('Recipient country').selectOption('France');
    await expect.poll(() => status().textContent()).toContain('Notice complete');

    const short = await outputText('Short disclaimer');
    expect(short).toContain('Your team sends thousands of invoices by email');
    expect(short).toContain("We found your contact details on your company's website (transports-aubert.example/equipe)");
    expect(short).toContain('“no thanks”');
    const notice = await outputText('Full notice');
    for (const value of ['Fernhill Security Inc., 200 Example Street, Toronto, Canada.', 'privacy@fernhill.example', 'our email platform (lemlist) and our CRM system (HubSpot)', 'Article 6(1)(f) GDPR', 'French Data Protection Authority (CNIL)', 'https://fernhill.example/prospect-privacy']) {
      expect(notice).toContain(value);
    }
    expect(await outputText('Objection line')).toMatch(/^Your right to object: You can object at any time/);
    expect(await outputText('Opt-out footer')).toBe(
      'Fernhill Security Inc. · 200 Example Street, Toronto, Canada\nNot interested? Reply “no thanks” or unsubscribe here: {{unsubscribe_link}}\nHow we handle your data: https://fernhill.example/prospect-privacy',
    );
    expect(await outputText('List-Unsubscribe headers')).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    // Germany requires prior consent: the page says no notice helps, and offers German.
    await expect(page.getByText('No notice, however complete, makes such an email lawful in Germany').count()).resolves.toBe(0);
    await page.getByLabel('Recipient country').selectOption('Germany');
    await page.getByText('Consent required in Germany.').waitFor();
    await page.getByText('No notice, however complete, makes such an email lawful in Germany').waitFor();
    await page.getByRole('button', { name: 'Write in German' }).click();
    await expect(page.getByLabel('Output language').inputValue()).resolves.toBe('de');

    const de = await outputText('Full notice');
    expect(de.startsWith('Hinweise zum Datenschutz\nVerantwortlicher: Fernhill Security Inc.')).toBe(true);
    for (const term of ['berechtigtes Interesse', 'Art. 6 Abs. 1 lit. f DSGVO', 'Aufsichtsbehörde', GERMAN_AUTHORITY, 'des Orts des mutmaßlichen Verstoßes']) expect(de).toContain(term);
    expect(await outputText('Objection line')).toMatch(/^Ihr Widerspruchsrecht: Sie können der Verwendung Ihrer Daten für Direktwerbung jederzeit widersprechen\./);
    expect(await outputText('Opt-out footer')).toContain('Kein Interesse? Antworten Sie mit „Nein danke“');
    expect(await outputText('Short disclaimer')).toContain('Ihre Kontaktdaten haben wir der Website Ihres Unternehmens entnommen (transports-aubert.example/equipe)');

    await page.getByLabel('Output language').selectOption('French');
    expect(await outputText('Objection line')).toContain('Votre droit d’opposition');

    // After load, the page fetched nothing but its own scripts; nothing was uploaded.
    const other = log.requests.filter((url) => !(url.startsWith(`${baseUrl}/_astro/`) && url.endsWith('.js')));
    expect(other).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it('copies the text and the HTML of an output', async () => {
    await fillProfile();
    await page.getByLabel('Source of the data').fill('acme.example/team');
    const footer = region('Opt-out footer');
    await footer.getByRole('button', { name: 'Copy text' }).click();
    await footer.getByText('Copied the text.').waitFor();
    await expect(clipboard()).resolves.toBe(await outputText('Opt-out footer'));
    await footer.getByRole('button', { name: 'Copy HTML' }).click();
    await footer.getByText('Copied the HTML.').waitFor();
    const html = await clipboard();
    expect(html).toBe(await footer.locator('[data-output-html]').textContent());
    expect(html.startsWith('<p>Fernhill Security Inc. · 200 Example Street, Toronto, Canada<br>')).toBe(true);
  });
});

describe('safety', () => {
  it('shows a company name made of HTML as text, and runs nothing', async () => {
    await fillProfile(XSS);
    await page.getByLabel('Source of the data').fill(XSS);
    for (const name of REGIONS) {
      const text = await outputText(name);
      if (name !== 'Objection line') expect(text, name).toContain(XSS);
    }
    await expect(page.locator('.notice-generator img').count()).resolves.toBe(0);
    const html = (await region('Full notice').locator('[data-output-html]').textContent()) ?? '';
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    // Give an injected handler every chance to fire.
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

describe('the coverage check', () => {
  it('counts missing items until every mandatory one is covered', async () => {
    await expect.poll(() => status().textContent()).toBe('3 items are missing from the notice.');
    await expect(page.locator('[data-item="1a"]').getAttribute('data-status')).resolves.toBe('missing');
    await page.getByLabel('Company name').fill('Acme GmbH');
    await page.getByLabel('Privacy contact email').fill('privacy@acme.example');
    await expect.poll(() => status().textContent()).toBe('2 items are missing from the notice.');
    await page.getByLabel('Transfers outside the EU/UK').selectOption({ label: 'No transfer' });
    await expect.poll(() => status().textContent()).toBe('One item is missing from the notice.');
    await page.getByLabel('Source of the data').fill('acme.example/team');
    await expect.poll(() => status().textContent()).toBe('Notice complete: every Art. 14 item that applies is covered.');
    await expect(page.locator('[data-item="2f"]').textContent()).resolves.toContain('Covered by “Source of the data”');

    // A data vendor must be named.
    await page.getByLabel('Source of the data').fill('');
    await page.getByLabel('Type of source').selectOption({ label: 'Data vendor' });
    await expect.poll(() => status().textContent()).toBe('One item is missing from the notice.');
    // A company outside the EU needs an EU representative (Art. 27), and cannot say "we do not transfer".
    await page.getByLabel('Source of the data').fill('Cognism');
    await page.getByLabel('Country of establishment').selectOption('CA');
    await expect.poll(() => status().textContent()).toBe('2 items are missing from the notice.');
    await page.getByLabel('EU representative (optional)').fill('Eurorep Ltd, Dublin');
    await page.getByLabel('Transfers outside the EU/UK').selectOption('adequacy');
    await expect.poll(() => status().textContent()).toContain('Notice complete');
    expect(await outputText('Full notice')).toContain('Our representative in the EU (Article 27 GDPR): Eurorep Ltd, Dublin.');
  });

  it('says what is missing in words first, article second, each linked to the field that fills it', async () => {
    const missing = page.locator('[data-missing]');
    await expect(missing.locator('a').allTextContents()).resolves.toEqual([
      'Your company’s name and contact details are missing — Art. 14(1)(a)',
      'What the notice says about transfers outside the EU/UK is incomplete — Art. 14(1)(f)',
      'Where you got their address is missing — Art. 14(2)(f)',
    ]);
    await page.locator('[data-missing="2f"] a').click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(await page.getByLabel('Source of the data').getAttribute('id'));
    await page.locator('[data-missing="1a"] a').click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(await page.getByLabel('Company name').getAttribute('id'));
  });

  it('opens a folded sender profile to reach the field that fills a missing item', async () => {
    await fillProfile();
    await page.getByLabel('Country of establishment').selectOption('CA');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByLabel('EU representative (optional)').count()).resolves.toBe(0);
    await expect(page.locator('[data-missing="1a"] a').textContent()).resolves.toBe('Your EU representative is missing — Art. 14(1)(a)');
    await page.locator('[data-missing="1a"] a').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await page.getByLabel('EU representative (optional)').getAttribute('id'));
  });
});

describe('transfers outside the EU/UK', () => {
  it('shows a gap until answered, and a sender outside the EU/EEA cannot choose "No transfer"', async () => {
    await fillProfile();
    await expect(page.getByLabel('Transfers outside the EU/UK').inputValue()).resolves.toBe('');
    expect(await outputText('Full notice')).toContain('[Choose: do you transfer data outside the EU/EEA?]');
    await expect(page.locator('[data-item="1f"]').getAttribute('data-status')).resolves.toBe('missing');

    await page.getByLabel('Transfers outside the EU/UK').selectOption({ label: 'No transfer' });
    expect(await outputText('Full notice')).toContain('We do not transfer your data outside the European Economic Area (EEA).');

    // Established in Canada: the answer given so far cannot be true; the page says why and the notice shows a gap again.
    await page.getByLabel('Country of establishment').selectOption('CA');
    await page.getByText('Your company is established in Canada, outside the EU/EEA').waitFor();
    await expect(page.getByRole('option', { name: /^No transfer/ }).isDisabled()).resolves.toBe(true);
    const notice = await outputText('Full notice');
    expect(notice).not.toContain('We do not transfer');
    expect(notice).toContain('[Choose the transfer basis: your company is established outside the EU/EEA');
    await expect(page.locator('[data-item="1f"]').getAttribute('data-status')).resolves.toBe('missing');

    await page.getByLabel('Transfers outside the EU/UK').selectOption('scc');
    await page.getByLabel('Destination country').selectOption('IN');
    await page.getByLabel('Output language').selectOption('French');
    const fr = await outputText('Full notice');
    expect(fr).toContain('Nous sommes établis dans un pays tiers (Canada)');
    expect(fr).toContain('Nous transférons vos données vers un pays tiers (Inde).');
    await expect(page.locator('[data-item="1f"]').getAttribute('data-status')).resolves.toBe('covered');
  });

  it('copying an incomplete notice warns first and says what is missing; the user can still copy', async () => {
    await page.getByLabel('Company name').fill('Acme GmbH');
    await page.evaluate(() => navigator.clipboard.writeText('untouched'));
    const notice = region('Full notice');
    await notice.getByRole('button', { name: 'Copy text' }).click();
    const alert = notice.getByRole('alert');
    await alert.waitFor();
    const warning = (await alert.textContent()) ?? '';
    expect(warning).toContain('This notice is incomplete.');
    expect(warning).toContain('What the notice says about transfers outside the EU/UK is incomplete (Art. 14(1)(f))');
    expect(warning.indexOf('Your company’s name and contact details are missing (Art. 14(1)(a))')).toBeGreaterThan(0);
    expect(warning).toContain('[Choose …] gap');
    // Focus is on the confirmation, so the keyboard reaches it at once.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Copy anyway');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('untouched');

    await alert.getByRole('button', { name: 'Cancel' }).click();
    await expect(notice.getByRole('alert').count()).resolves.toBe(0);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('untouched');

    await notice.getByRole('button', { name: 'Copy HTML' }).click();
    await notice.getByRole('button', { name: 'Copy anyway' }).click();
    await notice.getByText('Copied the HTML.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe((await notice.locator('[data-output-html]').textContent()) ?? '');

    // Complete: copying goes straight through.
    await fillProfile();
    await fillCampaign();
    await expect.poll(() => status().textContent()).toContain('Notice complete');
    await notice.getByRole('button', { name: 'Copy text' }).click();
    await notice.getByText('Copied the text.').waitFor();
    await expect(notice.getByRole('alert').count()).resolves.toBe(0);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(await outputText('Full notice'));
  });

  it('offers the address worked out from the company’s pattern as a source, with what the law expects', async () => {
    await page.getByLabel('Type of source').selectOption({ label: 'Worked out from the company’s address pattern' });
    // The hint the source field points to says what the law expects.
    const hintId = await page.getByLabel('Source of the data').getAttribute('aria-describedby');
    const hint = (await page.locator(`[id="${hintId}"]`).textContent()) ?? '';
    for (const words of ['personal data you created', 'GDPR Art. 14', 'Art. 5(1)(d)', 'check it before sending']) expect(hint).toContain(words);
    await page.getByLabel('Source of the data').fill('acme.example/team');
    expect(await outputText('Short disclaimer')).toContain(
      "We derived your work email address ourselves from your name and your company's public email address format. We found both here: acme.example/team.",
    );
  });

  it('lists what differs under the Swiss FADP for recipients in Switzerland', async () => {
    await page.getByLabel('Recipient country').selectOption('Switzerland');
    await page.getByText('under the FADP these parts differ').waitFor();
    await expect(page.getByRole('link', { name: 'FDPIC on Art. 14' }).getAttribute('href')).resolves.toBe('https://www.edoeb.admin.ch/de/vertretung-nach-artikel-14-dsg');
    expect(await outputText('Full notice')).toContain('Under the Swiss Federal Act on Data Protection, you can also report a suspected breach');
  });
});

describe('UK complaints and authority names in the letter’s language', () => {
  it('a UK notice tells the recipient they can complain to the sender (s. 164A) and to the ICO (s. 165), and the check lists 14(2)(da)', async () => {
    await fillProfile();
    await fillCampaign();
    await page.getByLabel('Recipient country').selectOption('United Kingdom');
    await expect
      .poll(() => outputText('Full notice'))
      .toContain('You can complain to us about how we handle your personal data (section 164A of the Data Protection Act 2018): write to privacy@fernhill.example.');
    const text = await outputText('Full notice');
    expect(text).toContain("You can also complain to the UK supervisory authority under section 165 of the Data Protection Act 2018: Information Commissioner's Office (ICO), https://ico.org.uk/.");
    expect(text).not.toMatch(/\b77\b/);
    await expect(page.locator('[data-item="2da"]').getAttribute('data-status')).resolves.toBe('covered');
    await page.getByLabel('Recipient country').selectOption('France');
    await expect.poll(() => page.locator('[data-item="2da"]').count()).toBe(0);
  });

  it('a French notice to a Swiss recipient names the PFPDT, an Italian one the IFPDT', async () => {
    await page.getByLabel('Recipient country').selectOption('Switzerland');
    await page.getByLabel('Output language').selectOption('French');
    await expect.poll(() => outputText('Full notice')).toContain('Préposé fédéral à la protection des données et à la transparence (PFPDT)');
    expect(await outputText('Full notice')).not.toContain('EDÖB');
    await page.getByLabel('Output language').selectOption('Italian');
    await expect.poll(() => outputText('Full notice')).toContain('Incaricato federale della protezione dei dati e della trasparenza (IFPDT)');
  });
});

describe('the sender profile', () => {
  it('round-trips through Export and Import, folds once filled, and Clear saved data asks, then empties it', async () => {
    await fillProfile();
    await page.getByLabel('Country of establishment').selectOption('CA');
    await page.getByLabel('EU representative (optional)').fill('Eurorep Ltd, Dublin');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export profile' }).click()]);
    const file = (await download.path())!;
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ legalName: 'Fernhill Security Inc.', country: 'CA', euRepresentative: 'Eurorep Ltd, Dublin', postalAddress: '200 Example Street\nToronto, Canada' });

    // Saved as the user types, so it survives a reload, folded to one line since it is filled.
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByText('Sending as Fernhill Security Inc. (Canada)').waitFor();
    await expect(page.getByLabel('Company name').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Edit the sender profile' }).click();
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe('Fernhill Security Inc.');

    // Clearing asks first; "Keep it" keeps everything.
    await page.getByRole('button', { name: 'Clear saved data' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe('Fernhill Security Inc.');
    await expect(page.evaluate(() => localStorage.getItem('coldkit:sender-profile:v1'))).resolves.not.toBeNull();
    await page.getByRole('button', { name: 'Clear saved data' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe('');
    await expect(page.evaluate(() => localStorage.getItem('coldkit:sender-profile:v1'))).resolves.toBeNull();
    await expect(page.getByRole('region', { name: 'Opt-out footer' }).count()).resolves.toBe(0);
    await expect(page.locator('.ng-texts .tool-empty').isVisible()).resolves.toBe(true);

    await page.getByLabel('Import profile').setInputFiles(file);
    await page.getByText('Imported the profile from').waitFor();
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe('Fernhill Security Inc.');
    await expect(page.getByLabel('Postal address').inputValue()).resolves.toBe('200 Example Street\nToronto, Canada');
    await expect(page.getByLabel('Country of establishment').inputValue()).resolves.toBe('CA');
    expect(await outputText('Full notice')).toContain('Eurorep Ltd, Dublin');
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('coldkit:sender-profile:v1')))!)).toEqual(exported);
  });

  it('refuses a file that is not a profile, with a readable message', async () => {
    await page.getByLabel('Import profile').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"legalName": 5}') });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('This profile is invalid: legalName');
  });
});

/** A planner record as the campaign planner saves it, with target countries and an offer. */
function plannerRecord(campaign: string, countries: string[], offer: string): string {
  return JSON.stringify({ format: 'coldkit-campaign-record', version: 1, about: { campaign }, segment: { countries, offer } });
}
const PLANNER_KEY = 'coldkit:campaign-planner:record:v1';

/** A fresh page in its own context at a viewport width, optionally with a planner record saved before load. */
async function openAt(width: number, record?: string): Promise<Page> {
  const storage: Record<string, string> = record === undefined ? {} : { [PLANNER_KEY]: record };
  return (await openTool(browser(), baseUrl + PATH, { width, storage, clipboard: true, ready })).page;
}

describe('the layout', () => {
  it('uses at least 960 px of a 1440 px window, with the coverage and the texts beside the form', async () => {
    const p = await openAt(1440);
    await p.getByRole('button', { name: 'Try an example' }).click();
    const tool = (await p.locator('.notice-generator').boundingBox())!;
    expect(tool.width).toBeGreaterThanOrEqual(960);
    const form = (await p.locator('.ng-form').boundingBox())!;
    const aside = (await p.locator('.tool-aside').boundingBox())!;
    expect(aside.x).toBeGreaterThanOrEqual(form.x + form.width);
    expect(Math.abs(aside.y - form.y)).toBeLessThan(50);
    // The coverage status comes first in the aside, the texts after it.
    const statusBox = (await p.getByRole('status').boundingBox())!;
    const short = (await p.getByRole('region', { name: 'Short disclaimer' }).boundingBox())!;
    expect(statusBox.y).toBeLessThan(short.y);
    // Sticky: scrolled down to the middle of the campaign, the status is still in view.
    await p.getByLabel('Email platform').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    expect(await p.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const inView = await p.getByRole('status').evaluate((e) => {
      const r = e.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await p.context().close();
  });

  it.each(['', '/ru', '/ar'])('at 1440 px (%s) the transfer select shows its longest choice whole, on two lines rather than cut off', async (prefix) => {
    const p = await context!.newPage();
    await p.setViewportSize({ width: 1440, height: 900 });
    await p.goto(`${baseUrl}${prefix}${PATH}`, { waitUntil: 'networkidle' });
    const select = p.locator('select[name="transfer"]');
    await select.selectOption('dpf');
    const fit = await select.evaluate((el: HTMLSelectElement) => {
      const cs = getComputedStyle(el);
      const pen = document.createElement('canvas').getContext('2d')!;
      pen.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const room = el.clientWidth - parseFloat(cs.paddingInlineStart) - parseFloat(cs.paddingInlineEnd);
      const lineHeight = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2;
      const lines = Math.round((el.clientHeight - parseFloat(cs.paddingBlockStart) - parseFloat(cs.paddingBlockEnd)) / lineHeight);
      return { needed: Math.ceil(pen.measureText(el.selectedOptions[0]!.text).width / room), lines };
    });
    // "To a US company certified under the EU–US Data Privacy Framework" is longer than one line of the select…
    expect(fit.needed).toBeGreaterThan(1);
    // …and the select is as tall as the lines it needs.
    expect(fit.lines).toBeGreaterThanOrEqual(fit.needed);
    await p.close();
  });

  it('stacks the texts under the form on a 390 px phone, with no sideways scroll', async () => {
    const p = await openAt(390);
    await p.getByRole('button', { name: 'Try an example' }).click();
    for (const summary of await p.locator('.notice-generator summary').all()) await summary.click();
    const form = (await p.locator('.ng-form').boundingBox())!;
    const aside = (await p.locator('.tool-aside').boundingBox())!;
    expect(aside.y).toBeGreaterThanOrEqual(form.y + form.height);
    await expect(sidewaysScroll(p)).resolves.toBeLessThanOrEqual(0);
    await p.context().close();
  });
});

describe('before any input', () => {
  it('says which texts will appear instead of showing a notice full of gaps', async () => {
    const empty = page.locator('.ng-texts .tool-empty');
    await expect(empty.isVisible()).resolves.toBe(true);
    for (const name of [...REGIONS, 'List-Unsubscribe headers']) expect(await empty.textContent()).toContain(name);
    for (const name of REGIONS) await expect(page.getByRole('region', { name }).count(), name).resolves.toBe(0);
    await page.getByLabel('Source of the data').fill('acme.example/team');
    await expect(empty.count()).resolves.toBe(0);
    expect(await outputText('Short disclaimer')).toContain('acme.example/team');
  });
});

describe('editable texts', () => {
  it('copies the edit, keeps it while the form changes, and resets to the generated text only after asking', async () => {
    await fillProfile();
    const footer = region('Opt-out footer');
    const box = footer.getByRole('textbox', { name: 'Opt-out footer' });
    const generated = await box.inputValue();
    const edited = `${generated}\nP.S. We are hiring.`;
    await box.fill(edited);
    await footer.getByText('Edited by you').waitFor();

    await footer.getByRole('button', { name: 'Copy text' }).click();
    await footer.getByText('Copied the text.').waitFor();
    await expect(clipboard()).resolves.toBe(edited);
    // The HTML is made from the edit: the added line is a line of its own; the privacy link the tool wrote is still a link.
    await footer.getByRole('button', { name: 'Copy HTML' }).click();
    await footer.getByText('Copied the HTML.').waitFor();
    const html = await clipboard();
    expect(html).toContain('<br>\nP.S. We are hiring.</p>');
    expect(html).toContain('<a href="https://fernhill.example/prospect-privacy">https://fernhill.example/prospect-privacy</a>');
    expect(html).toBe(await footer.locator('[data-output-html]').textContent());

    // The form changes underneath; the edit stays.
    await page.getByLabel('Output language').selectOption('German');
    await expect(box.inputValue()).resolves.toBe(edited);

    // Reset asks first; "Keep it" keeps the edit.
    await footer.getByRole('button', { name: 'Reset to generated' }).click();
    await footer.getByText('Drop your edit and go back to the generated text?').waitFor();
    await footer.getByRole('button', { name: 'Keep it' }).click();
    await expect(box.inputValue()).resolves.toBe(edited);
    await footer.getByRole('button', { name: 'Reset to generated' }).click();
    await footer.getByRole('button', { name: 'Yes, reset it' }).click();
    await expect(box.inputValue()).resolves.toContain('Kein Interesse?');
    await expect(footer.getByRole('button', { name: 'Reset to generated' }).count()).resolves.toBe(0);
  });

  it('still warns before copying an edited notice that the form leaves incomplete', async () => {
    await page.getByLabel('Company name').fill('Acme GmbH');
    const notice = region('Full notice');
    await notice.getByRole('textbox').fill('Privacy notice written by hand.');
    await notice.getByRole('button', { name: 'Copy text' }).click();
    await notice.getByRole('alert').waitFor();
    await notice.getByRole('button', { name: 'Copy anyway' }).click();
    await notice.getByText('Copied the text.').waitFor();
    await expect(clipboard()).resolves.toBe('Privacy notice written by hand.');
  });
});

describe('the campaign planner’s workspace', () => {
  const RECORD = plannerRecord('Q3 Benelux', ['BE', 'NL', 'LU'], 'Invoice spoofing protection for logistics firms');

  it('preselects the first target country, says where it came from, and offers the others', async () => {
    const p = await openAt(1440, RECORD);
    const select = p.getByLabel('Recipient country');
    await expect.poll(() => select.inputValue()).toBe('BE');
    await p.getByText('From the campaign planner (“Q3 Benelux”)').waitFor();
    await p.getByText('Consent required in Belgium.').waitFor();
    await p.getByRole('button', { name: 'Netherlands' }).click();
    await expect(select.inputValue()).resolves.toBe('NL');
    await p.getByText('From the campaign planner (“Q3 Benelux”)').waitFor();
    // A country the user picks is theirs: the note goes.
    await select.selectOption('France');
    await expect(p.getByText('From the campaign planner').count()).resolves.toBe(0);
    await p.context().close();
  });

  it('only suggests the planner’s offer: the text stays empty until the user takes it', async () => {
    const p = await openAt(1440, RECORD);
    await p.getByText('The offer in the campaign planner: “Invoice spoofing protection for logistics firms”').waitFor();
    await expect(p.getByLabel('What you offer and why it fits them').inputValue()).resolves.toBe('');
    await p.getByRole('button', { name: 'Start from this offer' }).click();
    await expect(p.getByLabel('What you offer and why it fits them').inputValue()).resolves.toBe('Invoice spoofing protection for logistics firms');
    await p.context().close();
  });

  it('never replaces a country the user chose, even when the planner saves one later', async () => {
    const p = await openAt(1440);
    await p.getByLabel('Recipient country').selectOption('France');
    const other = await p.context().newPage();
    await other.goto(baseUrl + '/');
    await other.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PLANNER_KEY, RECORD]);
    await p.getByText('Other target countries in the campaign planner:').waitFor();
    await expect(p.getByLabel('Recipient country').inputValue()).resolves.toBe('FR');
    await other.close();
    await p.context().close();
  });
});

describe('Try an example', () => {
  it('fills a realistic sender and campaign that give a complete notice', async () => {
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect.poll(() => status().textContent()).toContain('Notice complete');
    await page.getByText('Sending as Northwind (Canada)').waitFor();
    expect(await outputText('Full notice')).toContain('Who we are: Northwind Robotics Inc. (Northwind), 410 King Street West, Toronto, ON M5V 1K2, Canada.');
    expect(await outputText('Short disclaimer')).toContain('liffey-logistics.example/team');
    await expect(page.getByLabel('Recipient country').inputValue()).resolves.toBe('IE');
    // Saved like any profile: the reply composer sees the same sender.
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('coldkit:sender-profile:v1')))!)).toMatchObject({ legalName: 'Northwind Robotics Inc.' });
  });

  it('asks before replacing a profile the user has typed in', async () => {
    await page.getByLabel('Company name').fill('Acme GmbH');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.getByText('Replace your sender profile and the campaign with the example?').waitFor();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe('Acme GmbH');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.getByRole('button', { name: 'Yes, use the example' }).click();
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe('Northwind Robotics Inc.');
  });

  it('keeps the recipient country taken from the planner', async () => {
    const p = await openAt(1440, plannerRecord('DACH', ['AT'], ''));
    await expect.poll(() => p.getByLabel('Recipient country').inputValue()).toBe('AT');
    await p.getByRole('button', { name: 'Try an example' }).click();
    await expect(p.getByLabel('Recipient country').inputValue()).resolves.toBe('AT');
    await p.context().close();
  });

  it.each(['light', 'dark'])('leaves a page with no serious axe violation, with an edit and the reset question open (%s)', async (theme) => {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    await page.getByRole('button', { name: 'Try an example' }).click();
    await region('Objection line').getByRole('textbox').fill('Reply “stop” and we stop.');
    await region('Objection line').getByRole('button', { name: 'Reset to generated' }).click();
    for (const summary of await page.locator('.notice-generator summary').all()) await summary.click();
    expect(await axeViolations(page, 'main')).toEqual([]);
  });
});
