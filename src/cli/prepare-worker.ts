/**
 * A worker thread of `coldkit clean`: builds its lists once (the country rules come with its
 * start, the suppression index from the main thread with the run's context), then prepares the
 * pieces it is sent. It loads no schema library and reads no file but the disposable list, so
 * that it is ready soon.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareWorkerHandler, type ToPrepareWorker } from '../lib/clean/prepare-pool.ts';
import type { WorkerLists } from '../lib/clean/prepare.ts';
import { loadDisposableDomains } from '../lib/email/lists.ts';
import { consentRequiredCodes, countryLookupOf } from '../lib/jurisdictions/lookup.ts';
import type { PrepareWorkerData } from './prepare-pool.ts';

const { countries } = workerData as PrepareWorkerData;
const port = parentPort!;

const lists = (async (): Promise<WorkerLists> => ({
  disposable: await loadDisposableDomains(),
  consentCountries: consentRequiredCodes(countries),
  countryLookup: countryLookupOf(countries),
}))();
lists.catch(() => {}); // reported with the first piece

const handle = prepareWorkerHandler(lists, (message, transfer) => port.postMessage(message, transfer));
port.on('message', (message: ToPrepareWorker) => handle(message));
