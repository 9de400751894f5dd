/**
 * `npm run build`: validate, build the site beside the old one, index it for search, then swap it into place.
 * A failure at any step leaves the published `dist/` exactly as it was.
 */
import { spawn } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AstroInlineConfig } from 'astro';
import * as pagefind from 'pagefind';
import { formatProblem, summarise, validateContent } from './validate/index.ts';
import { contentDir } from '../lib/paths.ts';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, process.env['OUT_DIR'] ?? 'dist');
const staging = `${outDir}.next-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;

/** Runs one step, printing its name and time. */
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  process.stdout.write(`build: ${name}…\n`);
  const result = await run();
  process.stdout.write(`build: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** Astro in a child process (src/cli/build/astro.ts), so its memory is freed before Pagefind runs. */
interface AstroChild { start(): Promise<void>; stop(): Promise<void> }

/** Spawns the child, which loads Astro meanwhile; `start` runs the build and resolves when it succeeds, `stop` ends it unbuilt. */
function spawnAstro(options: AstroInlineConfig): AstroChild {
  const child = spawn(process.execPath, ['--max-semi-space-size=64', resolve(import.meta.dirname, 'build/astro.ts')], {
    cwd: root,
    env: { ...process.env, ASTRO_BUILD_OPTIONS: JSON.stringify(options) },
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const done = new Promise<void>((ok, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => (code === 0 ? ok() : fail(new Error(`astro build failed (${signal ?? `exit ${code}`})`))));
  });
  done.catch(() => undefined);
  child.stdin.on('error', () => undefined);
  return {
    start: () => {
      child.stdin.end('build\n');
      return done;
    },
    stop: async () => {
      child.kill();
      await done.catch(() => undefined);
    },
  };
}

/** Pagefind indexes the staged site's article pages (the only ones with data-pagefind-body), with their filters. */
async function indexSearch(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir, glob: 'articles/*/index.html' });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: resolve(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}

async function main(): Promise<void> {
  const content = contentDir(process.env['CONTENT_DIR']);
  // A separate OUT_DIR (tests, benchmark) gets its own cache, so parallel builds never share Astro's data store.
  const cacheDir = process.env['OUT_DIR'] ? `${outDir}.cache` : undefined;
  // Astro loads in its own process while the content is validated; it builds only once the content is valid.
  const astro = spawnAstro({ root, outDir: staging, ...(cacheDir ? { cacheDir } : {}), logLevel: process.env['CI'] ? 'warn' : 'info' });
  try {
    const result = await step('validate', () => validateContent(content));
    for (const problem of result.problems) console.log(formatProblem(problem));
    if (result.errors > 0) {
      throw new Error(`content is invalid (${summarise(result.problems, result.files)}); dist/ was not touched`);
    }
  } catch (error) {
    await astro.stop();
    throw error;
  }
  await rm(staging, { recursive: true, force: true });
  try {
    await step('astro build', () => astro.start());
    const pages = await step('search index', () => indexSearch(staging));
    console.log(`build: indexed ${pages} pages`);
    const hadOld = await exists(outDir);
    if (hadOld) await rename(outDir, previous);
    await rename(staging, outDir);
    if (hadOld) await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await astro.stop();
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  console.log(`build: site ready in ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
