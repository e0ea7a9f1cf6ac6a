/**
 * A worker thread of `coldkit clean`: loads the lists once, then prepares the pieces of the lead
 * list the main thread sends (see `createPreparePool`). Thin: the work is `prepareBatch`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CsvError } from '../lib/csv/parse';
import { prepareBytes, type PrepareSetup } from '../lib/clean/prepare';
import { createRowPreparer, loadSuppression, type PrepareContext } from '../lib/clean/run';
import { loadDisposableDomains } from '../lib/email/lists';
import { consentRequiredCodes, countryLookupOf, toCountryRules } from '../lib/jurisdictions/lookup';
import { fileSource } from './files';
import { readJurisdictions } from './jurisdictions';
import type { FromPrepareWorker, ToPrepareWorker, PrepareWorkerData } from './prepare-pool';

const { suppressions, canonical } = workerData as PrepareWorkerData;
const port = parentPort!;

// Start loading the lists at once, while the main thread inspects the lead list.
const lists = (async () => {
  const rules = toCountryRules(readJurisdictions());
  const { index } = await loadSuppression(suppressions.map(fileSource), canonical);
  return { suppression: index, disposable: await loadDisposableDomains(), consentCountries: consentRequiredCodes(rules), countryLookup: countryLookupOf(rules) };
})();
let setup: Promise<PrepareSetup> | null = null;
let encoding: string | null = null;

function post(message: FromPrepareWorker, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
}

port.on('message', (message: ToPrepareWorker) => {
  if (message.type === 'context') {
    const context: PrepareContext = message.context;
    encoding = context.encoding;
    setup = lists.then((l) => createRowPreparer(context, l));
    return;
  }
  const { id, piece, first } = message;
  (setup ?? Promise.reject(new Error('no context before the first piece')))
    .then((s) => {
      const batch = prepareBytes(piece, first, encoding!, s);
      const arrays = [batch.status, batch.flags, batch.removal, batch.keyStart, batch.keyEnd, batch.keyHi, batch.keyLo, batch.bytes, batch.byteStart, batch.byteEnd, batch.formulaFrom, batch.formulaAt, batch.detailAt, batch.lineAt];
      post({ type: 'batch', id, batch }, [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))]);
    })
    .catch((error: unknown) => {
      const csv = error instanceof CsvError;
      post({ type: 'failed', id, csv, message: error instanceof Error ? error.message : String(error) });
    });
});
