// @ts-check
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Names of browser globals that pure library code must not touch. */
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'File', 'FileReader', 'Blob', 'HTMLElement', 'Element', 'Node', 'Event', 'CustomEvent', 'alert', 'fetch', 'XMLHttpRequest', 'postMessage', 'self'];

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'bench/data/'] },
  tseslint.configs.recommended,
  {
    // The boundary (DESIGN.md): src/lib is shared by the islands, the worker and the CLI,
    // so it may not depend on the DOM, React or Astro's virtual modules.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/lib is framework-free: no React.' },
            { group: ['astro:*', 'virtual:*', 'astro', 'astro/*', '@astrojs/*'], message: 'src/lib must run in Node and workers: no astro:* or virtual:* imports.' },
            { group: ['**/components/**', '**/workers/**', '**/cli/**'], message: 'src/lib may not import from the shells that use it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: `src/lib has no DOM: pass what you need in as a parameter instead of using ${name}.` }))],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
