/// <reference lib="webworker" />
/**
 * The list cleaner's worker: a thin adapter from messages to `src/lib/clean`. It streams the
 * files with `File.stream()`, so a 750 MB list never sits in memory as one string, and it keeps
 * the page's main thread free. Cancel = the island terminates this worker.
 */
import { InputError } from '../lib/clean/input-error';
import { cleanList, inspectLeads, type ByteSource } from '../lib/clean/run';
import { loadDisposableDomains } from '../lib/email/lists';
import { consentRequiredCodes, countryLookupOf } from '../lib/jurisdictions/lookup';
import { CLEAN, DONE, FAILED, INSPECT, INSPECTED, PROGRESS, type FromWorker, type ToWorker } from './list-cleaner-protocol';

declare const self: DedicatedWorkerGlobalScope;

/** Progress is posted at most this often, so messages never flood the page. */
const PROGRESS_EVERY_MS = 100;

function post(message: FromWorker): void {
  self.postMessage(message);
}

/** Reads a File chunk by chunk (a reader loop: not every browser iterates streams yet). */
async function* chunksOf(file: File): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function sourceOf(file: File): ByteSource {
  return { name: file.name, size: file.size, open: () => chunksOf(file) };
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === INSPECT) {
    post({ type: INSPECTED, inspection: await inspectLeads(sourceOf(message.leads), message.overrides) });
    return;
  }
  const parts = { cleaned: [] as string[], report: [] as string[], hashed: [] as string[] };
  let last = 0;
  const result = await cleanList(sourceOf(message.leads), message.suppressions.map(sourceOf), {
    options: message.options,
    overrides: message.overrides,
    consentCountries: consentRequiredCodes(message.countries),
    countryLookup: countryLookupOf(message.countries),
    loadDisposable: loadDisposableDomains,
    sink: {
      cleaned: (text) => void parts.cleaned.push(text),
      report: (text) => void parts.report.push(text),
      hashed: (text) => void parts.hashed.push(text),
    },
    onProgress: ({ phase, bytes, total }) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY_MS && bytes < total) return;
      last = now;
      post({ type: PROGRESS, phase, bytes, total });
    },
  });
  const csv = { type: 'text/csv;charset=utf-8' };
  post({
    type: DONE,
    ...result,
    cleaned: new Blob(parts.cleaned, csv),
    report: new Blob(parts.report, csv),
    hashed: new Blob(parts.hashed, { type: 'text/plain;charset=utf-8' }),
  });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  if (event.data.type !== INSPECT && event.data.type !== CLEAN) return;
  handle(event.data).catch((error: unknown) => {
    const inputError = error instanceof InputError;
    post({ type: FAILED, inputError, message: error instanceof Error ? error.message : String(error) });
  });
};
