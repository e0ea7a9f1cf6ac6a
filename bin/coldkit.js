#!/usr/bin/env node
// Runs the TypeScript CLI in src/cli through tsx, so the CLI and the site share src/lib unbuilt.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/coldkit.ts');
process.exitCode = await main(process.argv.slice(2));
