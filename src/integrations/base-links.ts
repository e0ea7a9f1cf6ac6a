import type { AstroIntegration } from 'astro';
import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { withBase } from '../lib/site/base-path.ts';

/** HTML elements whose `href`/`src` authors write in content. (The `<link>` and `<script>` tags other plugins add carry the base already.) */
const ELEMENTS = ['a', 'img', 'source', 'video', 'audio'];

/** Attributes that hold a URL of the site: `href` and `src`, and `link` on components (Starlight's hero actions, cards). */
const JSX_URL_ATTRIBUTES = new Set(['href', 'src', 'link']);

/** `href="/…"` or `src='/…'` in raw HTML written in a Markdown file. */
const RAW_URL_ATTRIBUTE = /(\s(?:href|src)\s*=\s*)(["'])(\/(?![/\\])[^"']*)\2/gi;

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/**
 * A Markdown/MDX (satteri hast) plugin that puts the site's `base` in front of every root-relative
 * link in content: `[Step 1](/playbook/target-and-minimise/)`, `<a href="/tools/">`,
 * `<LinkCard href="/reference/countries/" />`, `![](/images/x.png)`, raw HTML in `.md`. Authors
 * keep writing links from the site root; the site still works when it is hosted under a path
 * (`BASE_PATH=/kit`). Full URLs, `#anchors`, relative links, paths already under the base and
 * `{expression}` attributes are left as written.
 */
export function baseLinksPlugin(base: string): HastPluginDefinition {
  const prefixJsx = (node: Readonly<JsxElement>, ctx: HastVisitorContext) => {
    for (const attribute of node.attributes) {
      // Only literal strings: an expression (`href={url}`) is the author's own code.
      if (attribute.type !== 'mdxJsxAttribute' || !JSX_URL_ATTRIBUTES.has(attribute.name) || typeof attribute.value !== 'string') continue;
      const href = withBase(base, attribute.value);
      if (href !== attribute.value) ctx.setProperty(node, attribute.name, href);
    }
  };
  return {
    name: 'coldkit-base-links',
    element: {
      filter: ELEMENTS,
      visit(node, ctx) {
        for (const key of ['href', 'src']) {
          const value = node.properties?.[key];
          if (typeof value !== 'string') continue;
          const href = withBase(base, value);
          if (href !== value) ctx.setProperty(node, key, href);
        }
      },
    },
    raw(node) {
      const value = node.value.replace(RAW_URL_ATTRIBUTE, (_m, head: string, quote: string, path: string) => `${head}${quote}${withBase(base, path)}${quote}`);
      return value === node.value ? undefined : { ...node, value };
    },
    mdxJsxFlowElement: { filter: [], visit: prefixJsx },
    mdxJsxTextElement: { filter: [], visit: prefixJsx },
  };
}

/**
 * Registers {@link baseLinksPlugin} with Astro's Markdown processor (satteri, which also renders
 * MDX) when the site has a base path; at the root it adds nothing.
 */
export function baseLinks(): AstroIntegration {
  return {
    name: 'coldkit-base-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        if (config.base === '/' || config.base === '') return;
        const processor = config.markdown.processor;
        if (processor?.name !== 'satteri') {
          throw new Error(`coldkit-base-links works with Astro's satteri Markdown processor, not "${processor?.name}".`);
        }
        (processor.options as { hastPlugins: unknown[] }).hastPlugins.push(baseLinksPlugin(config.base));
      },
    },
  };
}
