/** What the footer note says about the offline copy; nothing where service workers are unavailable. */
export const OFFLINE_NOTE = {
  saving: 'Saving this site for offline use…',
  ready: 'Works offline: this site is saved in your browser.',
  failed: 'The offline copy could not be saved; it will be tried again on your next visit.',
  unavailable: 'Offline copy not available in this browser.',
} as const;
