/** Wiring only: each collection's loader and schema; src/content-files/loaders.ts reads and checks it all. */
import { defineCollection } from 'astro:content';
import { articleSchema, outletSchema, storySchema, topicSchema } from './schema/index.ts';
import { contentDir } from './content-files/layout.ts';
import { contentLoaders } from './content-files/loaders.ts';

const loaders = contentLoaders(contentDir(process.env['CONTENT_DIR']));

export const collections = {
  articles: defineCollection({ loader: loaders.articles, schema: articleSchema }),
  outlets: defineCollection({ loader: loaders.outlets, schema: outletSchema }),
  stories: defineCollection({ loader: loaders.stories, schema: storySchema }),
  topics: defineCollection({ loader: loaders.topics, schema: topicSchema }),
};
