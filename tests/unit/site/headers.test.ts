import { describe, expect, it } from 'vitest';
import { headersFile, securityHeaders } from '../../../src/integrations/headers';
import { parseHeadersFile } from '../../e2e/static-server';

const CSP = "default-src 'self'; connect-src 'self'";

describe('_headers: the security headers for hosts that read the file', () => {
  it('sends the pages\' CSP as a header, plus frame-ancestors, which only a header can carry', () => {
    expect(securityHeaders(CSP)['Content-Security-Policy']).toBe(`${CSP}; frame-ancestors 'none'`);
  });

  it.each([
    ['/', ['/*', '/sw.js', '/_astro/*']],
    ['/kit', ['/kit/*', '/kit/sw.js', '/kit/_astro/*']],
  ])('with base %j, covers the paths %j', (base, paths) => {
    expect(parseHeadersFile(headersFile(base, CSP)).map((rule) => rule.path)).toEqual(paths);
  });

  it('gives every page the CSP, no referrer, nosniff and a Permissions-Policy', () => {
    const [site] = parseHeadersFile(headersFile('/', CSP));
    expect(Object.fromEntries(site!.headers)).toEqual({
      'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    });
  });
});

describe('public/_headers, the file hosts that read it get with the site at the root', () => {
  it('is exactly what the build writes for the root, so the header and the <meta> CSP never differ', async () => {
    const { readFileSync } = await import('node:fs');
    const { CSP: SITE_CSP } = await import('../../../src/integrations/csp');
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile('/', SITE_CSP));
  });
});
