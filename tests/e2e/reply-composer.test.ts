import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import ICAL from 'ical.js';
import { watchPage, type PageLog } from './browser';
import { axeViolations, openTool, sidewaysScroll, useBrowser } from './pages';
import { getMessages } from '../../src/lib/i18n/catalogs';

const baseUrl = inject('baseUrl');
const PATH = '/tools/reply-composer/';
const PHRASES = '/tools/reply-composer/opt-out-phrases.txt';
const germany = JSON.parse(readFileSync('src/content/jurisdictions/de.json', 'utf8')) as { authority: { name: string; englishName?: string; url: string } };

const browser = useBrowser();
let context: BrowserContext | undefined;
let page: Page;
/** What the page did after it loaded. */
let log: PageLog;

beforeEach(async () => {
  await context?.close();
  ({ context, page } = await openTool(browser(), baseUrl + PATH, { clipboard: true }));
  log = watchPage(page);
  // The island is hydrated once the profile form (rendered in the browser only) is there.
  await page.getByLabel('Company name').waitFor();
});

const replyText = () => page.getByLabel('Reply text', { exact: true }).inputValue();
/** The plain titles of the detected requests, best first (each list item also quotes the words that matched). */
const detected = () => page.getByRole('list', { name: 'Detected requests' }).getByRole('listitem').locator('label').allTextContents();
const detectedItems = () => page.getByRole('list', { name: 'Detected requests' }).getByRole('listitem').allTextContents();

async function paste(message: string) {
  await page.getByLabel('Incoming message').fill(message);
}

async function download(action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** Today in the browser's calendar, shifted by `days`, as YYYY-MM-DD. */
function isoFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A box on the page, in page coordinates (scroll included). */
async function box(selector: string) {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, width: r.width, viewportTop: r.top };
  });
}

async function clipboardText(): Promise<string> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item!.getType('text/plain')).text();
  });
}

describe('the layout', () => {
  it('at 1440 px: a tool at least 960 px wide, the reply beside the message, still in view while filling the facts', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await paste('Where did you get my data? Please delete it.');
    await page.getByLabel('Reply text', { exact: true }).waitFor();
    expect((await box('.reply-composer')).width).toBeGreaterThanOrEqual(960);
    const message = await box('.rc-message');
    const reply = await box('.rc-aside');
    expect(reply.left).toBeGreaterThanOrEqual(message.right);
    expect(Math.abs(reply.top - message.top)).toBeLessThan(50);
    await page.getByLabel('How long you keep it').scrollIntoViewIfNeeded();
    await page.getByLabel('How long you keep it').fill('six months');
    const sticky = await box('.rc-aside');
    expect(sticky.viewportTop).toBeGreaterThanOrEqual(0);
    expect(sticky.viewportTop).toBeLessThan(200);
    await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
  });

  it.each(['en', 'ru', 'ar'] as const)('at 1440 × 900 px (%s) the status under the reply ("Example loaded") lies inside the sticky reply panel, not cut off by its height', async (locale) => {
    const p = await context!.newPage();
    await p.setViewportSize({ width: 1440, height: 900 });
    await p.goto(`${baseUrl}${locale === 'en' ? '' : `/${locale}`}${PATH}`, { waitUntil: 'networkidle' });
    await p.locator('astro-island:not([ssr]) .reply-composer').waitFor();
    await p.getByRole('button', { name: getMessages(locale).common.tryExample, exact: true }).click();
    const status = p.locator('.rc-aside .rc-status-line');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).not.toBe('');
    // Measured once the panel has settled (the deadline and the reply may still be laying out when
    // the status first shows): how far the status line's lower edge is past the panel's.
    const overflow = async () => {
      const [panel, line] = await Promise.all([p.locator('.rc-aside').boundingBox(), status.boundingBox()]);
      return line!.y + line!.height - (panel!.y + panel!.height);
    };
    await expect.poll(overflow, { timeout: 5_000 }).toBeLessThanOrEqual(0);
    await p.close();
  });

  it('at 390 px: no sideways scroll, and the reply comes right after the message, before the form', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
    await page.getByLabel('Example message').selectOption('accessDe');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect.poll(replyText).toContain('Jonas Becker');
    const message = await box('.rc-message');
    const reply = await box('.rc-aside');
    const request = await box('fieldset:has(> legend:text-is("The request"))');
    expect(reply.top).toBeGreaterThanOrEqual(message.bottom);
    expect(reply.bottom).toBeLessThanOrEqual(request.top);
    await expect(sidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
  });
});

describe('before anything is pasted', () => {
  it('shows what the composer will produce, no letter, and a disabled "Copy reply" that says why', async () => {
    const empty = page.locator('.rc-aside .tool-empty');
    await expect(empty.isVisible()).resolves.toBe(true);
    await expect(empty.textContent()).resolves.toContain('one reply in the requester’s language');
    await expect(page.getByLabel('Reply text', { exact: true }).count()).resolves.toBe(0);
    const copy = page.getByRole('button', { name: 'Copy reply' });
    await expect(copy.isDisabled()).resolves.toBe(true);
    const why = await copy.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${why}"]`).textContent()).resolves.toBe('Paste a message first: there is nothing to reply to yet.');

    await paste('Please delete my data.');
    await expect.poll(() => copy.isEnabled()).toBe(true);
    await expect(empty.count()).resolves.toBe(0);
    await paste('');
    await expect.poll(() => page.getByRole('button', { name: 'Copy reply' }).isDisabled()).toBe(true);
  });
});

describe('the editable reply', () => {
  it('copies the user’s edit, keeps it while the form changes, and "Reset to generated" brings the composed text back', async () => {
    await paste('Please delete my data.');
    await expect.poll(replyText).toContain('we have erased your personal data');
    const generated = await replyText();
    const edited = generated.replace('Dear ', 'Hello ') + 'PS: sorry for the trouble.\n';
    await page.getByLabel('Reply text', { exact: true }).fill(edited);
    await page.getByLabel('Requester’s name').fill('Ana Ruiz');
    expect(await replyText()).toBe(edited);
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied the reply.' }).waitFor();
    expect(await clipboardText()).toBe(edited);

    await page.getByRole('button', { name: 'Reset to generated' }).click();
    await expect.poll(replyText).toContain('Dear Ana Ruiz,');
    expect(await replyText()).not.toContain('PS: sorry');
    await expect(page.getByRole('button', { name: 'Reset to generated' }).count()).resolves.toBe(0);

    // An edit belongs to its message: emptying the message drops it, so the next reply is composed afresh.
    await page.getByLabel('Reply text', { exact: true }).fill('My own words.');
    await paste('');
    await paste('Stop emailing me.');
    await expect.poll(replyText).toContain('Dear Ana Ruiz,');
    await expect(page.getByRole('button', { name: 'Reset to generated' }).count()).resolves.toBe(0);
  });

  it('still warns before copying an edit that keeps a gap', async () => {
    await paste('What personal data do you hold about me?');
    await expect.poll(replyText).toContain('[to be completed]');
    await page.getByLabel('Reply text', { exact: true }).fill(`${await replyText()}\nEdited.`);
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await page.getByRole('status').filter({ hasText: 'Your edited reply still shows [to be completed]' }).waitFor();
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied the reply.' }).waitFor();
    expect(await clipboardText()).toContain('Edited.');
  });
});

describe('"Try an example"', () => {
  it('fills a German access request with everything its reply needs, and leaves the sender profile alone', async () => {
    await page.getByLabel('Example message').selectOption('accessDe');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect.poll(detected).toEqual(['What data do you hold about me?']);
    await expect(page.getByLabel('Incoming message').inputValue()).resolves.toContain('Art. 15 DSGVO');
    await expect(page.getByLabel('Reply language').inputValue()).resolves.toBe('de');
    await expect(page.getByLabel('Requester’s country').inputValue()).resolves.toBe('DE');
    const text = await replyText();
    expect(text.startsWith('Guten Tag Jonas Becker,')).toBe(true);
    expect(text).toContain('Lemlist SAS');
    expect(text).not.toMatch(/\[[^\]]+\]/); // no gap marker: recipients and transfers are answered
    await expect(page.locator('[data-deadline="due"]').textContent()).resolves.not.toBe('');
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied the reply.' }).waitFor();
  });

  it.each([
    ['erasure', ['Stop emailing me', 'Delete my data']],
    ['source', ['Where did you get my data?']],
  ] as const)('runs the %s example', async (example, kinds) => {
    await page.getByLabel('Example message').selectOption(example);
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect.poll(detected).toEqual(kinds);
    await expect.poll(replyText).toMatch(/^Dear \w+/);
  });

  it('shows the out-of-office example as an automatic reply', async () => {
    await page.getByLabel('Example message').selectOption('outOfOffice');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect.poll(detectedItems).toEqual([expect.stringContaining('Automatic reply (out of office)')]);
  });

  it('asks before replacing what the user typed', async () => {
    await paste('My own message');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByLabel('Incoming message').inputValue()).resolves.toBe('My own message');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.getByRole('button', { name: 'Yes, replace it' }).click();
    await expect.poll(() => page.getByLabel('Incoming message').inputValue()).toContain('Sanne de Vries');
  });
});

describe('the request log', () => {
  async function logRequest(name: string, country: string, received: string, message: string) {
    await paste(message);
    await page.getByLabel('Requester’s name').fill(name);
    await page.getByLabel('Requester’s country').selectOption(country);
    await page.getByLabel('Date received').fill(received);
    await page.getByRole('button', { name: 'Add to log' }).click();
    await page.getByRole('row', { name: new RegExp(name) }).waitFor();
  }

  it('asks before "Clear log" and before removing a request; "Keep it" keeps them', async () => {
    await logRequest('Jonas Berg', 'DE', '2026-01-31', 'Delete my data.');
    await logRequest('Ana Ruiz', 'ES', '2026-02-02', 'Stop emailing me.');
    await page.getByRole('button', { name: 'Clear log' }).click();
    await page.getByRole('group', { name: 'Delete all 2 logged requests from this browser?' }).waitFor();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.getByRole('row', { name: /Jonas Berg/ }).count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Remove the request from Ana Ruiz' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Ana Ruiz/ }).count()).toBe(0);
    await expect(page.getByRole('row', { name: /Jonas Berg/ }).count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Clear log' }).click();
    await page.getByRole('group', { name: 'Delete the 1 logged request from this browser?' }).waitFor();
    await page.getByRole('button', { name: 'Yes, clear the log' }).click();
    await page.getByText('No requests logged yet.').waitFor();
    await expect(page.getByRole('status').filter({ hasText: 'The request log was deleted from this browser.' }).count()).resolves.toBe(1);
  });

  it('exports the open requests’ deadlines as an .ics file that a calendar parser reads back', async () => {
    await expect(page.getByRole('button', { name: 'Export deadlines (.ics)' }).isDisabled()).resolves.toBe(true);
    await logRequest('Jonas Berg', 'DE', '2026-01-31', 'Where did you get my data? Delete it.');
    await logRequest('Tom Hughes', 'GB', '2026-07-01', 'This is spam, I will complain to the ICO.');
    await logRequest('Done, Already', 'FR', '2026-01-05', 'Stop emailing me.');
    await page.getByRole('row', { name: /Done, Already/ }).getByRole('combobox').selectOption('answered');

    const file = await download(() => page.getByRole('button', { name: 'Export deadlines (.ics)' }).click());
    expect(file.name).toBe('request-deadlines.ics');
    expect(file.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const events = new ICAL.Component(ICAL.parse(file.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byDate = events.map((e) => [e.startDate.toString(), e.startDate.isDate, e.summary]).sort();
    expect(byDate).toEqual([
      ['2026-02-28', true, 'Reply due: Jonas Berg (Where did you get my data?; Delete my data)'],
      ['2026-07-30', true, 'Acknowledge complaint: Tom Hughes'],
      ['2026-08-01', true, 'Reply due: Tom Hughes (I will complain to the regulator)'],
    ]);
    expect(events.find((e) => e.summary.startsWith('Reply due: Jonas'))!.description).toContain('28 April 2026 at the latest');
    await page.getByRole('status').filter({ hasText: 'Saved the deadlines of 2 open requests' }).waitFor();

    // The same requests give the same event UIDs in a second export.
    const again = await download(() => page.getByRole('button', { name: 'Export deadlines (.ics)' }).click());
    const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]).sort();
    expect(uids(again.text)).toEqual(uids(file.text));
    expect(log.requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('blob:'))).toEqual([]);
  });
});

describe('the reply composer page', () => {
  it('lists the detected requests best first, by their plain titles, under the contract labels', async () => {
    await paste('Hi,\n\nWhat personal data do you hold about me? Under Article 15 GDPR please send me a copy.\n\nJonas');
    await expect.poll(detected).toEqual(['What data do you hold about me?']);

    await paste('Where did you get my email address? I never heard of you. Please delete my data.');
    await expect.poll(detected).toEqual(['Where did you get my data?', 'Delete my data']);
    // The same list through getByLabel, as external tests may find it.
    await expect(page.getByLabel('Detected requests').getByRole('listitem').count()).resolves.toBe(2);
    // getByLabel matches substrings: no other label on the page may contain the contract labels.
    await expect(page.getByLabel('Detected requests').count()).resolves.toBe(1);
    await expect(page.getByLabel('Incoming message').count()).resolves.toBe(1);
    await expect(page.getByLabel('Incoming message').inputValue()).resolves.toContain('Where did you get');
    // Detected kinds start ticked; the others are offered unticked.
    await expect(page.getByLabel('Where did you get my data?').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('What right do you have to email me?').isChecked()).resolves.toBe(false);
  });

  it('answers every ticked kind in one reply, and follows ticks and unticks', async () => {
    await paste('Where did you get my email address? Please delete my data.');
    // No source filled in yet: the general sentence, not a gap.
    await expect.poll(replyText).toContain('We did not collect your data from you directly.');
    expect(await replyText()).toContain('we have erased your personal data');
    expect(await replyText()).toContain('SHA-256');

    await page.getByLabel('Delete my data').uncheck();
    await expect.poll(replyText).not.toContain('we have erased');
    expect(await replyText()).toContain('we will delete it and not contact you again');

    await page.getByLabel('What right do you have to email me?').check();
    await expect.poll(replyText).toContain('Article 6(1)(f) GDPR');
    await page.getByLabel('What data do you hold about me?').check();
    const text = await replyText();
    for (const item of ['(a) Purposes', '(b) Categories', '(c) Recipients', '(d) Storage period', '(e) You have the right', '(f) You have the right to lodge', '(g) Source', '(h) Automated']) {
      expect(text).toContain(item);
    }
  });

  it('puts the facts into the reply, with the deadline and the requester’s authority', async () => {
    await paste('What data do you hold about me?');
    await page.getByLabel('Requester’s name').fill('Jonas Berg');
    await page.getByLabel('Requester’s country').selectOption('DE');
    await page.getByLabel('Date received').fill('2026-01-31');
    await page.getByLabel('What you hold about them').fill('First name,Email\nJonas,jonas.berg@acme.example');
    await page.getByLabel('Where the data came from').fill('the team page on acme.example');
    await page.getByLabel('When you obtained it').fill('2026-01-10');
    await page.getByLabel('What you offer them (purpose)').fill('email-security software for mail teams');
    await page.getByLabel('Who receives the data (recipients)').fill('Lemlist (EU), HubSpot (US, Data Privacy Framework)');
    await page.getByLabel('How long you keep it').fill('six months after our last email');

    const text = await replyText();
    expect(text.startsWith('Dear Jonas Berg,')).toBe(true);
    expect(text).toContain('Thank you for your message of 31 January 2026.');
    expect(text).toContain('- First name: Jonas\n- Email: jonas.berg@acme.example');
    // Categories in the letter's language, not the list's column names.
    expect(text).toContain('(b) Categories of personal data: name, email address.');
    expect(text).toContain('(g) Source: the team page on acme.example (obtained on 10 January 2026).');
    expect(text).toContain('(c) Recipients: Lemlist (EU), HubSpot (US, Data Privacy Framework).');
    // An English letter names the authority in English where the record has an English name.
    expect(text).toContain(`${germany.authority.englishName ?? germany.authority.name}, ${germany.authority.url}`);
    expect(text).not.toMatch(/\{\w+\}|: \.|\(\)/);

    await expect(page.locator('[data-deadline="due"]').textContent()).resolves.toContain('28 February 2026');
    // The earlier of the two readings of "two further months": 28 February + 2 months.
    await expect(page.locator('[data-deadline="extended"]').textContent()).resolves.toContain('28 April 2026');
    await expect(page.locator('[data-deadline-notes]').textContent()).resolves.toContain('it would end on 30 April 2026');
    await page.getByLabel('Date received').fill('2028-01-31');
    await expect(page.locator('[data-deadline="due"]').textContent()).resolves.toContain('29 February 2028');
  });

  it('replies in the message’s language, and in another one on request; the page’s own dates stay in its language', async () => {
    await paste('Guten Tag,\n\nwoher haben Sie meine E-Mail-Adresse? Bitte löschen Sie meine Daten.\n\nKlaus Weber');
    await expect.poll(() => page.getByLabel('Reply language').inputValue()).toBe('de');
    await page.getByLabel('Date received').fill('2026-01-31');
    await expect.poll(replyText).toContain('vielen Dank für Ihre Nachricht vom 31. Januar 2026.');
    expect(await replyText()).toContain('Art. 17 DSGVO');
    await expect(page.locator('[data-deadline="due"]').textContent()).resolves.toContain('28 February 2026');

    await page.getByLabel('Reply language').selectOption('fr');
    await expect.poll(replyText).toContain('article 17 du RGPD');
    await expect(page.locator('[data-deadline="due"]').textContent()).resolves.toContain('28 February 2026');
  });

  it('shows under each detected request the words of the message that triggered it', async () => {
    await paste('Hallo,\n\nLöschen Sie bitte alles, was Sie über mich gespeichert haben. Ich will wissen, woher Sie meine Daten haben.\n\nSabine');
    await expect.poll(detected).toEqual(['Where did you get my data?', 'Delete my data']);
    const items = await detectedItems();
    // The quotation marks are the <q> element's own.
    expect(items[0]).toContain('Found: woher Sie meine Daten haben');
    expect(items[1]).toContain('Found: Löschen Sie bitte alles');
    await expect(page.getByRole('list', { name: 'Detected requests' }).locator('q').first().textContent()).resolves.toBe('woher Sie meine Daten haben');
    // The checkbox is described by its trigger, for screen readers too.
    const described = await page.getByLabel('Delete my data').getAttribute('aria-describedby');
    await expect(page.locator(`[id="${described}"]`).textContent()).resolves.toContain('Löschen Sie bitte alles');
  });

  it('an out-of-office message is shown as an automatic reply, not an objection', async () => {
    await paste('Estoy de baja médica hasta el lunes. Para asuntos urgentes, contacte con info@acme.example.\n\nLucía');
    await expect.poll(detectedItems).toEqual([expect.stringContaining('Automatic reply (out of office): no answer needed')]);
    expect((await detectedItems())[0]).toContain('Found: de baja médica hasta');
    await expect(page.getByLabel('Stop emailing me').isChecked()).resolves.toBe(false);
    await expect(page.getByText('This is an automatic reply: there is nothing to answer.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Add to log' }).isDisabled()).resolves.toBe(true);
  });

  it('says "we write to people one at a time" only when the user ticks that it is true', async () => {
    await paste('What right do you have to email me?');
    await expect.poll(replyText).toContain('Article 6(1)(f) GDPR');
    const tick = page.getByLabel('We write to people one at a time, not in bulk');
    await expect(tick.isChecked()).resolves.toBe(false);
    expect(await replyText()).not.toContain('one at a time');
    await tick.check();
    await expect.poll(replyText).toContain('We write to people at businesses one at a time, not in bulk.');
    await tick.uncheck();
    await expect.poll(replyText).not.toContain('one at a time');
  });

  it('asks for the transfers abroad (Art. 15(2)) and warns before copying a reply with a gap', async () => {
    await paste('What personal data do you hold about me?');
    await page.getByLabel('Who receives the data (recipients)').fill('Lemlist SAS (France), HubSpot Inc. (USA)');
    await expect.poll(replyText).toContain('Transfers to third countries (Article 15(2) GDPR): [to be completed].');
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await page.getByRole('status').filter({ hasText: 'still shows [to be completed]' }).waitFor();

    await page.getByLabel('Transfers outside the EU/EEA (Art. 15(2))').selectOption('scc');
    await page.getByLabel('Transferred to').selectOption('US');
    await expect.poll(replyText).toContain('transferred to a third country (United States) under the standard data protection clauses');
    expect(await replyText()).not.toContain('[to be completed]');

    // A sender established outside the EU/EEA cannot say the data stay there.
    await page.getByLabel('Country of establishment').selectOption('CA');
    await expect(page.locator('select[name="transfer"] option[value="none"]').isDisabled()).resolves.toBe(true);
  });

  it('gives the UK guidance without hedging: Art. 12A clock-stop and the complaints duty with its 30 days', async () => {
    await paste('This is spam, I will complain to the ICO.');
    await page.getByLabel('Requester’s country').selectOption('GB');
    await page.getByLabel('Date received').fill('2026-07-01');
    const guidance = page.locator('[data-guidance="uk"]');
    await expect.poll(() => guidance.textContent()).toContain('UK GDPR Art. 12A');
    const text = (await guidance.textContent())!;
    expect(text).toContain('in force since 5 February 2026');
    expect(text).toContain('from 19 June 2026');
    expect(text).toContain('acknowledge a complaint within 30 days');
    expect(text).not.toMatch(/check the current position|not confirmed/i);
    await expect(page.locator('[data-deadline="acknowledge"]').textContent()).resolves.toContain('30 July 2026');
  });

  it('a UK reply cites the Data Protection Act 2018 for complaints, never the repealed UK GDPR Art. 77', async () => {
    await paste('This is spam, I will complain to the ICO.');
    await page.getByLabel('Requester’s country').selectOption('GB');
    await page.getByLabel('Date received').fill('2026-07-01');
    await expect
      .poll(replyText)
      .toContain('you can make a complaint to us (section 164A of the Data Protection Act 2018) and to the UK supervisory authority (section 165 of that Act).');
    expect(await replyText()).not.toMatch(/\b77\b/);
  });

  it('a French reply to a Swiss requester names the PFPDT, as the country record gives it', async () => {
    await paste('Bonjour, supprimez mes données et ne m’écrivez plus.');
    await page.getByLabel('Requester’s country').selectOption('CH');
    await page.getByLabel('Reply language').selectOption('fr');
    await expect.poll(replyText).toContain('Préposé fédéral à la protection des données et à la transparence (PFPDT), https://www.edoeb.admin.ch/');
    expect(await replyText()).not.toContain('EDÖB');
  });

  it('stops the clock in the log while waiting for the requester, and starts it again', async () => {
    await paste('What data do you hold about me?');
    await page.getByLabel('Requester’s name').fill('Ana Ruiz');
    await page.getByLabel('Requester’s country').selectOption('ES');
    await page.getByLabel('Date received').fill('2026-03-02');
    await page.getByRole('button', { name: 'Add to log' }).click();
    const row = page.getByRole('row', { name: /Ana Ruiz/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('2 April 2026');
    await row.getByText('Stop the clock', { exact: true }).first().click();
    await row.locator('input[type="date"]').fill('2026-03-03');
    await row.getByRole('button', { name: 'Stop the clock' }).click();
    await expect.poll(() => row.getAttribute('data-urgency')).toBe('paused');
    await expect(row.textContent()).resolves.toContain('Waiting since 3 March 2026 for identity details');
    await row.locator('input[type="date"]').fill('2026-03-10');
    await row.getByRole('button', { name: 'Start the clock again' }).click();
    await expect.poll(() => row.textContent()).toContain('9 April 2026');
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('coldkit:reply-composer:log:v1')))!);
    expect(saved.entries[0]).toMatchObject({ due: '2026-04-09', clockStops: [{ reason: 'identity', asked: '2026-03-03', answered: '2026-03-10' }] });
  });

  it('signs with the shared sender profile, saved under the notice generator’s key', async () => {
    await paste('Please unsubscribe me.');
    await page.getByLabel('Company name').fill('Kestrel Labs Ltd');
    await page.getByLabel('Privacy contact email').fill('privacy@kestrel.example');
    await expect.poll(replyText).toContain('Kind regards,\nKestrel Labs Ltd');
    expect(await replyText()).toContain('please write to privacy@kestrel.example');
    const saved = await page.evaluate(() => localStorage.getItem('coldkit:sender-profile:v1'));
    expect(JSON.parse(saved!)).toMatchObject({ legalName: 'Kestrel Labs Ltd', privacyEmail: 'privacy@kestrel.example' });

    await page.reload({ waitUntil: 'networkidle' });
    await paste('Please unsubscribe me.');
    await expect.poll(replyText).toContain('Kestrel Labs Ltd');
  });

  it('copies the reply as plain text and as escaped HTML; markup typed by the user stays text', async () => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await paste('Delete my data.');
    await page.getByLabel('Requester’s name').fill('<img src=x onerror=alert(1)>');
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied the reply.' }).waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { text: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
    });
    expect(copied.text).toBe(await replyText());
    expect(copied.text).toContain('Dear <img src=x onerror=alert(1)>,');
    expect(copied.html).toContain('Dear &lt;img src=x onerror=alert(1)&gt;,');
    await expect(page.locator('.reply-composer img').count()).resolves.toBe(0);
    expect(dialogs).toBe(0);
  });

  it('logs requests, exports CSV and JSON, clears, and imports the JSON back unchanged', async () => {
    await paste('Where did you get my data? Delete it.');
    await page.getByLabel('Requester’s name').fill('Jonas Berg');
    await page.getByLabel('Requester’s country').selectOption('DE');
    await page.getByLabel('Date received').fill('2026-01-31');
    await page.getByRole('button', { name: 'Add to log' }).click();
    const row = page.getByRole('row', { name: /Jonas Berg/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Where did you get my data?; Delete my data');
    await expect(row.getAttribute('data-urgency')).resolves.toBe('overdue');
    await row.getByRole('combobox').selectOption('answered');
    await expect(row.getAttribute('data-urgency')).resolves.toBe('answered');

    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('row', { name: /Jonas Berg/ }).waitFor();

    const csv = await download(() => page.getByRole('button', { name: 'Export log as CSV' }).click());
    expect(csv.name).toBe('request-log.csv');
    expect(csv.text).toContain('received,requester,country,requests,kinds,language,due,extended_due,status,answered,note,id');
    expect(csv.text).toContain('2026-01-31,Jonas Berg,DE,Where did you get my data?; Delete my data,source erasure,en,2026-02-28,2026-04-28,answered,');

    const json = await download(() => page.getByRole('button', { name: 'Export log as JSON' }).click());
    expect(json.name).toBe('request-log.json');
    const exported = JSON.parse(json.text);
    expect(exported).toMatchObject({ format: 'coldkit-request-log', version: 1, entries: [{ requester: 'Jonas Berg', due: '2026-02-28', status: 'answered' }] });

    await page.getByRole('button', { name: 'Clear log' }).click();
    await page.getByRole('button', { name: 'Yes, clear the log' }).click();
    await page.getByText('No requests logged yet.').waitFor();
    await expect(page.evaluate(() => localStorage.getItem('coldkit:reply-composer:log:v1'))).resolves.toBeNull();

    await page.getByLabel('Import log').setInputFiles({ name: 'request-log.json', mimeType: 'application/json', buffer: Buffer.from(json.text) });
    await page.getByRole('status').filter({ hasText: 'Imported 1 request' }).waitFor();
    const again = await download(() => page.getByRole('button', { name: 'Export log as JSON' }).click());
    expect(JSON.parse(again.text)).toEqual(exported);
  });

  it('shows overdue requests first, then those due this week, then the rest', async () => {
    const entry = (id: string, received: string, due: string, status = 'open') => ({
      id,
      received,
      requester: id,
      country: 'FR',
      kinds: ['objection'],
      language: 'fr',
      due,
      extendedDue: due,
      status,
      answered: status === 'answered' ? received : '',
      note: '',
    });
    const file = {
      format: 'coldkit-request-log',
      version: 1,
      entries: [
        entry('Later', isoFromToday(-2), isoFromToday(25)),
        entry('Answered', isoFromToday(-40), isoFromToday(-10), 'answered'),
        entry('This week', isoFromToday(-26), isoFromToday(3)),
        entry('Overdue', isoFromToday(-35), isoFromToday(-4)),
        entry('<img src=x onerror=alert(1)>', isoFromToday(-90), isoFromToday(-60), 'answered'),
      ],
    };
    await page.getByLabel('Import log').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByRole('row', { name: /Overdue/ }).waitFor();
    const order = await page.locator('.rc-table tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent, r.getAttribute('data-urgency')]));
    expect(order).toEqual([
      ['Overdue', 'overdue'],
      ['This week', 'dueThisWeek'],
      ['Later', 'later'],
      ['Answered', 'answered'],
      ['<img src=x onerror=alert(1)>', 'answered'],
    ]);
    await expect(page.locator('.reply-composer img').count()).resolves.toBe(0);
  });

  it('refuses a file that is not a request log, with a readable message', async () => {
    await page.getByLabel('Import log').setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from('{"legalName":"Kestrel"}') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This request log is invalid: format:');
    await page.getByLabel('Import log').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This file is not JSON');
    await expect(page.getByText('No requests logged yet.').isVisible()).resolves.toBe(true);
  });

  it('offers the opt-out phrase list as a download built from the same data', async () => {
    const file = await download(() => page.getByRole('link', { name: 'Download the opt-out phrase list' }).click());
    expect(file.name).toBe('opt-out-phrases.txt');
    expect(file.text.split('\n')[0]).toBe('# Opt-out phrases for mailbox filter rules');
    for (const line of ['## English (en)', 'unsubscribe', '## German (de)', 'abmelden', '## Russian (ru)', 'отписаться']) expect(file.text.split('\n')).toContain(line);
    const response = await page.request.get(baseUrl + PHRASES);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/plain');
  });

  it('makes no request while the user works, except its own scripts, and logs no error', async () => {
    await paste('Where did you get my data? What data do you hold about me? Delete it and stop emailing me, or I will complain to the ICO.');
    await page.getByLabel('Requester’s country').selectOption('GB');
    await page.getByLabel('Date received').fill('2026-03-03');
    await page.getByLabel('Reply language').selectOption('pl');
    await page.getByLabel('Suppression record').selectOption('address');
    await page.getByRole('button', { name: 'Add to log' }).click();
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await download(() => page.getByRole('button', { name: 'Export log as CSV' }).click());
    await download(() => page.getByRole('link', { name: 'Download the opt-out phrase list' }).click());
    const text = await replyText();
    expect(text).toContain('art. 15 UK GDPR');
    expect(text).toContain("Information Commissioner");

    const unexpected = log.requests.filter(
      (url) => !url.startsWith('blob:') && !(url.startsWith(`${baseUrl}/_astro/`) && url.endsWith('.js')) && url !== baseUrl + PHRASES,
    );
    expect(unexpected, JSON.stringify(unexpected)).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violation once filled in, with a log (%s theme)', async (colorScheme) => {
    await page.emulateMedia({ colorScheme });
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByLabel('Company name').waitFor();
    await paste('Where did you get my data? Delete it, or I will complain to the ICO.');
    await page.getByLabel('Requester’s name').fill('Jonas Berg');
    await page.getByLabel('Requester’s email address').fill('jonas.berg@acme.example');
    await page.getByLabel('Requester’s country').selectOption('DE');
    await page.getByLabel('Date received').fill('2026-01-31');
    await page.getByLabel('Correct my data').check();
    await page.getByRole('button', { name: 'Add to log' }).click();
    await page.getByRole('row', { name: /Jonas Berg/ }).waitFor();
    await expect(page.locator('.rc-hash').textContent()).resolves.toMatch(/^[0-9a-f]{64}$/);
    expect(await axeViolations(page, '.reply-composer')).toEqual([]);
  });
});
