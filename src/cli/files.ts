import { closeSync, createReadStream, openSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { printable } from '../lib/clean/input-error.ts';
import type { ByteSource } from '../lib/clean/run.ts';
import { fsReason } from './output-files.ts';

/** A file that is missing, unreadable or not a regular file: the CLI prints the message as a usage error. */
export class FileError extends Error {}

/**
 * A file on disk as the cleaner reads it: re-openable, in 1 MiB chunks. It is opened once here,
 * so that a file the user may not read is refused before any work, with the reason.
 */
export function fileSource(path: string): ByteSource {
  const shown = printable(path, 200);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new FileError(`${shown} is not a file`);
    size = stat.size;
    closeSync(openSync(path, 'r'));
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`cannot read ${shown}: ${fsReason(error).replace('no such file or directory', 'no such file')}`);
  }
  const open = (start = 0, end?: number) => {
    if (end === undefined) return createReadStream(path, { highWaterMark: 1 << 20, start });
    return end > start ? createReadStream(path, { highWaterMark: 1 << 20, start, end: end - 1 }) : nothing();
  };
  return { name: basename(path), size, open };
}

/** A stream of no chunks (`createReadStream` cannot read zero bytes: its `end` is inclusive). */
async function* nothing(): AsyncGenerator<Uint8Array> {}
