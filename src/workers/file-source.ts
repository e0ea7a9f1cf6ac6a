import type { ByteSource } from '../lib/clean/run';

/**
 * Bytes read from a File at a time. A File's stream gives 64 KiB chunks, and each read of a
 * File costs the worker a round trip to the browser: 4 MiB reads were the fastest of 1, 4 and 8
 * MiB (measured: bench/RESULTS.md, "Notes").
 */
const READ_BYTES = 4 << 20;
/**
 * Reads in flight while the caller works on a chunk (12 MiB). With one, the cleaning worker
 * sometimes waited for the browser; three leaned faster (measured: bench/RESULTS.md, "Notes").
 */
const READ_AHEAD = 3;
/** The first read is small, so that cleaning starts without waiting for a whole READ_BYTES. */
const FIRST_READ_BYTES = 256 << 10;

/**
 * Reads a File from byte `start` to byte `end` in chunks of READ_BYTES (the first one smaller),
 * the next READ_AHEAD already being read while the caller works on one.
 */
async function* chunksOf(file: File, start: number, end: number): AsyncGenerator<Uint8Array> {
  const read = (at: number, size: number) => {
    const bytes = file.slice(at, at + size).arrayBuffer();
    bytes.catch(() => {}); // a read-ahead the caller never asks for (it stopped early) must not go unhandled
    return bytes;
  };
  const ahead: Promise<ArrayBuffer>[] = [];
  let requested = start;
  const fill = () => {
    while (ahead.length < READ_AHEAD && requested < end) {
      const size = Math.min(requested === start ? FIRST_READ_BYTES : READ_BYTES, end - requested);
      ahead.push(read(requested, size));
      requested += size;
    }
  };
  fill();
  while (ahead.length > 0) {
    const chunk = new Uint8Array(await ahead.shift()!);
    fill();
    yield chunk;
  }
}

/** A File as the cleaner reads it: re-openable, streamed. */
export function sourceOf(file: File): ByteSource {
  return { name: file.name, size: file.size, open: (start = 0, end = file.size) => chunksOf(file, start, Math.min(end, file.size)) };
}
