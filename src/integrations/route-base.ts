import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../lib/site/base-path.ts';

/**
 * Starlight route middleware: puts the site's base in front of root-relative hero action links
 * in frontmatter (`link: /playbook/target-and-minimise/`), which Starlight renders as written and
 * the Markdown plugin (base-links.ts) never sees. A copy of the entry is changed, never the
 * cached one, so a page rendered twice is not prefixed twice.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const hero = route.entry.data.hero;
  if (!hero?.actions.length || import.meta.env.BASE_URL === '/') return;
  const actions = hero.actions.map((action) => ({ ...action, link: withBase(import.meta.env.BASE_URL, action.link) }));
  route.entry = { ...route.entry, data: { ...route.entry.data, hero: { ...hero, actions } } };
});
