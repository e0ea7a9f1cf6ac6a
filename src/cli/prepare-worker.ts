/**
 * A worker thread of `coldkit clean`: loads its lists once (the suppression index comes from the
 * main thread with the run's context), then prepares the pieces it is sent.
 */
import { parentPort } from 'node:worker_threads';
import { prepareWorkerHandler, type ToPrepareWorker } from '../lib/clean/prepare-pool.ts';
import type { WorkerLists } from '../lib/clean/run.ts';
import { loadDisposableDomains } from '../lib/email/lists.ts';
import { consentRequiredCodes, countryLookupOf, toCountryRules } from '../lib/jurisdictions/lookup.ts';
import { readJurisdictions } from './jurisdictions.ts';

const port = parentPort!;

const lists = (async (): Promise<WorkerLists> => {
  const rules = toCountryRules(readJurisdictions());
  return { disposable: await loadDisposableDomains(), consentCountries: consentRequiredCodes(rules), countryLookup: countryLookupOf(rules) };
})();
lists.catch(() => {}); // reported with the first piece

const handle = prepareWorkerHandler(lists, (message, transfer) => port.postMessage(message, transfer));
port.on('message', (message: ToPrepareWorker) => handle(message));
