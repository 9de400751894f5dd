import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('npm run check', () => {
  test('astro check reports no errors, warnings or hints', () => {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    const output = `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    expect(output, output).toMatch(/- 0 errors\s+- 0 warnings\s+- 0 hints/);
    expect(run.status).toBe(0);
  }, 180_000);
});
