/**
 * The site can be hosted under a path (`https://org.github.io/kit/`) as well as at a domain's root.
 * These helpers turn the site's own root-relative paths (`/tools/list-cleaner/`) into paths under
 * that base. The base comes in as a parameter (Astro's `base`, or `import.meta.env.BASE_URL` in a
 * shell), so islands, the build and tests share them.
 */

/**
 * The base path as Astro's `base` option wants it, from a `BASE_PATH` value: `'/'` for none, else a
 * leading slash and no trailing one (`kit`, `/kit`, `/kit/` → `/kit`).
 */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (/[?#\\]|\/\/|(^|\/)\.\.?(\/|$)/.test(trimmed)) {
    throw new Error(`BASE_PATH must be a plain path such as /kit, not "${raw}".`);
  }
  return trimmed === '' ? '/' : `/${trimmed}`;
}

/** The base with no trailing slash: `''` at the root, `/kit` under a path. Prefix it to a root-relative path. */
export function basePrefix(base: string): string {
  return base.replace(/\/+$/, '');
}

/** Whether `href` is a path from the site's root (`/x`), not a URL, a protocol-relative `//host` or a relative link. */
export function isRootRelative(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\');
}

/** Whether root-relative `href` already points under `base` (`/kit` or `/kit/…` for base `/kit`). */
export function isUnderBase(base: string, href: string): boolean {
  const prefix = basePrefix(base);
  return prefix === '' || href === prefix || href.startsWith(`${prefix}/`) || href.startsWith(`${prefix}?`) || href.startsWith(`${prefix}#`);
}

/**
 * A root-relative path moved under `base` (`/tools/` → `/kit/tools/`). A path already under the
 * base (written by code that knows it, such as Starlight's or Expressive Code's own links), a full
 * URL, `#id` or a relative link comes back unchanged, so applying it twice changes nothing.
 */
export function withBase(base: string, href: string): string {
  return isRootRelative(href) && !isUnderBase(base, href) ? `${basePrefix(base)}${href}` : href;
}
