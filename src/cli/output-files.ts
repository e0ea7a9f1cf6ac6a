/**
 * `coldkit clean`'s output files: where they go, and how they are written so that a run that
 * stops half-way (an error, Ctrl-C) leaves neither a partial file that looks finished nor a
 * temporary file full of personal data.
 */
import { once } from 'node:events';
import { createWriteStream, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { release } from '../lib/bytes/buffers.ts';
import { printable } from '../lib/clean/input-error.ts';
import { UsageError } from './args.ts';

/** Bytes an output queues before the run waits for the disk (a run writes a part per 256 KB piece). */
const WRITE_BUFFER = 4 * 1024 * 1024;
/** Bytes of parts written together (see {@link openOutput}). */
const WRITE_BATCH = 1024 * 1024;

/** One output file of a run; see {@link openOutput}. */
export interface OutputFile {
  /**
   * Appends text; waits when the disk is behind, so memory stays flat. Bytes are the run's
   * parts: their buffer is released for reuse once written (see `release`).
   */
  write(data: string | Uint8Array): Promise<void> | void;
  /** Finishes the file and moves it to its path. */
  commit(): Promise<void>;
  /** Throws the unfinished file away (synchronously: a signal handler calls it). */
  discard(): void;
}

/** Why a file cannot be read or written, in a few words. */
export function fsReason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    ENOTDIR: 'no such directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    EISDIR: 'it is a directory',
    ENOSPC: 'no space left on the disk',
    EDQUOT: 'disk quota exceeded',
  };
  return reasons[code] ?? (error instanceof Error ? error.message.split('\n')[0]! : String(error));
}

/**
 * Opens an output file. The text goes to a temporary file beside `path` that replaces `path`
 * only when the whole run has succeeded, so a run that stops half-way (a stray quote on line
 * 900 000) never leaves a partial cleaned list that looks finished, nor empties an existing
 * file. It is opened at once, so an unwritable path is a usage error before any work is done.
 */
export function openOutput(path: string): OutputFile {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`cannot write ${printable(path, 200)}: it is a directory`);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'w');
  } catch (error) {
    throw new UsageError(`cannot write ${printable(path, 200)}: ${fsReason(error).replace('no such file or directory', 'no such directory')}`);
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
export function checkOutputs(inputs: readonly string[], outputs: readonly { flag: string; path: string }[]): void {
  outputs.forEach(({ flag, path }, i) => {
    const shown = printable(path, 200);
    if (inputs.some((input) => sameFile(input, path))) throw new UsageError(`${flag} ${shown} is one of the input files; choose another path`);
    const other = outputs.slice(0, i).find((o) => sameFile(o.path, path));
    if (other) throw new UsageError(`${other.flag} and ${flag} both name ${shown}; choose two different paths`);
  });
}

/** The default output path next to the input: `leads.csv` → `leads.cleaned.csv`. */
export function besideInput(input: string, suffix: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}.${suffix}${ext === '.tsv' ? '.tsv' : '.csv'}`);
}

/** The signals that stop a run (Ctrl-C, `kill`, a closed terminal). */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Until the returned function is called, a stop signal first runs `cleanUp` (which throws the
 * temporary files away), then stops the process the way that signal does (exit status 128 +
 * its number: 130 for Ctrl-C, 143 for SIGTERM), so that shells and scripts see why it ended.
 */
export function cleanUpOnSignals(cleanUp: () => void): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    try {
      cleanUp();
    } finally {
      process.kill(process.pid, signal); // no handler left: the default action ends the process
    }
  };
  const stop = () => {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return stop;
}
