/**
 * Preparing pieces of a lead list on worker threads: the messages, the pool the deciding thread
 * uses (`RunSetup.preparePool`), and the handler each worker runs. Platform-free: the CLI wraps
 * Node's `worker_threads` around it and the page its Web Workers, each in a few lines.
 */
import { CsvError } from '../csv/parse.ts';
import { release } from '../bytes/buffers.ts';
import { batchBuffers, type PreparedBatch } from './batch.ts';
import type { PrepareSetup } from './batch-builder.ts';
import { prepareBytes, type PieceReading } from './decode-piece.ts';
import { createRowPreparer, type PrepareContext, type WorkerLists } from './prepare.ts';
import { SuppressionIndex, type SuppressionSnapshot } from '../email/suppression.ts';
import type { PreparePool } from './run.ts';

/** Deciding thread → worker. */
export type ToPrepareWorker =
  | { type: 'context'; context: PrepareContext; suppression: SuppressionSnapshot }
  | { type: 'piece'; id: number; piece: Uint8Array; first: boolean };
/** Worker → deciding thread. `ready`: its lists are loaded (or failed to load: the first piece says why). */
export type FromPrepareWorker =
  | { type: 'ready' }
  | { type: 'batch'; id: number; batch: PreparedBatch }
  | { type: 'failed'; id: number; csv: boolean; message: string };

/** A worker as the pool sees it. */
export interface PrepareWorker {
  post(message: ToPrepareWorker, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

/**
 * Pieces in flight per worker: one being prepared, the rest waiting, so that a worker never runs
 * dry while the deciding thread is busy deciding a few pieces and preparing one of its own (it
 * hands out pieces only between those); six did better than three (measured: bench/RESULTS.md,
 * "Notes").
 */
const IN_FLIGHT_PER_WORKER = 6;

/**
 * A pool over started workers. Wire each worker's messages to `receive` (with its position in
 * `workers`) and its crashes to `fail`; `pool(context, suppression)` hands them the run's context
 * and a copy of its suppression index; `close()`
 * stops them (also when the run failed before it needed them). A piece goes only to a worker
 * that has loaded its lists, so the deciding thread never waits on a worker still starting: it
 * prepares the piece itself (see `PreparePool.canTake`). `yieldToEvents` resolves after the
 * platform has had a chance to deliver the workers' messages (see `PreparePool.yieldToEvents`).
 */
export function createPreparePool(
  workers: readonly PrepareWorker[],
  yieldToEvents: () => Promise<void>,
): {
  pool(context: PrepareContext, suppression: SuppressionSnapshot): PreparePool;
  receive(worker: number, message: FromPrepareWorker): void;
  fail(error: Error): void;
  close(): void;
} {
  const waiting = new Map<number, { worker: number; resolve(batch: PreparedBatch): void; reject(error: Error): void }>();
  const ready = workers.map(() => false);
  const busy = workers.map(() => 0);
  let next = 0;
  const close = () => {
    for (const worker of workers) worker.terminate();
  };
  /** The ready worker with the fewest pieces, if it has room for one more; else -1. */
  const pick = () => {
    let best = -1;
    for (let w = 0; w < workers.length; w++) {
      if (ready[w] && busy[w]! < IN_FLIGHT_PER_WORKER && (best === -1 || busy[w]! < busy[best]!)) best = w;
    }
    return best;
  };
  return {
    receive(worker, message) {
      if (message.type === 'ready') {
        ready[worker] = true;
        return;
      }
      const job = waiting.get(message.id);
      if (!job) return;
      waiting.delete(message.id);
      busy[job.worker]!--;
      if (message.type === 'batch') job.resolve(message.batch);
      // The piece's line number is not the file's: the run scans the file again for the real one.
      else job.reject(message.csv ? new CsvError('unbalanced-quote', 0, message.message) : new Error(message.message));
    },
    fail(error) {
      for (const job of waiting.values()) job.reject(error);
      waiting.clear();
      ready.fill(false);
    },
    pool(context, suppression) {
      // Each post copies the index: the workers do not read the suppression files again.
      for (const worker of workers) worker.post({ type: 'context', context, suppression }, []);
      return {
        inFlight: workers.length * IN_FLIGHT_PER_WORKER,
        canTake: () => pick() !== -1,
        yieldToEvents,
        prepare(piece, first) {
          const w = pick();
          if (w === -1) return Promise.reject(new Error('no worker can take a piece now (ask canTake first)'));
          const id = next++;
          busy[w]!++;
          return new Promise<PreparedBatch>((resolve, reject) => {
            waiting.set(id, { worker: w, resolve, reject });
            // The piece has its own buffer (from the aligner): hand it over instead of copying it.
            workers[w]!.post({ type: 'piece', id, piece, first }, [piece.buffer as ArrayBuffer]);
          });
        },
        close,
      };
    },
    close,
  };
}

/**
 * What a worker runs on each message: `lists` are its own copies of the run's lists but the
 * suppression index (loaded as soon as it starts; the index comes with the context); `post`
 * sends a reply, handing over the listed buffers.
 */
export function prepareWorkerHandler(
  lists: Promise<WorkerLists>,
  post: (message: FromPrepareWorker, transfer: ArrayBuffer[]) => void,
): (message: ToPrepareWorker) => void {
  let setup: Promise<{ prepare: PrepareSetup; reading: PieceReading }> | null = null;
  const announce = () => post({ type: 'ready' }, []);
  lists.then(announce, announce);
  return (message) => {
    if (message.type === 'context') {
      const { context } = message;
      const suppression = SuppressionIndex.fromSnapshot(message.suppression);
      setup = lists.then((l) => ({ prepare: createRowPreparer(context, { ...l, suppression }), reading: context.reading }));
      return;
    }
    const { id, piece, first } = message;
    (setup ?? Promise.reject(new Error('a piece came before the context')))
      .then(({ prepare, reading }) => {
        const batch = prepareBytes(piece, first, reading, prepare);
        release(piece.buffer); // the batch has its own copy
        post({ type: 'batch', id, batch }, batchBuffers(batch));
      })
      .catch((error: unknown) => {
        post({ type: 'failed', id, csv: error instanceof CsvError, message: error instanceof Error ? error.message : String(error) }, []);
      });
  };
}
