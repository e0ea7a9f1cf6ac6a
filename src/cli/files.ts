import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ByteSource } from '../lib/clean/run.ts';

/** A file that is missing or not a regular file: the CLI prints the message as a usage error. */
export class FileError extends Error {}

/** A file on disk as the cleaner reads it: re-openable, in 1 MiB chunks. */
export function fileSource(path: string): ByteSource {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new FileError(`${path} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`cannot read ${path}: no such file`);
  }
  return { name: basename(path), size, open: () => createReadStream(path, { highWaterMark: 1 << 20 }) };
}
