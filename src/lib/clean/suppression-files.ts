/**
 * The suppression files of a run, read into one index: every cell of every row, in any layout
 * and encoding (see `SuppressionIndex.addCell`).
 */
import { createDecoder, detectEncoding, detectNonCsv } from '../csv/encoding.ts';
import { sniffDelimiter } from '../csv/sniff.ts';
import type { CsvRecord } from '../csv/parse.ts';
import { SuppressionIndex } from '../email/suppression.ts';
import { nonCsvError } from './input-error.ts';
import { readSample, type ByteSource } from './inspect.ts';
import { readingOf, scanRecords, type Reading } from './reading.ts';

/** How many bytes of a suppression file its delimiter and first encoding guess come from. */
const SAMPLE_BYTES = 256 * 1024;

/** What {@link loadSuppression} read. */
export interface LoadedSuppression {
  index: SuppressionIndex;
  /** Per file that needed it: how it was read, and the lines that held bad bytes (first few, and how many). */
  files: { name: string; reading: Reading; badLines: number[]; badLineCount: number }[];
}

/** Lines with bad bytes kept per file, for the message that names them. */
const BAD_LINES_SHOWN = 10;

/**
 * Loads every suppression file into one index; returns it, the distinct email keys, and how
 * each file was read. A worker that prepares pieces of the lead list gets a copy of the index.
 */
export async function loadSuppression(
  files: readonly ByteSource[],
  canonical: boolean,
  setup: { onProgress?(progress: { phase: 'suppression'; bytes: number; total: number }): void; signal?: AbortSignal } = {},
): Promise<LoadedSuppression> {
  const index = new SuppressionIndex({ canonical });
  const read: LoadedSuppression['files'] = [];
  const total = files.reduce((n, f) => n + f.size, 0);
  let bytes = 0;
  const onRecord = (record: CsvRecord) => {
    for (let i = 0; i < record.count; i++) index.addCell(record.field(i)!);
  };
  const onBytes = (n: number) => setup.onProgress?.({ phase: 'suppression', bytes: (bytes += n), total });
  // Said before the first file's sample is read, so the user sees the step begin.
  if (total > 0) onBytes(0);
  for (const file of files) {
    const sample = await readSample(file, SAMPLE_BYTES);
    if (sample.length === 0) continue; // an empty suppression file suppresses nothing
    const nonCsv = detectNonCsv(sample);
    if (nonCsv) throw nonCsvError(file.name, nonCsv);
    const reading = readingOf(detectEncoding(sample));
    const decoder = createDecoder(reading.encoding);
    const delimiter = sniffDelimiter(decoder.decode(sample));
    const entry = { name: file.name, reading, badLines: [] as number[], badLineCount: 0 };
    let last = 0;
    const onBadLine = (line: number) => {
      if (line === last) return;
      last = line;
      entry.badLineCount++;
      if (entry.badLines.length < BAD_LINES_SHOWN) entry.badLines.push(line);
    };
    await scanRecords(file, reading, delimiter, { onBytes, onRecord, onBadLine }, setup.signal);
    read.push(entry);
  }
  return { index, files: read };
}

/** The hashed suppression list of `emails`, one hash per line with CRLF ('' for none). */
export function hashedList(emails: Iterable<string>, hash: (key: string) => string): string {
  const lines: string[] = [];
  for (const email of emails) lines.push(hash(email));
  return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
}
