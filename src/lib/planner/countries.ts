import Fuse, { type IFuseOptions } from 'fuse.js';
import { byName, foldForSearch } from '../jurisdictions/labels.ts';
import type { Jurisdiction } from '../jurisdictions/schema.ts';
import { INTL_LOCALE, type Locale } from '../i18n/locales.ts';

/**
 * The fields of a jurisdiction record the planner shows: names for search, the rule and its
 * sources, and who acts on a breach (the data protection authority, the enforcer of the email
 * rule and, where a source states it, the maximum fine).
 */
export type PlannerCountry = Pick<
  Jurisdiction,
  | 'code'
  | 'name'
  | 'nativeNames'
  | 'aliases'
  | 'namedAddress'
  | 'genericAddress'
  | 'conditions'
  | 'sources'
  | 'reviewed'
  | 'confidence'
  | 'authority'
  | 'enforcer'
  | 'maxFine'
> & {
  /**
   * The country's name in the page's language (`countryName(code, locale)`, set by the server on
   * a Russian or Arabic page); without it the page shows the English `name`.
   */
  label?: string;
};

/** The name a page shows for a country: its `label` in the reader's language, else the English name. */
export function shownName(country: Pick<PlannerCountry, 'name' | 'label'>): string {
  return country.label ?? country.name;
}

/** Reduces full jurisdiction records to what the planner needs, sorted by English name; a record's `label` (its name in the page's language) comes along. */
export function toPlannerCountries(records: Iterable<Jurisdiction & { label?: string }>): PlannerCountry[] {
  return [...records]
    .map(({ code, name, label, nativeNames, aliases, namedAddress, genericAddress, conditions, sources, reviewed, confidence, authority, enforcer, maxFine }) => ({
      code,
      name,
      nativeNames,
      aliases,
      namedAddress,
      genericAddress,
      conditions,
      sources,
      reviewed,
      confidence,
      authority,
      enforcer,
      // Optional: leave the key out rather than send `undefined` to the page.
      ...(maxFine ? { maxFine } : {}),
      ...(label ? { label } : {}),
    }))
    .sort(byName);
}

/** What the country search needs of a record. */
type Searchable = Pick<PlannerCountry, 'code' | 'name' | 'nativeNames' | 'aliases' | 'label'>;

/**
 * Fuzzy matching over every name of a country. The English name weighs most; `ignoreLocation`
 * lets "kingdom" find "United Kingdom"; a threshold of 0.3 accepts a typo or two in a country
 * name ("Germny", "Deutchland") without letting two letters match half of Europe.
 */
const FUSE_OPTIONS: IFuseOptions<Searchable> = {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'label', weight: 3 },
    { name: 'nativeNames', weight: 2 },
    { name: 'aliases', weight: 1 },
  ],
  threshold: 0.4,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeScore: true,
};

/** Fuse results scoring this much worse than the best one are noise ("Italy" also "matches" Lithuania), unless one edit away. */
const SCORE_SPREAD = 0.25;

/**
 * Edit distance with adjacent transpositions (optimal string alignment): "Frnace" is one edit
 * from "France". Used to order fuzzy matches, because Fuse's score favours short alias fields
 * ("Pland" scores closer to "Island" than to "Poland").
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** A name and every tail of it that starts a word: "united kingdom" → ["united kingdom", "kingdom"]. */
function wordStarts(name: string): string[] {
  return [name, ...[...name.matchAll(/[\s-]+/g)].map((m) => name.slice(m.index + m[0].length)).filter((tail) => tail !== '')];
}

/**
 * Builds a search over `countries` by English name, native names and aliases, tolerant of typos
 * and accents: "Deutschland", "Germany", "Германия" and "Germny" all find Germany. Results come
 * in tiers, so the obvious answer is first while the user is still typing: an exact ISO code
 * ("DE"), an exact name or alias, an English name that starts with the query ("Ge" → Germany),
 * a native name that starts with it, then the fuzzy matches (Fuse), closest spelling first.
 * An empty query returns every country in the given order.
 */
export function createCountrySearch<T extends Searchable>(countries: readonly T[]): (query: string) => T[] {
  const fuse = new Fuse<T>([...countries], FUSE_OPTIONS as IFuseOptions<T>);
  const names = new Map(
    countries.map((c) => {
      const shown = [c.name, ...(c.label ? [c.label] : [])].map(foldForSearch);
      return [c, { shown, native: c.nativeNames.map(foldForSearch), all: [...shown, ...c.nativeNames.map(foldForSearch), ...c.aliases.map(foldForSearch)] }];
    }),
  );
  // How far the query is from a name, or from the start of any word in it ("kingdom" is 0 from "United Kingdom").
  const closeness = (q: string, c: T) =>
    Math.min(
      ...names
        .get(c)!
        .all.flatMap((name) => wordStarts(name))
        .map((tail) => Math.min(editDistance(q, tail), editDistance(q, tail.slice(0, q.length)))),
    );
  return (query) => {
    const q = foldForSearch(query.trim());
    if (q === '') return [...countries];
    const where = (test: (n: { shown: string[]; native: string[]; all: string[] }) => boolean) => countries.filter((c) => test(names.get(c)!));
    const fuzzy = fuse.search(query.trim());
    const best = fuzzy[0]?.score ?? 0;
    const ranked = fuzzy
      .map((r, order) => ({ country: r.item, order, score: r.score ?? 0, distance: closeness(q, r.item) }))
      .filter((r) => r.score <= best + SCORE_SPREAD || r.distance <= 1)
      .sort((a, b) => a.distance - b.distance || a.order - b.order)
      .map((r) => r.country);
    const tiers: T[][] = [
      countries.filter((c) => c.code.toLowerCase() === q),
      where((n) => n.all.includes(q)),
      where((n) => n.shown.some((name) => name.startsWith(q))),
      where((n) => n.native.some((name) => name.startsWith(q))),
      ranked,
    ];
    return [...new Set(tiers.flat())];
  };
}

/** The chosen countries whose rule for a named business address is "consent required", in the order chosen. */
export function consentRequiredAmong<T extends Pick<PlannerCountry, 'code' | 'namedAddress'>>(codes: readonly string[], countries: readonly T[]): T[] {
  return pick(codes, countries).filter((c) => c.namedAddress === 'consent-required');
}

/** The chosen countries whose rule for a named business address is unclear (treated as consent required). */
export function unclearAmong<T extends Pick<PlannerCountry, 'code' | 'namedAddress'>>(codes: readonly string[], countries: readonly T[]): T[] {
  return pick(codes, countries).filter((c) => c.namedAddress === 'unclear');
}

/** The records of `codes`, in that order, skipping codes with no record. */
export function pick<T extends Pick<PlannerCountry, 'code'>>(codes: readonly string[], countries: readonly T[]): T[] {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  return codes.flatMap((code) => byCode.get(code) ?? []);
}

/** Joins names as prose of the reader's language: "Germany, Italy and Spain", "Германия, Италия и Испания". */
export function listNames(names: readonly string[], locale: Locale = 'en'): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' }).format(names);
}
