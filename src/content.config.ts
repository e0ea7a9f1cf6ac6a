import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { jurisdictionSchema } from './lib/jurisdictions/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  /** One JSON file per country, named by its lower-case ISO code (de.json). */
  jurisdictions: defineCollection({
    loader: glob({ pattern: '*.json', base: './src/content/jurisdictions' }),
    schema: jurisdictionSchema,
  }),
};
