// Preloaded into a measured Node process with `node --import ./bench/max-rss.mjs …`: at exit it
// writes the process's peak resident set size (KiB, from getrusage) to $BENCH_MAX_RSS_FILE.
// Node's ChildProcess reports no rusage, and /usr/bin/time is not on every machine; this works
// wherever Node does and leaves the measured program (bin/coldkit.js) untouched.
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_MAX_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
