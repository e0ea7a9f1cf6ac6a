import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every English content page has a translation at the same slug in every locale folder
 * (`src/content/docs/<locale>/…`), so no page falls back to English (issue #16).
 */
const DOCS = new URL('../../../src/content/docs/', import.meta.url).pathname;

/** A locale folder is named by a BCP 47 language tag (`ru`, `ar`, `pt-br`); content sections are not. */
const LOCALE_DIR = /^[a-z]{2,3}(-[a-z]{2,4})?$/;

/**
 * English pages not translated yet, by slug prefix. The tool pages' text is still changing;
 * this constant goes once they are translated (issue #16), and then every page must have a twin.
 */
const NOT_YET_TRANSLATED = ['tools/'];

/** Every Markdown or MDX file under `dir`, as slugs relative to it (`playbook/opt-out`). */
function pages(dir: string, skipDirs: (name: string) => boolean = () => false): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) {
        if (current === dir && skipDirs(name)) continue;
        walk(path);
      } else if (/\.mdx?$/.test(name)) {
        found.push(relative(dir, path).split(sep).join('/').replace(/\.mdx?$/, ''));
      }
    }
  };
  walk(dir);
  return found.sort();
}

const locales = readdirSync(DOCS)
  .filter((name) => LOCALE_DIR.test(name) && statSync(join(DOCS, name)).isDirectory())
  .sort();
const english = pages(DOCS, (name) => locales.includes(name));
const toTranslate = english.filter((slug) => !NOT_YET_TRANSLATED.some((prefix) => slug.startsWith(prefix)));

/** The file of a page, whichever of `.md` and `.mdx` it uses. */
function source(dir: string, slug: string): string {
  const file = readdirSync(join(dir, slug, '..')).find((name) => name.replace(/\.mdx?$/, '') === slug.split('/').pop());
  return readFileSync(join(dir, slug, '..', file!), 'utf8');
}

describe('content translations', () => {
  it('finds the locale folders and the English pages', () => {
    expect(locales).toEqual(expect.arrayContaining(['ar']));
    expect(english).toEqual(expect.arrayContaining(['index', 'playbook/opt-out', 'reference/glossary']));
  });

  describe.each(locales)('locale %s', (locale) => {
    const translated = pages(join(DOCS, locale));

    it('has a twin of every English page (tool pages aside, for now)', () => {
      expect(toTranslate.filter((slug) => !translated.includes(slug))).toEqual([]);
    });

    it('has no page without an English original', () => {
      expect(translated.filter((slug) => !english.includes(slug))).toEqual([]);
    });

    it('translates each page rather than copying the English file', () => {
      const copies = translated.filter((slug) => english.includes(slug) && source(join(DOCS, locale), slug) === source(DOCS, slug));
      expect(copies).toEqual([]);
    });
  });
});
