/**
 * Builds the real site once per run, with the real build command (validate, Astro, Pagefind, swap), into
 * tests/.tmp/site-<pid>. The `site` and `browser` projects both list this global setup; Vitest runs the global setups
 * of all projects in its main process, one project after another, so the build is shared through globalThis and
 * removed when the last project using it is torn down. Tests read `inject('siteDir')`; the browser project's server is
 * tests/setup/server.ts.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';

const root = resolve(import.meta.dirname, '../..');

/** The run's one built site and how many projects still use it. */
interface SharedSite {
  dir: string;
  users: number;
}
const KEY = Symbol.for('frm.tests.site');
const shared = globalThis as typeof globalThis & { [KEY]?: SharedSite };

/** Builds the site on first use; later calls (the next project) reuse it. */
function useSite(): SharedSite {
  let site = shared[KEY];
  if (!site) {
    const dir = resolve(root, `tests/.tmp/site-${process.pid}`);
    execFileSync(process.execPath, ['src/cli/build.ts'], {
      cwd: root,
      env: { ...process.env, OUT_DIR: dir, CI: 'true' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    shared[KEY] = site = { dir, users: 0 };
  }
  site.users++;
  return site;
}

export default function setup(project: TestProject): () => Promise<void> {
  const site = useSite();
  project.provide('siteDir', site.dir);
  return async () => {
    if (--site.users > 0) return;
    delete shared[KEY];
    await rm(site.dir, { recursive: true, force: true });
    await rm(`${site.dir}.cache`, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}
