import { defineConfig } from 'vitest/config';

// Unit tests run in parallel; build and browser tests share one built site (tests/setup/global.ts) and run one file at a time.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    reporters: process.env['CI'] ? ['default'] : ['default'],
  },
});
