/**
 * Builds the real site once, with the real build command (validate, Astro, Pagefind, swap)
 * into tests/.tmp/site-<pid>, and serves it on a free port for browser tests. Tests read `inject('siteDir')` and `inject('siteUrl')`.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { serveDir, type StaticServer } from '../helpers/serve.ts';

const root = resolve(import.meta.dirname, '../..');
let server: StaticServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const siteDir = resolve(root, `tests/.tmp/site-${process.pid}`);
  execFileSync(process.execPath, ['src/cli/build.ts'], {
    cwd: root,
    env: { ...process.env, OUT_DIR: siteDir, CI: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server = await serveDir(siteDir);
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', server.url);
  return async () => {
    await server?.close();
    await rm(siteDir, { recursive: true, force: true });
    await rm(`${siteDir}.cache`, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext { siteDir: string; siteUrl: string }
}
