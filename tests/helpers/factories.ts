/** Test data built through the real schemas, so fixtures cannot drift from the content model. */
import { articleSchema, type ArticleData } from '../../src/schema/index.ts';

/** Top-level overrides; `source` is merged one level deep. A value of `undefined` drops the key. */
export type ArticleOverrides = { source?: Record<string, unknown> } & Record<string, unknown>;

const BASE = {
  title: 'Fixture: a made-up agency reports foreign recruits',
  summary: 'Test fixture data for the schema tests; nothing here is real.',
  source: {
    outlet: 'example-gazette',
    url: 'https://www.example.org/news/factory-fixture',
    published: '2025-03-14',
    language: 'en',
  },
  countries: ['JO'],
  topics: ['recruitment-networks'],
  added: '2026-01-10',
} as const;

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** The raw frontmatter of a valid article with `overrides` applied, not yet parsed (for negative tests). */
export function articleInput(overrides: ArticleOverrides = {}): Record<string, unknown> {
  const { source, ...rest } = overrides;
  const base = structuredClone(BASE) as unknown as Record<string, unknown>;
  return withoutUndefined({
    ...base,
    ...rest,
    source:
      'source' in overrides && source === undefined
        ? undefined
        : withoutUndefined({ ...(base['source'] as Record<string, unknown>), ...source }),
  });
}

/** A valid article, parsed by the real articleSchema; throws if the overrides make it invalid. */
export function makeArticle(overrides: ArticleOverrides = {}): ArticleData {
  return articleSchema.parse(articleInput(overrides));
}
