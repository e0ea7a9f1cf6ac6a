import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

describe('the headers the build writes for hosts (_headers), as a host sends them', () => {
  it.each(['/', '/tools/list-cleaner/', '/sw.js'])('%s carries the CSP of the pages\' <meta>, no referrer, nosniff and a Permissions-Policy', async (path) => {
    const response = await fetch(baseUrl + path);
    expect(response.status).toBe(200);
    const html = await (await fetch(`${baseUrl}/`)).text();
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toContain("connect-src 'self'");
    expect(response.headers.get('content-security-policy')).toBe(`${meta}; frame-ancestors 'none'`);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  });

  it('asks caches to revalidate the service worker and to keep content-hashed files', async () => {
    expect((await fetch(`${baseUrl}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
    const html = await (await fetch(`${baseUrl}/`)).text();
    const script = /src="(\/_astro\/[^"]+\.js)"/.exec(html)?.[1];
    expect((await fetch(baseUrl + script)).headers.get('cache-control')).toContain('immutable');
  });
});
