/**
 * `npm run build`: validate while Astro builds the site beside the old one, index it for search, then swap it into place.
 * A failure at any step leaves the published `dist/` exactly as it was.
 */
import { spawn } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AstroInlineConfig } from 'astro';
import { contentDir } from '../lib/paths.ts';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, process.env['OUT_DIR'] ?? 'dist');
const staging = `${outDir}.next-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;

/** Seconds since `since` (a performance.now() reading), for the progress lines. */
function elapsed(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** A child process's output, held back until `release` (then passed through as it comes), or dropped with `discard`. */
class HeldOutput {
  #held: [NodeJS.WriteStream, Buffer][] = [];
  #mode: 'hold' | 'pass' | 'drop' = 'hold';
  write(to: NodeJS.WriteStream, chunk: Buffer): void {
    if (this.#mode === 'pass') to.write(chunk);
    else if (this.#mode === 'hold') this.#held.push([to, chunk]);
  }
  release(): void {
    this.#mode = 'pass';
    for (const [to, chunk] of this.#held) to.write(chunk);
    this.#held = [];
  }
  discard(): void {
    this.#mode = 'drop';
    this.#held = [];
  }
}

/**
 * A child process of this script: `exited` resolves with its exit code (or rejects if it could not run), `send` writes
 * a line to its input, `stop` ends it.
 */
interface Child { exited: Promise<number>; output: HeldOutput; send(line: string): void; stop(): Promise<void> }

/** Runs `node [nodeArgs] script [args]` in a child process, its output held back until released. */
function runChild(script: string, args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []): Child {
  const child = spawn(process.execPath, [...nodeArgs, resolve(import.meta.dirname, script), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.on('error', () => undefined);
  const output = new HeldOutput();
  child.stdout.on('data', (chunk: Buffer) => output.write(process.stdout, chunk));
  child.stderr.on('data', (chunk: Buffer) => output.write(process.stderr, chunk));
  const exited = new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => (code === null ? fail(new Error(`${script} was stopped (${signal})`)) : done(code)));
  });
  exited.catch(() => undefined);
  return {
    exited,
    output,
    send: (line) => void child.stdin.write(`${line}\n`),
    stop: async () => {
      child.kill();
      await exited.catch(() => undefined);
    },
  };
}

async function main(): Promise<void> {
  const content = contentDir(process.env['CONTENT_DIR']);
  // A separate OUT_DIR (tests, benchmark) gets its own cache, so parallel builds never share Astro's data store.
  const cacheDir = process.env['OUT_DIR'] ? `${outDir}.cache` : undefined;
  const options: AstroInlineConfig = { root, outDir: staging, ...(cacheDir ? { cacheDir } : {}), logLevel: process.env['CI'] ? 'warn' : 'info' };
  await rm(staging, { recursive: true, force: true });
  // The validator, Astro and the search index run side by side, each in its own process so each frees its memory when
  // done. Astro's output is held back until the content is known to be valid; invalid content stops Astro and drops it.
  const started = performance.now();
  process.stdout.write('build: validate…\nbuild: astro build…\n');
  const validator = runChild('validate.ts', [content]);
  validator.output.release();
  const astro = runChild('build/astro.ts', [], { ASTRO_BUILD_OPTIONS: JSON.stringify(options) }, ['--max-semi-space-size=64']);
  let search: Child | undefined;
  try {
    const validated = await validator.exited;
    if (validated !== 0) {
      astro.output.discard();
      await astro.stop();
      throw new Error(`content is invalid (${validated === 1 ? 'see the problems above' : 'the validator could not read it'}); dist/ was not touched`);
    }
    process.stdout.write(`build: validate done in ${elapsed(started)} s\n`);
    astro.output.release();
    // Once the content is valid, the search index is built from it while Astro renders (src/cli/build/search.ts);
    // it is written into the staged site once Astro is done. Starting it after the validator keeps peak memory down.
    search = runChild('build/search.ts', [], { CONTENT_DIR: content });
    search.output.release();
    const built = await astro.exited;
    if (built !== 0) throw new Error(`astro build failed (exit ${built}); dist/ was not touched`);
    process.stdout.write(`build: astro build done in ${elapsed(started)} s\nbuild: search index…\n`);
    const indexing = performance.now();
    search.send(`write ${resolve(staging, 'pagefind')}`);
    const indexed = await search.exited;
    if (indexed !== 0) throw new Error(`the search index failed (exit ${indexed}); dist/ was not touched`);
    process.stdout.write(`build: search index done in ${elapsed(indexing)} s\n`);
    const hadOld = await exists(outDir);
    if (hadOld) await rename(outDir, previous);
    await rename(staging, outDir);
    if (hadOld) await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await Promise.all([validator.stop(), astro.stop(), search?.stop()]);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  console.log(`build: site ready in ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
