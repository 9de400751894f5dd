/**
 * `npm run build`: validate while Astro builds the site beside the old one, index it for search, then swap it into
 * place. A failure at any step leaves the published `dist/` exactly as it was.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AstroInlineConfig } from 'astro';
import type { PageProgress } from './build/astro.ts';
import { measureSite } from './build/measure.ts';
import { createProgress, type Progress } from './progress.ts';
import { contentDir } from '../lib/paths.ts';

const USAGE = `usage: npm run build [-- --verbose]

Validates the content while Astro builds the site beside the old one and Pagefind indexes it, then swaps the new
site into dist/ (or OUT_DIR). A failure at any step leaves the published site untouched. Prints progress (pages done
of total, at most one line a second) and ends with the number of articles and pages, the size and the time.

  --verbose   print Astro's own log, a line per page, instead of the progress line
  -h, --help  show this help

Environment: CONTENT_DIR (content folder), OUT_DIR (output folder), SITE_URL (the deployed address).`;

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, process.env['OUT_DIR'] ?? 'dist');
const staging = `${outDir}.next-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;

/** Seconds since `since` (a performance.now() reading), for the progress lines. */
function elapsed(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
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
interface Child {
  exited: Promise<number>;
  output: HeldOutput;
  send(line: string): void;
  stop(): Promise<void>;
}

/** How to start a child: environment, Node options, and a handler for its IPC messages (which opens the channel). */
interface ChildOptions {
  env?: Record<string, string>;
  nodeArgs?: string[];
  onMessage?: (message: unknown) => void;
}

/** Runs `node [nodeArgs] script [args]` in a child process, its output held back until released. */
function runChild(script: string, args: string[], { env = {}, nodeArgs = [], onMessage }: ChildOptions = {}): Child {
  const child = spawn(process.execPath, [...nodeArgs, resolve(import.meta.dirname, script), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: onMessage ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['pipe', 'pipe', 'pipe'],
  }) as ChildProcessWithoutNullStreams;
  if (onMessage) child.on('message', onMessage);
  child.stdin.on('error', () => undefined);
  const output = new HeldOutput();
  child.stdout.on('data', (chunk: Buffer) => output.write(process.stdout, chunk));
  child.stderr.on('data', (chunk: Buffer) => output.write(process.stderr, chunk));
  const exited = new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) =>
      code === null ? fail(new Error(`${script} was stopped (${signal})`)) : done(code),
    );
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

/** Prints Astro's page progress once the content is valid: the total, then at most one line a second. */
class PageReporter {
  #progress: Progress | undefined;
  #latest: PageProgress | undefined;
  #open = false;
  /** Pages Astro rendered, once it is done (the rest of the total were reused from the previous build). */
  rendered: number | undefined;
  receive(message: unknown): void {
    const m = message as Partial<PageProgress>;
    if (typeof m.pages !== 'number' || typeof m.of !== 'number') return;
    this.#latest = { pages: m.pages, of: m.of };
    if (typeof m.rendered === 'number') this.rendered = m.rendered;
    if (this.#open) this.#show();
  }
  /** "N pages rendered, M reused from the previous build", once Astro is done. */
  summary(): string | undefined {
    if (this.rendered === undefined || !this.#latest) return undefined;
    const reused = this.#latest.of - this.rendered;
    return `${this.rendered} of ${this.#latest.of} pages rendered, ${reused} reused from the previous build`;
  }
  /** Starts printing (the validator has passed). */
  open(): void {
    this.#open = true;
    if (this.#latest) this.#show();
  }
  #show(): void {
    const { pages, of } = this.#latest as PageProgress;
    if (!this.#progress) {
      process.stdout.write(`build: rendering ${of} pages…\n`);
      const format = (done: number, total: number) => `build: ${done} of ${total} pages`;
      this.#progress = createProgress({ total: of, write: (line) => void process.stdout.write(`${line}\n`), format });
    }
    this.#progress.update(pages);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return void console.log(USAGE);
  const content = contentDir(process.env['CONTENT_DIR']);
  // A separate OUT_DIR (tests, benchmark) gets its own cache, so parallel builds never share Astro's data store.
  const cacheDir = process.env['OUT_DIR'] ? `${outDir}.cache` : undefined;
  // Astro's log has a line per page; the progress line replaces it unless --verbose asks for it.
  const logLevel = values.verbose ? 'info' : 'warn';
  const options: AstroInlineConfig = { root, outDir: staging, ...(cacheDir ? { cacheDir } : {}), logLevel };
  await rm(staging, { recursive: true, force: true });
  // The validator, Astro and the search index run side by side, each in its own process so each frees its memory when
  // done. Astro's output is held back until the content is known to be valid; invalid content stops Astro and drops it.
  const started = performance.now();
  process.stdout.write('build: validate…\nbuild: astro build…\n');
  const validator = runChild('validate.ts', [content]);
  validator.output.release();
  const pages = new PageReporter();
  const astro = runChild('build/astro.ts', [], {
    env: { ASTRO_BUILD_OPTIONS: JSON.stringify(options) },
    nodeArgs: ['--max-semi-space-size=64'],
    ...(values.verbose ? {} : { onMessage: (message: unknown) => pages.receive(message) }),
  });
  let site = { articles: 0, pages: 0, bytes: 0 };
  try {
    const validated = await validator.exited;
    if (validated !== 0) {
      astro.output.discard();
      await astro.stop();
      throw new Error(
        `content is invalid (${validated === 1 ? 'see the problems above' : 'the validator could not read it'}); ` +
          'dist/ was not touched',
      );
    }
    process.stdout.write(`build: validate done in ${elapsed(started)} s\n`);
    astro.output.release();
    pages.open();
    const built = await astro.exited;
    if (built !== 0) throw new Error(`astro build failed (exit ${built}); dist/ was not touched`);
    const reuse = pages.summary();
    process.stdout.write(`build: astro build done in ${elapsed(started)} s${reuse ? ` (${reuse})` : ''}\n`);
    site = await measureSite(staging);
    const hadOld = await exists(outDir);
    if (hadOld) await rename(outDir, previous);
    await rename(staging, outDir);
    if (hadOld) await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await Promise.all([validator.stop(), astro.stop()]);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const mb = (site.bytes / 1024 ** 2).toFixed(1);
  const summary = `${site.articles} articles, ${site.pages} pages, ${mb} MB, ${elapsed(started)} s`;
  console.log(`build: site ready in ${outDir}: ${summary}`);
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
