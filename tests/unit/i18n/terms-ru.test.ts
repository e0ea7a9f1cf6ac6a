import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TERMS_RU, type Term } from '../../../src/lib/i18n/terms/ru';

/** The Russian pages and country texts, and the terminology table they follow (issue #16). */
const RU_DOCS = new URL('../../../src/content/docs/ru/', import.meta.url);
const RU_TEXTS = new URL('../../../src/content/jurisdiction-texts/ru.json', import.meta.url);

const terms: [string, Term][] = Object.entries(TERMS_RU);
const pageFiles = (readdirSync(RU_DOCS, { recursive: true }) as string[]).filter((f) => /\.mdx?$/.test(f));
const read = (f: string) => readFileSync(new URL(f, RU_DOCS), 'utf8');

const STEPS = [
  'playbook/target-and-minimise.mdx',
  'playbook/legitimate-interest.mdx',
  'playbook/opt-out.mdx',
  'playbook/clean-and-secure.mdx',
  'playbook/answer-requests.mdx',
];

describe('the Russian terminology table', () => {
  it('has 30 to 60 terms, each with its English and Russian term', () => {
    expect(terms.length).toBeGreaterThanOrEqual(30);
    expect(terms.length).toBeLessThanOrEqual(60);
    for (const [key, t] of terms) {
      expect(t.en.trim(), key).not.toBe('');
      expect(t.ru.trim(), key).not.toBe('');
    }
  });

  it('names each concept once: no Russian term is used for two English ones', () => {
    const ru = terms.map(([, t]) => t.ru.toLowerCase());
    expect(ru.filter((r, i) => ru.indexOf(r) !== i)).toEqual([]);
  });

  it('is rendered on the Russian glossary page', () => {
    expect(read('reference/glossary.mdx')).toMatch(/import \{ TERMS_RU \}/);
  });
});

describe('the Russian pages and country texts use the table’s terms', () => {
  const sources: [string, string][] = [
    ...pageFiles.map((f): [string, string] => [f, read(f)]),
    ['jurisdiction-texts/ru.json', readFileSync(RU_TEXTS, 'utf8')],
  ];
  const rejected = terms.flatMap(([key, t]) => (t.avoid ?? []).map((variant): [string, string, string] => [key, t.ru, variant]));

  it.each(rejected)('%s is «%s», never «%s…»', (_key, _ru, variant) => {
    const pattern = new RegExp(`(^|[^\\p{L}])${variant}`, 'iu');
    expect(sources.filter(([, text]) => pattern.test(text)).map(([file]) => file)).toEqual([]);
  });

  it('calls the legal basis of step 2 «законный интерес»', () => {
    expect(read('playbook/legitimate-interest.mdx')).toContain(TERMS_RU.legitimateInterest.ru);
  });
});

describe('the Russian step pages', () => {
  it.each(STEPS.map((file, i) => [i + 1, file] as const))('step %i (%s) is titled «Шаг N: …», as the home cards expect', (n, file) => {
    const title = /^title:\s*['"]?(.+?)['"]?\s*$/m.exec(read(file))?.[1] ?? '';
    expect(title).toMatch(new RegExp(`^Шаг ${n}: \\S`));
  });
});
