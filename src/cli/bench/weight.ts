/**
 * What built pages cost a first-time reader: their HTML and the stylesheets and scripts they load, gzipped (-9). The
 * same definitions as tests/site/budgets.test.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipped = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length;

const IMPORTS = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.m?js)["']/g;

/** Adds `entry` (a site path) and the site modules it imports, statically or dynamically, to `seen`. */
async function addModuleGraph(dir: string, entry: string, seen: Set<string>): Promise<void> {
  if (seen.has(entry)) return;
  seen.add(entry);
  const code = await readFile(join(dir, entry), 'utf8');
  for (const [, spec] of code.matchAll(IMPORTS)) {
    if (spec && !/^[a-z]+:/i.test(spec))
      await addModuleGraph(dir, spec.startsWith('/') ? spec : posix.join(posix.dirname(entry), spec), seen);
  }
}

/** The site paths of the stylesheets and script files `html` loads, JSON-LD aside (inline code is part of the HTML). */
async function pageAssets(dir: string, html: string): Promise<Set<string>> {
  const assets = new Set<string>();
  for (const [, href] of html.matchAll(/<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="(\/[^"]+)"/g))
    if (href) assets.add(href);
  for (const [tag = '', body = ''] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    if (/\btype="application\/ld\+json"/.test(tag)) continue;
    const src = /\bsrc="(\/[^"]+)"/.exec(tag)?.[1];
    if (src) await addModuleGraph(dir, src, assets);
    else
      for (const [, spec] of body.matchAll(IMPORTS)) if (spec?.startsWith('/')) await addModuleGraph(dir, spec, assets);
  }
  return assets;
}

/** Gzipped bytes of `pages` (files under `dir`, e.g. "index.html"), plus each stylesheet and script they load, once. */
async function weighPages(dir: string, pages: readonly string[]): Promise<number> {
  const assets = new Set<string>();
  let total = 0;
  for (const page of pages) {
    const html = await readFile(join(dir, page), 'utf8');
    total += gzipped(html);
    for (const asset of await pageAssets(dir, html)) assets.add(asset);
  }
  for (const asset of assets) total += gzipped(await readFile(join(dir, asset)));
  return total;
}

/** Gzipped bytes of `page` (a file under `dir`, e.g. "index.html") plus each stylesheet and script file it loads. */
export function pageWeight(dir: string, page: string): Promise<number> {
  return weighPages(dir, [page]);
}

/** The reading path's pages and their weight, as `pathWeight` measures it. */
export interface PathWeight {
  /** Home, the heaviest country page, the heaviest article page: files under the site folder. */
  pages: string[];
  bytes: number;
}

/** Of the HTML files under `dir` whose path matches `pattern`, the one with the most gzipped bytes. */
async function heaviest(dir: string, files: readonly string[], pattern: RegExp): Promise<string> {
  let best: { file: string; bytes: number } | undefined;
  for (const file of files.filter((f) => pattern.test(f))) {
    const bytes = gzipped(await readFile(join(dir, file)));
    if (!best || bytes > best.bytes) best = { file, bytes };
  }
  if (!best) throw new Error(`pathWeight: no page matches ${pattern} under ${dir}`);
  return best.file;
}

/**
 * A reader's first path: home, the heaviest country page (its list pages included), the heaviest article page: each
 * page's gzipped HTML plus each stylesheet or script file once (the browser caches them).
 */
export async function pathWeight(dir: string): Promise<PathWeight> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
  const pages = [
    'index.html',
    await heaviest(dir, files, /^countries\/[a-z]{2}\/(page\/\d+\/)?index\.html$/),
    await heaviest(dir, files, /^articles\/(?!page\/)[^/]+\/index\.html$/),
  ];
  return { pages, bytes: await weighPages(dir, pages) };
}
