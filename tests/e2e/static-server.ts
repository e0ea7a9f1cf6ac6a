import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** One block of a `_headers` file: a path (`/kit/*` matches everything below `/kit/`) and its headers. */
interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** Reads a Netlify/Cloudflare Pages `_headers` file, as the build writes it into the site. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const matches = (path: string) => (path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path);
  return Object.fromEntries(rules.filter((rule) => matches(rule.path)).flatMap((rule) => rule.headers));
}

export interface ServeOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Path the site is mounted at, as a host serving a `BASE_PATH` build: `/kit`. Default: the root. */
  prefix?: string;
}

/**
 * Serves a built static site (dist/) the way a static host does: `/a/` → `/a/index.html`,
 * unknown paths → `404.html` with status 404, and the headers of the site's `_headers` file.
 * With `prefix`, the site lives under that path and everything else is 404. `root` may be a
 * function, read on every request, to swap in another build (a new deployment) while serving.
 * Used by the e2e tests and the benchmark so they need no external server.
 */
export async function serveStatic(root: string | (() => string), options: ServeOptions = {}): Promise<{ url: string; server: Server }> {
  const prefix = (options.prefix ?? '').replace(/\/+$/, '');
  const rootDir = () => resolve(typeof root === 'string' ? root : root());
  const server = createServer(async (req, res) => {
    const base = rootDir();
    const headersPath = join(base, '_headers');
    const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = requested === prefix || requested.startsWith(`${prefix}/`);
    const safe = normalize(requested.slice(prefix.length) || '/').replace(/^(\.\.[/\\])+/, '');
    let file = join(base, safe);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (!(await isFile(file))) file = join(file, 'index.html');
    const found = inside && (await isFile(file));
    const status = found ? 200 : 404;
    const path = found ? file : join(base, '404.html');
    const body = await readFile(path).catch(() => Buffer.from('Not found'));
    res.writeHead(status, { ...headersFor(rules, requested), 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server did not get a TCP port.');
  return { url: `http://127.0.0.1:${address.port}${prefix}`, server };
}
