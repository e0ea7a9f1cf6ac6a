// Evaluated in the list cleaner page (by browser.ts) after the files are loaded and before
// "Clean list" is clicked. It records, with the page's own clock:
// - when the click happened and when the summary ("… kept …") appeared;
// - every long main-thread task (> 50 ms, the Long Tasks API);
// - every visible progress update: a change of the progress label, of aria-valuenow or of the
//   amount read ("320 of 777 MB").
// browser.ts reads the record back from `window.__coldkitBench`. Plain JS on purpose: it is
// sent to the page as text, so no compiler helper may sneak into it.
(() => {
  const root = document.querySelector('.list-cleaner');
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Clean list');
  const probe = { clickAt: null, doneAt: null, longTasks: [], progress: [] };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // Capture phase: the time is taken before React's handler runs.
  button.addEventListener('click', () => (probe.clickAt = performance.now()), { capture: true, once: true });

  let shown = '';
  new MutationObserver(() => {
    const bar = root.querySelector('[role="progressbar"]');
    if (bar) {
      const state = `${root.querySelector('#lc-progress-label')?.textContent}|${bar.getAttribute('aria-valuenow')}|${root.querySelector('.lc-progress-amount')?.textContent ?? ''}`;
      if (state !== shown) {
        shown = state;
        probe.progress.push({ at: performance.now(), state });
      }
    }
    if (probe.doneAt === null && root.querySelector('[role="status"]')?.textContent.includes('kept')) probe.doneAt = performance.now();
  }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });

  window.__coldkitBench = probe;
})();
