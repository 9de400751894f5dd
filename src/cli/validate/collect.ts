/** Lists the content files of each collection. Files and folders starting with "_" are ignored, as by the loader. */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** The files of one content folder, relative to it, sorted. */
export interface ContentFiles { articles: string[]; outlets: string[]; stories: string[]; topics: string | undefined }

async function list(dir: string, recursive: boolean): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)))
      .filter((rel) => !rel.split('/').some((part) => part.startsWith('_')))
      .sort();
  } catch {
    return [];
  }
}

/** Finds every article, outlet, story and the topics file under `root`. */
export async function collectFiles(root: string): Promise<ContentFiles> {
  const [articles, outlets, stories, top] = await Promise.all([
    list(join(root, 'articles'), true),
    list(join(root, 'outlets'), false),
    list(join(root, 'stories'), false),
    list(root, false),
  ]);
  return {
    articles: articles.map((f) => join('articles', f)),
    outlets: outlets.map((f) => join('outlets', f)),
    stories: stories.map((f) => join('stories', f)),
    topics: top.includes('topics.yaml') ? 'topics.yaml' : undefined,
  };
}
