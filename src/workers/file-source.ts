import type { ByteSource } from '../lib/clean/run';

/** Reads a File chunk by chunk (a reader loop: not every browser iterates streams yet). */
async function* chunksOf(file: File): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** A File as the cleaner reads it: re-openable, streamed. */
export function sourceOf(file: File): ByteSource {
  return { name: file.name, size: file.size, open: () => chunksOf(file) };
}
