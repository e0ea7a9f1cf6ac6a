import { release, takeBytes } from './buffers.ts';

/** A part of an output, or a batch's row bytes, built as UTF-8. */
export class ByteWriter {
  static readonly #encoder = new TextEncoder();
  #buffer: Uint8Array;
  #used = 0;
  /** Room for `capacity` bytes, or more (a reused buffer: see `takeBytes`). */
  constructor(capacity: number) {
    const bytes = takeBytes(capacity);
    this.#buffer = bytes.length === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes.buffer);
  }
  /** Bytes written so far. */
  get length(): number {
    return this.#used;
  }
  /** Appends `source[start, end)`. */
  bytes(source: Uint8Array, start: number, end: number): void {
    if (end <= start) return;
    this.#room(end - start);
    this.#buffer.set(source.subarray(start, end), this.#used);
    this.#used += end - start;
  }
  /** A writer holding a copy of `bytes`, with room for `more`. */
  static of(bytes: Uint8Array, more: number): ByteWriter {
    const writer = new ByteWriter(bytes.length + more);
    writer.#buffer.set(bytes);
    writer.#used = bytes.length;
    return writer;
  }
  /** Appends `source[start, end)`: a loop for a short run (cheaper than a view and `set`), else `set`. */
  copy(source: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (n > 256) return this.bytes(source, start, end);
    this.#room(n);
    const buffer = this.#buffer;
    for (let i = 0, at = this.#used; i < n; i++) buffer[at + i] = source[start + i]!;
    this.#used += n;
  }
  /** Appends CR LF. */
  crlf(): void {
    this.#room(2);
    this.#buffer[this.#used++] = 0x0d;
    this.#buffer[this.#used++] = 0x0a;
  }
  /** Appends one byte. */
  byte(value: number): void {
    this.#room(1);
    this.#buffer[this.#used++] = value;
  }
  /** Appends `text` as UTF-8. */
  text(text: string): void {
    const n = text.length;
    this.#room(n * 3);
    const buffer = this.#buffer;
    let at = this.#used;
    // A short ASCII text (a report row's number, reason and detail) is written by hand: a call
    // to encodeInto costs more than the copy itself (several hundred ns in Chrome).
    let i = 0;
    if (n <= 128) {
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80) break;
        buffer[at + i] = c;
      }
      if (i === n) {
        this.#used = at + n;
        return;
      }
      at += i;
    }
    this.#used = at + ByteWriter.#encoder.encodeInto(i === 0 ? text : text.slice(i), buffer.subarray(at)).written;
  }
  /** What was written (a view: write nothing more after taking it). */
  take(): Uint8Array {
    return this.#buffer.subarray(0, this.#used);
  }
  #room(bytes: number): void {
    if (this.#used + bytes <= this.#buffer.length) return;
    const more = new Uint8Array(Math.max(Math.ceil(this.#buffer.length * 1.5), this.#used + bytes));
    more.set(this.#buffer.subarray(0, this.#used));
    release(this.#buffer.buffer);
    this.#buffer = more;
  }
}
