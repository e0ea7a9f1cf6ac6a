/**
 * `coldkit clean`'s worker threads (see `createPreparePool`): on a machine with several cores,
 * pieces of a big list are scanned and classified beside the main thread.
 */
import { Worker } from 'node:worker_threads';
import { createPreparePool, type FromPrepareWorker } from '../lib/clean/prepare-pool.ts';
import type { CountryRule } from '../lib/jurisdictions/lookup.ts';

/** What each worker is started with: the country rules, as the main thread read them. */
export interface PrepareWorkerData {
  countries: CountryRule[];
}

/** Starts `threads` workers now, so that they load their code and lists while the main thread inspects the lead list. */
export function startPreparePool(threads: number, data: PrepareWorkerData) {
  // The workers run TypeScript like the main thread: as it is where Node strips types, else
  // through tsx, resolved from this package.
  const execArgv = process.features.typescript ? process.execArgv : [...process.execArgv, '--import', import.meta.resolve('tsx')];
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./prepare-worker.ts', import.meta.url), { workerData: data, execArgv }));
  const pool = createPreparePool(
    workers.map((worker) => ({
      post: (message, transfer) => worker.postMessage(message, transfer),
      terminate: () => void worker.terminate(),
    })),
    () => new Promise((resolve) => setImmediate(resolve)),
  );
  workers.forEach((worker, index) => {
    worker.on('message', (message: FromPrepareWorker) => pool.receive(index, message));
    worker.on('error', (error: Error) => pool.fail(error));
    worker.on('exit', (code) => {
      if (code !== 0) pool.fail(new Error(`a worker thread stopped with code ${code}`));
    });
  });
  return pool;
}
