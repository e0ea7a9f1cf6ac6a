import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { jurisdictionSchema } from './lib/jurisdictions/schema';
import { jurisdictionTextsSchema } from './lib/i18n/jurisdiction-texts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  /** Starlight UI strings we override, one JSON file per language (src/content/i18n/en.json, ru.json, ar.json). */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  /** One JSON file per country, named by its lower-case ISO code (de.json). */
  jurisdictions: defineCollection({
    loader: glob({ pattern: '*.json', base: './src/content/jurisdictions' }),
    schema: jurisdictionSchema,
  }),
  /**
   * The records' texts in another language, one JSON file per locale (ru.json: `{ "AT": {
   * "conditions": "…" }, … }`), the entry's id being the locale.
   */
  jurisdictionTexts: defineCollection({
    loader: glob({ pattern: '*.json', base: './src/content/jurisdiction-texts' }),
    schema: jurisdictionTextsSchema,
  }),
};
