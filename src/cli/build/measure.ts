/** The size of a built site, for the build's closing line. Reads only the built site, never the content. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** What was built: published articles (one folder each under articles/), HTML pages, and bytes of every file. */
export async function measureSite(dir: string): Promise<{ articles: number; pages: number; bytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  const folders = await readdir(join(dir, 'articles'), { withFileTypes: true }).catch(() => []);
  const articles = folders.filter((e) => e.isDirectory() && e.name !== 'page').length;
  return { articles, pages: files.filter((f) => f.endsWith('.html')).length, bytes: sizes.reduce((a, b) => a + b, 0) };
}
