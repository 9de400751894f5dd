/** Lists the content files of each collection, skipping files and folders that start with "_" (as the loaders do). */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { COLLECTION_PATHS, isIgnoredPath } from './layout.ts';

/** The files of one content folder, relative to it, sorted. */
export interface ContentFiles {
  articles: string[];
  outlets: string[];
  stories: string[];
  topics: string | undefined;
}

async function list(dir: string, recursive: boolean): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)))
      .filter((rel) => !isIgnoredPath(rel))
      .sort();
  } catch {
    return [];
  }
}

/** Finds every article, outlet, story and the topics file under `root`. */
export async function collectFiles(root: string): Promise<ContentFiles> {
  const { articles: a, outlets: o, stories: s, topics: t } = COLLECTION_PATHS;
  const [articles, outlets, stories, top] = await Promise.all([
    list(join(root, a), true),
    list(join(root, o), false),
    list(join(root, s), false),
    list(root, false),
  ]);
  return {
    articles: articles.map((f) => join(a, f)),
    outlets: outlets.map((f) => join(o, f)),
    stories: stories.map((f) => join(s, f)),
    topics: top.includes(t) ? t : undefined,
  };
}
