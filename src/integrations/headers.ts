import { basePrefix } from '../lib/site/base-path.ts';

/** Browser features the site never uses, switched off for every page (`Permissions-Policy`). */
const UNUSED_FEATURES = ['accelerometer', 'camera', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb'];

/**
 * The HTTP headers every file of the site should carry where the host lets us set them.
 * `csp` is the policy the pages also carry as a `<meta>` tag; as a header it adds
 * `frame-ancestors 'none'`, which only works in a header (browsers ignore it in `<meta>`).
 */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': UNUSED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  };
}

/**
 * The `_headers` file that Netlify and Cloudflare Pages read: the security headers on every path
 * under `base`; the service worker always revalidated (so a new version is found at once); the
 * content-hashed files under `_astro/` cached for good.
 */
export function headersFile(base: string, csp: string): string {
  const prefix = basePrefix(base);
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    `# Made by src/integrations/headers.ts from the CSP in src/integrations/csp.ts; the build writes it again for its base path. Do not edit: a unit test keeps it equal.`,
    block(`${prefix}/*`, securityHeaders(csp)),
    block(`${prefix}/sw.js`, { 'Cache-Control': 'no-cache' }),
    block(`${prefix}/_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    '',
  ].join('\n');
}
