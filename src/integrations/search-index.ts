/**
 * The site's Pagefind search index as an Astro integration, so `astro build` and `astro dev` are the real site.
 * Records come from the content through the content module (not from the rendered pages), so the index is built and
 * written to a draft folder in Astro's cache from astro:build:start, while Astro renders; astro:build:done moves it
 * into the output.
 * In dev it is built once when the server starts and served from memory under /pagefind/.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ServerResponse } from 'node:http';
import { cp, rename, rm } from 'node:fs/promises';
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
  let pending: Promise<number> | undefined;
  let started = 0;
  let draft = '';
  /** Builds the index and writes it to the draft folder; resolves with the number of records. */
  const writeDraft = async (): Promise<number> => {
    const { index, records } = await createSearchIndex(contentDir);
    await rm(draft, { recursive: true, force: true });
    const { errors } = await index.writeFiles({ outputPath: draft });
    if (errors.length > 0) throw new Error('Pagefind could not write the index', { cause: errors });
    return records;
  };
  const fail = (logger: AstroIntegrationLogger, error: unknown): never => {
    logger.error(error instanceof Error ? `${error.message}: ${String(error.cause ?? '')}` : String(error));
    throw new Error('The search index could not be built.', { cause: error });
  };
  return {
    name: 'frm:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        draft = fileURLToPath(new URL('frm-search-draft/', config.cacheDir));
      },
      'astro:build:start': () => {
        if (!build) return;
        started = performance.now();
        pending = writeDraft().finally(() => pagefind.close());
        pending.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!build) return;
        try {
          const records = await (pending ?? writeDraft().finally(() => pagefind.close()));
          const target = fileURLToPath(new URL(`.${BASE}`, dir));
          await rm(target, { recursive: true, force: true });
          // A cache on another file system than the output cannot be renamed across: copy it instead.
          await rename(draft, target).catch(async () => {
            await cp(draft, target, { recursive: true });
            await rm(draft, { recursive: true, force: true });
          });
          logger.info(`indexed ${records} articles in ${seconds(started)}`);
        } catch (error) {
          fail(logger, error);
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
