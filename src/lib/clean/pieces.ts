/**
 * The clean pass's stream: the lead list cut into pieces of whole records on its bytes, each
 * prepared here or on a worker, and handed back in file order to be decided and written. A
 * tentative UTF-8 reading is settled by the first piece that is not ASCII; when that piece says
 * the list is in a code page, the pass goes on from that piece, in that code page.
 */
import { createDecoder } from '../csv/encoding.ts';
import { createByteAligner, createRecordAligner } from '../csv/align.ts';
import { isAsciiCompatible } from '../csv/encoding.ts';
import { release } from '../bytes/buffers.ts';
import { InputError, printable } from './input-error.ts';
import type { ByteSource } from './inspect.ts';
import { releaseBatch, type PreparedBatch } from './batch.ts';
import { prepareBatch, type PrepareSetup } from './batch-builder.ts';
import { prepareBytes, type PieceReading } from './decode-piece.ts';
import type { Reading } from './reading.ts';
import type { PreparePool } from './run.ts';

/** The largest piece of the lead list prepared and decided at a time. */
const PIECE_BYTES = 256 * 1024;
/** The first piece; each next one is twice as big, up to PIECE_BYTES. */
const FIRST_PIECE_BYTES = 16 * 1024;

/** What {@link streamPieces} works with. */
export interface PieceStream {
  source: ByteSource;
  delimiter: string;
  /** The list's encoding; a tentative one is settled here (see the module note). */
  reading: Reading;
  /** This thread's preparer. */
  local: PrepareSetup;
  /**
   * The workers, told the reading's encoding (asked again when it changes: each worker takes
   * the pieces it is sent after that in the new one); null: none. The caller closes them.
   */
  pool(reading: PieceReading): PreparePool | null;
  /** Decides and writes one prepared piece (in file order). */
  decide(batch: PreparedBatch): Promise<void>;
  /** The number of the data row the next piece starts with, for a message. */
  nextRow(): number;
  /** Called as the file is read, with how far (in bytes). */
  onBytes(read: number): void;
  signal?: AbortSignal;
}

/** A piece on its way: prepared here (`batch`) or in flight on a worker (`job`, whose answer fills in `batch`); `at` is its byte offset in the file. */
interface Pending {
  at: number;
  batch?: PreparedBatch;
  job?: Promise<PreparedBatch>;
}

/** The pass stops where a piece showed the list to be in another encoding; it goes on from `at`. */
class EncodingSettled {
  readonly at: number;
  constructor(at: number) {
    this.at = at;
  }
}

/** Streams the whole list through preparing and deciding (see the module note). */
export async function streamPieces(stream: PieceStream): Promise<void> {
  for (let from = 0; ; ) {
    const settled = await streamFrom(stream, from);
    if (settled === null) return;
    from = settled.at;
  }
}

/**
 * One go of the stream, from byte `from` (0, or the start of the piece that settled the
 * encoding). Returns null at the end of the file, or where to start again.
 */
async function streamFrom(stream: PieceStream, from: number): Promise<EncodingSettled | null> {
  const { source, delimiter, reading } = stream;
  const pieceReading: PieceReading = { encoding: reading.encoding, watch: reading.by !== 'user' };
  const asBytes = isAsciiCompatible(reading.encoding);
  const pool = asBytes ? stream.pool(pieceReading) : null;
  const queue = new PieceQueue(stream, pieceReading, pool, from);
  // Pieces prepared here may wait behind a few still in a worker (a worker is slow for its first
  // pieces, before its code is compiled); beyond that many, this thread waits for the worker.
  const waitBeyond = pool ? pool.inFlight + 4 : 0;
  let read = from;
  try {
    const decoder = createDecoder(reading.encoding);
    const byteAligner = createByteAligner(delimiter, reading.encoding === 'utf-8' && from === 0);
    const textAligner = createRecordAligner(delimiter);
    // Pieces of at most PIECE_BYTES: small enough that deciding one takes a few tens of
    // milliseconds, so progress is reported often, whatever size the reads come in. The first
    // ones are smaller still, while the code is not yet compiled and runs slowly.
    let pieceBytes = FIRST_PIECE_BYTES;
    for await (const bytes of source.open(from)) {
      for (let at = 0; at < bytes.length; at += pieceBytes, pieceBytes = Math.min(PIECE_BYTES, pieceBytes * 2)) {
        const chunk = bytes.subarray(at, at + pieceBytes);
        stream.signal?.throwIfAborted();
        stream.onBytes((read += chunk.length));
        queue.submit(asBytes ? byteAligner.push(chunk) : textAligner.push(decoder.decode(chunk)));
        if (pool) await pool.yieldToEvents();
        const settled = await queue.drain(waitBeyond);
        if (settled) return settled;
      }
    }
    if (asBytes) queue.submit(byteAligner.end());
    else {
      queue.submit(textAligner.push(decoder.end()));
      queue.submit(textAligner.end());
    }
    return await queue.drain(0);
  } finally {
    queue.drop();
  }
}

/**
 * The pieces of one go of the stream, in file order, from being cut to being decided: each is
 * prepared here or on a worker, and decided once it and every piece before it are prepared.
 */
class PieceQueue {
  readonly #stream: PieceStream;
  readonly #reading: PieceReading;
  readonly #pool: PreparePool | null;
  readonly #pending: Pending[] = [];
  /** The next piece starts the file (its byte order mark is one). */
  #first: boolean;
  /** The byte offset of the next piece in the file. */
  #offset: number;

  constructor(stream: PieceStream, reading: PieceReading, pool: PreparePool | null, from: number) {
    this.#stream = stream;
    this.#reading = reading;
    this.#pool = pool;
    this.#first = from === 0;
    this.#offset = from;
  }

  /**
   * Hands a piece to a worker that has room for it, or else prepares it here: this thread
   * prepares whatever the workers cannot take, so neither side waits for the other and no
   * piece is prepared twice.
   */
  submit(piece: Uint8Array | string): void {
    if (piece.length === 0) return;
    const entry: Pending = { at: this.#offset };
    this.#offset += piece.length; // (bytes; a decoded piece is only ever the last of its stream)
    const first = this.#first;
    this.#first = false;
    if (this.#pool && typeof piece !== 'string' && this.#pool.canTake()) {
      entry.job = this.#pool.prepare(piece, first).then((batch) => (entry.batch = batch));
      entry.job.catch(() => {}); // awaited in order by drain; this only keeps a failure from going unhandled meanwhile
    } else if (typeof piece === 'string') {
      entry.batch = prepareBatch(piece, first, this.#stream.local);
    } else {
      entry.batch = prepareBytes(piece, first, this.#reading, this.#stream.local);
      release(piece.buffer); // the batch has its own copy; the aligner gave the piece its own buffer
    }
    this.#pending.push(entry);
  }

  /**
   * Decides and writes the pieces that are ready, in order. While more than `keep` are pending,
   * it waits for the first one (still in a worker); at the end (`keep` 0) it waits for them all.
   * Stops at a piece that settles the encoding otherwise (see `checkReading`).
   */
  async drain(keep: number): Promise<EncodingSettled | null> {
    const pending = this.#pending;
    while (pending.length > 0) {
      const next = pending[0]!;
      if (!next.batch && pending.length <= keep) return null;
      const batch = next.batch ?? (await next.job!);
      const settled = checkReading(this.#stream, batch, next.at);
      if (settled) return settled;
      pending.shift();
      await this.#stream.decide(batch);
      releaseBatch(batch);
    }
    return null;
  }

  /** Drops the pieces still on their way (after a failure, or to go on in another encoding). */
  drop(): void {
    for (const entry of this.#pending) {
      if (entry.batch) releaseBatch(entry.batch);
      else entry.job?.then(releaseBatch, () => {});
    }
    this.#pending.length = 0;
  }
}

/**
 * Checks a piece's reading against the run's before it is decided (see
 * `PreparedBatch.suggests`): settles a tentative UTF-8 reading with the first piece that is not
 * ASCII (going on from there in a code page, if the piece says so), and stops a run whose
 * detected encoding a later part of the list contradicts.
 */
function checkReading(stream: PieceStream, batch: PreparedBatch, at: number): EncodingSettled | null {
  const { reading } = stream;
  if (reading.tentative) {
    if (batch.ascii) return null;
    reading.tentative = false;
    reading.decidedAt = at;
    if (batch.suggests === null || batch.suggests === 'utf-8') {
      reading.by = 'utf-8';
      return null;
    }
    // Everything before this piece was ASCII and reads the same in the code page.
    reading.encoding = batch.suggests;
    reading.by = 'letters';
    reading.sure = batch.suggestsSure;
    return new EncodingSettled(at);
  }
  if (batch.suggests === null || reading.by === 'user' || reading.encoding === 'utf-8') return null;
  throw new InputError({ code: 'encodingChanges', file: printable(stream.source.name), row: stream.nextRow() - 1, before: reading.encoding, after: batch.suggests });
}
