import type { ByteSource } from '../lib/clean/run';

/**
 * The size of the chunks a File is read in (the first one smaller). Each chunk is decided on
 * before the next is asked for, so this is also the memory a read holds, twice over. 4 MiB was
 * the fastest of 1, 4 and 8 MiB (measured: bench/RESULTS.md, "Notes").
 */
const READ_BYTES = 4 << 20;
/** The first chunk is small, so that cleaning starts without waiting for a whole READ_BYTES. */
const FIRST_READ_BYTES = 256 << 10;

/**
 * Reads a File from byte `start` to byte `end` in chunks of READ_BYTES (the first one smaller),
 * through one stream and two buffers that take turns: the next chunk is read into one while the
 * caller works on the other, and a chunk's buffer is read into again once the caller has asked
 * for the chunk after it (the `ByteSource` contract). Slicing the File for each chunk and
 * reading it into a new buffer cost several times as much: each slice is a round trip to the
 * browser, and each new buffer's memory is mapped anew (measured: bench/RESULTS.md, "Notes").
 */
async function* chunksOf(file: File, start: number, end: number): AsyncGenerator<Uint8Array> {
  if (end <= start) return;
  const reader = file.slice(start, end).stream().getReader({ mode: 'byob' });
  let left = end - start;
  const read = (buffer: ArrayBuffer, size: number) => {
    left -= size;
    const filled = fill(reader, buffer, size);
    filled.catch(() => {}); // a read the caller never asks for (it stopped early) must not go unhandled
    return filled;
  };
  let spare: ArrayBuffer | null = null;
  const first = Math.min(FIRST_READ_BYTES, left);
  let next: Promise<Uint8Array<ArrayBuffer>> | null = read(new ArrayBuffer(first), first);
  try {
    while (next) {
      const chunk: Uint8Array<ArrayBuffer> = await next;
      const size = Math.min(READ_BYTES, left);
      next = size > 0 ? read(spare ?? new ArrayBuffer(READ_BYTES), size) : null;
      spare = null;
      yield chunk;
      // The caller has asked for the next chunk: this one's memory is free for the one after.
      if (chunk.buffer.byteLength === READ_BYTES) spare = chunk.buffer;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/**
 * Fills the first `size` bytes of `buffer` from a byte stream's reader. A read may give fewer
 * bytes than asked; the stream moves the memory to a new ArrayBuffer on each read. The caller
 * never asks for more than the stream holds: a read past the end is never made.
 */
async function fill(reader: ReadableStreamBYOBReader, buffer: ArrayBuffer, size: number): Promise<Uint8Array<ArrayBuffer>> {
  let memory = buffer;
  let used = 0;
  while (used < size) {
    const { done, value } = await reader.read(new Uint8Array(memory, used, size - used));
    if (done || !value) throw new Error('the file ended before its size: it may have changed since it was chosen');
    memory = value.buffer as ArrayBuffer;
    used += value.length;
  }
  return new Uint8Array(memory, 0, size);
}

/** A File as the cleaner reads it: re-openable, streamed. */
export function sourceOf(file: File): ByteSource {
  return { name: file.name, size: file.size, open: (start = 0, end = file.size) => chunksOf(file, start, Math.min(end, file.size)) };
}
