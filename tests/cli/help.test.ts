/** Every command-line tool parses its arguments with node:util parseArgs: --help prints its usage and exits 0. */
import { describe, expect, test } from 'vitest';
import { runNode } from '../reliability/support/run.ts';

const TOOLS = [
  { script: 'validate.ts', usage: 'usage: npm run validate' },
  { script: 'build.ts', usage: 'usage: npm run build' },
  { script: 'new-article.ts', usage: 'usage: npm run new' },
  { script: 'bench.ts', usage: 'usage: npm run bench' },
  { script: 'audit.ts', usage: 'usage: npm run audit' },
  { script: 'check-sources.ts', usage: 'usage: npm run check-sources' },
  { script: 'ensure-chromium.ts', usage: 'usage: node src/cli/ensure-chromium.ts' },
];

describe('--help', () => {
  test.each(TOOLS)('$script prints its usage and exits 0 without doing anything else', async ({ script, usage }) => {
    const run = await runNode([`src/cli/${script}`, '--help']);
    expect(run.code, run.output).toBe(0);
    expect(run.stdout.startsWith(`${usage}`), run.stdout).toBe(true);
    expect(run.stdout).toContain('-h, --help');
    expect(run.stderr).toBe('');
  });
});

describe('argument errors', () => {
  test('validate says "no such folder" for a folder that does not exist, with exit 2', async () => {
    const run = await runNode(['src/cli/validate.ts', 'nosuchdir']);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'validate: no such folder: nosuchdir\n' });
  });

  test("an unknown option is refused with the tool's name, not a stack trace", async () => {
    const run = await runNode(['src/cli/new-article.ts', '--titel', 'x', 'https://example.org/a']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^new: Unknown option '--titel'/);
    expect(run.stderr).not.toContain('    at ');
  });
});
