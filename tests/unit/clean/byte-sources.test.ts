import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSource } from '../../../src/cli/files';
import { readSample, type ByteSource } from '../../../src/lib/clean/inspect';
import { sourceOf } from '../../../src/workers/file-source';
import { concat } from '../csv/byte-fixtures';

/** A `File` whose slices are recorded: the page's source reads the range it is asked for through one slice's stream. */
function recordedFile(bytes: Uint8Array<ArrayBuffer>): { file: File; slices: [number, number][] } {
  const slices: [number, number][] = [];
  const real = new File([bytes], 'leads.csv');
  const file = {
    name: real.name,
    size: real.size,
    slice(start: number, end: number) {
      slices.push([start, Math.min(end, real.size)]);
      return real.slice(start, end);
    },
  } as unknown as File;
  return { file, slices };
}

/** The chunks joined, each copied as it comes (a source may read the next chunk into the same memory). */
async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk.slice());
  return concat(...parts);
}

/** Byte-equal (a deep `toEqual` over megabytes is slow). */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));

const bytesOf = (n: number): Uint8Array<ArrayBuffer> => Uint8Array.from({ length: n }, (_, i) => (i * 7 + 3) & 0xff);

describe('a lead file in the page (src/workers/file-source.ts)', () => {
  const content = bytesOf(9 * 1024 * 1024 + 123);

  it('reads the whole file, byte for byte, from its start or from a given byte', async () => {
    const { file } = recordedFile(content);
    expect(same(await collect(sourceOf(file).open()), content)).toBe(true);
    expect(same(await collect(sourceOf(file).open(5_000_000)), content.subarray(5_000_000))).toBe(true);
  });

  it('reads up to a given byte, and nothing for an empty range', async () => {
    const { file } = recordedFile(content);
    expect(same(await collect(sourceOf(file).open(100, 5_000_000)), content.subarray(100, 5_000_000))).toBe(true);
    expect(await collect(sourceOf(file).open(50, 50))).toEqual(new Uint8Array(0));
  });

  it('starts with a small chunk, so that cleaning does not wait for a whole 4 MiB read', async () => {
    const { file } = recordedFile(content);
    const chunks = sourceOf(file).open()[Symbol.asyncIterator]();
    const first = await chunks.next();
    expect(first.value?.length).toBe(256 * 1024);
    expect((await chunks.next()).value?.length).toBe(4 * 1024 * 1024);
    await chunks.return?.();
  });

  it('reads a chunk into the memory of the chunk before last, once the caller is past it (a new buffer per chunk cost the page ~4 ms/MB)', async () => {
    const { file } = recordedFile(content);
    const chunks: Uint8Array[] = [];
    const lengths: number[] = [];
    for await (const chunk of sourceOf(file).open()) {
      chunks.push(chunk);
      lengths.push(chunk.length);
    }
    expect(lengths).toEqual([256 * 1024, 4 << 20, 4 << 20, content.length - 256 * 1024 - (8 << 20)]);
    // The stream takes a buffer's memory away (detaches it) when it reads into it again: the
    // second chunk's memory held the fourth; the third's was not needed again.
    expect(chunks[1]!.buffer.byteLength).toBe(0);
    expect(chunks[2]!.buffer.byteLength).toBe(4 << 20);
  });

  it('a sample reads no further than the sample (it used to read 12 MB for 256 KB)', async () => {
    const { file, slices } = recordedFile(content);
    const sample = await readSample(sourceOf(file), 100_000);
    expect(same(sample, content.subarray(0, 100_000))).toBe(true);
    expect(slices).toEqual([[0, 100_000]]);
  });
});

describe('a file on disk in the CLI (src/cli/files.ts)', () => {
  const content = bytesOf(3 * 1024 * 1024 + 17);
  const path = join(mkdtempSync(join(tmpdir(), 'coldkit-source-')), 'leads.csv');
  writeFileSync(path, content);
  const source: ByteSource = fileSource(path);

  it('reads the whole file, from its start or from a given byte', async () => {
    expect(same(await collect(source.open()), content)).toBe(true);
    expect(same(await collect(source.open(1_000_000)), content.subarray(1_000_000))).toBe(true);
  });

  it('reads up to a given byte, and nothing for an empty range', async () => {
    expect(same(await collect(source.open(0, 10)), content.subarray(0, 10))).toBe(true);
    expect(same(await collect(source.open(100, 2_000_000)), content.subarray(100, 2_000_000))).toBe(true);
    expect(await collect(source.open(50, 50))).toEqual(new Uint8Array(0));
  });

  it('a sample is the first bytes of the file', async () => {
    expect(same(await readSample(source, 4096), content.subarray(0, 4096))).toBe(true);
  });
});
