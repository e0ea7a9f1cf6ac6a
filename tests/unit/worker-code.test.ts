/**
 * What the workers that prepare rows load (the CLI's worker threads, the page's helper workers):
 * the less code, the sooner a worker is ready to take pieces of the list. The schema library
 * (zod: tens of milliseconds to load) is for checking options and data files, which the run does once,
 * on its own thread.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The modules that importing `entry` (a path under src/) loads, as URLs. */
function modulesLoadedBy(entry: string): string[] {
  const url = new URL(`../../src/${entry}`, import.meta.url).href;
  const script = `
    import module from 'node:module';
    const seen = new Set();
    module.registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.add(r.url); return r; } });
    await import(${JSON.stringify(url)});
    process.stdout.write(JSON.stringify([...seen]));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as string[];
}

describe('the code of the workers that prepare rows', () => {
  it.each(['lib/clean/prepare-pool.ts', 'lib/jurisdictions/lookup.ts', 'lib/email/lists.ts'])('%s loads no schema library', (entry) => {
    const loaded = modulesLoadedBy(entry);
    expect(loaded.some((url) => url.endsWith(`/src/${entry}`))).toBe(true);
    expect(loaded.filter((url) => /\/node_modules\/zod\/|\/lib\/clean\/options\.ts$|\/lib\/clean\/run\.ts$/.test(url))).toEqual([]);
  });

  it('the check itself sees the schema library where it is loaded', () => {
    expect(modulesLoadedBy('lib/jurisdictions/schema.ts').some((url) => url.includes('/node_modules/zod/'))).toBe(true);
  });
});

describe('the CLI', () => {
  it('loads no schema library before a run (a tenth of a second of every run)', () => {
    const loaded = modulesLoadedBy('cli/coldkit.ts');
    expect(loaded.some((url) => url.endsWith('/src/lib/clean/run.ts'))).toBe(true);
    expect(loaded.filter((url) => url.includes('/node_modules/zod/'))).toEqual([]);
  });
});
