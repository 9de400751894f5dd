/** Reading a built site: every HTML page, a page's text, its path from a URL. */
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';

/** Every file in `dir`, relative, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Every HTML page in `dir`, relative. */
export async function listPages(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => f.endsWith('.html'));
}

/** The HTML of a page by its URL path ("/articles/" → articles/index.html). */
export async function readPage(dir: string, urlPath: string): Promise<string> {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFile(join(dir, file), 'utf8');
}

/** The URL path of a page file ("articles/index.html" → "/articles/"). */
export function pathOfPage(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

/** The site files a module loads (site paths), following its static and dynamic imports of other site modules. */
export async function moduleGraph(siteDir: string, entry: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = await readFile(join(siteDir, entry), 'utf8');
  for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.m?js)["']/g)) {
    if (spec && !/^[a-z]+:/i.test(spec))
      await moduleGraph(siteDir, spec.startsWith('/') ? spec : posix.join(posix.dirname(entry), spec), seen);
  }
  return seen;
}
