/** Wiring only: each collection's files and schema. Patterns, the "_" rule and ids come from src/content-files/. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, outletSchema, storySchema, topicSchema } from './schema/index.ts';
import { ARTICLE_PATTERNS, COLLECTION_PATHS as PATHS, ENTRY_PATTERN } from './content-files/loaders.ts';
import { contentDir, generateArticleId } from './content-files/loaders.ts';

const base = contentDir(process.env['CONTENT_DIR']);
const entries = (folder: string) => glob({ base: `${base}/${folder}`, pattern: ENTRY_PATTERN });

export const collections = {
  articles: defineCollection({
    loader: glob({
      base: `${base}/${PATHS.articles}`,
      pattern: ARTICLE_PATTERNS,
      generateId: generateArticleId,
      retainBody: false,
    }),
    schema: articleSchema,
  }),
  outlets: defineCollection({ loader: entries(PATHS.outlets), schema: outletSchema }),
  stories: defineCollection({ loader: entries(PATHS.stories), schema: storySchema }),
  topics: defineCollection({ loader: file(`${base}/${PATHS.topics}`), schema: topicSchema }),
};
