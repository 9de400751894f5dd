/** Where each collection's files live, which are ignored and how an entry gets its id (./files.ts, ./read.ts). */

/** The content folder: `content/` unless CONTENT_DIR names another (the benchmark's synthetic corpora). */
export function contentDir(override: string | undefined): string {
  return override && override.trim() !== '' ? override.replace(/\/+$/, '') : './content';
}

/** The folder of each collection and the topics file, relative to the content folder. */
export const COLLECTION_PATHS = { articles: 'articles', outlets: 'outlets', stories: 'stories', topics: 'topics.yaml' };

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
