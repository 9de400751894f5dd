/** Running the project's commands against fixture content in temp folders: build, Astro alone, validate, new. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../../..');
/** The project's Node 24 (the system node is too old for Astro). */
export const NODE = resolve(ROOT, 'node_modules/.bin/node');
/** A small valid content folder: two outlets, two topics, one story, four articles. */
export const VALID_CONTENT = resolve(ROOT, 'tests/fixtures/parity/valid');

/** What a finished command printed and returned. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  output: string;
}

/** Runs `node <args>` from the repository root with extra environment variables; never throws on a non-zero exit. */
export function runNode(args: readonly string[], env: Record<string, string> = {}): Promise<RunResult> {
  const base: NodeJS.ProcessEnv = { ...process.env, CI: 'true', ASTRO_TELEMETRY_DISABLED: '1' };
  delete base['OUT_DIR'];
  delete base['CONTENT_DIR'];
  return new Promise((done) => {
    execFile(
      NODE,
      [...args],
      { cwd: ROOT, env: { ...base, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

/** `npm run build` (validate, Astro, Pagefind, swap) of `contentDir` into `outDir`. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): Promise<RunResult> {
  return runNode(['src/cli/build.ts'], { CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env });
}

const ASTRO_ONLY = `import { build } from 'astro';
const out = process.env.ASTRO_OUT;
await build({ root: process.cwd(), outDir: out, cacheDir: out + '.cache', logLevel: 'error' });`;

/** Astro's own build of `contentDir` (no validator; its integrations index search) into `outDir`, with its own cache. */
export function astroBuild(contentDir: string, outDir: string): Promise<RunResult> {
  return runNode(['--input-type=module', '-e', ASTRO_ONLY], { CONTENT_DIR: contentDir, ASTRO_OUT: outDir });
}

/** A fresh folder under the OS temp dir. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `frm-${prefix}-`));
}

/** Copies a content folder (default: the valid fixture) to `dest`. */
export async function copyContent(dest: string, from = VALID_CONTENT): Promise<string> {
  await cp(from, dest, { recursive: true });
  return dest;
}

/** Every file under `dir` (relative path → sha256 of its bytes), sorted by path. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const hashes: Record<string, string> = {};
  for (const file of files)
    hashes[relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  return hashes;
}

/** Runs `tasks` with at most `limit` at a time, keeping their order. */
export async function inBatches<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += limit)
    results.push(...(await Promise.all(tasks.slice(i, i + limit).map((t) => t()))));
  return results;
}
