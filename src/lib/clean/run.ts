import { createDecoder, detectEncoding, detectNonCsv, type Encoding } from '../csv/encoding.ts';
import { createByteAligner, createRecordAligner } from '../csv/align.ts';
import { CsvError, createCsvScanner, parseCsv, type CsvRecord } from '../csv/parse.ts';
import { sniffDelimiter } from '../csv/sniff.ts';
import { UTF8_BOM, formatCsvCell, formatCsvRow } from '../csv/write.ts';
import type { CountryLookup } from '../email/columns.ts';
import { md5Hex, sha256Hex } from '../email/hash.ts';
import { SuppressionIndex, type SuppressionSnapshot } from '../email/suppression.ts';
import { release } from '../buffers.ts';
import { KeyIndex } from '../key-index.ts';
import { OptOutCollector, decideRow, type PreparedRow, type RowDecision } from './classify.ts';
import {
  BLANK,
  MISSING,
  SUPPRESSED,
  VALID,
  ByteWriter,
  createRowPreparer,
  isBlankRecord,
  prepareBatch,
  prepareBytes,
  rawText,
  releaseBatch,
  writeKept,
  writeProtected,
  type PrepareContext,
  type PreparedBatch,
} from './prepare.ts';
import { InputError, columnList, nonCsvError, quoted } from './input-error.ts';
import { inspectLeads, readSample, type ByteSource, type Inspection, type ReadOverrides } from './inspect.ts';

export { SAMPLE_BYTES, inspectLeads, readSample, resolveColumn, type ByteSource, type Inspection, type ReadOverrides } from './inspect.ts';
import { OPTIONAL_CLASSES, cleanOptionsSchema, emptySummary, type CleanOptionsInput, type CleanSummary, type RemovalReason } from './options.ts';

/** The most of a file {@link scanRecords} reads between two progress reports. */
const SCAN_STEP_BYTES = 256 * 1024;

/** Streams a source through the CSV scanner, calling `onRecord` for each record. */
async function scanRecords(
  source: ByteSource,
  encoding: Encoding,
  delimiter: string,
  handlers: { onBytes(n: number): void; onRecord(record: CsvRecord): void },
  signal?: AbortSignal,
): Promise<void> {
  const decoder = createDecoder(encoding);
  const scanner = createCsvScanner({ delimiter });
  const { onRecord } = handlers;
  try {
    for await (const read of source.open()) {
      // In steps of SCAN_STEP_BYTES, whatever size the reads come in: progress moves at least
      // that often (a browser reads files 4 MiB at a time, which takes a while to parse).
      for (let at = 0; at < read.length; at += SCAN_STEP_BYTES) {
        const chunk = read.subarray(at, at + SCAN_STEP_BYTES);
        signal?.throwIfAborted();
        handlers.onBytes(chunk.length);
        scanner.push(decoder.decode(chunk), onRecord);
      }
    }
    scanner.push(decoder.end(), onRecord);
    scanner.end(onRecord);
  } catch (error) {
    if (error instanceof CsvError) throw new InputError(`${quoted(source.name)}: ${error.message}`);
    throw error;
  }
}

/** One removed row shown on the page as a preview. */
export interface PreviewRow {
  row: number;
  reason: RemovalReason;
  detail: string;
  email: string;
}

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
   * src/lib/buffers) once it has copied or written it, for the run to reuse. (The hashed
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
   * Used for lists in an ASCII-compatible encoding (all but UTF-16); default: this thread.
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


/** The largest piece of the lead list prepared and decided at a time in the clean pass. */
const PIECE_BYTES = 256 * 1024;
/** The first piece; each next one is twice as big, up to PIECE_BYTES. */
const FIRST_PIECE_BYTES = 16 * 1024;

/** What a finished run returns. */
export interface RunResult {
  summary: CleanSummary;
  inspection: Inspection;
  preview: PreviewRow[];
  /**
   * The hashed suppression list (one hash per line, CRLF, in the run's `hash` algorithm; empty
   * when the suppression files hold no address), computed when called: the cleaned list and the
   * report do not wait for it, and a run whose user does not want it hashes nothing.
   */
  hashedSuppression(): string;
}

/**
 * Loads every suppression file into one index; returns it and the distinct email keys. A worker
 * that prepares pieces of the lead list loads its own with this.
 */
export async function loadSuppression(
  files: readonly ByteSource[],
  canonical: boolean,
  setup: Pick<RunSetup, 'onProgress' | 'signal'> = {},
): Promise<{ index: SuppressionIndex; emails: Set<string> }> {
  const index = new SuppressionIndex({ canonical });
  const emails = new Set<string>();
  const total = files.reduce((n, f) => n + f.size, 0);
  let bytes = 0;
  for (const file of files) {
    const sample = await readSample(file, 64 * 1024);
    if (sample.length === 0) continue; // an empty suppression file suppresses nothing
    const nonCsv = detectNonCsv(sample);
    if (nonCsv) throw nonCsvError(file.name, nonCsv);
    const { encoding } = detectEncoding(sample);
    const decoder = createDecoder(encoding);
    const delimiter = sniffDelimiter(decoder.decode(sample));
    const onBytes = (n: number) => setup.onProgress?.({ phase: 'suppression', bytes: (bytes += n), total });
    const onEmail = (key: string) => emails.add(key);
    const onRecord = (record: CsvRecord) => {
      for (let i = 0; i < record.count; i++) index.addCell(record.field(i)!, onEmail);
    };
    await scanRecords(file, encoding, delimiter, { onBytes, onRecord }, setup.signal);
  }
  return { index, emails };
}

/** The hashed suppression list of `emails`, one hash per line with CRLF ('' for none). */
function hashedList(emails: Iterable<string>, hash: (key: string) => string): string {
  const lines: string[] = [];
  for (const email of emails) lines.push(hash(email));
  return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
}

/**
 * Cleans a lead list: reads the suppression files, then streams the lead list (twice when it
 * has opt-out columns: once to collect the marked addresses, once to decide), writes the
 * cleaned list and the removal report to `setup.sink`, and returns the summary (and the hashed
 * suppression list, on demand). Every data row ends up in exactly one of the two files.
 */
export async function cleanList(leads: ByteSource, suppressions: readonly ByteSource[], setup: RunSetup): Promise<RunResult> {
  const options = cleanOptionsSchema.parse(setup.options ?? {});
  const inspection = await inspectLeads(leads, setup.overrides);
  if (inspection.emailColumn === null) {
    throw new InputError(
      `No column of ${quoted(leads.name)} looks like email addresses (columns: ${columnList(inspection.header)}). Say which one holds them: "Email column" on the page, --email-column in the CLI.`,
    );
  }
  const emailColumn = inspection.emailColumn;
  const optOutColumns = options.optOutColumns ?? inspection.optOutColumns;
  const { encoding, delimiter, headerRow } = inspection;
  const delimCode = delimiter.charCodeAt(0);

  // The disposable list loads while the suppression files are read (it takes a few hundred
  // milliseconds, which would otherwise be a pause in the progress updates).
  const disposable = setup.loadDisposable();
  disposable.catch(() => {}); // awaited below
  const { index, emails } = await loadSuppression(suppressions, options.canonical, setup);

  const summary = emptySummary({ rows: 0, skipped: 0, encoding, delimiter, emailColumn: inspection.header[emailColumn] ?? '' });
  summary.suppression = index.counts;

  // Pass 1: addresses the list itself marks as opted out or bounced.
  let optedOut = null;
  if (optOutColumns.length > 0) {
    const collector = new OptOutCollector(emailColumn, optOutColumns, options.canonical);
    let bytes = 0;
    const onBytes = (n: number) => setup.onProgress?.({ phase: 'scan', bytes: (bytes += n), total: leads.size });
    let line = 0;
    let dataRow = 0;
    const onRecord = (record: CsvRecord) => {
      if (line++ <= headerRow || isBlankRecord(record)) return;
      collector.add(record, ++dataRow);
    };
    await scanRecords(leads, encoding, delimiter, { onBytes, onRecord }, setup.signal);
    optedOut = collector.marked;
  }

  // Pass 2: prepare pieces of whole records (here or on worker threads), then decide every row
  // in file order and write it to the cleaned list or the report.
  const context: PrepareContext = { options, encoding, delimiter, emailColumn, countryColumn: inspection.countryColumn };
  // UTF-16 cannot be cut into records as bytes: it is decoded and cut here, and prepared here.
  const asBytes = encoding !== 'utf-16le' && encoding !== 'utf-16be';
  // This thread prepares pieces too: all of them without a pool, and with one whenever the pool
  // has as many pieces as it should, so that neither side waits for the other.
  const local = createRowPreparer(context, {
    suppression: index,
    disposable: await disposable,
    consentCountries: setup.consentCountries,
    countryLookup: setup.countryLookup,
  });
  const pool = setup.preparePool && asBytes ? setup.preparePool(context, index.snapshot()) : null;
  // Sized for the whole list at once: doubling a table of a million keys costs more than filling it.
  const kept = new KeyIndex(Math.min(inspection.estimatedRows, 2 ** 25) / 0.6);
  const bom = options.bom ? UTF8_BOM : '';
  const previewLimit = setup.previewPerReason ?? 5;
  const preview: PreviewRow[] = [];
  const previewCount: Partial<Record<RemovalReason, number>> = {};
  let header: string[] = inspection.header;
  const protectFormulas = options.protectFormulas;
  let line = 0;
  let dataRow = 0;
  /** The report lines of the lines skipped above the header, written after the report's header. */
  const skipped = new ByteWriter(0);
  const view: PreparedRow = { status: 'valid', detail: '', key: '', keyStart: 0, keyEnd: 0, suppressedBy: null, classBits: 0, removal: null, removalDetail: '' };

  /** Decides the rows of one piece, in order; returns the two outputs' next parts. */
  const decide = (batch: PreparedBatch): { cleaned: Uint8Array; report: Uint8Array } => {
    const cleaned = new ByteWriter(batch.bytes.length + 1024);
    // (About a sixth of a list's rows are removed: a quarter of the batch's bytes rarely grows.)
    const report = new ByteWriter(Math.max(4096, batch.bytes.length >> 2));
    const { status, flags, keyStart, keyEnd, keyHi, keyLo, detailAt, removal, formulaFrom, strings, lineAt, byteStart, byteEnd } = batch;
    // The dedup index is far bigger than the cache: touch the slots of all the batch's keys at
    // once, and the stored keys of those likely there already (see KeyIndex.touch), then decide
    // row by row.
    kept.touch(keyHi);
    kept.touchKeys(keyHi, keyLo);
    // Kept rows that follow each other in `batch.bytes` are copied as one run.
    let runStart = 0;
    let runEnd = 0;
    for (let i = 0; i < batch.count; i++) {
      const at = line++;
      const st = status[i];
      if (at < headerRow) {
        // A title or note above the header: not a data row, but not lost either.
        if (st === BLANK) continue;
        summary.input.skipped++;
        skipped.text(`${delimiter}skipped${delimiter}line ${at + 1}: above the header row${delimiter}`);
        writeProtected(batch, i, skipped);
        continue;
      }
      if (at === headerRow) {
        header = parseCsv(rawText(batch, i), { delimiter })[0] ?? [''];
        // The header is cells like any other: a formula in it runs just the same when opened.
        cleaned.text(bom + formatCsvRow(header, delimiter, { protectFormulas }));
        report.text(bom + formatCsvRow(['row', 'reason', 'detail', ...header], delimiter, { protectFormulas: true }));
        const lines = skipped.take();
        report.bytes(lines, 0, lines.length);
        continue;
      }
      if (st === BLANK) continue;
      const n = ++dataRow;
      const f = flags[i]!;
      const detail = detailAt[i] === -1 ? '' : strings[detailAt[i]!]!;
      view.status = st === VALID ? 'valid' : st === MISSING ? 'missing' : 'invalid';
      view.detail = detail;
      view.key = batch.keys;
      view.keyStart = keyStart[i];
      view.keyEnd = keyEnd[i];
      view.hi = keyHi[i];
      view.lo = keyLo[i];
      view.suppressedBy = f & SUPPRESSED ? detail : null;
      view.classBits = f & 15;
      view.removal = removal[i] === 0 ? null : OPTIONAL_CLASSES[removal[i]! - 1]!;
      view.removalDetail = detail;
      const decision: RowDecision = decideRow(view, n, kept, optedOut);
      if (decision.reason === null) {
        summary.kept++;
        for (const c of decision.classes) summary.flagged[c]++;
        const formulas = formulaFrom[i + 1]! - formulaFrom[i]!;
        summary.flagged.formula += formulas;
        if (lineAt[i] === -1 && !(protectFormulas && formulas > 0)) {
          if (byteStart[i] !== runEnd) {
            cleaned.bytes(batch.bytes, runStart, runEnd);
            runStart = byteStart[i]!;
          }
          runEnd = byteEnd[i]!;
        } else {
          cleaned.bytes(batch.bytes, runStart, runEnd);
          runStart = runEnd = 0;
          writeKept(batch, i, protectFormulas, cleaned);
        }
      } else {
        summary.removed[decision.reason]++;
        // The report's own cells, formula-protected as the whole report is: the row number and the
        // reason never need it; the detail (a cell of the lead list, for an invalid one) may.
        report.text(String(n));
        report.text(delimiter);
        report.text(decision.reason);
        report.text(delimiter);
        report.text(formatCsvCell(decision.detail, delimCode, true));
        report.text(delimiter);
        writeProtected(batch, i, report);
        const shown = previewCount[decision.reason] ?? 0;
        if (shown < previewLimit) {
          previewCount[decision.reason] = shown + 1;
          const email = parseCsv(rawText(batch, i), { delimiter })[0]?.[emailColumn] ?? '';
          preview.push({ row: n, reason: decision.reason, detail: decision.detail, email });
        }
      }
    }
    cleaned.bytes(batch.bytes, runStart, runEnd);
    return { cleaned: cleaned.take(), report: report.take() };
  };

  let bytes = 0;
  /**
   * Pieces in order: prepared here (`batch`), or in flight in the pool (`job`, whose answer
   * fills in `batch`).
   */
  const pending: { batch?: PreparedBatch; job?: Promise<PreparedBatch> }[] = [];
  let first = true;
  /**
   * Hands a piece to a worker that has room for it, or else prepares it here: this thread
   * prepares whatever the workers cannot take, so neither side waits for the other and no
   * piece is prepared twice.
   */
  const submit = (piece: Uint8Array | string) => {
    if (piece.length === 0) return;
    if (pool && typeof piece !== 'string' && pool.canTake()) {
      const entry: (typeof pending)[number] = {};
      entry.job = pool.prepare(piece, first).then((batch) => (entry.batch = batch));
      entry.job.catch(() => {}); // awaited in order below; this only keeps a failure from going unhandled meanwhile
      pending.push(entry);
    } else {
      if (typeof piece === 'string') pending.push({ batch: prepareBatch(piece, first, local) });
      else {
        pending.push({ batch: prepareBytes(piece, first, encoding, local) });
        release(piece.buffer); // the batch has its own copy; the aligner gave the piece its own buffer
      }
    }
    first = false;
  };
  /**
   * Decides and writes the pieces that are ready, in order. While more than `keep` are pending,
   * it waits for the first one (still in a worker); at the end (`keep` 0) it waits for them all.
   */
  const drain = async (keep: number) => {
    while (pending.length > 0) {
      const next = pending[0]!;
      if (!next.batch && pending.length <= keep) return;
      const batch = next.batch ?? (await next.job!);
      pending.shift();
      const out = decide(batch);
      releaseBatch(batch);
      if (out.cleaned.length > 0) await setup.sink.cleaned(out.cleaned);
      if (out.report.length > 0) await setup.sink.report(out.report);
    }
  };
  // Pieces prepared here may wait behind a few still in a worker (a worker is slow for its first
  // pieces, before its code is compiled); beyond that many, this thread waits for the worker.
  const waitBeyond = pool ? pool.inFlight + 4 : 0;
  try {
    const decoder = createDecoder(encoding);
    const byteAligner = createByteAligner(delimiter, encoding === 'utf-8');
    const textAligner = createRecordAligner(delimiter);
    // Pieces of at most PIECE_BYTES: small enough that deciding one takes a few tens of
    // milliseconds, so progress is reported often, whatever size the reads come in. The first
    // ones are smaller still, while the code is not yet compiled and runs slowly.
    let pieceBytes = FIRST_PIECE_BYTES;
    for await (const read of leads.open()) {
      for (let at = 0; at < read.length; at += pieceBytes, pieceBytes = Math.min(PIECE_BYTES, pieceBytes * 2)) {
        const chunk = read.subarray(at, at + pieceBytes);
        setup.signal?.throwIfAborted();
        setup.onProgress?.({ phase: 'clean', bytes: (bytes += chunk.length), total: leads.size });
        submit(asBytes ? byteAligner.push(chunk) : textAligner.push(decoder.decode(chunk)));
        if (pool) await pool.yieldToEvents();
        await drain(waitBeyond);
      }
    }
    if (asBytes) submit(byteAligner.end());
    else {
      submit(textAligner.push(decoder.end()));
      submit(textAligner.end());
    }
    await drain(0);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // A piece's line numbers start at its own first line: scan the whole file again for the
    // line the user needs (this throws the InputError with it).
    await scanRecords(leads, encoding, delimiter, { onBytes() {}, onRecord() {} }, setup.signal);
    throw new InputError(`${quoted(leads.name)}: ${error.message}`);
  } finally {
    pool?.close();
  }
  summary.input.rows = dataRow;
  const hash = options.hash === 'md5' ? md5Hex : sha256Hex;
  return { summary, inspection: { ...inspection, header }, preview, hashedSuppression: () => hashedList(emails, hash) };
}
