import { once } from 'node:events';
import { createWriteStream, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { Encoding } from '../lib/csv/encoding.ts';
import { release } from '../lib/buffers.ts';
import { InputError } from '../lib/clean/input-error.ts';
import { OPTIONAL_CLASSES, type CleanOptionsInput, type CleanSummary, type OptionalClass } from '../lib/clean/options.ts';
import { cleanList, type ByteSource } from '../lib/clean/run.ts';
import { loadDisposableDomains, LIST_VERSIONS } from '../lib/email/lists.ts';
import { consentRequiredCodes, countryLookupOf, toCountryRules } from '../lib/jurisdictions/lookup.ts';
import { FileError, fileSource } from './files.ts';
import { readJurisdictions } from './jurisdictions.ts';
import { startPreparePool } from './prepare-pool.ts';

const USAGE = `Usage: coldkit clean LEADS.csv [options]

Deduplicates a lead list and applies suppression lists, on this machine only.

Options:
  --suppress FILE            a suppression file (emails, domains, MD5/SHA-256 hashes); repeatable
  --out FILE                 cleaned list (default: LEADS.cleaned.csv next to the input)
  --report FILE              removal report (default: LEADS.removed.csv next to the input)
  --hashed-suppression FILE  write the hashes of every suppression address to FILE
  --hash sha256|md5          hash for --hashed-suppression (default sha256)
  --email-column NAME        the email column's header (default: detected)
  --encoding ENC             utf-8, utf-16le, utf-16be, windows-1252 or windows-1251 (default: detected)
  --delimiter D              , ; tab or | (default: detected)
  --no-canonical             do not treat Gmail dots and +tags as one mailbox
  --remove LIST              also remove: role, free, consentCountry (comma-separated)
  --keep-disposable          keep disposable-domain addresses (removed by default)
  --no-bom                   write UTF-8 without a byte order mark
  --protect-formulas         prefix cells starting with = + - @ with '
  --threads N                worker threads that read the list beside the main one (default:
                             one per core but one for lists of 16 MB or more, else 0)
  --json                     print the summary as JSON on stdout
  -h, --help                 show this help`;

/** A usage or input problem: printed as one line, exit code 2. */
class UsageError extends Error {}

const ENCODINGS: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'windows-1251': 'windows-1251',
  cp1251: 'windows-1251',
};
const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', tab: '\t', '\\t': '\t', '\t': '\t', '|': '|' };

/** Lists at least this large are read with worker threads by default (below, starting them costs more than it saves). */
const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/** {@link fileSource}, with a missing file as a usage error. */
function fileSourceOrUsage(path: string): ByteSource {
  try {
    return fileSource(path);
  } catch (error) {
    throw error instanceof FileError ? new UsageError(error.message) : error;
  }
}

/** Bytes an output queues before the run waits for the disk (a run writes a part per 256 KB piece). */
const WRITE_BUFFER = 4 * 1024 * 1024;
/** Bytes of parts written together (see {@link openOutput}). */
const WRITE_BATCH = 1024 * 1024;

/** One output file of a run; see {@link openOutput}. */
interface OutputFile {
  /**
   * Appends text; waits when the disk is behind, so memory stays flat. Bytes are the run's
   * parts: their buffer is released for reuse once written (see `release`).
   */
  write(data: string | Uint8Array): Promise<void> | void;
  /** Finishes the file and moves it to its path. */
  commit(): Promise<void>;
  /** Throws the unfinished file away. */
  discard(): void;
}

/** Why a file cannot be created, in a few words. */
function fsReason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const reasons: Record<string, string> = { ENOENT: 'no such directory', ENOTDIR: 'no such directory', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system' };
  return reasons[code] ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Opens an output file. The text goes to a temporary file beside `path` that replaces `path`
 * only when the whole run has succeeded, so a run that stops half-way (a stray quote on line
 * 900 000) never leaves a partial cleaned list that looks finished, nor empties an existing
 * file. It is opened at once, so an unwritable path is a usage error before any work is done.
 */
function openOutput(path: string): OutputFile {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a directory`);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'w');
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${fsReason(error)}`);
  }
  // Up to WRITE_BUFFER bytes are queued without waiting: the run goes on deciding while the disk
  // catches up.
  const stream = createWriteStream(temp, { fd, highWaterMark: WRITE_BUFFER });
  // A write error (disk full) must reach the run as a rejection, not crash the process as an
  // unhandled 'error' event; `once` and `finished` below reject with it.
  stream.on('error', () => {});
  // Parts are held back (corked) until WRITE_BATCH bytes of them can go out in one `writev`: a
  // run writes a part per 256 KB piece, and each write call costs the main thread.
  let held = 0;
  return {
    write(data) {
      if (stream.errored) throw stream.errored;
      if (held === 0) stream.cork();
      held += data.length;
      // Once written, a part's buffer goes back to the run for its next parts.
      const written = typeof data === 'string' ? undefined : () => release(data.buffer);
      stream.write(data, written);
      if (held < WRITE_BATCH) return;
      held = 0;
      stream.uncork();
      if (stream.writableNeedDrain) return once(stream, 'drain').then(() => undefined);
    },
    async commit() {
      if (held > 0) stream.uncork();
      stream.end();
      await finished(stream);
      renameSync(temp, path);
    },
    discard() {
      stream.destroy();
      rmSync(temp, { force: true });
    },
  };
}

/** True when two paths name one file: the same absolute path, or the same existing file by inode. */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const [sa, sb] = [statSync(a, { throwIfNoEntry: false }), statSync(b, { throwIfNoEntry: false })];
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Refuses an output that names an input (it would be replaced by the output) or another output. */
function checkOutputs(inputs: readonly string[], outputs: readonly { flag: string; path: string }[]): void {
  outputs.forEach(({ flag, path }, i) => {
    if (inputs.some((input) => sameFile(input, path))) throw new UsageError(`${flag} ${path} is one of the input files; choose another path`);
    const other = outputs.slice(0, i).find((o) => sameFile(o.path, path));
    if (other) throw new UsageError(`${other.flag} and ${flag} both name ${path}; choose two different paths`);
  });
}

/** The default output path next to the input: `leads.csv` → `leads.cleaned.csv`. */
function besideInput(input: string, suffix: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}.${suffix}${ext === '.tsv' ? '.tsv' : '.csv'}`);
}

function parseRemove(value: string | undefined): Set<OptionalClass> {
  const wanted = new Set<OptionalClass>();
  for (const raw of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const match = OPTIONAL_CLASSES.find((c) => c.toLowerCase() === raw.toLowerCase());
    if (!match || match === 'disposable') throw new UsageError(`--remove takes role, free and consentCountry; got "${raw}"`);
    wanted.add(match);
  }
  return wanted;
}

/** One line per count group, for people. */
function humanSummary(s: CleanSummary, out: string, report: string): string {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ') || 'none';
  const removed = s.input.rows - s.kept;
  return [
    `${s.input.rows} rows (${s.input.encoding}, delimiter ${JSON.stringify(s.input.delimiter)}, email column "${s.input.emailColumn}"): ${s.kept} kept, ${removed} removed`,
    `removed: ${list(s.removed)}`,
    `flagged among kept rows: ${list(s.flagged)}`,
    `suppression entries: ${s.suppression.emails} emails, ${s.suppression.domains} domains, ${s.suppression.hashes} hashes, ${s.suppression.ignored} ignored cells`,
    `wrote ${out} and ${report}`,
  ].join('\n');
}

/** Runs `coldkit` with its arguments; returns the exit code. */
export async function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        suppress: { type: 'string', multiple: true },
        out: { type: 'string' },
        report: { type: 'string' },
        'hashed-suppression': { type: 'string' },
        hash: { type: 'string' },
        'email-column': { type: 'string' },
        encoding: { type: 'string' },
        delimiter: { type: 'string' },
        canonical: { type: 'boolean', default: true },
        remove: { type: 'string' },
        'keep-disposable': { type: 'boolean', default: false },
        bom: { type: 'boolean', default: true },
        'protect-formulas': { type: 'boolean', default: false },
        threads: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const [command, input, ...rest] = positionals;
    if (command !== 'clean') throw new UsageError(command ? `unknown command "${command}"; try: coldkit clean LEADS.csv` : 'missing command; try: coldkit clean LEADS.csv');
    if (!input) throw new UsageError('missing the lead list; try: coldkit clean LEADS.csv');
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
    if (values.hash !== undefined && values.hash !== 'sha256' && values.hash !== 'md5') throw new UsageError(`--hash takes sha256 or md5; got "${values.hash}"`);
    const encoding = values.encoding === undefined ? undefined : ENCODINGS[values.encoding.toLowerCase()];
    if (values.encoding !== undefined && !encoding) throw new UsageError(`--encoding takes ${Object.keys(ENCODINGS).join(', ')}; got "${values.encoding}"`);
    const delimiter = values.delimiter === undefined ? undefined : DELIMITERS[values.delimiter.toLowerCase()];
    if (values.delimiter !== undefined && !delimiter) throw new UsageError(`--delimiter takes , ; tab or |; got "${values.delimiter}"`);

    const remove = parseRemove(values.remove);
    const options: CleanOptionsInput = {
      canonical: values.canonical,
      remove: { disposable: !values['keep-disposable'], role: remove.has('role'), free: remove.has('free'), consentCountry: remove.has('consentCountry') },
      bom: values.bom,
      protectFormulas: values['protect-formulas'],
      hash: values.hash === 'md5' ? 'md5' : 'sha256',
    };
    const threadsFlag = values.threads === undefined ? undefined : Number(values.threads);
    if (threadsFlag !== undefined && !(Number.isInteger(threadsFlag) && threadsFlag >= 0 && threadsFlag <= 64)) throw new UsageError(`--threads takes a whole number from 0 to 64; got "${values.threads}"`);
    const leads = fileSourceOrUsage(input);
    const suppressions = (values.suppress ?? []).map(fileSourceOrUsage);
    const outPath = values.out ?? besideInput(input, 'cleaned');
    const reportPath = values.report ?? besideInput(input, 'removed');
    const hashedPath = values['hashed-suppression'];
    checkOutputs(
      [input, ...(values.suppress ?? [])],
      [
        { flag: '--out', path: outPath },
        { flag: '--report', path: reportPath },
        ...(hashedPath ? [{ flag: '--hashed-suppression', path: hashedPath }] : []),
      ],
    );

    // The main thread has its own share (deciding, writing): one worker per other core.
    const threads = threadsFlag ?? (leads.size >= PARALLEL_MIN_BYTES ? availableParallelism() - 1 : 0);
    const rules = toCountryRules(readJurisdictions());
    // Started before the run, so the workers load their code and lists while this thread
    // inspects the lead list and reads the suppression files.
    const workers = threads > 0 ? startPreparePool(threads, { countries: rules }) : undefined;
    const progress = io.stderr.isTTY
      ? (p: { phase: string; bytes: number; total: number }) => io.stderr.write(`\r${p.phase}: ${p.total ? Math.floor((100 * p.bytes) / p.total) : 100}%   `)
      : undefined;

    const outputs: OutputFile[] = [];
    const output = (path: string) => {
      const file = openOutput(path);
      outputs.push(file);
      return file;
    };
    let result;
    try {
      const out = output(outPath);
      const report = output(reportPath);
      const hashed = hashedPath ? output(hashedPath) : null;
      result = await cleanList(leads, suppressions, {
        options,
        overrides: { encoding, delimiter, emailColumn: values['email-column'] },
        consentCountries: consentRequiredCodes(rules),
        countryLookup: countryLookupOf(rules),
        loadDisposable: loadDisposableDomains,
        sink: { cleaned: out.write, report: report.write },
        onProgress: progress,
        preparePool: workers?.pool,
      });
      if (hashed) await hashed.write(result.hashedSuppression());
      for (const file of outputs) await file.commit();
    } catch (error) {
      for (const file of outputs) file.discard();
      throw error;
    } finally {
      workers?.close();
      if (progress) io.stderr.write('\r\x1b[K');
    }
    if (values.json) io.stdout.write(`${JSON.stringify(result.summary)}\n`);
    else io.stdout.write(`${humanSummary(result.summary, outPath, reportPath)}\nlists: ${Object.values(LIST_VERSIONS).join(', ')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr.write(`coldkit: ${error.message}\n`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`coldkit: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`coldkit: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
