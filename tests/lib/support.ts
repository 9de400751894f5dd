/** Fixtures for the helper tests: `{ id, data }` items built through the real schemas (articles via tests/helpers/factories.ts). */
import {
  outletSchema,
  storySchema,
  topicSchema,
  type OutletData,
  type StoryData,
  type TopicData,
} from '../../src/schema/index.ts';
import type { ArticleItem } from '../../src/lib/types.ts';
import { makeArticle, type ArticleOverrides } from '../helpers/factories.ts';

/** Frontmatter overrides (as `makeArticle` takes them) plus the article's id. */
export type ItemOverrides = ArticleOverrides & { id?: string };

let counter = 0;

/** An article `{ id, data }` whose data is parsed by articleSchema; ids default to article-1, article-2, … */
export function makeItem(overrides: ItemOverrides = {}): ArticleItem {
  const { id, ...fields } = overrides;
  return { id: id ?? `article-${++counter}`, data: makeArticle(fields) };
}

/** An outlet `{ id, data }` parsed by outletSchema. */
export function makeOutlet(id: string, fields: Partial<OutletData> = {}): { id: string; data: OutletData } {
  return { id, data: outletSchema.parse({ name: id, languages: ['en'], ...fields }) };
}

/** A topic `{ id, data }` parsed by topicSchema. */
export function makeTopic(id: string, fields: Partial<TopicData> = {}): { id: string; data: TopicData } {
  return { id, data: topicSchema.parse({ title: id, description: `About ${id}.`, ...fields }) };
}

/** A story `{ id, data }` parsed by storySchema. */
export function makeStory(id: string, fields: Partial<StoryData> = {}): { id: string; data: StoryData } {
  return { id, data: storySchema.parse({ title: id, date: '2025-11', summary: `What happened in ${id}.`, ...fields }) };
}
