import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { siteDir } from './site-dir';

/**
 * The JavaScript a page loads before the user does anything, gzipped, from the built files: its
 * module scripts and islands and every chunk they import statically. Chunks loaded on demand
 * (`import()`) and workers (started only while a tool works) are not counted: that is the point
 * of loading rarely used code on demand.
 */
function initialJs(page: string): { bytes: number; files: string[] } {
  const dist = siteDir();
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  const seen = new Set<string>();
  const queue = entries.map((url) => fileOf(dist, url));
  for (const spec of staticImports(inline)) if (spec.startsWith('/')) queue.push(fileOf(dist, spec));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) queue.push(spec.startsWith('/') ? fileOf(dist, spec) : normalize(join(dirname(file), spec)));
  }
  const bytes = [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0) + gzipSync(inline).length;
  return { bytes, files: [...seen] };
}

/** The path of a built file from its URL, whatever the base path. */
function fileOf(dist: string, url: string): string {
  const path = new URL(url, 'http://x/').pathname;
  const at = path.indexOf('/_astro/');
  return join(dist, at >= 0 ? path.slice(at) : path);
}

/** Specifiers of static `import … from "x"` and `import "x"` in a module (not `import("x")`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+\s*from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

// Each tool joins this list once its page meets the budget (issue #15).
const TOOLS = ['tools/campaign-planner', 'tools/notice-generator', 'tools/list-cleaner', 'tools/reply-composer'];
const READING = ['', 'guides/why-lawful', 'playbook/target-and-minimise', 'playbook/legitimate-interest', 'playbook/opt-out', 'playbook/clean-and-secure', 'playbook/answer-requests', 'reference/countries', 'reference/glossary', 'privacy'];

describe('JavaScript weight per page (gzipped, loaded before any use)', () => {
  it.each(TOOLS)('%s stays within 150 KB', (page) => {
    const { bytes } = initialJs(page);
    expect(bytes).toBeGreaterThan(10_000); // the counter found the island
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
  });

  it.each(READING)('/%s stays within 40 KB', (page) => {
    expect(initialJs(page).bytes).toBeLessThanOrEqual(40 * 1024);
  });
});
