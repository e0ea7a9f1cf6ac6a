// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import { baseLinks } from './src/integrations/base-links.ts';
import { offline } from './src/integrations/offline.ts';
import { CSP } from './src/integrations/csp.ts';
import { basePrefix, normaliseBase } from './src/lib/site/base-path.ts';

/**
 * Where the site is served: the domain's root by default, or a path given as BASE_PATH
 * (`BASE_PATH=/kit npm run build` for `https://example.org/kit/`). Every internal URL goes through it.
 */
const base = normaliseBase(process.env.BASE_PATH);
// Astro hands environment variables to rendered pages as import.meta.env, where an inherited
// BASE_URL (test runners such as Vitest set one, some CI systems too) would replace this base
// in every link Starlight and our components write.
delete process.env.BASE_URL;
const prefix = basePrefix(base);

export { CSP };

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  server: { port: 4321 },
  integrations: [
    starlight({
      title: 'Cold Email GDPR Kit',
      description:
        'Send B2B cold email into the EU and UK lawfully: a five-step playbook with sources, and tools that run in your browser.',
      head: [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP } },
        // Installable app: public/manifest.webmanifest; theme colours are Starlight's navigation background.
        { tag: 'link', attrs: { rel: 'manifest', href: `${prefix}/manifest.webmanifest` } },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${prefix}/icons/apple-touch-icon.png` } },
        { tag: 'meta', attrs: { name: 'theme-color', media: '(prefers-color-scheme: light)', content: '#f6f7f9' } },
        { tag: 'meta', attrs: { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: '#23262f' } },
      ],
      routeMiddleware: './src/integrations/route-base.ts',
      customCss: ['./src/styles/custom.css'],
      components: {
        Footer: './src/components/site/Footer.astro',
        MarkdownContent: './src/components/site/MarkdownContent.astro',
      },
      lastUpdated: false,
      sidebar: [
        { label: 'Start here', items: ['guides/why-lawful'] },
        {
          label: 'The playbook',
          items: [
            'playbook/target-and-minimise',
            'playbook/legitimate-interest',
            'playbook/opt-out',
            'playbook/clean-and-secure',
            'playbook/answer-requests',
          ],
        },
        { label: 'Tools', items: ['tools/campaign-planner', 'tools/notice-generator', 'tools/list-cleaner', 'tools/reply-composer'] },
        { label: 'Reference', items: ['reference/countries', 'reference/glossary', 'privacy'] },
      ],
    }),
    react(),
    baseLinks(),
    offline({ csp: CSP }),
  ],
  vite: {
    worker: { format: 'es' },
  },
});
