import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every English reading page has a twin at the same slug in each translated locale (issue #16),
 * and the twins link to each other, not back to the English pages.
 *
 * The locales are the folders under src/content/docs/ named by a language code (`ru`, `ar`), so a
 * new locale is checked as soon as its folder exists.
 */
const DOCS = new URL('../../../src/content/docs/', import.meta.url).pathname;

/**
 * English sections not translated yet: the tool pages, whose text is still changing. Remove
 * `tools/` from this list once the tool pages are translated; then every page must have a twin.
 */
const NOT_YET_TRANSLATED: string[] = [];

/** A top-level folder named like a language code is a locale, any other folder a section. */
const isLocale = (name: string) => /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(name);

const locales = readdirSync(DOCS).filter((name) => statSync(join(DOCS, name)).isDirectory() && isLocale(name));

/** Content pages under `dir`, as slugs with their extension dropped (`playbook/opt-out`). */
function pages(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, ''))
    .sort();
}

/** The English pages: every page outside the locale folders. */
const englishPages = pages(DOCS).filter((slug) => !locales.includes(slug.split('/')[0]!));
const translatable = englishPages.filter((slug) => !NOT_YET_TRANSLATED.some((section) => slug.startsWith(section)));

/** The text of a page, whichever of `.md` and `.mdx` it uses. */
function source(dir: string, slug: string): string {
  const file = ['.mdx', '.md'].map((ext) => join(dir, slug + ext)).find((f) => {
    try {
      return statSync(f).isFile();
    } catch {
      return false;
    }
  })!;
  return readFileSync(file, 'utf8');
}

describe('the translated locales', () => {
  it('are found as folders under src/content/docs', () => {
    expect(locales.length).toBeGreaterThan(0);
    expect(translatable).toContain('playbook/opt-out');
  });
});

describe.each(locales)('locale %s', (locale) => {
  const twins = pages(join(DOCS, locale));

  it('has a twin of every English content page (tool pages excepted for now)', () => {
    expect(translatable.filter((slug) => !twins.includes(slug))).toEqual([]);
  });

  it('translates each page rather than copying the English file', () => {
    expect(twins.filter((slug) => englishPages.includes(slug) && source(join(DOCS, locale), slug) === source(DOCS, slug))).toEqual([]);
  });

  it('has no page without an English original at the same slug', () => {
    expect(twins.filter((slug) => !englishPages.includes(slug))).toEqual([]);
  });

  it.each(twins)('%s links to pages of its own locale, not to the English ones', (slug) => {
    const text = source(join(DOCS, locale), slug);
    // Markdown links `](/x/)`, frontmatter `link: /x/` and JSX `href="/x/"` that stay on the site.
    const internal = [...text.matchAll(/(?:\]\(|link:\s*|href=["'])(\/[^)\s"']*)/g)].map((m) => m[1]!);
    expect(internal.filter((href) => href !== `/${locale}/` && !href.startsWith(`/${locale}/`))).toEqual([]);
  });
});
