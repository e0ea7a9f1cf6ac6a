/**
 * Finds CSS that only works left to right (issue #16): physical inline-direction properties such
 * as `margin-left`, `left: 0`, `text-align: right`, `border-right`, and shorthands whose left and
 * right sides differ (`padding: 0 1rem 0 2rem`). Each has a logical twin (`margin-inline-start`,
 * `inset-inline-start`, `text-align: end`, `border-inline-end`, `padding-inline`) that flips on
 * Arabic pages by itself. Block-direction properties (`margin-top`, `height`) are the same in both
 * directions and are not reported.
 *
 * A declaration that must stay physical (a picture of geography, say) carries a comment with
 * `ltr-only:` and the reason on the same line.
 */

/** One physical declaration, with where it is and what to write instead. */
export interface Finding {
  line: number;
  declaration: string;
  hint: string;
}

/** Physical property names and their logical replacements. */
const PHYSICAL_PROPERTIES: [RegExp, string][] = [
  [/^(margin|padding|scroll-margin|scroll-padding)-(left|right)$/, '$1-inline-start / $1-inline-end'],
  [/^border-(left|right)(-(width|style|color))?$/, 'border-inline-start$2 / border-inline-end$2'],
  [/^border-(top|bottom)-(left|right)-radius$/, 'border-start-start-radius and its siblings'],
  [/^(left|right)$/, 'inset-inline-start / inset-inline-end'],
];

/** Properties whose `left`/`right` keyword is physical. */
const KEYWORD_PROPERTIES = new Map([
  ['text-align', 'start / end'],
  ['float', 'inline-start / inline-end'],
  ['clear', 'inline-start / inline-end'],
]);

/** Four-side shorthands: top right bottom left. */
const BOX_SHORTHANDS = new Set(['margin', 'padding', 'inset', 'scroll-margin', 'scroll-padding', 'border-width', 'border-style', 'border-color']);

/** JSX `style={{ … }}` keys, camel-cased. */
const CAMEL = (name: string) => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/** A value split on top-level spaces (not inside `calc(…)` or `var(…, …)`). */
export function splitValue(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

/** Why `property: value` only works left to right, or `undefined` when it works both ways. */
export function physicalHint(property: string, value: string): string | undefined {
  const prop = property.trim().toLowerCase();
  const val = value.replace(/!important/i, '').trim();
  for (const [pattern, logical] of PHYSICAL_PROPERTIES) {
    if (pattern.test(prop)) return `use ${prop.replace(pattern, logical)}`;
  }
  const keyword = KEYWORD_PROPERTIES.get(prop);
  if (keyword && /^(left|right)$/i.test(val)) return `use ${prop}: ${keyword}`;
  if (BOX_SHORTHANDS.has(prop)) {
    const sides = splitValue(val);
    if (sides.length === 4 && sides[1] !== sides[3]) return `left and right differ: use ${prop}-block and ${prop}-inline`;
  }
  if (prop === 'border-radius') {
    const corners = splitValue(val.split('/')[0]!);
    const [a, b = a, c = a, d = b] = corners;
    if (a !== b || c !== d) return 'left and right corners differ: use border-start-start-radius and its siblings';
  }
  return undefined;
}

/** The line number (1-based) of `index` in `text`. */
function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Declarations `prop: value` in a run of CSS declarations, with their offsets. */
function declarations(block: string, offset: number): { prop: string; value: string; index: number }[] {
  const out: { prop: string; value: string; index: number }[] = [];
  let index = offset;
  for (const part of block.split(';')) {
    const m = /^(\s*)([-a-zA-Z]+)\s*:([\s\S]*)$/.exec(part);
    if (m) out.push({ prop: m[2]!, value: m[3]!, index: index + m[1]!.length });
    index += part.length + 1;
  }
  return out;
}

/** Comments blanked out (kept as spaces, so offsets and line numbers stay). */
function blankComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
}

/** Lines carrying an `ltr-only:` exemption. */
function exemptLines(text: string): Set<number> {
  const lines = new Set<number>();
  text.split('\n').forEach((line, i) => {
    if (/ltr-only:/.test(line)) lines.add(i + 1);
  });
  return lines;
}

/** Physical declarations in a style sheet (or the inside of a `<style>` element starting at `offset` of `whole`). */
export function scanCss(css: string, whole = css, offset = 0): Finding[] {
  const exempt = exemptLines(whole);
  const clean = blankComments(css);
  const findings: Finding[] = [];
  for (const block of clean.matchAll(/\{([^{}]*)\}/g)) {
    for (const { prop, value, index } of declarations(block[1]!, block.index! + 1)) {
      const hint = physicalHint(prop, value);
      const line = lineAt(whole, offset + index);
      if (hint && !exempt.has(line)) findings.push({ line, declaration: `${prop}: ${value.trim()}`, hint });
    }
  }
  return findings;
}

/**
 * Physical declarations in a component: its `<style>` elements, `style="…"` attributes and JSX
 * `style={{ … }}` objects.
 */
export function scanComponent(source: string): Finding[] {
  const findings: Finding[] = [];
  const exempt = exemptLines(source);
  for (const m of source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    const start = m.index! + m[0].indexOf('>') + 1;
    findings.push(...scanCss(m[1]!, source, start));
  }
  for (const m of source.matchAll(/\sstyle="([^"]*)"/g)) {
    for (const { prop, value, index } of declarations(m[1]!, m.index! + m[0].indexOf('"') + 1)) {
      const hint = physicalHint(prop, value);
      const line = lineAt(source, index);
      if (hint && !exempt.has(line)) findings.push({ line, declaration: `${prop}: ${value.trim()}`, hint });
    }
  }
  for (const m of source.matchAll(/\sstyle=\{\{([\s\S]*?)\}\}/g)) {
    for (const entry of m[1]!.matchAll(/([A-Za-z]+)\s*:\s*(['"`]?)([^,'"`]*)\2/g)) {
      const prop = entry[1]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const hint = physicalHint(prop, entry[3]!);
      const line = lineAt(source, m.index! + m[0].indexOf(entry[0]));
      if (hint && !exempt.has(line)) findings.push({ line, declaration: `${entry[1]}: ${entry[3]}`, hint: hint.replace(/[a-z]+(-[a-z]+)+/g, CAMEL) });
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}
