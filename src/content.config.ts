/** Wiring only: where each collection's files live and which schema validates them. Files and folders starting with "_" are skipped, as by the validator. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, outletSchema, storySchema, topicSchema } from './schema/index.ts';
import { articleIdFromPath, contentDir } from './lib/paths.ts';

const base = contentDir(process.env['CONTENT_DIR']);

export const collections = {
  articles: defineCollection({
    loader: glob({ base: `${base}/articles`, pattern: ['**/[^_]*.md', '!**/_*/**'], generateId: ({ entry }) => articleIdFromPath(entry), retainBody: false }),
    schema: articleSchema,
  }),
  outlets: defineCollection({ loader: glob({ base: `${base}/outlets`, pattern: '[^_]*.yaml' }), schema: outletSchema }),
  stories: defineCollection({ loader: glob({ base: `${base}/stories`, pattern: '[^_]*.yaml' }), schema: storySchema }),
  topics: defineCollection({ loader: file(`${base}/topics.yaml`), schema: topicSchema }),
};
