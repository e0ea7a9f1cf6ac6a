/**
 * A whole run of the list cleaner, pass by pass (src/lib/clean/README.md has the map): inspect
 * the lead list, read the suppression files, collect the opt-outs the list marks itself, then
 * prepare, decide and write every row.
 */
import { CsvError, type CsvRecord } from '../csv/parse.ts';
import type { CountryLookup } from '../email/columns.ts';
import { md5Hex, sha256Hex } from '../email/hash.ts';
import type { SuppressionSnapshot } from '../email/suppression.ts';
import { KeyIndex } from '../collections/key-index.ts';
import { OptOutCollector } from './classify.ts';
import { BatchDecider, type FlaggedRow, type PreviewRow } from './decide.ts';
import { InputError, columnNames, csvInputError, printable } from './input-error.ts';
import { inspectLeads, type ByteSource, type Inspection, type ReadOverrides } from './inspect.ts';
import { runNotes } from './notes.ts';
import { emptySummary, parseCleanOptions, type CleanOptions, type CleanOptionsInput, type CleanSummary } from './options.ts';
import { streamPieces } from './pieces.ts';
import type { PreparedBatch } from './batch.ts';
import { isBlankRecord } from './batch-builder.ts';
import { createRowPreparer, type PrepareContext } from './prepare.ts';
import { readingOf, scanRecords, type Reading } from './reading.ts';
import { hashedList, loadSuppression, type LoadedSuppression } from './suppression-files.ts';

export { SAMPLE_BYTES, inspectLeads, readSample, resolveColumn, type ByteSource, type Inspection, type ReadOverrides } from './inspect.ts';
export { loadSuppression } from './suppression-files.ts';
export type { FlaggedRow, PreviewRow } from './decide.ts';

/** Everything a run needs besides the files. */
export interface RunSetup {
  options?: CleanOptionsInput;
  overrides?: ReadOverrides;
  /** ISO codes whose rule for a named address is `consent-required` (from the jurisdictions data). */
  consentCountries: Iterable<string>;
  countryLookup: CountryLookup;
  /** Loads the disposable-domain list (lazily: it is large). */
  loadDisposable(): Promise<ReadonlySet<string>>;
  /**
   * Receives the two output files in pieces, in order, as UTF-8 bytes. A piece is the sink's:
   * the run never touches it again, and the sink should hand its buffer to `release` (from
   * src/lib/bytes/buffers.ts) once it has copied or written it, for the run to reuse. (The hashed
   * suppression list is {@link RunResult.hashedSuppression}, made only when asked for.)
   */
  sink: {
    cleaned(bytes: Uint8Array): void | Promise<void>;
    report(bytes: Uint8Array): void | Promise<void>;
  };
  /** Called after each chunk read; `phase` says which pass. */
  onProgress?(progress: { phase: 'suppression' | 'scan' | 'clean'; bytes: number; total: number }): void;
  signal?: AbortSignal;
  /** Removed rows to keep per reason for the preview. Default 5. */
  previewPerReason?: number;
  /**
   * Prepares the pieces of the lead list on other threads (the CLI's worker threads, the page's
   * helper workers); each worker builds its own preparer from `context` and a copy of this
   * run's suppression index (`suppression`, read once, here) with {@link createRowPreparer}.
   * Used for lists in an ASCII-compatible encoding (see `isAsciiCompatible`); default: this
   * thread. May be called again with a new context (the encoding settled later in the list).
   */
  preparePool?(context: PrepareContext, suppression: SuppressionSnapshot): PreparePool;
}

/** Somewhere pieces are prepared: see {@link RunSetup.preparePool}. */
export interface PreparePool {
  /** Pieces worth keeping in flight (a few per worker). */
  readonly inFlight: number;
  /** True when a worker is ready for another piece; otherwise the run prepares it itself. */
  canTake(): boolean;
  /**
   * Lets the workers' messages in. The run awaits it after each piece: one read of the file
   * makes many pieces, handled without leaving the microtask queue, and a read can itself
   * resolve there (a browser `File` stream with data queued), so without it the workers'
   * replies would wait until the next read, or until the whole list had been read.
   */
  yieldToEvents(): Promise<void>;
  /** Prepares a piece of bytes from `createByteAligner` (see `prepareBytes`). */
  prepare(piece: Uint8Array, first: boolean): Promise<PreparedBatch>;
  close(): void;
}

/** What a finished run returns. */
export interface RunResult {
  summary: CleanSummary;
  inspection: Inspection;
  preview: PreviewRow[];
  /** The first kept rows, cell by cell (the page's "Preview of kept rows"). */
  kept: string[][];
  /** The first kept rows of each flag (optional class or formula-like cell). */
  flagged: FlaggedRow[];
  /**
   * The hashed suppression list (one hash per line, CRLF, in the run's `hash` algorithm; empty
   * when the suppression files hold no address), computed when called: the cleaned list and the
   * report do not wait for it, and a run whose user does not want it hashes nothing.
   */
  hashedSuppression(): string;
}

/**
 * Cleans a lead list: reads the suppression files, then streams the lead list (twice when it
 * has opt-out columns: once to collect the marked addresses, once to decide), writes the
 * cleaned list and the removal report to `setup.sink`, and returns the summary (and the hashed
 * suppression list, on demand). Every data row ends up in exactly one of the two files.
 */
export async function cleanList(leads: ByteSource, suppressions: readonly ByteSource[], setup: RunSetup): Promise<RunResult> {
  const options = parseCleanOptions(setup.options ?? {});
  const inspection = await inspectLeads(leads, setup.overrides);
  const emailColumn = inspection.emailColumn;
  if (emailColumn === null) {
    throw new InputError({ code: 'noEmailColumn', file: printable(leads.name), ...columnNames(inspection.header) });
  }
  const reading = readingOf({ encoding: inspection.encoding, by: inspection.encodingBy, sure: inspection.encodingSure });

  // The disposable list loads while the suppression files are read (it takes a few hundred
  // milliseconds, which would otherwise be a pause in the progress updates).
  const disposable = setup.loadDisposable();
  disposable.catch(() => {}); // awaited below
  const suppression = await loadSuppression(suppressions, options.canonical, setup);

  const summary = emptySummary({ rows: 0, skipped: 0, rowsWithBadBytes: 0, encoding: reading.encoding, delimiter: inspection.delimiter, emailColumn: inspection.header[emailColumn] ?? '' });
  summary.suppression = suppression.index.counts;
  const optOutColumns = options.optOutColumns ?? inspection.optOutColumns;
  const optedOut = optOutColumns.length > 0 ? await collectOptOuts(leads, inspection, reading, optOutColumns, options, setup) : null;
  const decider = await cleanPass(leads, inspection, reading, { options, optedOut, suppression, summary, disposable: await disposable }, setup);

  summary.input.encoding = reading.encoding;
  summary.notes = runNotes({
    reading,
    skipped: summary.input.skipped,
    badRowCount: summary.input.rowsWithBadBytes,
    badRows: decider.badRows,
    badAs: decider.badAs,
    suppressionFiles: suppression.files,
  });
  const hash = options.hash === 'md5' ? md5Hex : sha256Hex;
  return {
    summary,
    inspection: { ...inspection, encoding: reading.encoding, header: decider.header },
    preview: decider.preview,
    kept: decider.kept,
    flagged: decider.flagged,
    hashedSuppression: () => hashedList(suppression.index.emailKeys(), hash),
  };
}

/**
 * Pass 1: every address that the list itself marks as opted out or bounced (see
 * `OptOutCollector`), so that pass 2 can remove it on every row, before or after. It reads the
 * whole list, so a tentative encoding is settled here.
 */
async function collectOptOuts(leads: ByteSource, inspection: Inspection, reading: Reading, columns: number[], options: CleanOptions, setup: RunSetup): Promise<KeyIndex> {
  const collector = new OptOutCollector(inspection.emailColumn!, columns, options.canonical);
  const { headerRow } = inspection;
  let line = 0;
  let dataRow = 0;
  const onRecord = (record: CsvRecord) => {
    if (line++ <= headerRow || isBlankRecord(record)) return;
    collector.add(record, ++dataRow);
  };
  let bytes = 0;
  const onBytes = (n: number) => setup.onProgress?.({ phase: 'scan', bytes: (bytes += n), total: leads.size });
  onBytes(0);
  await scanRecords(leads, reading, inspection.delimiter, { onBytes, onRecord }, setup.signal);
  return collector.marked;
}

/** What pass 2 works with besides the list. */
interface PassLists {
  options: CleanOptions;
  optedOut: KeyIndex | null;
  suppression: LoadedSuppression;
  summary: CleanSummary;
  disposable: ReadonlySet<string>;
}

/**
 * Pass 2: prepares pieces of whole records (here or on worker threads), then decides every row
 * in file order and writes it to the cleaned list or the report.
 */
async function cleanPass(leads: ByteSource, inspection: Inspection, reading: Reading, lists: PassLists, setup: RunSetup): Promise<BatchDecider> {
  const { options, summary } = lists;
  const { delimiter } = inspection;
  const emailColumn = inspection.emailColumn!;
  // Said before the tables are made and the helpers get the suppression index (a moment for a big list).
  setup.onProgress?.({ phase: 'clean', bytes: 0, total: leads.size });
  const contextOf = (pieceReading: PrepareContext['reading']): PrepareContext => ({ options, reading: pieceReading, delimiter, emailColumn, countryColumn: inspection.countryColumn });
  // This thread prepares pieces too: all of them without a pool, and with one whenever the pool
  // has as many pieces as it should, so that neither side waits for the other.
  const local = createRowPreparer(contextOf({ encoding: reading.encoding, watch: false }), {
    suppression: lists.suppression.index,
    disposable: lists.disposable,
    consentCountries: setup.consentCountries,
    countryLookup: setup.countryLookup,
  });
  const decider = new BatchDecider({
    options,
    delimiter,
    headerRow: inspection.headerRow,
    header: inspection.header,
    emailColumn,
    // Sized for the whole list at once: doubling a table of a million keys costs more than filling it.
    kept: new KeyIndex(Math.min(inspection.estimatedRows, 2 ** 25) / 0.6),
    optedOut: lists.optedOut,
    summary,
    previewPerReason: setup.previewPerReason ?? 5,
  });
  const pools: PreparePool[] = [];
  try {
    await streamPieces({
      source: leads,
      delimiter,
      reading,
      local,
      pool: (pieceReading) => {
        if (!setup.preparePool) return null;
        const pool = setup.preparePool(contextOf(pieceReading), lists.suppression.index.snapshot());
        pools.push(pool);
        return pool;
      },
      decide: async (batch) => {
        const out = decider.decide(batch);
        if (out.cleaned.length > 0) await setup.sink.cleaned(out.cleaned);
        if (out.report.length > 0) await setup.sink.report(out.report);
      },
      nextRow: () => decider.nextRow,
      onBytes: (bytes) => setup.onProgress?.({ phase: 'clean', bytes, total: leads.size }),
      signal: setup.signal,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // A piece's line numbers start at its own first line: scan the whole file again for the
    // line the user needs (this throws the InputError with it).
    await scanRecords(leads, reading, delimiter, { onBytes() {}, onRecord() {} }, setup.signal);
    throw csvInputError(leads.name, error);
  } finally {
    pools[0]?.close(); // (every pool of the run is the same workers)
  }
  return decider;
}
