// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';

/**
 * The Content-Security-Policy every page carries, as a <meta> tag.
 * - connect-src 'self': no script on the site can talk to another origin.
 * - 'unsafe-inline' is needed by Starlight's inline theme/script snippets (hash-based CSP breaks them).
 * - 'wasm-unsafe-eval' lets Pagefind (site search) instantiate its WebAssembly module.
 * - worker-src 'self' blob: lets the tools run their own module workers.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  server: { port: 4321 },
  integrations: [
    starlight({
      title: 'Cold Email GDPR Kit',
      description:
        'Send B2B cold email into the EU and UK lawfully: a five-step playbook with sources, and tools that run in your browser.',
      head: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP } }],
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
  ],
  vite: {
    worker: { format: 'es' },
  },
});
