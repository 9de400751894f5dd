/**
 * The disk side's one door to the content: which files count (the "_" rule), ids, YAML and frontmatter parsing,
 * what is published and in which order. The validator, the search index, `npm run new`, the benchmark and the tests
 * read content through it; src/content.config.ts takes its loader patterns and ids from ./loaders.ts.
 */
import type { ArticleData } from '../schema/index.ts';
import { isPublished, sortArticles } from '../lib/facets.ts';
import type { Content } from './read.ts';

export { collectFiles, type ContentFiles } from './files.ts';
export * from './layout.ts';
export { decodeText, dumpYaml, MAX_FILE_BYTES, parseMarkdownOrThrow, parseYaml, readMarkdown } from './parse.ts';
export type { ReadResult } from './parse.ts';
export { readContent } from './read.ts';
export type { ArticleFile, Content, ContentProblem, EntryFile, Issues, ReadOptions, TopicsFile } from './read.ts';

/** A schema-valid article that the site shows. */
export interface PublishedArticle {
  id: string;
  file: string;
  data: ArticleData;
  body: string;
}

/** The articles the site shows: schema-valid, not drafts, newest first (the site's order). */
export function publishedArticles(content: Content): PublishedArticle[] {
  const valid = content.articles.flatMap((a) =>
    a.data !== undefined ? [{ id: a.id, file: a.file, data: a.data, body: a.body ?? '' }] : [],
  );
  return sortArticles(valid.filter(isPublished));
}

/** The schema-valid entries of a YAML collection (outlets, stories, topics) by id. */
export function validEntries<T>(entries: readonly { id: string; data: T | undefined }[]): Map<string, T> {
  return new Map(entries.flatMap((e) => (e.data !== undefined ? [[e.id, e.data] as const] : [])));
}
