/// <reference lib="webworker" />
/**
 * A helper of the list cleaner's worker for big lists: loads its own copy of the lists, then
 * prepares the pieces it is sent (see `createPreparePool`). Thin: the work is in src/lib.
 */
import { prepareWorkerHandler, type ToPrepareWorker } from '../lib/clean/prepare-pool';
import { loadSuppression } from '../lib/clean/run';
import { consentRequiredCodes, countryLookupOf, type CountryRule } from '../lib/jurisdictions/lookup';
import { sourceOf } from './file-source';

declare const self: DedicatedWorkerGlobalScope;

/**
 * The first message: what to load. The disposable-domain list comes with it, already loaded:
 * in Chromium a dynamic `import()` in a nested worker can stay pending for ever while the parent
 * worker imports the same module.
 */
export interface PrepareWorkerInit {
  type: 'lists';
  suppressions: File[];
  canonical: boolean;
  countries: CountryRule[];
  disposable: string[];
}

let handle: ((message: ToPrepareWorker) => void) | null = null;

self.onmessage = (event: MessageEvent<PrepareWorkerInit | ToPrepareWorker>) => {
  const message = event.data;
  if (message.type === 'lists') {
    const lists = (async () => {
      const { index } = await loadSuppression(message.suppressions.map(sourceOf), message.canonical);
      return {
        suppression: index,
        disposable: new Set(message.disposable),
        consentCountries: consentRequiredCodes(message.countries),
        countryLookup: countryLookupOf(message.countries),
      };
    })();
    lists.catch(() => {}); // reported with the first piece
    handle = prepareWorkerHandler(lists, (reply, transfer) => self.postMessage(reply, transfer));
    return;
  }
  handle?.(message);
};
