import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSource } from '../../../src/cli/files';
import { readSample, type ByteSource } from '../../../src/lib/clean/inspect';
import { sourceOf } from '../../../src/workers/file-source';
import { concat } from '../csv/byte-fixtures';

/** A `File` whose reads are recorded: the page's source reads a File by slicing it. */
function recordedFile(bytes: Uint8Array<ArrayBuffer>): { file: File; reads: [number, number][] } {
  const reads: [number, number][] = [];
  const real = new File([bytes], 'leads.csv');
  const file = {
    name: real.name,
    size: real.size,
    slice(start: number, end: number) {
      reads.push([start, Math.min(end, real.size)]);
      return real.slice(start, end);
    },
  } as unknown as File;
  return { file, reads };
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
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

  it('starts with a small read, so that cleaning does not wait for a whole 4 MiB read', async () => {
    const { file, reads } = recordedFile(content);
    const chunks = sourceOf(file).open()[Symbol.asyncIterator]();
    const first = await chunks.next();
    expect(first.value?.length).toBeLessThanOrEqual(256 * 1024);
    expect(reads[0]).toEqual([0, 256 * 1024]);
    await chunks.return?.();
  });

  it('a sample reads no further than the sample, read-ahead included (it used to read 12 MB for 256 KB)', async () => {
    const { file, reads } = recordedFile(content);
    const sample = await readSample(sourceOf(file), 100_000);
    expect(same(sample, content.subarray(0, 100_000))).toBe(true);
    expect(Math.max(...reads.map(([, end]) => end))).toBeLessThanOrEqual(100_000);
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
