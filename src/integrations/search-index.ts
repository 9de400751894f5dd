/**
 * The site's Pagefind search index as an Astro integration (Starlight's integrations/pagefind.ts): at astro:build:done
 * Pagefind reads the built article pages, in the same process as Astro, so `astro build` alone makes the real site.
 * Each article page marks its text (data-pagefind-body) and its result fields, sort key and filters
 * (src/components/SearchMeta.astro). Indexing the built pages measured faster than custom records from the content
 * store (README, Search index). The dev server has no built pages and so no index: /search/ says so.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The pages that carry an article, relative to the output folder: English ones and each language's (`/ne/…`). */
export const ARTICLE_PAGES = '{articles,*/articles}/*/index.html';

/** Where the index is written, as /search/ loads it. */
const BASE = 'pagefind/';

/** Indexes the article pages under `dir` (a built site) into `<dir>/pagefind/`; returns how many pages it indexed. */
export async function writeSearchIndex(dir: string): Promise<number> {
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error('Pagefind could not create an index', { cause: created.errors });
  const { index } = created;
  try {
    const added = await index.addDirectory({ path: dir, glob: ARTICLE_PAGES });
    if (added.errors.length > 0) throw new Error('Pagefind could not index the pages', { cause: added.errors });
    const written = await index.writeFiles({ outputPath: `${dir.replace(/\/$/, '')}/${BASE}` });
    if (written.errors.length > 0) throw new Error('Pagefind could not write the index', { cause: written.errors });
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Where a build leaves what its search index took (`{ pages, seconds }`), in Astro's cache folder, for the bench. */
export const REPORT_FILE = 'search-index.json';

/** Builds the search index into `<outDir>/pagefind/` once Astro has written the pages. */
export function searchIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'frm:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const pages = await writeSearchIndex(fileURLToPath(dir));
          const seconds = (performance.now() - started) / 1000;
          await mkdir(cacheDir, { recursive: true });
          await writeFile(join(cacheDir, REPORT_FILE), `${JSON.stringify({ pages, seconds })}\n`);
          logger.info(`indexed ${pages} article pages in ${seconds.toFixed(1)} s`);
        } catch (error) {
          logger.error(error instanceof Error ? `${error.message}: ${String(error.cause ?? '')}` : String(error));
          throw new Error('The search index could not be built.', { cause: error });
        }
      },
    },
  };
}
