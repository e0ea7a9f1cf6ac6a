/**
 * `coldkit`: the list cleaner over files. `main` reads the command line, runs `cleanList` with
 * the files as sources and sinks, and prints the summary; every error a user can fix ends the
 * run with exit code 2 and one line on stderr.
 */
import { availableParallelism } from 'node:os';
import { InputError, printable, quoted } from '../lib/clean/input-error.ts';
import type { SummaryJson } from '../lib/clean/options.ts';
import { cleanList, type ByteSource, type RunResult } from '../lib/clean/run.ts';
import { loadDisposableDomains, LIST_VERSIONS } from '../lib/email/lists.ts';
import { cleaner } from '../lib/i18n/en/cleaner.ts';
import { engineText, summaryJson } from '../lib/i18n/engine-messages.ts';
import { consentRequiredCodes, countryLookupOf } from '../lib/jurisdictions/lookup.ts';
import { USAGE, UsageError, parseCommandLine, type CleanCommand } from './args.ts';
import { FileError, fileSource } from './files.ts';
import { readCountryRules } from './jurisdictions.ts';
import { besideInput, checkOutputs, cleanUpOnSignals, fsReason, openOutput, type OutputFile } from './output-files.ts';
import { startPreparePool } from './prepare-pool.ts';

/** Lists at least this large are read with worker threads by default (below, starting them costs more than it saves). */
const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

type Io = { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream };

/** Runs `coldkit` with its arguments; returns the exit code. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    if (command === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const { summary, out, report } = await clean(command, io);
    if (command.json) io.stdout.write(`${JSON.stringify(summary)}\n`);
    else io.stdout.write(`${humanSummary(summary, out, report)}\nlists: ${Object.values(LIST_VERSIONS).join(', ')}\n`);
    return 0;
  } catch (error) {
    const { line, code } = errorLine(error);
    io.stderr.write(`coldkit: ${line}\n`);
    return code;
  }
}

/** An error as the one line `coldkit` prints, and its exit code: 2 for what the user can fix. */
function errorLine(error: unknown): { line: string; code: number } {
  if (error instanceof InputError) return { line: engineText(error.detail, cleaner.engine, 'en'), code: 2 };
  if (error instanceof UsageError || error instanceof FileError) return { line: error.message, code: 2 };
  if (error instanceof Error && 'code' in error && 'syscall' in error) {
    // A file that went away or became unreadable during the run; a full disk.
    const path = 'path' in error && typeof error.path === 'string' ? `${printable(error.path, 200)}: ` : '';
    const userFixable = ['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EISDIR', 'EROFS'].includes(String(error.code));
    return { line: `${path}${fsReason(error)}`, code: userFixable ? 2 : 1 };
  }
  return { line: `unexpected error: ${printable(error instanceof Error ? error.message : String(error), 500)}`, code: 1 };
}

/** Runs the command: the files in, the outputs written (all or none). */
async function clean(command: CleanCommand, io: Io): Promise<{ summary: SummaryJson; out: string; report: string }> {
  const leads = fileSourceOrUsage(command.input);
  const suppressions = command.suppress.map(fileSourceOrUsage);
  const out = command.out ?? besideInput(command.input, 'cleaned');
  const report = command.report ?? besideInput(command.input, 'removed');
  const hashedPath = command.hashedSuppression;
  checkOutputs(
    [command.input, ...command.suppress],
    [{ flag: '--out', path: out }, { flag: '--report', path: report }, ...(hashedPath ? [{ flag: '--hashed-suppression', path: hashedPath }] : [])],
  );

  // The main thread has its own share (deciding, writing): one worker per other core.
  const threads = command.threads ?? (leads.size >= PARALLEL_MIN_BYTES ? availableParallelism() - 1 : 0);
  const rules = readCountryRules();
  // Started before the run, so the workers load their code and lists while this thread
  // inspects the lead list and reads the suppression files.
  const workers = threads > 0 ? startPreparePool(threads, { countries: rules }) : undefined;
  const progress = io.stderr.isTTY
    ? (p: { phase: string; bytes: number; total: number }) => io.stderr.write(`\r${p.phase}: ${p.total ? Math.floor((100 * p.bytes) / p.total) : 100}%   `)
    : undefined;

  const outputs: OutputFile[] = [];
  const discardAll = () => outputs.forEach((file) => file.discard());
  const stopWatching = cleanUpOnSignals(discardAll);
  const output = (path: string) => {
    const file = openOutput(path);
    outputs.push(file);
    return file;
  };
  let result: RunResult;
  try {
    const cleaned = output(out);
    const removed = output(report);
    const hashed = hashedPath ? output(hashedPath) : null;
    result = await cleanList(leads, suppressions, {
      options: command.options,
      overrides: { encoding: command.encoding, delimiter: command.delimiter, emailColumn: command.emailColumn },
      consentCountries: consentRequiredCodes(rules),
      countryLookup: countryLookupOf(rules),
      loadDisposable: loadDisposableDomains,
      sink: { cleaned: cleaned.write, report: removed.write },
      onProgress: progress,
      preparePool: workers?.pool,
    });
    if (hashed) await hashed.write(result.hashedSuppression());
    for (const file of outputs) await file.commit();
  } catch (error) {
    discardAll();
    throw error;
  } finally {
    stopWatching();
    workers?.close();
    if (progress) io.stderr.write('\r\x1b[K');
  }
  // The CLI speaks English: the notes in the English catalog's words.
  return { summary: summaryJson(result.summary, cleaner.engine, 'en'), out, report };
}

/** {@link fileSource}, with a missing or unreadable file as a usage error. */
function fileSourceOrUsage(path: string): ByteSource {
  try {
    return fileSource(path);
  } catch (error) {
    throw error instanceof FileError ? new UsageError(error.message) : error;
  }
}

/** One line per count group, for people. */
function humanSummary(s: SummaryJson, out: string, report: string): string {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ') || 'none';
  const removed = s.input.rows - s.kept;
  return [
    `${s.input.rows} rows (${s.input.encoding}, delimiter ${JSON.stringify(s.input.delimiter)}, email column ${quoted(s.input.emailColumn)}): ${s.kept} kept, ${removed} removed`,
    `removed: ${list(s.removed)}`,
    `flagged among kept rows: ${list(s.flagged)}`,
    `suppression entries: ${s.suppression.emails} emails, ${s.suppression.domains} domains, ${s.suppression.hashes} hashes, ${s.suppression.ignored} ignored cells`,
    ...s.notes.map((note) => `note: ${note}`),
    `wrote ${printable(out, 200)} and ${printable(report, 200)}`,
  ].join('\n');
}
