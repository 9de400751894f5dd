/**
 * Builds the bare Astro site (this folder) with Astro's programmatic `build()`: the articles from BENCH_ARTICLES, the
 * output into BARE_OUT_DIR and Astro's cache into BARE_CACHE_DIR, both absolute (the benchmark makes them new, so each
 * build is cold). Run by `npm run bench`.
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'astro';

const outDir = process.env['BARE_OUT_DIR'];
const cacheDir = process.env['BARE_CACHE_DIR'];
if (!outDir || !cacheDir || !process.env['BENCH_ARTICLES'])
  throw new Error('set BENCH_ARTICLES, BARE_OUT_DIR and BARE_CACHE_DIR (absolute paths)');
// Vite's dependency cache is kept from build to build, as the full site's is, but outside src/.
const viteCache = resolve(import.meta.dirname, '../../../../node_modules/.cache/frm-bench/bare-vite');
try {
  await build({ root: import.meta.dirname, outDir, cacheDir, logLevel: 'warn', vite: { cacheDir: viteCache } });
} finally {
  // The types Astro generates in this folder's .astro/ serve no one: leave src/ as it was.
  await rm(resolve(import.meta.dirname, '.astro'), { recursive: true, force: true });
}
