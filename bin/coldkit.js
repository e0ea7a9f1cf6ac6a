#!/usr/bin/env node
// Runs the TypeScript CLI in src/cli, so the CLI and the site share src/lib unbuilt: as it is
// where Node strips types itself (22.18 and later), else through tsx.
import module from 'node:module';

// Node keeps the compiled modules on disk (in the temporary directory) and reuses them from the
// second run on: a faster start (bench/RESULTS.md, "Notes"), in this thread and in each worker
// thread, which inherit it through the environment. It holds our code, never a list's data. (Absent before
// Node 22.8; NODE_DISABLE_COMPILE_CACHE=1 turns it off.)
const cache = module.enableCompileCache?.();
if (cache?.directory) process.env.NODE_COMPILE_CACHE = cache.directory;
if (!process.features.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}
const { main } = await import('../src/cli/coldkit.ts');
process.exitCode = await main(process.argv.slice(2));
