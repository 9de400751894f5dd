/**
 * The site's Pagefind search index as an Astro integration, so `astro build` and `astro dev` are the real site.
 * Records come from the content through the content module (not from the rendered pages), so indexing starts at
 * astro:build:start and runs while Astro renders; the index is written into the output at astro:build:done.
 * In dev it is built once when the server starts and served from memory under /pagefind/.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readSearchRecords } from '../cli/build/records.ts';

/** Records in flight to Pagefind at once: enough to keep it busy, few enough to keep memory small. */
const BATCH = 32;

/** Where the index is served, as /search/ loads it. */
const BASE = '/pagefind/';

const TYPES: Record<string, string> = {
  js: 'text/javascript',
  json: 'application/json',
  css: 'text/css',
  wasm: 'application/wasm',
};

/** A Pagefind index holding one record per published article of the content folder at `root`. */
export async function createSearchIndex(root: string): Promise<{ index: pagefind.PagefindIndex; records: number }> {
  const [records, created] = await Promise.all([readSearchRecords(root), pagefind.createIndex({})]);
  if (!created.index) throw new Error('Pagefind could not create an index', { cause: created.errors });
  const index = created.index;
  for (let i = 0; i < records.length; i += BATCH) {
    await Promise.all(
      records.slice(i, i + BATCH).map(async (record) => {
        const added = await index.addCustomRecord(record);
        if (added.errors.length === 0) return;
        throw new Error(`Pagefind refused the record of ${record.url}`, { cause: added.errors });
      }),
    );
  }
  return { index, records: records.length };
}

/** Seconds since `since`, for the log. */
const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Serves the in-memory index files under /pagefind/ in the dev server. */
async function serveFromMemory(index: pagefind.PagefindIndex): Promise<(path: string, res: ServerResponse) => boolean> {
  const { files, errors } = await index.getFiles();
  if (errors.length > 0) throw new Error('Pagefind could not list the index files', { cause: errors });
  const byPath = new Map(files.map((f) => [`${BASE}${f.path}`, f.content]));
  return (path, res) => {
    const content = byPath.get(path);
    if (!content) return false;
    res.setHeader('Content-Type', TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
    res.end(content);
    return true;
  };
}

/** How to index: the content folder, and whether `astro build` indexes (false: `npm run build` does it in a child). */
export interface SearchIndexOptions {
  contentDir: string;
  build?: boolean;
}

/** Builds the search index from the content folder `contentDir` into `<outDir>/pagefind/` (and serves it in dev). */
export function searchIndex({ contentDir, build = true }: SearchIndexOptions): AstroIntegration {
  let pending: ReturnType<typeof createSearchIndex> | undefined;
  let started = 0;
  const fail = (logger: AstroIntegrationLogger, error: unknown): never => {
    logger.error(error instanceof Error ? `${error.message}: ${String(error.cause ?? '')}` : String(error));
    throw new Error('The search index could not be built.', { cause: error });
  };
  return {
    name: 'frm:search-index',
    hooks: {
      'astro:build:start': () => {
        if (!build) return;
        started = performance.now();
        pending = createSearchIndex(contentDir);
        pending.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!build) return;
        try {
          const { index, records } = await (pending ?? createSearchIndex(contentDir));
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL(`.${BASE}`, dir)) });
          const { errors } = written;
          if (errors.length > 0) throw new Error('Pagefind could not write the index', { cause: errors });
          logger.info(`indexed ${records} articles in ${seconds(started)}`);
        } catch (error) {
          fail(logger, error);
        } finally {
          await pagefind.close();
        }
      },
      'astro:server:setup': async ({ server, logger }) => {
        try {
          const since = performance.now();
          const { index, records } = await createSearchIndex(contentDir);
          const serve = await serveFromMemory(index);
          server.middlewares.use((req, res, next) => (serve(req.url?.split('?')[0] ?? '', res) ? undefined : next()));
          logger.info(`search: indexed ${records} articles in ${seconds(since)}; restart the dev server to re-index`);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          logger.warn(`search is off in dev (/search/ finds nothing): ${reason}`);
        }
      },
    },
  };
}
