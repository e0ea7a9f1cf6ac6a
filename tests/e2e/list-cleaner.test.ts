import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { watchPage, type PageLog } from './browser';
import { openTool, useBrowser } from './pages';

const baseUrl = inject('baseUrl');
const PATH = '/tools/list-cleaner/';
const LEADS = 'tests/fixtures/leads.csv';
const SUPPRESSION = 'tests/fixtures/suppression.csv';

const browser = useBrowser();
let context: BrowserContext | undefined;
let page: Page;
/** What the page did after it loaded. */
let log: PageLog;

beforeEach(async () => {
  await context?.close();
  ({ context, page } = await openTool(browser(), baseUrl + PATH, { clipboard: true }));
  log = watchPage(page);
});

/** Writes `content` to a temporary file and returns its path (the CLI reads files). */
function tempFile(name: string, content: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'coldkit-e2e-')), name);
  writeFileSync(path, content);
  return path;
}

/** Bytes of `text` in a single-byte code page, through a table made with the platform's decoder. */
function codePage(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from(Array.from(text, (ch) => table.get(ch) ?? 0x3f));
}

/** Runs the CLI on the same inputs and returns its output files and JSON summary. */
function runCli(args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'coldkit-e2e-'));
  const out = join(dir, 'cleaned.csv');
  const report = join(dir, 'removed.csv');
  const result = spawnSync(process.execPath, ['bin/coldkit.js', 'clean', ...args, '--out', out, '--report', report, '--json'], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return { cleaned: readFileSync(out), report: readFileSync(report), summary: JSON.parse(result.stdout) };
}

async function loadLeads(files: Parameters<Page['setInputFiles']>[1]) {
  await page.getByLabel('Lead list').setInputFiles(files);
}

async function downloadBytes(name: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync(await download.path());
}

async function clean() {
  await page.getByRole('button', { name: 'Clean list' }).click();
  await page.getByRole('status').filter({ hasText: 'kept' }).waitFor();
}

describe('the list cleaner page', () => {
  it('cleans a list and gives the same files and summary as the CLI, with no request but its own scripts', async () => {
    await loadLeads(LEADS);
    await page.getByLabel('Suppression list').setInputFiles([SUPPRESSION]);
    await expect(page.getByLabel('Delimiter').inputValue()).resolves.toBe(';');
    await expect(page.getByLabel('Email column').locator('option:checked').textContent()).resolves.toBe('Email');
    await clean();

    const status = await page.getByRole('status').filter({ hasText: 'kept' }).textContent();
    expect(status).toContain('18 rows: 8 kept, 10 removed');

    const cleaned = await downloadBytes('Download cleaned list');
    const report = await downloadBytes('Download removal report');
    await page.getByRole('button', { name: 'Copy summary as JSON' }).click();
    const summary = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));

    const cli = runCli([LEADS, '--suppress', SUPPRESSION]);
    expect(cleaned.equals(cli.cleaned)).toBe(true);
    expect(report.equals(cli.report)).toBe(true);
    expect(summary).toEqual(cli.summary);
    expect(summary.kept + Object.values(summary.removed as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(summary.input.rows);

    const text = cleaned.toString('utf8');
    expect(text.startsWith('\uFEFFFirst Name;Last Name;Email')).toBe(true);
    expect(text).not.toContain('mailinator');
    expect(report.toString('utf8')).toContain('opted out at row 10');

    const hashed = (await downloadBytes('Download hashed suppression list')).toString('utf8');
    expect(hashed.trim().split('\r\n')).toHaveLength(summary.suppression.emails);

    // After load, the page fetched only its own scripts (the worker and the domain lists).
    const foreignOrData = log.requests.filter((url) => !url.startsWith('blob:') && !(url.startsWith(`${baseUrl}/_astro/`) && url.endsWith('.js')));
    expect(foreignOrData).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it('prepares a list over 16 MB with helper workers, suppression list included, and the files are still byte for byte the CLI\'s', async () => {
    // ~17.5 MB: duplicates in other case and with spaces, quoted cells with line breaks, blank lines.
    const lines = ['First,Email,Company,Notes'];
    for (let i = 0; i < 190_000; i++) {
      const email = i % 7 === 0 ? ` Person${i % 40_000}@Example${i % 900}.com ` : `person${i % 40_000}@example${i % 900}.com`;
      lines.push(i % 4999 === 0 ? '' : `Léa ${i},${email},"Acme, Inc",${i % 5 === 0 ? '"Said ""hi"",\nthen left"' : 'plain note, nothing else to say here at all'}`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'coldkit-e2e-big-'));
    const leads = join(dir, 'big.csv');
    writeFileSync(leads, lines.join('\r\n'));
    expect(statSync(leads).size).toBeGreaterThan(16 * 1024 * 1024);
    // The helpers get the suppression index from the cleaning worker: rows all over the list match it.
    const suppress = join(dir, 'suppress.csv');
    writeFileSync(suppress, ['Email', 'person11@example11.com', 'PERSON12@example12.com', 'example300.com', 'mail.example301.com'].join('\n'));

    await loadLeads(leads);
    await page.getByLabel('Suppression list').setInputFiles([suppress]);
    await clean();
    const cleaned = await downloadBytes('Download cleaned list');
    const report = await downloadBytes('Download removal report');

    const cli = runCli([leads, '--suppress', suppress, '--threads', '0']);
    expect(cli.summary.removed.suppressed).toBeGreaterThan(200);
    expect(cleaned.equals(cli.cleaned)).toBe(true);
    expect(report.equals(cli.report)).toBe(true);
    // The helpers were started: their script came from the page's own origin.
    expect(log.requests.some((url) => url.startsWith(`${baseUrl}/_astro/prepare.worker`))).toBe(true);
    expect(log.errors).toEqual([]);
  }, 120_000);

  it('applies options the same way as the CLI flags', async () => {
    await loadLeads(LEADS);
    await page.getByLabel('Treat Gmail dots and +tags as one mailbox').uncheck();
    await page.getByLabel('Remove role addresses').check();
    await page.getByLabel('Remove free-mail addresses').check();
    await page.getByLabel('Remove addresses in countries where cold email needs consent').check();
    await page.getByLabel('Protect against spreadsheet formulas').check();
    await page.getByLabel('Start files with a UTF-8 byte order mark').uncheck();
    await clean();
    const cleaned = await downloadBytes('Download cleaned list');
    const report = await downloadBytes('Download removal report');
    const cli = runCli([LEADS, '--no-canonical', '--remove', 'role,free,consentCountry', '--protect-formulas', '--no-bom']);
    expect(cleaned.toString('utf8')).toBe(cli.cleaned.toString('utf8'));
    expect(report.toString('utf8')).toBe(cli.report.toString('utf8'));
    expect(cleaned.toString('utf8')).toContain(`'=HYPERLINK`);
  });

  it('lets the user turn off a detected opt-out column', async () => {
    await loadLeads(LEADS);
    await page.getByLabel('Honour column “Unsubscribed”').uncheck();
    await clean();
    const status = await page.getByRole('status').filter({ hasText: 'kept' }).textContent();
    expect(status).not.toContain('opted out');
  });

  it('accepts files dropped on the page: the lead list anywhere, suppression lists on their field', async () => {
    const drop = async (selector: string, name: string, path: string) => {
      const text = readFileSync(path, 'utf8');
      const dataTransfer = await page.evaluateHandle(
        ([content, fileName]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([content!], fileName!, { type: 'text/csv' }));
          return dt;
        },
        [text, name],
      );
      await page.locator(selector).first().dispatchEvent('drop', { dataTransfer });
    };
    await drop('.list-cleaner', 'dropped-leads.csv', LEADS);
    await page.getByLabel('Email column').waitFor();
    await drop('.list-cleaner .tool-dropzone:has(input[name="suppression"])', 'dropped-suppression.csv', SUPPRESSION);
    await page.getByRole('button', { name: 'Remove dropped-suppression.csv' }).waitFor();
    // The lead list is still the one dropped first.
    await expect(page.locator('.tool-dropzone:has(input[name="leads"]) .tool-dropzone-files').textContent()).resolves.toBe('dropped-leads.csv');
    await clean();
    const status = await page.getByRole('status').filter({ hasText: 'kept' }).textContent();
    expect(status).toContain('18 rows: 8 kept, 10 removed');
  });

  it('shows progress and stops at once on Cancel, leaving the page usable', async () => {
    const row = 'Jane,Doe,jane.doe{n}@example-company{m}.com,"Example, Ltd",Germany\r\n';
    const big = ['First,Last,Email,Company,Country\r\n'];
    for (let n = 0; n < 400_000; n++) big.push(row.replace('{n}', String(n)).replace('{m}', String(n % 977)));
    await loadLeads({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(big.join('')) });
    await page.getByRole('button', { name: 'Clean list' }).click();
    const bar = page.getByRole('progressbar');
    await bar.waitFor();
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
    // The amount read is shown beside the bar and is the bar's value text.
    await page.locator('.lc-progress-amount').filter({ hasText: 'MB' }).waitFor();
    await expect(page.locator('.lc-progress-amount').textContent()).resolves.toMatch(/^[\d.]+ of 2[0-9]\.?\d* MB$/);
    await expect(bar.getAttribute('aria-valuetext')).resolves.toMatch(/^\d+%, [\d.]+ of [\d.]+ MB$/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    // Cancel is information, not an error: a status message, no alert.
    await page.getByRole('status').filter({ hasText: 'Cancelled' }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Cancel' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Clean list' }).isEnabled()).resolves.toBe(true);
  });
});

describe('bad input gets a clear message and the page stays usable', () => {
  it.each([
    ['an Excel workbook', { name: 'leads.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04\x14\x00\x06\x00[Content_Types].xml xl/workbook.xml', 'latin1') }, 'Excel workbook'],
    ['an empty file', { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) }, 'is empty'],
    ['a binary file', { name: 'image.csv', mimeType: 'text/csv', buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) }, 'not a text file'],
    ['a file with no header', { name: 'noheader.csv', mimeType: 'text/csv', buffer: Buffer.from('anna@acme.example\nbob@acme.example\n') }, 'not column names'],
  ])('%s', async (_name, file, message) => {
    await loadLeads(file);
    await expect(page.getByRole('alert').textContent()).resolves.toContain(message);
    await expect(page.getByRole('button', { name: 'Clean list' }).isDisabled()).resolves.toBe(true);
    await loadLeads(LEADS);
    await clean();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  });

  it('an unbalanced quote names the line where it starts', async () => {
    await loadLeads({ name: 'quote.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Email\nAnna,anna@acme.example\n"Bob,bob@acme.example\nCara,cara@acme.example\n') });
    await page.getByRole('button', { name: 'Clean list' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('line 3');
    await loadLeads(LEADS);
    await clean();
  });

  it('a file with no email-like column asks the user to choose one', async () => {
    await loadLeads({ name: 'names.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Company\nAnna,Acme\nBob,Beta\n') });
    await page.getByText('No column looks like email addresses').waitFor();
    await expect(page.getByRole('button', { name: 'Clean list' }).isDisabled()).resolves.toBe(true);
  });
});

describe('inputs the old engine lost rows of (#17): the page reads them as the CLI does', () => {
  /** Loads a file, cleans it on the page and with the CLI, and checks the two agree; returns the page's files and summary text. */
  async function cleanBoth(name: string, content: Buffer, cliArgs: string[] = []) {
    const path = tempFile(name, content);
    await loadLeads(path);
    await clean();
    const cleaned = await downloadBytes('Download cleaned list');
    const report = await downloadBytes('Download removal report');
    const cli = runCli([path, ...cliArgs]);
    expect(cleaned.equals(cli.cleaned)).toBe(true);
    expect(report.equals(cli.report)).toBe(true);
    const status = await page.getByRole('status').filter({ hasText: 'kept' }).textContent();
    const notes = await page.getByRole('list', { name: 'Notes' }).getByRole('listitem').allTextContents().catch(() => []);
    return { cleaned: cleaned.toString('utf8'), status, notes, cli };
  }

  it('regression: a header with fewer named cells than the rows ("Email,Name,,,,") kept its header and first row', async () => {
    const { cleaned, status } = await cleanBoth('narrow-header.csv', Buffer.from('Email,Name,,,,\na@x.com,Ann,1,2,3,4\nb@x.com,Bob,1,2,3,4\nc@x.com,Cy,1,2,3,4\n'));
    await expect(page.getByLabel('Header row').inputValue()).resolves.toBe('1');
    expect(status).toContain('3 rows: 3 kept, 0 removed');
    expect(cleaned).toBe('\uFEFFEmail,Name,,,,\r\na@x.com,Ann,1,2,3,4\r\nb@x.com,Bob,1,2,3,4\r\nc@x.com,Cy,1,2,3,4\r\n');
  });

  it('lines above the header are counted in a note and listed in the report', async () => {
    const { notes, cli } = await cleanBoth('titled.csv', Buffer.from('Exported by Acme CRM\nEmail;Name;;;\na@x.com;Ann;1;2;3\n'));
    expect(notes).toEqual(['1 line above the header row was skipped; the report lists it.']);
    expect(cli.report.toString('utf8')).toContain(';skipped;line 1: above the header row;Exported by Acme CRM');
  });

  it('regression: a windows-1250 (Polish) export was read as windows-1251 or -1252', async () => {
    const { cleaned } = await cleanBoth('polish.csv', codePage('Email;Imię i nazwisko\nlukasz@x.pl;Łukasz Żółć\nanna@x.pl;Anna Wiśniewska, Gdańsk\n', 'windows-1250'));
    await expect(page.getByLabel('Encoding').inputValue()).resolves.toBe('windows-1250');
    expect(cleaned).toContain('lukasz@x.pl;Łukasz Żółć');
  });

  it('regression: windows-1251 text after the first 256 KB of ASCII was written as U+FFFD', async () => {
    const ascii = Array.from({ length: 6000 }, (_, i) => `person${i}@example${i % 97}.com;Person ${i};Plain Company Ltd\n`).join('');
    const content = Buffer.concat([Buffer.from(`Email;Name;Company\n${ascii}`), codePage('ivan@example.ru;Иван Петров;ООО Ромашка\n', 'windows-1251')]);
    const { cleaned, notes } = await cleanBoth('late-cyrillic.csv', content);
    expect(cleaned).toContain('ivan@example.ru;Иван Петров;ООО Ромашка');
    expect(cleaned).not.toContain('\uFFFD');
    expect(notes[0]).toMatch(/^The list holds only ASCII characters for its first \d+ KB; the rest reads as windows-1251/);
  });

  it('regression: one bad byte in a UTF-8 file turned every other row into mojibake; now that row is named', async () => {
    const content = Buffer.concat([Buffer.from('Email;Name\nk@bücher.de;Käthe\nzoe@zürich.ch;Zoë\n'), codePage('j@x.de;Jürgen\n', 'windows-1252')]);
    const { cleaned, notes } = await cleanBoth('stray-byte.csv', content);
    expect(cleaned).toContain('k@bücher.de;Käthe\r\nzoe@zürich.ch;Zoë\r\nj@x.de;Jürgen\r\n');
    expect(notes).toEqual(['Row 3 holds bytes that are not valid utf-8: they were read as windows-1252 characters, where they most likely come from. Check it.']);
  });

  it('says when the encoding is a guess, and the selector offers every encoding the browser knows', async () => {
    const path = tempFile('hungarian.csv', codePage('Email;Name\nj@x.hu;József Kővári, Győr\nz@x.hu;Zsófia Szűcs\n', 'windows-1250'));
    await loadLeads(path);
    await page.getByText('was guessed from the letters of the first rows').waitFor();
    const offered = await page.getByLabel('Encoding').locator('option').allTextContents();
    expect(offered).toEqual(expect.arrayContaining(['utf-8', 'windows-1250', 'iso-8859-2', 'koi8-r', 'windows-1256', 'shift_jis', 'iso-8859-15']));
    await page.getByLabel('Encoding').selectOption('windows-1250');
    // The list is inspected again in the chosen encoding: the hint goes, the choice stays.
    await page.getByText('was guessed from the letters of the first rows').waitFor({ state: 'detached' });
    await expect(page.getByLabel('Encoding').inputValue()).resolves.toBe('windows-1250');
    await clean();
    const cleaned = await downloadBytes('Download cleaned list');
    expect(cleaned.equals(runCli([path, '--encoding', 'windows-1250']).cleaned)).toBe(true);
    expect(cleaned.toString('utf8')).toContain('József Kővári, Győr');
  });
});
