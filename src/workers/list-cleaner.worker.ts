/// <reference lib="webworker" />
/**
 * The list cleaner's worker: a thin adapter from messages to `src/lib/clean`. It streams the
 * files with `File.stream()`, so a 750 MB list never sits in memory as one string, and it keeps
 * the page's main thread free. Cancel = the island terminates this worker.
 */
import { keepBuffers, release } from '../lib/bytes/buffers';
import { InputError } from '../lib/clean/input-error';
import { createPreparePool, type FromPrepareWorker } from '../lib/clean/prepare-pool';
import { cleanList, inspectLeads } from '../lib/clean/run';
import { loadDisposableDomains } from '../lib/email/lists';
import { consentRequiredCodes, countryLookupOf } from '../lib/jurisdictions/lookup';
import { sourceOf } from './file-source';
import { CLEAN, DONE, FAILED, HASHED, INSPECT, INSPECTED, PROGRESS, type FromWorker, type ToWorker } from './list-cleaner-protocol';
import type { PrepareWorkerInit } from './prepare.worker';

declare const self: DedicatedWorkerGlobalScope;

/** Buffers this worker keeps for reuse: a burst of pieces of a 4 MiB read, and their batches (~30 MB at most). */
keepBuffers(96);

/** Progress is posted at most this often, so messages never flood the page. */
const PROGRESS_EVERY_MS = 100;

function post(message: FromWorker): void {
  self.postMessage(message);
}

/**
 * Collects an output file as the run writes it. Its parts become a Blob every 16 MB, so the
 * copying is spread over the run instead of one long pause at the end, and the parts' buffers go
 * back to the run early.
 */
class BlobBuilder {
  static readonly FLUSH_BYTES = 16 * 1024 * 1024;
  #blobs: Blob[] = [];
  #parts: Uint8Array<ArrayBuffer>[] = [];
  #bytes = 0;

  constructor(private readonly type: string) {}

  push(part: Uint8Array<ArrayBuffer>): void {
    this.#parts.push(part);
    this.#bytes += part.length;
    if (this.#bytes >= BlobBuilder.FLUSH_BYTES) this.#flush();
  }

  #flush(): void {
    this.#blobs.push(new Blob(this.#parts));
    // The Blob has copied the parts: their buffers go back to the run for its next parts.
    for (const part of this.#parts) release(part.buffer);
    this.#parts = [];
    this.#bytes = 0;
  }

  finish(): Blob {
    this.#flush();
    return new Blob(this.#blobs, { type: this.type });
  }
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === INSPECT) {
    post({ type: INSPECTED, inspection: await inspectLeads(sourceOf(message.leads), message.overrides) });
    return;
  }
  const csv = 'text/csv;charset=utf-8';
  const cleaned = new BlobBuilder(csv);
  const report = new BlobBuilder(csv);
  let last = 0;
  let lastPhase = '';
  const helpers = startHelpers(message);
  try {
    const result = await cleanList(sourceOf(message.leads), message.suppressions.map(sourceOf), {
      options: message.options,
      overrides: message.overrides,
      consentCountries: consentRequiredCodes(message.countries),
      countryLookup: countryLookupOf(message.countries),
      loadDisposable: loadDisposableDomains,
      sink: {
        cleaned: (bytes) => cleaned.push(bytes as Uint8Array<ArrayBuffer>),
        report: (bytes) => report.push(bytes as Uint8Array<ArrayBuffer>),
      },
      onProgress: ({ phase, bytes, total }) => {
        const now = performance.now();
        // A new step is always said; within one, at most every PROGRESS_EVERY_MS and at its end.
        if (phase === lastPhase && now - last < PROGRESS_EVERY_MS && bytes < total) return;
        last = now;
        lastPhase = phase;
        post({ type: PROGRESS, phase, bytes, total });
      },
      preparePool: helpers?.pool,
    });
    const { summary, inspection, preview, kept, flagged } = result;
    post({ type: DONE, summary, inspection, preview, kept, flagged, cleaned: cleaned.finish(), report: report.finish() });
    // The results are on the page; the hashed list follows (a moment for 50 000 addresses).
    post({ type: HASHED, hashed: new Blob([result.hashedSuppression()], { type: 'text/plain;charset=utf-8' }) });
  } finally {
    helpers?.close();
  }
}

/** A task boundary, so that queued messages are delivered (a MessageChannel: no timer clamping). */
const channel = new MessageChannel();
const resumes: (() => void)[] = [];
channel.port1.onmessage = () => resumes.shift()?.();
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    resumes.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Lists at least this large are prepared with helper workers too (below, starting them costs more than it saves). */
const HELPERS_MIN_BYTES = 16 * 1024 * 1024;

/**
 * Starts helper workers for a big list, one per core but one (this worker decides and writes),
 * at most four; null for a small list or a single core.
 */
function startHelpers(message: Extract<ToWorker, { type: typeof CLEAN }>) {
  const count = message.leads.size >= HELPERS_MIN_BYTES ? Math.min(4, (navigator.hardwareConcurrency || 1) - 1) : 0;
  if (count < 1) return null;
  const workers = Array.from({ length: count }, () => new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module' }));
  const pool = createPreparePool(
    workers.map((worker) => ({ post: (m, transfer) => worker.postMessage(m, transfer), terminate: () => worker.terminate() })),
    yieldToEvents,
  );
  workers.forEach((worker, index) => {
    worker.onmessage = (event: MessageEvent<FromPrepareWorker>) => pool.receive(index, event.data);
    worker.onerror = (event) => pool.fail(new Error(event.message || 'a helper worker failed'));
  });
  // A helper that never gets its lists is never ready, and the run simply does without it.
  loadDisposableDomains().then(
    (disposable) => {
      const init: PrepareWorkerInit = { type: 'lists', countries: message.countries, disposable: [...disposable] };
      for (const worker of workers) worker.postMessage(init);
    },
    () => {},
  );
  return pool;
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  if (event.data.type !== INSPECT && event.data.type !== CLEAN) return;
  handle(event.data).catch((error: unknown) => {
    post({ type: FAILED, input: error instanceof InputError ? error.detail : null, message: error instanceof Error ? error.message : String(error) });
  });
};
