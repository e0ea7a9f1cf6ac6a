/**
 * The Content-Security-Policy every page carries, as a <meta> tag.
 * - connect-src 'self': no script on the site can talk to another origin.
 * - 'unsafe-inline' is needed by Starlight's inline theme/script snippets (hash-based CSP breaks them).
 * - 'wasm-unsafe-eval' lets Pagefind (site search) instantiate its WebAssembly module.
 * - worker-src 'self' blob: lets the tools run their own module workers, and the site register its
 *   service worker (the offline copy). The web app manifest falls under default-src 'self'.
 * The same policy goes into _headers for hosts that send it as a real header: public/_headers (for
 * the root) and, for any base path, dist/_headers written by the build (src/integrations/offline.ts).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');
