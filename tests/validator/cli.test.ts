/** `node src/cli/validate.ts <dir>`: one `path:line: field: message` line per problem, a summary, exit 1 on errors. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyValid, INVALID_DIR, removeDir, ROOT, VALID_DIR, writeInto } from '../helpers/content.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runValidate(dir: string): Promise<Run> {
  return new Promise((done) => {
    execFile(
      NODE,
      ['src/cli/validate.ts', dir],
      { cwd: ROOT, env: { ...process.env, CONTENT_DIR: '' } },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

const PROBLEM = /^(?<file>\S+\.(?:md|yaml|txt)):(?<line>[1-9]\d*): (?<field>\S+): (?<message>\S.*)$/;
const SUMMARY =
  /^(?<errors>\d+) errors?, (?<warnings>\d+) warnings? in (?<files>\d+) files? \((?<articles>\d+) valid articles?, \d+\.\d\d s\)$/;

describe('validate CLI', () => {
  let bad = '';
  let run: Run;

  beforeAll(async () => {
    bad = await copyValid();
    for (const name of [
      'lower-case-country.md',
      'yaml-syntax-error.md',
      'unknown-outlet.md',
      'empty-file.md',
      'alias-bomb.md',
    ]) {
      await writeInto(bad, `articles/2025/${name}`, await readFile(join(INVALID_DIR, name)));
    }
    await writeInto(bad, 'articles/2025/not-utf8.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0x0a]));
    run = await runValidate(bad);
  });
  afterAll(async () => removeDir(bad));

  test('exits 1 when there are errors', () => {
    expect(run.code).toBe(1);
  });

  test('prints every problem as path:line: field: message, then a summary that counts them', () => {
    const lines = run.stdout.trimEnd().split('\n');
    const summary = SUMMARY.exec(lines.at(-1) ?? '');
    expect(summary, lines.at(-1)).not.toBeNull();
    const problems = lines.slice(0, -1);
    for (const line of problems) expect(line).toMatch(PROBLEM);
    const errors = problems.filter((l) => !l.includes(': warning: '));
    expect(errors).toHaveLength(6);
    expect(Number(summary?.groups?.['errors'])).toBe(errors.length);
    expect(Number(summary?.groups?.['warnings'])).toBe(problems.length - errors.length);
    expect(summary?.groups).toMatchObject({ files: '16', articles: '5' });
  });

  test('names each bad file with its field and line', () => {
    const at = (name: string) => join(bad, 'articles/2025', name);
    expect(run.stdout).toContain(
      `${at('lower-case-country.md')}:9: countries.0: country code must be upper case: "JO"\n`,
    );
    expect(run.stdout).toContain(`${at('yaml-syntax-error.md')}:10: (frontmatter): YAML syntax error:`);
    expect(run.stdout).toContain(`${at('unknown-outlet.md')}:5: source.outlet: unknown outlet "no-such-outlet"`);
    expect(run.stdout).toContain(`${at('empty-file.md')}:1: (file): the file is empty`);
    expect(run.stdout).toContain(`${at('alias-bomb.md')}:2: (frontmatter): frontmatter is too large`);
    expect(run.stdout).toContain(`${at('not-utf8.md')}:1: (file): the file is not valid UTF-8 (bad byte at offset 4)`);
  });

  test('prints no stack trace', () => {
    expect(`${run.stdout}${run.stderr}`).not.toContain('    at ');
    expect(run.stderr).toBe('');
  });

  test('exits 0 on the valid folder with only the summary line', async () => {
    const ok = await runValidate(VALID_DIR);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^0 errors, 0 warnings in 10 files \(4 valid articles, \d+\.\d\d s\)$/),
    ]);
    expect(ok.stderr).toBe('');
  });
});
