/** A worker thread of `coldkit clean`: loads the lists once, then prepares the pieces it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareWorkerHandler, type ToPrepareWorker } from '../lib/clean/prepare-pool';
import { loadSuppression } from '../lib/clean/run';
import { loadDisposableDomains } from '../lib/email/lists';
import { consentRequiredCodes, countryLookupOf, toCountryRules } from '../lib/jurisdictions/lookup';
import { fileSource } from './files';
import { readJurisdictions } from './jurisdictions';
import type { PrepareWorkerData } from './prepare-pool';

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
