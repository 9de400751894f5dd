/**
 * Builds the bare Astro site (this folder) with Astro's programmatic `build()`: the articles from BENCH_ARTICLES, the
 * output into BARE_OUT_DIR and Astro's cache into BARE_CACHE_DIR, both absolute (the benchmark makes them new, so each
 * build is cold). With BARE_PAGEFIND=1, Pagefind then indexes its pages (articles and countries) in the same
 * process: the smallest site with search a user could build instead. Run by `npm run bench`.
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';

const outDir = process.env['BARE_OUT_DIR'];
const cacheDir = process.env['BARE_CACHE_DIR'];
if (!outDir || !cacheDir || !process.env['BENCH_ARTICLES'])
  throw new Error('set BENCH_ARTICLES, BARE_OUT_DIR and BARE_CACHE_DIR (absolute paths)');
// Vite's dependency cache is kept from build to build, as the full site's is, but outside src/.
const viteCache = resolve(import.meta.dirname, '../../../../node_modules/.cache/frm-bench/bare-vite');
try {
  await build({ root: import.meta.dirname, outDir, cacheDir, logLevel: 'warn', vite: { cacheDir: viteCache } });
  if (process.env['BARE_PAGEFIND'] === '1') await indexArticles(outDir);
} finally {
  // The types Astro generates in this folder's .astro/ serve no one: leave src/ as it was.
  await rm(resolve(import.meta.dirname, '.astro'), { recursive: true, force: true });
}

/** Pagefind over the pages of the built site in `dir`, in the same process, as the full site indexes its own. */
async function indexArticles(dir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir, glob: '**/index.html' });
  if (added.errors.length > 0 || added.page_count === 0) throw new Error(`Pagefind indexed ${added.page_count} pages`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  await pagefind.close();
}
