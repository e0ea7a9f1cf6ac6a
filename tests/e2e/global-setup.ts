import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';
import { siteDir } from './site-dir';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves dist/ for the e2e project; the tests read the URL with `inject('baseUrl')`. */
export default async function setup(project: TestProject) {
  const dist = siteDir();
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`${dist}/ has no built site. Run \`npm run build\` before the e2e tests (\`npm test\` does both).`);
  }
  const { url, server } = await serveStatic(dist);
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
