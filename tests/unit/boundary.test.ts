import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints `code` as if it were a file at `path`, and returns the rule ids that fired. */
async function rulesFiredFor(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the src/lib boundary lint rule', () => {
  it.each([
    ['React', "import { useState } from 'react';\nexport const s = useState;\n", 'no-restricted-imports'],
    ['astro virtual modules', "import { getCollection } from 'astro:content';\nexport const g = getCollection;\n", 'no-restricted-imports'],
    ['a component', "import X from '../../components/site/Thing';\nexport const x = X;\n", 'no-restricted-imports'],
    ['the DOM', 'export const title = () => document.title;\n', 'no-restricted-globals'],
    ['window', 'export const w = () => window.innerWidth;\n', 'no-restricted-globals'],
  ])('forbids %s in src/lib', async (_name, code, rule) => {
    expect(await rulesFiredFor('src/lib/probe/probe.ts', code)).toContain(rule);
  });

  it('allows the same code outside src/lib', async () => {
    expect(await rulesFiredFor('src/components/probe/Probe.ts', 'export const title = () => document.title;\n')).toEqual([]);
  });
});
