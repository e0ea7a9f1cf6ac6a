import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSLATED_FRAGMENTS } from '../../src/lib/i18n/anchors';
import { localePath, type Locale } from '../../src/lib/i18n/locales';
import { siteDir } from './site-dir';

/**
 * Links to a heading on another page (`/ar/playbook/opt-out/#…`) break silently when the heading
 * is reworded or translated: the page loads, the jump does not. This reads the built pages and
 * checks every same-site link with a fragment against the ids of the page it points at, in every
 * language.
 */
const dist = siteDir();

/** Every built page, as its URL path (`/ar/playbook/opt-out/`). */
function builtPages(dir = dist, prefix = '/'): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...builtPages(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name === 'index.html') found.push(prefix);
  }
  return found.sort();
}

/** The `id`s in a built page. */
function ids(path: string): Set<string> {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!)));
}

/** Same-site links with a fragment in a page's main content, as [target path, fragment]. */
function fragmentLinks(path: string): [string, string][] {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
  return [...main.matchAll(/\shref="([^"#]*)#([^"]+)"/g)]
    .filter((m) => m[1] === '' || m[1]!.startsWith('/'))
    .map((m) => [m[1] === '' ? path : m[1]!, decodeURIComponent(m[2]!)]);
}

const pages = existsSync(dist) ? builtPages() : [];

describe('links to a heading', () => {
  it('finds the built pages, in every language', () => {
    expect(pages).toEqual(expect.arrayContaining(['/playbook/opt-out/', '/ar/playbook/opt-out/']));
  });

  it.each(pages)('%s: every link to a heading lands on an id that exists', (path) => {
    const broken = fragmentLinks(path)
      .filter(([target, fragment]) => existsSync(join(dist, target, 'index.html')) && !ids(target).has(fragment))
      .map(([target, fragment]) => `${target}#${fragment}`);
    expect(broken).toEqual([]);
  });
});

describe('the headings tools link to on the translated pages (src/lib/i18n/anchors.ts)', () => {
  const entries = Object.entries(TRANSLATED_FRAGMENTS).flatMap(([locale, map]) => Object.keys(map).map((link) => [locale as Locale, link] as const));

  it.each(entries)('%s: %s has its heading on the translated page', (locale, link) => {
    const english = link.slice(link.indexOf('#') + 1);
    const [path, fragment] = localePath(locale, link, TRANSLATED_FRAGMENTS[locale as 'ru' | 'ar']).split('#') as [string, string];
    expect(ids(link.slice(0, link.indexOf('#')))).toContain(english);
    expect(ids(path)).toContain(fragment);
  });
});
