import type { FromWorker, ToWorker } from '../../workers/list-cleaner-protocol';

/**
 * Runs one job in a fresh list-cleaner worker and resolves with its result (INSPECTED, DONE or
 * FAILED). Progress messages go to `onMessage`, and so does the HASHED message that follows
 * DONE: the worker lives until then. Aborting terminates the worker at once (Cancel) and, before
 * the result, rejects with an AbortError. The worker is terminated when the job ends, so no idle
 * worker holds memory.
 */
export function runInWorker(
  message: ToWorker,
  onMessage: (message: FromWorker) => void,
  signal: AbortSignal,
): Promise<FromWorker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/list-cleaner.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Cancelled', 'AbortError'));
    };
    const finish = () => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
    };
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const data = event.data;
      if (data.type === 'progress') return onMessage(data);
      if (data.type === 'hashed') {
        finish();
        return onMessage(data);
      }
      // DONE is the result, but the hashed list is still to come.
      if (data.type !== 'done') finish();
      resolve(data);
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || '')); // the island says it in the page's language
    };
    worker.postMessage(message);
  });
}
