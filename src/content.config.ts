import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { jurisdictionSchema } from './lib/jurisdictions/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  /** Starlight UI strings we override, one JSON file per language (src/content/i18n/en.json). */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  /** One JSON file per country, named by its lower-case ISO code (de.json). */
  jurisdictions: defineCollection({
    loader: glob({ pattern: '*.json', base: './src/content/jurisdictions' }),
    schema: jurisdictionSchema,
  }),
};
