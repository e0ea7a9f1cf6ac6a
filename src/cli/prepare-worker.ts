/** A worker thread of `coldkit clean`: loads the lists once, then prepares the pieces it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareWorkerHandler, type ToPrepareWorker } from '../lib/clean/prepare-pool.ts';
import { loadSuppression } from '../lib/clean/run.ts';
import { loadDisposableDomains } from '../lib/email/lists.ts';
import { consentRequiredCodes, countryLookupOf, toCountryRules } from '../lib/jurisdictions/lookup.ts';
import { fileSource } from './files.ts';
import { readJurisdictions } from './jurisdictions.ts';
import type { PrepareWorkerData } from './prepare-pool.ts';

const { suppressions, canonical } = workerData as PrepareWorkerData;
const port = parentPort!;

const lists = (async () => {
  const rules = toCountryRules(readJurisdictions());
  const { index } = await loadSuppression(suppressions.map(fileSource), canonical);
  return { suppression: index, disposable: await loadDisposableDomains(), consentCountries: consentRequiredCodes(rules), countryLookup: countryLookupOf(rules) };
})();
lists.catch(() => {}); // reported with the first piece

const handle = prepareWorkerHandler(lists, (message, transfer) => port.postMessage(message, transfer));
port.on('message', (message: ToPrepareWorker) => handle(message));
