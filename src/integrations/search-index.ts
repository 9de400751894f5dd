/**
 * The site's Pagefind search index as an Astro integration, so `astro build` and `astro dev` are the real site
 * (Starlight's integrations/pagefind.ts). The records come from Astro's own content store: a route renders them
 * (src/pages/pagefind-records.json.ts) with the pages, and at astro:build:done this integration indexes them, writes
 * `/pagefind/` and removes the records file. In dev the index is built from the dev server's records on first use.
 */
import type { AstroIntegration } from 'astro';
import type { ServerResponse } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchRecordsPath } from '../lib/paths.ts';
import type { SearchRecord } from '../lib/search.ts';

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

/** A Pagefind index holding `records`. */
export async function createSearchIndex(records: readonly SearchRecord[]): Promise<pagefind.PagefindIndex> {
  const created = await pagefind.createIndex({});
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
  return index;
}

/** Seconds since `since`, for the log. */
const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** The index files by their path under /pagefind/, for the dev server. */
async function indexFiles(index: pagefind.PagefindIndex): Promise<Map<string, Uint8Array>> {
  const { files, errors } = await index.getFiles();
  if (errors.length > 0) throw new Error('Pagefind could not list the index files', { cause: errors });
  return new Map(files.map((f) => [`${BASE}${f.path}`, f.content]));
}

/** Answers a request for an index file from `files`; false when there is no such file. */
function serve(files: Map<string, Uint8Array>, path: string, res: ServerResponse): boolean {
  const content = files.get(path);
  if (!content) return false;
  res.setHeader('Content-Type', TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
  res.end(content);
  return true;
}

/** Builds the search index into `<outDir>/pagefind/` from the records route (and serves it in dev). */
export function searchIndex(): AstroIntegration {
  return {
    name: 'frm:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const file = new URL(`.${searchRecordsPath()}`, dir);
        try {
          const records = JSON.parse(await readFile(file, 'utf8')) as SearchRecord[];
          const index = await createSearchIndex(records);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL(`.${BASE}`, dir)) });
          const { errors } = written;
          if (errors.length > 0) throw new Error('Pagefind could not write the index', { cause: errors });
          logger.info(`indexed ${records.length} articles in ${seconds(started)}`);
        } catch (error) {
          logger.error(error instanceof Error ? `${error.message}: ${String(error.cause ?? '')}` : String(error));
          throw new Error('The search index could not be built.', { cause: error });
        } finally {
          await rm(file, { force: true });
          await pagefind.close();
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        let files: Promise<Map<string, Uint8Array>> | undefined;
        server.middlewares.use((req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith(BASE)) return next();
          // The records come from the dev server itself, so the index follows the content the server has loaded.
          files ??= (async () => {
            const since = performance.now();
            const url = new URL(searchRecordsPath(), `http://${req.headers.host ?? 'localhost'}`);
            const records = (await (await fetch(url)).json()) as SearchRecord[];
            const found = await indexFiles(await createSearchIndex(records));
            logger.info(`search: indexed ${records.length} articles in ${seconds(since)}; restart to re-index`);
            return found;
          })();
          files.then(
            (found) => (serve(found, path, res) ? undefined : next()),
            (error: unknown) => {
              files = undefined;
              logger.warn(`search is off in dev: ${error instanceof Error ? error.message : String(error)}`);
              next();
            },
          );
        });
      },
    },
  };
}
