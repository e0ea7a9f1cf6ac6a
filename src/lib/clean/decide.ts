/**
 * The in-order step of a run: the prepared pieces of the lead list, taken in file order, each
 * row given its one reason (opt-outs and duplicates need the rows before it) and written to the
 * cleaned list or the report, mostly by copying its bytes.
 */
import { formatCsvCell, formatCsvRow, UTF8_BOM } from '../csv/write.ts';
import { parseCsv } from '../csv/parse.ts';
import { hashedKey, type KeyIndex } from '../collections/key-index.ts';
import { decideRow, type RowDecision } from './classify.ts';
import type { PreparedRow } from './preparer.ts';
import type { CleanOptions, CleanSummary, OptionalClass, RemovalReason } from './options.ts';
import { ByteWriter } from '../bytes/byte-writer.ts';
import { rawText, writeKept, writeProtected, type PreparedBatch } from './batch.ts';
import { BAD_BYTES, BLANK, CLASS_MASK, MISSING, SUPPRESSED, VALID, removalOf } from './row-codes.ts';

/** One removed row shown on the page as a preview. */
export interface PreviewRow {
  row: number;
  reason: RemovalReason;
  detail: string;
  email: string;
  /** The whole row, cell by cell, as the file has it. */
  cells: string[];
}

/** A kept row in an optional class or with a formula-like cell, shown on the page with why. */
export interface FlaggedRow {
  row: number;
  /** The optional classes it is in, and `formula` when a cell starts like a formula. */
  flags: (OptionalClass | 'formula')[];
  email: string;
  cells: string[];
}

/** Kept rows shown on the page ("Preview of kept rows"), and flagged rows per flag. */
const KEPT_SHOWN = 10;
const FLAGGED_SHOWN = 20;

/** Rows with bad bytes whose numbers are kept for the note that names them. */
const BAD_ROWS_SHOWN = 10;

/** What {@link BatchDecider} needs to know about the list. */
export interface DeciderSetup {
  options: CleanOptions;
  delimiter: string;
  /** 0-based index of the header row among the file's records; the records above it are skipped. */
  headerRow: number;
  header: string[];
  emailColumn: number;
  /** Keys of the rows kept so far (the dedup index), and the addresses the list marks as opted out. */
  kept: KeyIndex;
  optedOut: KeyIndex | null;
  summary: CleanSummary;
  /** Removed rows to keep per reason for the preview. */
  previewPerReason: number;
}

/**
 * Decides the rows of the pieces it is given, in file order, counting them in the summary;
 * {@link BatchDecider.decide} returns each piece's parts of the two outputs.
 */
export class BatchDecider {
  readonly #setup: DeciderSetup;
  /** The header as the file has it (read from its record, not from the sample). */
  header: string[];
  readonly preview: PreviewRow[] = [];
  readonly #previewCount: Partial<Record<RemovalReason, number>> = {};
  /** The first kept rows (cells), and the first flagged rows of each flag. */
  readonly kept: string[][] = [];
  readonly flagged: FlaggedRow[] = [];
  readonly #flaggedCount: Partial<Record<OptionalClass | 'formula', number>> = {};
  /** Records seen so far (blank ones included), and data rows. */
  #line = 0;
  #dataRow = 0;
  /** The report lines of the lines skipped above the header, written after the report's header. */
  readonly #skipped = new ByteWriter(0);
  /** Data rows that held bad bytes (the first few), and what the bad bytes were read as. */
  readonly badRows: number[] = [];
  readonly badAs = new Set<string | null>();
  /** Record i of a piece as a prepared row, filled again for each row (its key is a part of the piece's keys). */
  readonly #view: PreparedRow = { status: 'valid', detail: '', key: hashedKey(''), suppressedBy: null, classBits: 0, removal: null, removalDetail: '' };

  constructor(setup: DeciderSetup) {
    this.#setup = setup;
    this.header = setup.header;
  }

  /** The number of the next data row (1-based): where a piece that is not decided yet would start. */
  get nextRow(): number {
    return this.#dataRow + 1;
  }

  /**
   * Decides the rows of one piece, in order; returns the two outputs' next parts. The deciding
   * thread's hot loop (every row of a list, on the one thread that cannot be shared): a kept
   * row costs a lookup, an insert and, usually, nothing else, as its bytes are copied with its
   * neighbours' in one run.
   */
  decide(batch: PreparedBatch): { cleaned: Uint8Array; report: Uint8Array } {
    const { options, headerRow, kept, optedOut, summary } = this.#setup;
    const protectFormulas = options.protectFormulas;
    const view = this.#view;
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
      const at = this.#line++;
      const st = status[i];
      if (at <= headerRow) {
        this.#beforeData(batch, i, at, cleaned, report);
        continue;
      }
      if (st === BLANK) continue;
      const n = ++this.#dataRow;
      const f = flags[i]!;
      if (f & BAD_BYTES) this.#badRow(n, batch.badAs);
      const detail = detailAt[i] === -1 ? '' : strings[detailAt[i]!]!;
      view.status = st === VALID ? 'valid' : st === MISSING ? 'missing' : 'invalid';
      view.detail = detail;
      const key = view.key;
      key.text = batch.keys;
      key.start = keyStart[i]!;
      key.end = keyEnd[i]!;
      key.hi = keyHi[i]!;
      key.lo = keyLo[i]!;
      view.suppressedBy = f & SUPPRESSED ? detail : null;
      view.classBits = f & CLASS_MASK;
      view.removal = removalOf(removal[i]!);
      view.removalDetail = detail;
      const decision: RowDecision = decideRow(view, n, kept, optedOut);
      if (decision.reason === null) {
        summary.kept++;
        for (const c of decision.classes) summary.flagged[c]++;
        const formulas = formulaFrom[i + 1]! - formulaFrom[i]!;
        summary.flagged.formula += formulas;
        if (this.kept.length < KEPT_SHOWN) this.kept.push(this.#cells(batch, i));
        if (decision.classes.length > 0 || formulas > 0) this.#addFlagged(batch, i, n, decision.classes, formulas > 0);
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
        this.#remove(batch, i, n, decision, report);
      }
    }
    cleaned.bytes(batch.bytes, runStart, runEnd);
    summary.input.rows = this.#dataRow;
    return { cleaned: cleaned.take(), report: report.take() };
  }

  /** Counts a removed row and writes it to the report (and the preview). */
  #remove(batch: PreparedBatch, i: number, row: number, decision: RowDecision, report: ByteWriter): void {
    const { delimiter, summary } = this.#setup;
    summary.removed[decision.reason!]++;
    // The report's own cells, formula-protected as the whole report is: the row number and the
    // reason never need it; the detail (a cell of the lead list, for an invalid one) may.
    report.text(String(row));
    report.text(delimiter);
    report.text(decision.reason!);
    report.text(delimiter);
    report.text(formatCsvCell(decision.detail, delimiter.charCodeAt(0), true));
    report.text(delimiter);
    writeProtected(batch, i, report);
    this.#addPreview(batch, i, row, decision);
  }

  /**
   * Record i, at line `at`, comes before the data: a title or note above the header (counted and
   * kept for the report), or the header itself (each output's first line).
   */
  #beforeData(batch: PreparedBatch, i: number, at: number, cleaned: ByteWriter, report: ByteWriter): void {
    const { options, delimiter, headerRow, summary } = this.#setup;
    if (at < headerRow) {
      if (batch.status[i] === BLANK) return;
      summary.input.skipped++;
      this.#skipped.text(`${delimiter}skipped${delimiter}line ${at + 1}: above the header row${delimiter}`);
      writeProtected(batch, i, this.#skipped);
      return;
    }
    const header = (this.header = parseCsv(rawText(batch, i), { delimiter })[0] ?? ['']);
    const bom = options.bom ? UTF8_BOM : '';
    // The header is cells like any other: a formula in it runs just the same when opened.
    cleaned.text(bom + formatCsvRow(header, delimiter, { protectFormulas: options.protectFormulas }));
    report.text(bom + formatCsvRow(['row', 'reason', 'detail', ...header], delimiter, { protectFormulas: true }));
    const skipped = this.#skipped.take();
    report.bytes(skipped, 0, skipped.length);
  }

  #badRow(row: number, badAs: string | null): void {
    this.#setup.summary.input.rowsWithBadBytes++;
    if (this.badRows.length < BAD_ROWS_SHOWN) this.badRows.push(row);
    this.badAs.add(badAs);
  }

  #addPreview(batch: PreparedBatch, i: number, row: number, decision: RowDecision): void {
    const reason = decision.reason!;
    const shown = this.#previewCount[reason] ?? 0;
    if (shown >= this.#setup.previewPerReason) return;
    this.#previewCount[reason] = shown + 1;
    const cells = this.#cells(batch, i);
    this.preview.push({ row, reason, detail: decision.detail, email: cells[this.#setup.emailColumn] ?? '', cells });
  }

  /** A kept row with flags, while some flag of it has fewer than FLAGGED_SHOWN rows shown. */
  #addFlagged(batch: PreparedBatch, i: number, row: number, classes: readonly OptionalClass[], formula: boolean): void {
    // Most flagged rows come after every class shown is full: they cost this check, no allocation.
    if (!this.#wantsMore(classes, formula)) return;
    const flags: (OptionalClass | 'formula')[] = formula ? [...classes, 'formula'] : [...classes];
    for (const f of flags) this.#flaggedCount[f] = (this.#flaggedCount[f] ?? 0) + 1;
    const cells = this.#cells(batch, i);
    this.flagged.push({ row, flags, email: cells[this.#setup.emailColumn] ?? '', cells });
  }

  /** Whether one of these flags has fewer than FLAGGED_SHOWN rows shown. */
  #wantsMore(classes: readonly OptionalClass[], formula: boolean): boolean {
    const shown = this.#flaggedCount;
    if (formula && (shown.formula ?? 0) < FLAGGED_SHOWN) return true;
    for (let c = 0; c < classes.length; c++) if ((shown[classes[c]!] ?? 0) < FLAGGED_SHOWN) return true;
    return false;
  }

  #cells(batch: PreparedBatch, i: number): string[] {
    return parseCsv(rawText(batch, i), { delimiter: this.#setup.delimiter })[0] ?? [];
  }
}
