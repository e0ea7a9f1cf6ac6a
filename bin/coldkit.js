#!/usr/bin/env node
// Runs the TypeScript CLI in src/cli, so the CLI and the site share src/lib unbuilt: as it is
// where Node strips types itself (22.18 and later), else through tsx.
if (!process.features.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}
const { main } = await import('../src/cli/coldkit.ts');
process.exitCode = await main(process.argv.slice(2));
