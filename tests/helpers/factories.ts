/** Test fixtures built through the real schemas, so a fixture the schema rejects fails loudly. */
import { articleSchema, outletSchema, storySchema, topicSchema } from '../../src/schema/index.ts';
import type { ArticleData, OutletData, StoryData, TopicData } from '../../src/schema/index.ts';

/** Every field optional, recursively; arrays are replaced whole, never merged. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Overrides for `makeArticle`: the article's id plus any frontmatter fields. */
export type ArticleOverrides = { id?: string } & DeepPartial<ArticleData>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Merges `overrides` into `base`: objects recursively, arrays and scalars replaced; an explicit `undefined` removes the key. */
export function deepMerge<T extends Record<string, unknown>>(base: T, overrides: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else if (isPlainObject(value) && isPlainObject(out[key])) out[key] = deepMerge(out[key] as Record<string, unknown>, value);
    else out[key] = value;
  }
  return out as T;
}

/** A valid article frontmatter that the overrides start from. */
export const DEFAULT_ARTICLE = {
  title: 'Jordan asks Russia to stop recruiting its citizens',
  summary: 'The foreign ministry said it had raised the recruitment of Jordanians with the Russian ambassador.',
  source: { outlet: 'the-national', url: 'https://www.thenationalnews.com/news/jordan-russia', published: '2025-11-28', language: 'en' },
  countries: ['JO'],
  topics: ['government-response'],
  added: '2026-01-05',
} as const;

let counter = 0;

/** An article `{ id, data }` parsed by `articleSchema`; throws if the merged frontmatter is invalid. */
export function makeArticle(overrides: ArticleOverrides = {}): { id: string; data: ArticleData } {
  const { id, ...fields } = overrides;
  const data = articleSchema.parse(deepMerge(structuredClone(DEFAULT_ARTICLE) as Record<string, unknown>, fields));
  return { id: id ?? `article-${++counter}`, data };
}

/** An outlet `{ id, data }` parsed by `outletSchema`. */
export function makeOutlet(id: string, overrides: DeepPartial<OutletData> = {}): { id: string; data: OutletData } {
  return { id, data: outletSchema.parse(deepMerge({ name: id, languages: ['en'] }, overrides)) };
}

/** A topic `{ id, data }` parsed by `topicSchema`. */
export function makeTopic(id: string, overrides: DeepPartial<TopicData> = {}): { id: string; data: TopicData } {
  return { id, data: topicSchema.parse(deepMerge({ title: id, description: `About ${id}.` }, overrides)) };
}

/** A story `{ id, data }` parsed by `storySchema`. */
export function makeStory(id: string, overrides: DeepPartial<StoryData> = {}): { id: string; data: StoryData } {
  return { id, data: storySchema.parse(deepMerge({ title: id, date: '2025-11', summary: `What happened in ${id}.` }, overrides)) };
}
