import { describe, expect, it } from 'vitest';
import { EN } from '../../../src/lib/i18n/en';
import { TRANSLATED_AREAS, TRANSLATIONS } from '../../../src/lib/i18n/catalogs';
import { INTL_LOCALE } from '../../../src/lib/i18n/locales';

/**
 * Every language's catalog has every key of the English one, no empty string, the plural forms
 * its language needs and the same placeholders (issue #16).
 *
 * The areas checked are `TRANSLATED_AREAS` (src/lib/i18n/catalogs.ts): add a tool's area there
 * when its translations are merged, and this test names every key still missing.
 */

type Tree = { [key: string]: string | Tree };

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Whether an object is a plural message: its keys are plural categories, `other` among them. */
function isPlural(value: Tree): boolean {
  const keys = Object.keys(value);
  return keys.includes('other') && keys.every((k) => PLURAL_CATEGORIES.has(k));
}

/** Every leaf of a catalog as `path → string` (`site.countries.count.other`), plural messages as one leaf each form. */
function leaves(tree: Tree, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

/** Every plural message of a catalog, by path. */
function plurals(tree: Tree, prefix: string): Map<string, Tree> {
  const out = new Map<string, Tree>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') continue;
    const path = `${prefix}.${key}`;
    if (isPlural(value)) out.set(path, value);
    else for (const [p, v] of plurals(value, path)) out.set(p, v);
  }
  return out;
}

/** The `{placeholders}` of a message. */
const placeholders = (message: string) => new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));

/** A message's path with its plural category dropped (`…count.few` → `…count`), when it is one. */
const messagePath = (path: string, pluralPaths: Set<string>) => {
  const parent = path.slice(0, path.lastIndexOf('.'));
  return pluralPaths.has(parent) ? parent : path;
};

const english = EN as unknown as Tree;

describe('the areas every language must have', () => {
  it('are areas of the English catalog', () => {
    expect(TRANSLATED_AREAS.filter((area) => !(area in EN))).toEqual([]);
  });
});

describe.each(Object.entries(TRANSLATIONS))('the %s catalog', (locale, catalog) => {
  const own = catalog as unknown as Tree;
  const categories = new Intl.PluralRules(INTL_LOCALE[locale as keyof typeof INTL_LOCALE]).resolvedOptions().pluralCategories;

  it('has every translated area', () => {
    expect(TRANSLATED_AREAS.filter((area) => own[area] === undefined).map((area) => `${locale}: area "${area}" is missing`)).toEqual([]);
  });

  describe.each(TRANSLATED_AREAS.filter((area) => own[area] !== undefined))('area %s', (area) => {
    const enTree = english[area] as Tree;
    const ownTree = own[area] as Tree;
    const enPlurals = new Set(plurals(enTree, area).keys());
    const ownPlurals = plurals(ownTree, area);
    const enMessages = new Map([...leaves(enTree, area)].map(([p, v]) => [messagePath(p, enPlurals), v] as const));
    const ownLeaves = leaves(ownTree, area);
    const ownMessages = new Set([...ownLeaves.keys()].map((p) => messagePath(p, new Set(ownPlurals.keys()))));

    it('has every message of the English one, and none it does not have', () => {
      const missing = [...enMessages.keys()].filter((p) => !ownMessages.has(p)).map((p) => `missing: ${p}`);
      const extra = [...ownMessages].filter((p) => !enMessages.has(p)).map((p) => `not in English: ${p}`);
      expect([...missing, ...extra]).toEqual([]);
    });

    it('has no empty message', () => {
      expect([...ownLeaves].filter(([, v]) => v.trim() === '').map(([p]) => p)).toEqual([]);
    });

    it(`gives every counted message the forms ${locale} needs (${categories.join(', ')})`, () => {
      const lacking = [...enPlurals].flatMap((path) => {
        const forms = ownPlurals.get(path);
        if (!forms) return [`${path} is not a plural message`];
        return categories.filter((c) => forms[c] === undefined).map((c) => `${path}.${c}`);
      });
      expect(lacking).toEqual([]);
    });

    it('keeps the placeholders of the English message', () => {
      // A counted message's placeholders are those of all its English forms; a form may say the
      // count in words ("دولة واحدة") and leave {count} out.
      const enPlaceholders = new Map<string, Set<string>>();
      for (const [path, value] of leaves(enTree, area)) {
        const message = messagePath(path, enPlurals);
        enPlaceholders.set(message, new Set([...(enPlaceholders.get(message) ?? []), ...placeholders(value)]));
      }
      const wrong: string[] = [];
      for (const [path, value] of ownLeaves) {
        const message = messagePath(path, new Set(ownPlurals.keys()));
        const allowed = enPlaceholders.get(message);
        if (!allowed) continue;
        const own = placeholders(value);
        const unknown = [...own].filter((p) => !allowed.has(p)).map((p) => `unknown {${p}}`);
        const dropped = [...allowed].filter((p) => !own.has(p) && !(enPlurals.has(message) && p === 'count')).map((p) => `drops {${p}}`);
        if (unknown.length || dropped.length) wrong.push(`${path}: ${[...unknown, ...dropped].join(', ')}`);
      }
      expect(wrong).toEqual([]);
    });
  });
});
