/**
 * The site's Pagefind search index as an Astro integration (Starlight's integrations/pagefind.ts): at astro:build:done
 * Pagefind reads the built article pages, in the same process as Astro, so `astro build` alone makes the real site.
 * Each article page marks its text (data-pagefind-body) and its result fields, sort key and filters
 * (src/components/SearchMeta.astro). Indexing the built pages measured faster than custom records from the content
 * store (README, Search index). The dev server has no built pages and so no index: /search/ says so.
 *
 * The index is written in parts: one Pagefind bundle per year (or quarter) of the originals, and one for undated
 * ones, at `/pagefind/<part>/` (src/lib/search.ts), which the search page merges. Each part's bundle is kept in
 * Astro's cache folder with a digest of its pages: a build whose pages of a part are byte for byte the last build's
 * links that part's bundle into the site, and re-indexes only the parts whose pages changed.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_PART_FILTER } from '../lib/dom-contract.ts';
import { PART_MARKER, partOfPage, searchPartPath } from '../lib/search.ts';

/** What an index's pages are: the English article pages and each language's (`ne/articles/…`). */
const ARTICLES = 'articles';

/** What a part's bundle is made from besides its pages: Pagefind's version and how it is called (bump on a change). */
const FORMAT = readFile(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8').then(
  (text) => `pagefind ${(JSON.parse(text) as { version: string }).version}, addDirectory of a part, v1`,
);

/** Where a build keeps each part's digest, in the cache folder beside the parts' bundles. */
const DIGESTS_FILE = 'digests.json';

/** Where a build leaves what its search index did (`SearchIndexReport` and its seconds), in the cache folder. */
export const REPORT_FILE = 'report.json';

/** What a call to `writeSearchIndex` did. */
export interface SearchIndexReport {
  pages: number;
  /** Every part, and those indexed again (the others were copied from the cache). */
  parts: string[];
  indexed: string[];
}

/** The article pages under `dir`, relative to it, sorted: `articles/<slug>/index.html`, `<lang>/articles/…`. */
export async function articlePages(dir: string): Promise<string[]> {
  const folders = [ARTICLES];
  for (const entry of await readdir(dir, { withFileTypes: true }))
    if (entry.isDirectory() && (await isDirectory(join(dir, entry.name, ARTICLES))))
      folders.push(`${entry.name}/${ARTICLES}`);
  const candidates: string[] = [];
  for (const folder of folders) {
    const entries = await readdir(join(dir, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isDirectory()) candidates.push(`${folder}/${entry.name}/index.html`);
  }
  const pages: string[] = [];
  await inBatches(candidates, async (page) => {
    if (await isFile(join(dir, page))) pages.push(page);
  });
  return pages.sort();
}

/** Runs `task` on every item, 64 at a time. */
async function inBatches<T>(items: readonly T[], task: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += 64) await Promise.all(items.slice(i, i + 64).map(task));
}

/**
 * Puts each of `files` (paths relative to `from`) at the same path under `to` as a hard link (a copy where no link
 * can be made, as across disks). Node's `cp` took 2.3 to 3.1 s for a 546-article index's 4,348 files; links take a
 * fraction of that.
 */
async function linkFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  await inBatches([...new Set(files.map((file) => dirname(join(to, file))))], (f) => mkdir(f, { recursive: true }));
  await inBatches(files, (file) =>
    link(join(from, file), join(to, file)).catch(() => copyFile(join(from, file), join(to, file))),
  );
}

/** Puts every file under `from` at the same path under `to`, as `linkFiles` does. */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  await linkFiles(
    from,
    to,
    entries.filter((e) => e.isFile()).map((e) => relative(from, join(e.parentPath, e.name))),
  );
}

const isDirectory = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** Each part's pages (in path order) and the digest of their paths and bytes, reading every page once. */
async function partsOf(
  dir: string,
  pages: readonly string[],
): Promise<Map<string, { pages: string[]; digest: string }>> {
  const format = await FORMAT;
  const hashes = new Map<string, { pages: string[]; hash: ReturnType<typeof createHash> }>();
  for (let i = 0; i < pages.length; i += 64) {
    const batch = pages.slice(i, i + 64);
    const texts = await Promise.all(batch.map((page) => readFile(join(dir, page))));
    batch.forEach((page, j) => {
      const bytes = texts[j] as Buffer;
      // Only the bytes from the part filter on are decoded: a part's name is a few characters.
      const at = bytes.indexOf(PART_MARKER);
      const part = at < 0 ? undefined : partOfPage(bytes.toString('utf8', at, at + PART_MARKER.length + 64));
      if (!part) throw new Error(`${page} has no search part (filter ${SEARCH_PART_FILTER}): is it an article page?`);
      let entry = hashes.get(part);
      if (!entry) hashes.set(part, (entry = { pages: [], hash: createHash('sha256').update(format) }));
      entry.pages.push(page);
      entry.hash.update(page).update('\0').update(bytes).update('\0');
    });
  }
  return new Map([...hashes].map(([part, { pages, hash }]) => [part, { pages, digest: hash.digest('hex') }]));
}

/**
 * Indexes one part's pages of the site `dir` into `outputPath`. Pagefind reads a folder faster than it takes pages one
 * by one (3.0 s against 6.0 s for 3,822 pages, README), so the part's pages are hard-linked at their paths into a
 * folder of their own beside `outputPath`, and Pagefind reads that folder. A glob of the part's pages over the whole
 * site made Pagefind walk every file of the site once per part (README, Search index).
 */
async function indexPart(dir: string, pages: readonly string[], outputPath: string): Promise<void> {
  const folder = `${outputPath}.pages`;
  await rm(folder, { recursive: true, force: true });
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error('Pagefind could not create an index', { cause: created.errors });
  const { index } = created;
  try {
    await linkFiles(dir, folder, pages);
    const added = await index.addDirectory({ path: folder });
    if (added.errors.length > 0) throw new Error('Pagefind could not index the pages', { cause: added.errors });
    if (added.page_count !== pages.length)
      throw new Error(`Pagefind indexed ${added.page_count} of the part's ${pages.length} pages`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error('Pagefind could not write the index', { cause: written.errors });
  } finally {
    await index.deleteIndex();
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Writes the search index of the built site `dir` into `<dir>/pagefind/<part>/`, one bundle per part, copying from
 * `cache` (a folder of its own) each part whose pages are unchanged since the last call, and keeping there what it
 * indexed for the next.
 */
export async function writeSearchIndex(dir: string, cache: string): Promise<SearchIndexReport> {
  const pages = await articlePages(dir);
  const parts = await partsOf(dir, pages);
  const digestsFile = join(cache, DIGESTS_FILE);
  const before: Record<string, string> = JSON.parse(await readFile(digestsFile, 'utf8').catch(() => '{}'));
  const indexed: string[] = [];
  await rm(digestsFile, { force: true });
  try {
    for (const [part, { pages: partPages, digest }] of parts) {
      const kept = join(cache, part);
      if (before[part] === digest && (await isFile(join(kept, 'pagefind-entry.json')))) continue;
      indexed.push(part);
      await rm(kept, { recursive: true, force: true });
      await indexPart(dir, partPages, kept);
    }
  } finally {
    await pagefind.close();
  }
  // Each part is written into the cache and linked into the site when all are done: Pagefind reading the site while
  // bundles were in it took 9.0 to 9.4 s for 3,822 pages in 6 parts, against 3.5 to 4.0 s (interleaved runs).
  for (const part of parts.keys()) await linkTree(join(cache, part), join(dir, searchPartPath(part)));
  // The digests are written last: a build stopped half way leaves no digest that its folders do not match.
  for (const entry of await readdir(cache).catch(() => []))
    if (!parts.has(entry) && !entry.endsWith('.json')) await rm(join(cache, entry), { recursive: true, force: true });
  await mkdir(cache, { recursive: true });
  const digests = Object.fromEntries([...parts].map(([part, { digest }]) => [part, digest]));
  await writeFile(digestsFile, `${JSON.stringify(digests, null, 2)}\n`);
  return { pages: pages.length, parts: [...parts.keys()].sort(), indexed: indexed.sort() };
}

/** Builds the search index into `<outDir>/pagefind/` once Astro has written the pages. */
export function searchIndex(): AstroIntegration {
  let cache = '';
  return {
    name: 'frm:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'search-index');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const report = await writeSearchIndex(fileURLToPath(dir), cache);
          const { pages, parts, indexed } = report;
          const seconds = (performance.now() - started) / 1000;
          await writeFile(join(cache, REPORT_FILE), `${JSON.stringify({ ...report, seconds })}\n`);
          const s = seconds.toFixed(1);
          logger.info(`${pages} article pages in ${parts.length} parts, ${indexed.length} indexed again, in ${s} s`);
        } catch (error) {
          logger.error(error instanceof Error ? `${error.message}: ${String(error.cause ?? '')}` : String(error));
          throw new Error('The search index could not be built.', { cause: error });
        }
      },
    },
  };
}
