import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that drive Chromium: they share the site build and one server (tests/setup/server.ts). */
export const BROWSER_TESTS = [
  'tests/browser/**/*.test.ts',
  'tests/site/search.test.ts',
  'tests/reliability/csp.test.ts',
  'tests/reliability/hostile-site.test.ts',
];
/** Tests that read the built site, or run whole builds and tools of their own (too slow for `unit`). */
export const SITE_TESTS = ['tests/site/**/*.test.ts', 'tests/reliability/**/*.test.ts', 'tests/typecheck.test.ts'];

// Three projects (`--project unit|site|browser`): unit tests need no build and run in parallel, one worker per core;
// site and browser tests share one build (tests/setup/site.ts) and run one file at a time, after the unit tests.
// tests/layout/projects.test.ts checks that each file is in the project its imports call for.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SITE_TESTS, ...BROWSER_TESTS],
          // Pure code: files share one module graph per worker thread instead of importing zod, Astro's helpers and
          // the validator again for every file (on two busy cores, 70 s down to 30 s).
          pool: 'threads',
          isolate: false,
          // One worker per core (Vitest's default leaves one free): on two busy cores, 20–27 s instead of 23–33 s.
          maxWorkers: '100%',
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE_TESTS,
          exclude: [...configDefaults.exclude, ...BROWSER_TESTS],
          globalSetup: ['tests/setup/site.ts'],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER_TESTS,
          globalSetup: ['tests/setup/site.ts', 'tests/setup/server.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
