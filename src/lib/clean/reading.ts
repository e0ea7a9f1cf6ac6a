/**
 * How a run reads a file's bytes as text: the encoding detected from the file's first bytes (or
 * chosen by the user), settled by the rest of the file as the run reads it, and a scan of a whole
 * file through the CSV scanner with that encoding.
 *
 * A file whose first bytes are all ASCII reads alike in UTF-8 and in every code page, so its
 * encoding is only decided where the first byte beyond ASCII comes: there the file's own bytes
 * say which (see `encodingOfBytes`), and the run goes on in that encoding with nothing read so
 * far read otherwise.
 */
import { createDecoder, encodingOfBytes, type EncodingEvidence, type Encoding } from '../csv/encoding.ts';
import { CsvError, createCsvScanner, type CsvRecord } from '../csv/parse.ts';
import { isAscii } from '../bytes/utf8.ts';
import { csvInputError } from './input-error.ts';
import type { ByteSource } from './inspect.ts';

/** A file's encoding as a run knows it. */
export interface Reading {
  encoding: Encoding;
  /** How it was decided: by the user, or see `EncodingEvidence`. */
  by: EncodingEvidence | 'user';
  /** False when the code page is a guess from letters that hardly told (see `guessSingleByte`). */
  sure: boolean;
  /** UTF-8 only because every byte read so far is ASCII: the first byte beyond ASCII decides. */
  tentative: boolean;
  /** Where that first byte beyond ASCII was (a byte offset), when it decided; else null. */
  decidedAt: number | null;
}

/** The reading of a file as its sample showed it (`by: 'user'`: the user chose the encoding). */
export function readingOf(sample: { encoding: Encoding; by: EncodingEvidence | 'user'; sure: boolean }): Reading {
  return { encoding: sample.encoding, by: sample.by, sure: sample.sure, tentative: sample.by === 'ascii', decidedAt: null };
}

/**
 * Settles a tentative reading with the encoding that the bytes at `offset` point to (the first
 * that are not ASCII): `utf-8`, or a code page guessed from their letters.
 */
export function settle(reading: Reading, verdict: { encoding: Encoding; by: EncodingEvidence; sure: boolean }, offset: number): void {
  reading.tentative = false;
  reading.encoding = verdict.encoding;
  reading.by = verdict.by;
  reading.sure = verdict.sure;
  reading.decidedAt = offset;
}

/** The most of a file {@link scanRecords} reads between two progress reports. */
const SCAN_STEP_BYTES = 256 * 1024;

/** What {@link scanRecords} calls. */
export interface ScanHandlers {
  onBytes(n: number): void;
  onRecord(record: CsvRecord): void;
  /** Called with the 1-based line of each character that stands for bad bytes (see `createDecoder`). */
  onBadLine?(line: number): void;
}

/**
 * Streams a whole file through the CSV scanner, calling `onRecord` for each record. A tentative
 * `reading` is settled by the first chunk that is not ASCII (and is then the file's), before
 * that chunk is decoded.
 */
export async function scanRecords(source: ByteSource, reading: Reading, delimiter: string, handlers: ScanHandlers, signal?: AbortSignal): Promise<void> {
  const badLines = handlers.onBadLine ? new BadLines(handlers.onBadLine) : null;
  const decoderFor = (encoding: Encoding) => createDecoder(encoding, badLines ? { onBadBytes: badLines.onBadBytes } : {});
  let decoder = decoderFor(reading.encoding);
  const scanner = createCsvScanner({ delimiter });
  const { onRecord } = handlers;
  const push = (text: string) => {
    badLines?.read(text);
    scanner.push(text, onRecord);
  };
  let offset = 0;
  try {
    for await (const read of source.open()) {
      // In steps of SCAN_STEP_BYTES, whatever size the reads come in: progress moves at least
      // that often (a browser reads files 4 MiB at a time, which takes a while to parse).
      for (let at = 0; at < read.length; at += SCAN_STEP_BYTES) {
        const chunk = read.subarray(at, at + SCAN_STEP_BYTES);
        signal?.throwIfAborted();
        handlers.onBytes(chunk.length);
        if (reading.tentative && !isAscii(chunk)) {
          settle(reading, encodingOfBytes(chunk), offset);
          decoder = decoderFor(reading.encoding);
        }
        offset += chunk.length;
        push(decoder.decode(chunk));
      }
    }
    push(decoder.end());
    scanner.end(onRecord);
  } catch (error) {
    if (error instanceof CsvError) throw csvInputError(source.name, error);
    throw error;
  }
}

/**
 * The lines of the bad characters a decoder reports: it is told each decoded text before it is
 * scanned, and counts its line feeds.
 */
class BadLines {
  #line = 1;
  #bad: number[] = [];
  readonly #onBadLine: (line: number) => void;
  constructor(onBadLine: (line: number) => void) {
    this.#onBadLine = onBadLine;
  }
  readonly onBadBytes = (at: number): void => void this.#bad.push(at);
  /** Takes the text the last decode returned: its bad characters' lines, then its line feeds. */
  read(text: string): void {
    let at = 0;
    const countTo = (end: number) => {
      for (let lf = text.indexOf('\n', at); lf !== -1 && lf < end; lf = text.indexOf('\n', at)) {
        this.#line++;
        at = lf + 1;
      }
    };
    for (const bad of this.#bad) {
      countTo(bad);
      this.#onBadLine(this.#line);
    }
    this.#bad = [];
    countTo(text.length);
  }
}
