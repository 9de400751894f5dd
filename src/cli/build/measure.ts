/** The size of a built site, for the build's closing line. Reads only the built site, never the content. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Sync on purpose: at 83,000 pages, 2.4–2.7 s against 6.9–8.7 s for readdir and stat with promises (3 rounds).
/** What was built: published articles (one folder each under articles/), HTML pages, and bytes of every file. */
export function measureSite(dir: string): { articles: number; pages: number; bytes: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const bytes = files.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
  const folders = existsSync(join(dir, 'articles')) ? readdirSync(join(dir, 'articles'), { withFileTypes: true }) : [];
  const articles = folders.filter((e) => e.isDirectory() && e.name !== 'page').length;
  return { articles, pages: files.filter((e) => e.name.endsWith('.html')).length, bytes };
}
