/// <reference lib="webworker" />
/**
 * A helper of the list cleaner's worker for big lists: builds its lists once (the suppression
 * index comes from the cleaning worker with the run's context), then prepares the pieces it is
 * sent (see `createPreparePool`). Thin: the work is in src/lib.
 */
import { prepareWorkerHandler, type ToPrepareWorker } from '../lib/clean/prepare-pool';
import { consentRequiredCodes, countryLookupOf, type CountryRule } from '../lib/jurisdictions/lookup';

declare const self: DedicatedWorkerGlobalScope;

/**
 * The first message: the lists. The disposable-domain list comes with it, already loaded: in
 * Chromium a dynamic `import()` in a nested worker can stay pending for ever while the parent
 * worker imports the same module.
 */
export interface PrepareWorkerInit {
  type: 'lists';
  countries: CountryRule[];
  disposable: string[];
}

let handle: ((message: ToPrepareWorker) => void) | null = null;

self.onmessage = (event: MessageEvent<PrepareWorkerInit | ToPrepareWorker>) => {
  const message = event.data;
  if (message.type === 'lists') {
    const lists = Promise.resolve({
      disposable: new Set(message.disposable),
      consentCountries: consentRequiredCodes(message.countries),
      countryLookup: countryLookupOf(message.countries),
    });
    handle = prepareWorkerHandler(lists, (reply, transfer) => self.postMessage(reply, transfer));
    return;
  }
  handle?.(message);
};
