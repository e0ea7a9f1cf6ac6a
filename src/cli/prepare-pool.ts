/**
 * Worker threads that prepare pieces of the lead list for `cleanList` (its `preparePool`), so
 * that on a machine with two cores the scanning and classifying of one piece overlaps with the
 * in-order decisions and the writing of the previous ones.
 */
import { Worker } from 'node:worker_threads';
import { CsvError } from '../lib/csv/parse';
import type { PreparedBatch } from '../lib/clean/prepare';
import type { PrepareContext, PreparePool } from '../lib/clean/run';

/** What each worker is started with. */
export interface PrepareWorkerData {
  /** Paths of the suppression files. */
  suppressions: string[];
  /** The "Treat Gmail dots and +tags as one mailbox" option, which shapes the suppression index. */
  canonical: boolean;
}

export type ToPrepareWorker = { type: 'context'; context: PrepareContext } | { type: 'piece'; id: number; piece: Uint8Array; first: boolean };
export type FromPrepareWorker =
  | { type: 'batch'; id: number; batch: PreparedBatch }
  | { type: 'failed'; id: number; csv: boolean; message: string };

/** Pieces in flight per worker: one being prepared, one waiting. */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Starts `threads` workers now, so that they load their lists while the main thread inspects
 * the lead list; `pool(context)` then hands them the run's context. `close()` stops them (also
 * when the run failed before it needed them).
 */
export function startPreparePool(threads: number, data: PrepareWorkerData): { pool(context: PrepareContext): PreparePool; close(): void } {
  // The workers run TypeScript like the main thread: through tsx, resolved from this package.
  const execArgv = [...process.execArgv, '--import', import.meta.resolve('tsx')];
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./prepare-worker.ts', import.meta.url), { workerData: data, execArgv }));
  const waiting = new Map<number, { resolve(batch: PreparedBatch): void; reject(error: Error): void }>();
  const failAll = (error: Error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on('message', (message: FromPrepareWorker) => {
      const job = waiting.get(message.id);
      if (!job) return;
      waiting.delete(message.id);
      if (message.type === 'batch') job.resolve(message.batch);
      else job.reject(message.csv ? new CsvError('unbalanced-quote', 0, message.message) : new Error(message.message));
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => {
      if (code !== 0 && waiting.size > 0) failAll(new Error(`a worker thread stopped with code ${code}`));
    });
  }
  let next = 0;
  const close = () => {
    for (const worker of workers) void worker.terminate();
  };
  const pool = (context: PrepareContext): PreparePool => {
    for (const worker of workers) worker.postMessage({ type: 'context', context } satisfies ToPrepareWorker);
    return {
      inFlight: threads * IN_FLIGHT_PER_WORKER,
      prepare(piece, first) {
        const id = next++;
        const worker = workers[id % workers.length]!;
        return new Promise<PreparedBatch>((resolve, reject) => {
          waiting.set(id, { resolve, reject });
          // The piece is a fresh array from the aligner: hand it over instead of copying it.
          worker.postMessage({ type: 'piece', id, piece, first } satisfies ToPrepareWorker, [piece.buffer as ArrayBuffer]);
        });
      },
      close,
    };
  };
  return { pool, close };
}
