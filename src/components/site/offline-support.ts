import { Workbox } from 'workbox-window';
import { OFFLINE_NOTE } from './offline-note';

/** The worker has finished activating (then its precache is complete: Workbox installs all or nothing). */
function whenActivated(worker: ServiceWorker): Promise<void> {
  if (worker.state === 'activated') return Promise.resolve();
  return new Promise((done) => {
    worker.addEventListener('statechange', function check() {
      if (worker.state !== 'activated') return;
      worker.removeEventListener('statechange', check);
      done();
    });
  });
}

/** Shows "A new version is available" with a Reload button that lets the waiting worker take over. */
function offerUpdate(wb: Workbox, region: HTMLElement): void {
  if (region.childElementCount) return;
  const text = document.createElement('span');
  text.textContent = 'A new version is available.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    button.disabled = true;
    wb.messageSkipWaiting();
  });
  region.append(text, ' ', button);
  // A popover sits in the top layer, above the page's fixed sidebars; without popover support
  // the fixed box shows as it is.
  if ('showPopover' in region) region.showPopover();
}

/**
 * Registers the service worker (sw.js at the site's base, scope the base), keeps the footer note
 * `note` true, and offers a reload in `updateRegion` when a new version is waiting. Every tab
 * reloads once the new version takes over, so no page mixes two versions. Without service
 * workers it does nothing and logs nothing.
 */
export function startOfflineSupport(base: string, note: HTMLElement, updateRegion: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const say = (text: string) => {
    note.textContent = text;
    note.hidden = false;
  };
  const prefix = base.replace(/\/+$/, '');
  const wb = new Workbox(`${prefix}/sw.js`, { scope: `${prefix}/` });
  // The first worker taking over a page (clientsClaim) changes nothing in it; a new version
  // taking over from a running one reloads the page, in every tab.
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controller) location.reload();
    controller = navigator.serviceWorker.controller;
  });
  wb.addEventListener('waiting', () => offerUpdate(wb, updateRegion));
  wb.register()
    .then((registration) => {
      if (!registration) return say(OFFLINE_NOTE.unavailable);
      const worker = registration.active ?? registration.waiting ?? registration.installing;
      if (!registration.active) {
        say(OFFLINE_NOTE.saving);
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'redundant' && !registration.active) say(OFFLINE_NOTE.failed);
        });
      }
      return navigator.serviceWorker.ready.then(({ active }) => active && whenActivated(active)).then(() => say(OFFLINE_NOTE.ready));
    })
    .catch(() => say(OFFLINE_NOTE.unavailable));
}
