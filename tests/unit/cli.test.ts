/**
 * `coldkit clean`: run in-process through `main(argv, io)` with fake streams and a temporary
 * directory, except one test that spawns the real `bin/coldkit.js`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/coldkit.ts';
import { readCountryRules } from '../../src/cli/jurisdictions.ts';
import { REMOVAL_REASONS, type CleanOptionsInput } from '../../src/lib/clean/options.ts';
import { cleanList } from '../../src/lib/clean/run.ts';
import { LIST_VERSIONS, loadDisposableDomains } from '../../src/lib/email/lists.ts';
import { consentRequiredCodes, countryLookupOf } from '../../src/lib/jurisdictions/lookup.ts';
import { collectingSink, memorySource } from './clean/fixtures.ts';
import { concat, singleByte, utf8 } from './csv/byte-fixtures.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const md5 = (text: string) => createHash('md5').update(text).digest('hex');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type Io = NonNullable<Parameters<typeof main>[1]>;

/** Runs `coldkit ...argv` in-process; stdout and stderr are collected, and neither is a TTY. */
async function coldkit(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { isTTY: false, write: (text: string) => ((stdout += text), true) },
    stderr: { isTTY: false, write: (text: string) => ((stderr += text), true) },
  } as unknown as Io;
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Exit code 2 and exactly one line on stderr, starting `coldkit:`, with no stack trace. */
function expectUsageError(result: { code: number; stdout: string; stderr: string }): string {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^coldkit: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  return result.stderr.trimEnd();
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coldkit-test-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a file in the temporary directory and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const read = (path: string) => readFileSync(path, 'utf8');

const LEADS = 'Email,Name\r\njane@acme.com,Jane\r\nJANE@acme.com,Jane again\r\nbob@acme.com,Bob\r\n';

describe('where the files go', () => {
  it.each([
    ['leads.csv', 'leads.cleaned.csv', 'leads.removed.csv'],
    ['export.tsv', 'export.cleaned.tsv', 'export.removed.tsv'],
    ['list.txt', 'list.cleaned.csv', 'list.removed.csv'],
    ['leads', 'leads.cleaned.csv', 'leads.removed.csv'],
    ['my leads.v2.csv', 'my leads.v2.cleaned.csv', 'my leads.v2.removed.csv'],
  ])('%s → %s and %s next to the input, and nothing else', async (name, cleaned, removed) => {
    const input = file(join('in', name), LEADS.replaceAll(',', name.endsWith('.tsv') ? '\t' : ','));
    const result = await coldkit('clean', input);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'in')).sort()).toEqual([name, cleaned, removed].sort());
    expect(result.stdout).toContain(`wrote ${join(dir, 'in', cleaned)} and ${join(dir, 'in', removed)}\n`);
  });

  it('--out and --report put them elsewhere', async () => {
    const input = file('leads.csv', LEADS);
    const out = join(dir, 'out', 'kept.csv');
    const report = join(dir, 'gone.csv');
    mkdirSync(join(dir, 'out'));
    const result = await coldkit('clean', input, '--out', out, '--report', report);
    expect(result.code).toBe(0);
    expect(read(out)).toBe('\uFEFFEmail,Name\r\njane@acme.com,Jane\r\nbob@acme.com,Bob\r\n');
    expect(read(report)).toBe('\uFEFFrow,reason,detail,Email,Name\r\n2,duplicate,duplicate of row 1,JANE@acme.com,Jane again\r\n');
    expect(readdirSync(dir).sort()).toEqual(['gone.csv', 'leads.csv', 'out']);
    expect(readdirSync(join(dir, 'out'))).toEqual(['kept.csv']);
  });

  it('replaces an existing output file', async () => {
    const input = file('leads.csv', LEADS);
    file('leads.cleaned.csv', 'old content that is longer than the new one '.repeat(10));
    expect((await coldkit('clean', input)).code).toBe(0);
    expect(read(join(dir, 'leads.cleaned.csv'))).toBe('\uFEFFEmail,Name\r\njane@acme.com,Jane\r\nbob@acme.com,Bob\r\n');
  });
});

describe('the summary on stdout', () => {
  it('--json prints exactly one line of JSON in the contract shape', async () => {
    const result = await coldkit('clean', file('leads.csv', LEADS), '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    const summary = JSON.parse(lines[0] ?? '') as Record<string, Record<string, unknown>>;
    expect(Object.keys(summary)).toEqual(['input', 'kept', 'removed', 'flagged', 'suppression', 'notes']);
    expect(summary.input).toEqual({ rows: 3, skipped: 0, rowsWithBadBytes: 0, encoding: 'utf-8', delimiter: ',', emailColumn: 'Email' });
    expect(summary.kept).toBe(2);
    expect(Object.keys(summary.removed ?? {})).toEqual([...REMOVAL_REASONS]);
    expect(summary.removed?.duplicate).toBe(1);
    expect(Object.keys(summary.flagged ?? {})).toEqual(['disposable', 'role', 'free', 'consentCountry', 'formula']);
    expect(summary.suppression).toEqual({ emails: 0, domains: 0, hashes: 0, ignored: 0 });
  });

  it('prints a few lines for people otherwise', async () => {
    const input = file('leads.csv', LEADS);
    const result = await coldkit('clean', input);
    expect(result.stdout.split('\n')).toEqual([
      '3 rows (utf-8, delimiter ",", email column "Email"): 2 kept, 1 removed',
      'removed: 1 duplicate',
      'flagged among kept rows: none',
      'suppression entries: 0 emails, 0 domains, 0 hashes, 0 ignored cells',
      `wrote ${join(dir, 'leads.cleaned.csv')} and ${join(dir, 'leads.removed.csv')}`,
      `lists: ${Object.values(LIST_VERSIONS).join(', ')}`,
      '',
    ]);
    expect(result.stderr).toBe('');
  });

  it('the README example holds: same summary, same files as tests/fixtures', async () => {
    const leads = join(dir, 'leads.csv');
    const suppression = join(dir, 'suppression.csv');
    copyFileSync(join(ROOT, 'tests/fixtures/leads.csv'), leads);
    copyFileSync(join(ROOT, 'tests/fixtures/suppression.csv'), suppression);
    const result = await coldkit('clean', leads, '--suppress', suppression);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      '18 rows (utf-8, delimiter ";", email column "Email"): 8 kept, 10 removed',
      'removed: 1 missing, 1 invalid, 2 optedOut, 3 suppressed, 2 duplicate, 1 disposable',
      'flagged among kept rows: 1 role, 1 free, 4 consentCountry, 1 formula',
      'suppression entries: 1 emails, 1 domains, 1 hashes, 2 ignored cells',
    ]);
    expect(readFileSync(join(dir, 'leads.cleaned.csv'))).toEqual(readFileSync(join(ROOT, 'tests/fixtures/leads.cleaned.csv')));
    expect(readFileSync(join(dir, 'leads.removed.csv'))).toEqual(readFileSync(join(ROOT, 'tests/fixtures/leads.removed.csv')));
  });
});

describe('--hashed-suppression', () => {
  const SUPPRESS = 'Email\nJane@Acme.com\n"Bob" <bob@acme.com>\njane@acme.com\nacme.org\n';

  it.each([
    [[] as string[], sha256],
    [['--hash', 'sha256'], sha256],
    [['--hash', 'md5'], md5],
  ])('%j: one hash per distinct suppression address, as node:crypto computes it', async (flags, digest) => {
    const hashed = join(dir, 'hashed.txt');
    const result = await coldkit('clean', file('leads.csv', LEADS), '--suppress', file('s.csv', SUPPRESS), '--hashed-suppression', hashed, ...flags);
    expect(result.code).toBe(0);
    expect(read(hashed)).toBe(`${digest('jane@acme.com')}\r\n${digest('bob@acme.com')}\r\n`);
  });

  it('--hash alone writes no hashed file', async () => {
    const result = await coldkit('clean', file('leads.csv', LEADS), '--suppress', file('s.csv', SUPPRESS), '--hash', 'md5');
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['leads.cleaned.csv', 'leads.csv', 'leads.removed.csv', 's.csv']);
  });
});

describe('usage errors: exit 2 and one line on stderr, never a stack trace', () => {
  it.each<[string, (leads: string) => string[], (leads: string) => string]>([
    ['no command', () => [], () => 'coldkit: missing command; try: coldkit clean LEADS.csv'],
    ['an unknown command', () => ['foo'], () => 'coldkit: unknown command "foo"; try: coldkit clean LEADS.csv'],
    ['no lead list', () => ['clean'], () => 'coldkit: missing the lead list; try: coldkit clean LEADS.csv'],
    ['a missing lead list', () => ['clean', join(dir, 'nope.csv')], () => `coldkit: cannot read ${join(dir, 'nope.csv')}: no such file`],
    ['a directory as lead list', () => ['clean', dir], () => `coldkit: ${dir} is not a file`],
    ['a missing suppression file', (l) => ['clean', l, '--suppress', join(dir, 'nope.csv')], () => `coldkit: cannot read ${join(dir, 'nope.csv')}: no such file`],
    ['a second lead list', (l) => ['clean', l, 'more.csv'], () => 'coldkit: unexpected argument "more.csv"'],
    ['--hash sha1', (l) => ['clean', l, '--hash', 'sha1'], () => 'coldkit: --hash takes sha256 or md5; got "sha1"'],
    ['--delimiter x', (l) => ['clean', l, '--delimiter', 'x'], () => 'coldkit: --delimiter takes , ; tab or |; got "x"'],
    ['--encoding latin9x', (l) => ['clean', l, '--encoding', 'latin9x'], () => 'coldkit: --encoding takes the name of a text encoding (utf-8, windows-1250, iso-8859-2, koi8-r, …); "latin9x" is none'],
    ['--encoding iso-2022-kr (decodes every file to one U+FFFD)', (l) => ['clean', l, '--encoding', 'iso-2022-kr'], () => 'coldkit: --encoding takes the name of a text encoding (utf-8, windows-1250, iso-8859-2, koi8-r, …); "iso-2022-kr" is none'],
    ['--remove bogus', (l) => ['clean', l, '--remove', 'role,bogus'], () => 'coldkit: --remove takes role, free and consentCountry; got "bogus"'],
    ['--remove disposable (it is --keep-disposable)', (l) => ['clean', l, '--remove', 'disposable'], () => 'coldkit: --remove takes role, free and consentCountry; got "disposable"'],
    ['an unknown flag', (l) => ['clean', l, '--bogus'], () => 'coldkit: unknown option "--bogus"; see coldkit --help'],
    ['a flag without its value', (l) => ['clean', l, '--out'], () => 'coldkit: --out needs a value; to give one that starts with "-", write --out=VALUE'],
    ['regression: a flag followed by another flag instead of its value printed three lines', (l) => ['clean', l, '--out', '--json'], () => 'coldkit: --out needs a value; to give one that starts with "-", write --out=VALUE'],
    ['an argument with a line break in it', (l) => ['clean', l, 'more\nlines.csv'], () => 'coldkit: unexpected argument "more\\nlines.csv"'],
    ['an output in a missing directory', (l) => ['clean', l, '--out', join(dir, 'no', 'x.csv')], () => `coldkit: cannot write ${join(dir, 'no', 'x.csv')}: no such directory`],
    ['an output that is a directory', (l) => ['clean', l, '--report', dir], () => `coldkit: cannot write ${dir}: it is a directory`],
  ])('%s', async (_name, args, message) => {
    const leads = file('leads.csv', LEADS);
    expect(expectUsageError(await coldkit(...args(leads)))).toBe(message(leads));
    expect(readdirSync(dir)).toEqual(['leads.csv']); // nothing written
  });
});

describe('input errors: exit 2 with the reason, and no output files', () => {
  const XLSX = concat(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0), utf8('[Content_Types].xml'), new Uint8Array(30), utf8('xl/workbook.xml'));

  it.each<[string, string | Uint8Array, string[], string]>([
    ['an Excel workbook', XLSX, [], 'coldkit: "leads.csv" is an Excel workbook (.xlsx), not a CSV file. In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)" and load that file.'],
    ['an empty file', '', [], 'coldkit: "leads.csv" is empty (0 bytes). Export the list again as CSV and load that file.'],
    ['--email-column naming a missing column', LEADS, ['--email-column', 'Mail'], 'coldkit: There is no column named "Mail". The columns are: Email, Name.'],
    ['a list without a header', 'jane@acme.com,Jane\nbob@acme.com,Bob\n', [], 'coldkit: The first row of "leads.csv" holds an email address (jane@acme.com), not column names. Add a header row (for example "Email") above the data and load the file again.'],
    ['no email column', 'Name,Company\nJane,Acme\n', [], 'coldkit: No column of "leads.csv" looks like email addresses (columns: Name, Company). Say which one holds them: "Email column" on the page, --email-column in the CLI.'],
  ])('%s', async (_name, content, flags, message) => {
    const leads = file('leads.csv', content);
    expect(expectUsageError(await coldkit('clean', leads, ...flags))).toBe(message);
    expect(readdirSync(dir)).toEqual(['leads.csv']);
  });

  it('--email-column picks the column by name, in any case', async () => {
    const leads = file('leads.csv', 'Work,Private\njane@acme.com,jane@gmail.com\nbob@acme.com,jane@gmail.com\n');
    const result = await coldkit('clean', leads, '--email-column', 'PRIVATE', '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({ input: { emailColumn: 'Private' }, kept: 1, removed: { duplicate: 1 } });
  });
});

describe('regressions', () => {
  it('regression: --out naming the lead list emptied it before it was read', async () => {
    const leads = file('leads.csv', LEADS);
    expect(expectUsageError(await coldkit('clean', leads, '--out', leads))).toBe(`coldkit: --out ${leads} is one of the input files; choose another path`);
    expect(read(leads)).toBe(LEADS);
  });

  it.each<[string, (leads: string, suppress: string) => string[], (leads: string, suppress: string) => string]>([
    ['--report naming a suppression file', (l, s) => ['clean', l, '--suppress', s, '--report', s], (_l, s) => `coldkit: --report ${s} is one of the input files; choose another path`],
    ['--hashed-suppression naming a suppression file', (l, s) => ['clean', l, '--suppress', s, '--hashed-suppression', s], (_l, s) => `coldkit: --hashed-suppression ${s} is one of the input files; choose another path`],
    ['--out by another spelling of the input path', (l) => ['clean', l, '--out', join(dir, '.', 'x', '..', basename(l))], (l) => `coldkit: --out ${join(dir, '.', 'x', '..', basename(l))} is one of the input files; choose another path`],
    ['--out and --report naming one file', (l) => ['clean', l, '--out', join(dir, 'x.csv'), '--report', join(dir, 'x.csv')], () => `coldkit: --out and --report both name ${join(dir, 'x.csv')}; choose two different paths`],
    ['--out naming the default report', (l) => ['clean', l, '--out', join(dir, 'leads.removed.csv')], () => `coldkit: --out and --report both name ${join(dir, 'leads.removed.csv')}; choose two different paths`],
  ])('regression: %s overwrote an input or another output', async (_name, args, message) => {
    const leads = file('leads.csv', LEADS);
    const suppress = file('suppress.csv', 'acme.org\n');
    expect(expectUsageError(await coldkit(...args(leads, suppress)))).toBe(message(leads, suppress));
    expect([read(leads), read(suppress)]).toEqual([LEADS, 'acme.org\n']);
  });

  it('regression: a run that failed half-way left a partial cleaned list that looked finished', async () => {
    // The stray quote on the last line is only found once every row before it has been written.
    const leads = file('leads.csv', `Email,Note\r\n${'jane@acme.com,ok\r\n'.repeat(3)}bob@acme.com,"oops\r\n`);
    file('leads.removed.csv', 'the previous report');
    expect(expectUsageError(await coldkit('clean', leads))).toBe(
      'coldkit: "leads.csv": Unbalanced quote: the quoted field that starts on line 5 never closes. Check that line for a stray " character.',
    );
    expect(readdirSync(dir).sort()).toEqual(['leads.csv', 'leads.removed.csv']);
    expect(read(join(dir, 'leads.removed.csv'))).toBe('the previous report');
  });
});

describe('options reach the run', () => {
  it('--encoding takes any name a browser knows, and decodes what detection reads otherwise', async () => {
    // Hungarian ő and ű read as Portuguese õ and French û in windows-1252: few words to tell by.
    const leads = file('leads.csv', singleByte('Email;Name\r\nj@x.hu;József Kővári, Győr\r\nz@x.hu;Zsófia Szűcs\r\n', 'windows-1250'));
    const detected = await coldkit('clean', leads, '--json');
    expect(JSON.parse(detected.stdout).input.encoding).toBe('windows-1252');
    expect(read(join(dir, 'leads.cleaned.csv'))).not.toContain('Kővári');

    for (const encoding of ['windows-1250', 'CP1250', 'x-cp1250']) {
      const result = await coldkit('clean', leads, '--encoding', encoding, '--json');
      expect(JSON.parse(result.stdout).input).toEqual({ rows: 2, skipped: 0, rowsWithBadBytes: 0, encoding: 'windows-1250', delimiter: ';', emailColumn: 'Email' });
      expect(read(join(dir, 'leads.cleaned.csv'))).toBe('\uFEFFEmail;Name\r\nj@x.hu;József Kővári, Győr\r\nz@x.hu;Zsófia Szűcs\r\n');
    }
  });

  it('says when the encoding is a guess, in a note under the summary', async () => {
    const leads = file('leads.csv', singleByte('Email;Name\r\nj@x.hu;József Kővári, Győr\r\nz@x.hu;Zsófia Szűcs\r\n', 'windows-1250'));
    const result = await coldkit('clean', leads);
    expect(result.stdout).toContain('\nnote: The list was read as windows-1252 (a guess from its letters: few of them, or they read almost as well in another code page). If names look wrong, choose the encoding ("Encoding" on the page, --encoding in the CLI) and clean it again.\nwrote ');
  });

  it.each([
    ['tab', '\t'],
    ['|', '|'],
  ])('--delimiter %s overrides the detected one', async (flag, delimiter) => {
    const leads = file('leads.csv', `Email${delimiter}Name\njane@acme.com${delimiter}Jane, Doe\n`);
    const result = await coldkit('clean', leads, '--delimiter', flag, '--json');
    expect(JSON.parse(result.stdout).input.delimiter).toBe(delimiter);
    expect(read(join(dir, 'leads.cleaned.csv'))).toBe(`\uFEFFEmail${delimiter}Name\r\njane@acme.com${delimiter}Jane, Doe\r\n`);
  });

  const rules = readCountryRules();
  const LIST = [
    'Email;Name;Country;Unsubscribed',
    'j.doe@gmail.com;=1+1;;',
    'jdoe+x@gmail.com;dup?;;',
    'info@acme.de;Info;Germany;',
    'x@mailinator.com;Temp;;',
    'anna@acme.com;Anna;Deutschland;',
    'bob@blocked.example;Bob;;',
    'cara@acme.fr;Cara;;yes',
    '',
  ].join('\r\n');
  const SUPPRESS = 'blocked.example\nsomeone@else.example\nJ.Doe@gmail.com\n';

  it.each<[string, string[], CleanOptionsInput]>([
    ['defaults', [], {}],
    ['every flag', ['--no-canonical', '--keep-disposable', '--remove', 'role,free,consentCountry', '--no-bom', '--protect-formulas', '--hash', 'md5'], {
      canonical: false,
      remove: { disposable: false, role: true, free: true, consentCountry: true },
      bom: false,
      protectFormulas: true,
      hash: 'md5',
    }],
    ['--remove in any case, with spaces', ['--remove', ' ROLE , consentcountry'], { remove: { role: true, consentCountry: true } }],
  ])('the files are byte for byte what cleanList writes: %s', async (_name, flags, options) => {
    const leads = file('leads.csv', LIST);
    const suppress = file('suppress.csv', SUPPRESS);
    const hashed = join(dir, 'hashed.txt');
    const result = await coldkit('clean', leads, '--suppress', suppress, '--hashed-suppression', hashed, '--json', ...flags);
    expect(result.code).toBe(0);

    const { sink, outputs } = collectingSink();
    const expected = await cleanList(memorySource(LIST, 64 * 1024, 'leads.csv'), [memorySource(SUPPRESS, 64 * 1024, 'suppress.csv')], {
      options,
      consentCountries: consentRequiredCodes(rules),
      countryLookup: countryLookupOf(rules),
      loadDisposable: loadDisposableDomains,
      sink,
    });
    expect(JSON.parse(result.stdout)).toEqual(expected.summary);
    expect(readFileSync(join(dir, 'leads.cleaned.csv'))).toEqual(Buffer.from(outputs.cleaned, 'utf8'));
    expect(readFileSync(join(dir, 'leads.removed.csv'))).toEqual(Buffer.from(outputs.report, 'utf8'));
    expect(readFileSync(hashed)).toEqual(Buffer.from(expected.hashedSuppression(), 'utf8'));
  });
});

describe('the installed command', () => {
  // Node strips the types itself where it can (22.18 and later); with that off, tsx does.
  it.each([[[]], [['--no-experimental-strip-types']]])('bin/coldkit.js %j: --help prints the usage and exits 0', (nodeFlags: string[]) => {
    const child = spawnSync(process.execPath, [...nodeFlags, join(ROOT, 'bin/coldkit.js'), '--help'], { encoding: 'utf8', timeout: 30_000 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/^Usage: coldkit clean LEADS\.csv \[options\]\n/);
    for (const flag of ['--suppress', '--out', '--report', '--hashed-suppression', '--hash', '--email-column', '--encoding', '--delimiter', '--no-canonical', '--remove', '--keep-disposable', '--no-bom', '--protect-formulas', '--threads', '--json']) {
      expect(child.stdout).toContain(`  ${flag} `);
    }
  }, 30_000);
});

describe('--threads: worker threads give the very same files', () => {
  /** A 3 MB list (several 1 MiB reads, so several pieces) with every kind of row. */
  function bigList(): string {
    const lines = ['First,Email,Company,Phone,Notes'];
    for (let i = 0; i < 24_000; i++) {
      const email = i % 7 === 0 ? `  Person${i % 5000}@Example${i % 300}.com ` : `person${i % 5000}@example${i % 300}.com`;
      const notes = i % 5 === 0 ? `"Said ""hi"", then\nleft"` : i % 11 === 0 ? '"needless quotes"' : 'plain note';
      const phone = i % 3 === 0 ? '+44 20 7946 0000' : '020 7946 0000';
      lines.push(i % 997 === 0 ? '' : `Léa ${i},${i % 13 === 0 ? 'not-an-email' : email},"Acme, Inc",${phone},${notes}`);
    }
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  const run = (args: string[], nodeFlags: string[] = []) =>
    spawnSync(process.execPath, [...nodeFlags, join(ROOT, 'bin/coldkit.js'), 'clean', ...args], { encoding: 'utf8', timeout: 120_000 });

  it('for any number of threads, byte for byte, with the same summary (also with the workers run through tsx)', () => {
    const leads = file('big.csv', bigList());
    const suppress = file('suppress.csv', 'Email\nperson7@example7.com\nexample9.com\n');
    const outputs = ['0', '1', '2', '2 via tsx'].map((name) => {
      const [threads, via] = name.split(' ');
      const out = join(dir, `out-${threads}-${via}.csv`);
      const report = join(dir, `report-${threads}-${via}.csv`);
      const child = run([leads, '--suppress', suppress, '--out', out, '--report', report, '--json', '--threads', threads!], via ? ['--no-experimental-strip-types'] : []);
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      return { summary: child.stdout, cleaned: readFileSync(out), report: readFileSync(report) };
    });
    const summary = JSON.parse(outputs[0]!.summary);
    expect(summary.input.rows).toBe(23_975);
    expect(summary.removed.duplicate).toBeGreaterThan(5000);
    for (const other of outputs.slice(1)) expect(other).toEqual(outputs[0]);
  }, 300_000); // four runs, each starting Node and its workers: minutes on a busy two-core machine

  it('reports an unbalanced quote on its line, as without threads', () => {
    const text = bigList();
    const leads = file('broken.csv', `${text}x,"open,never closed\n`);
    const line = text.split('\n').length; // the line after the last line break of the list
    for (const threads of ['2', '0']) {
      const child = run([leads, '--threads', threads]);
      expect(child.status).toBe(2);
      expect(child.stderr).toBe(`coldkit: "broken.csv": Unbalanced quote: the quoted field that starts on line ${line} never closes. Check that line for a stray " character.\n`);
    }
  }, 240_000);

  it.each(['two', '', '0x2', '1e1', ' 2', '+2', '2.0', '65'])('takes a whole number written in digits, not %j', async (value) => {
    expect(expectUsageError(await coldkit('clean', file('l.csv', LEADS), '--threads', value))).toBe(`coldkit: --threads takes a whole number from 0 to 64; got "${value}"`);
  });
});

describe('files the user cannot read, and stopping a run', () => {
  /**
   * Runs bin/coldkit.js as a user who may not read `path` (mode 000): itself when not root, else
   * the unprivileged user 65534, for whom root's permissions do not apply.
   */
  function runWithoutReadAccess(path: string, args: string[]) {
    chmodSync(dir, 0o755);
    chmodSync(path, 0o000);
    if (process.getuid?.() !== 0) return spawnSync(process.execPath, [join(ROOT, 'bin/coldkit.js'), 'clean', ...args], { encoding: 'utf8', timeout: 30_000 });
    // User 65534 must reach the checkout and its Node (a fresh clone may sit in a mode-700 temporary
    // folder): open the folders on the way for the run, and close them again.
    const restore = [join(ROOT, 'bin/coldkit.js'), process.execPath, join(dir, 'x')].flatMap(openWayTo);
    try {
      return spawnSync(process.execPath, [join(ROOT, 'bin/coldkit.js'), 'clean', ...args], { encoding: 'utf8', timeout: 30_000, uid: 65534, gid: 65534 });
    } finally {
      for (const [folder, mode] of restore.reverse()) chmodSync(folder, mode);
    }
  }

  /** Lets every user pass through each folder above `path` (o+x); returns the modes to put back. */
  function openWayTo(path: string): [string, number][] {
    const changed: [string, number][] = [];
    for (let folder = dirname(path); folder !== dirname(folder); folder = dirname(folder)) {
      const mode = statSync(folder).mode & 0o7777;
      if ((mode & 0o001) === 0) {
        chmodSync(folder, mode | 0o001);
        changed.push([folder, mode]);
      }
    }
    return changed;
  }

  it('regression: an unreadable lead list exited 1 with "unexpected error"; now exit 2 and the reason', () => {
    const leads = file('leads.csv', LEADS);
    const child = runWithoutReadAccess(leads, [leads, '--out', join(tmpdir(), 'never.csv')]);
    expect(child.status).toBe(2);
    expect(child.stderr).toBe(`coldkit: cannot read ${leads}: permission denied\n`);
  }, 30_000);

  it('an unreadable suppression file: exit 2 and the reason', () => {
    const leads = file('leads.csv', LEADS);
    const suppress = file('suppress.csv', 'a@b.com\n');
    const child = runWithoutReadAccess(suppress, [leads, '--suppress', suppress]);
    expect(child.status).toBe(2);
    expect(child.stderr).toBe(`coldkit: cannot read ${suppress}: permission denied\n`);
  }, 30_000);

  it.each(['SIGINT', 'SIGTERM'] as const)('regression: %s during a run left temporary files full of personal data', async (signal) => {
    const rows = ['Email,Name,Note'];
    for (let i = 0; i < 400_000; i++) rows.push(`person${i}@example${i % 999}.com,Person ${i},"a note, with a comma"`);
    const leads = file('big.csv', `${rows.join('\r\n')}\r\n`);
    const child = spawn(process.execPath, [join(ROOT, 'bin/coldkit.js'), 'clean', leads, '--threads', '0'], { stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
    // Wait until the run has made both its temporary files (one after the other), then stop it.
    const started = Date.now();
    const temporary = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
    while (temporary().length < 2 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 5));
    expect(temporary()).toHaveLength(2);
    child.kill(signal);
    // Ended by the signal itself, as shells expect (exit status 128 + its number).
    expect(await exited).toEqual({ code: null, signal });
    expect(readdirSync(dir)).toEqual(['big.csv']);
  }, 60_000);
});
