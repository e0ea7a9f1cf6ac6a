import type { FromWorker, ToWorker } from '../../workers/list-cleaner-protocol';

/**
 * Runs one job in a fresh list-cleaner worker and resolves with its final message. Progress
 * messages go to `onProgress`. Aborting terminates the worker at once (Cancel) and rejects with
 * an AbortError. The worker is terminated when the job ends, so no idle worker holds memory.
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
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const data = event.data;
      if (data.type === 'progress') return onMessage(data);
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve(data);
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'The list cleaner stopped unexpectedly. Reload the page and try again.'));
    };
    worker.postMessage(message);
  });
}
