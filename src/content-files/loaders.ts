/**
 * Where each collection's files live, which are ignored and how an entry gets its id: the Astro loaders
 * (src/content.config.ts) and the disk readers (./files.ts) both take them from here, so they are updated in one place.
 */

/** The content folder: `content/` unless CONTENT_DIR names another (the benchmark's synthetic corpora). */
export function contentDir(override: string | undefined): string {
  return override && override.trim() !== '' ? override.replace(/\/+$/, '') : './content';
}

/** The folder of each collection and the topics file, relative to the content folder. */
export const COLLECTION_PATHS = { articles: 'articles', outlets: 'outlets', stories: 'stories', topics: 'topics.yaml' };

/** Glob patterns for articles: Markdown at any depth; files and folders starting with "_" are skipped. */
export const ARTICLE_PATTERNS = ['**/[^_]*.md', '!**/_*/**'];

/** Glob pattern for one-file-per-entry YAML collections (outlets, stories): files starting with "_" are skipped. */
export const ENTRY_PATTERN = '[^_]*.yaml';

/** True when a path relative to a collection folder is skipped: it or one of its folders starts with "_". */
export function isIgnoredPath(relativePath: string): boolean {
  return relativePath.split('/').some((part) => part.startsWith('_'));
}

/** An article's id is its file name without `.md`; the year folder only sorts files for editors. */
export function articleIdFromPath(entry: string): string {
  const name = entry.split('/').pop() ?? entry;
  return name.replace(/\.md$/i, '');
}

/** A YAML entry's id (an outlet or story) is its file name without `.yaml`. */
export function entryIdFromPath(entry: string): string {
  return articleIdFromPath(entry).replace(/\.yaml$/, '');
}

/** The `generateId` of Astro's glob loader for articles: the id from the entry's path. */
export const generateArticleId = ({ entry }: { entry: string }): string => articleIdFromPath(entry);
