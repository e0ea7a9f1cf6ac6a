import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { physicalHint, scanComponent, scanCss } from './logical-properties';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Every file under `dir` (relative to the repo) whose name ends with one of `extensions`. */
function filesUnder(dir: string, extensions: string[]): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .map((f) => join(dir, f.split('\\').join('/')))
    .filter((f) => extensions.some((ext) => f.endsWith(ext)))
    .sort();
}

describe('the physical-property check', () => {
  it.each([
    ['margin-left', '1rem'],
    ['padding-right', '0'],
    ['border-left', '4px solid red'],
    ['border-right-color', 'red'],
    ['border-top-left-radius', '4px'],
    ['left', '0'],
    ['right', 'auto'],
    ['scroll-margin-left', '1rem'],
    ['text-align', 'left'],
    ['text-align', 'right !important'],
    ['float', 'right'],
    ['clear', 'left'],
    ['padding', '0 1rem 0 2rem'],
    ['margin', '0 calc(1rem + 2px) 0 0'],
    ['inset', '0 auto 0 0'],
    ['border-radius', '0 4px 4px 0'],
    ['border-radius', '0 4px'],
  ])('reports %s: %s', (property, value) => {
    expect(physicalHint(property, value)).toBeDefined();
  });

  it.each([
    ['margin-inline-start', '1rem'],
    ['margin-top', '1rem'],
    ['padding-block', '0 1rem'],
    ['border-inline-start', '4px solid red'],
    ['inset-inline', 'auto 1rem'],
    ['text-align', 'start'],
    ['text-align', 'center'],
    ['padding', '0.5rem 1rem'],
    ['margin', '0 1rem 0.5rem'],
    ['margin', '1px 2rem 3px 2rem'],
    ['border-radius', '999px'],
    ['border-radius', '4px 4px 0 0'],
    ['width', '100%'],
    ['stroke-width', '2'],
  ])('accepts %s: %s', (property, value) => {
    expect(physicalHint(property, value)).toBeUndefined();
  });

  it('reads declarations in rules and media queries, not selectors or comments, with line numbers', () => {
    const css = [
      '/* margin-left: 1rem in a comment */',
      '.right-sidebar a:hover { color: red; }',
      '@media (min-width: 50rem) {',
      '  .x { margin-left: 1rem; padding: 0 }',
      '}',
      '.y { left: 0; /* ltr-only: a picture of geography */ }',
    ].join('\n');
    expect(scanCss(css)).toEqual([{ line: 4, declaration: 'margin-left: 1rem', hint: 'use margin-inline-start / margin-inline-end' }]);
  });

  it('reads the <style> of an Astro component and the style attributes of markup and JSX', () => {
    const source = [
      '---',
      'const x = 1;',
      '---',
      '<p style="text-align: right">x</p>',
      '<div style={{ marginRight: 4, width: `${x}%` }} />',
      '<style>',
      '  .a { border-right: 1px solid; }',
      '</style>',
    ].join('\n');
    expect(scanComponent(source).map((f) => [f.line, f.declaration])).toEqual([
      [4, 'text-align: right'],
      [5, 'marginRight: 4'],
      [7, 'border-right: 1px solid'],
    ]);
  });
});

describe('the site and tool styles lay out right to left too', () => {
  const sheets = [...filesUnder('src/styles', ['.css']), ...filesUnder('src/components', ['.css'])];
  const components = filesUnder('src/components', ['.astro', '.tsx']);

  it('finds the style sheets and components it checks', () => {
    expect(sheets).toContain('src/styles/custom.css');
    expect(components).toContain('src/components/site/Footer.astro');
  });

  it.each(sheets)('%s uses logical properties only', (file) => {
    const findings = scanCss(readFileSync(join(ROOT, file), 'utf8'));
    expect(findings.map((f) => `${relative('.', file)}:${f.line} ${f.declaration} (${f.hint})`)).toEqual([]);
  });

  it.each(components)('%s uses logical properties only', (file) => {
    const findings = scanComponent(readFileSync(join(ROOT, file), 'utf8'));
    expect(findings.map((f) => `${file}:${f.line} ${f.declaration} (${f.hint})`)).toEqual([]);
  });
});
