/**
 * Nothing is overwritten: `npm run new -- <url>` writes a new file once and refuses every later attempt without
 * touching it; it refuses non-web URLs without writing; and the validator never changes a content file.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseMarkdownOrThrow } from '../../src/content-files/index.ts';
import { copyContent, hashTree, runNode, tempDir, type RunResult } from './support/run.ts';

const URL_NATIONAL = 'https://www.thenationalnews.com/news/mena/2026/03/12/iraq-warns-citizens/';
let tmp: string;
let content: string;

/** `npm run new -- <url>` against the temp content folder. */
function runNew(url: string): Promise<RunResult> {
  return runNode(['src/cli/new-article.ts', url], { CONTENT_DIR: content });
}

const today = (): string => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  tmp = await tempDir('no-overwrite');
  content = await copyContent(join(tmp, 'content'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('npm run new', () => {
  let first: RunResult;
  let path: string;
  let days: string[];

  beforeAll(async () => {
    const before = today();
    first = await runNew(URL_NATIONAL);
    days = [before, today()];
    path = first.stdout.split('\n')[0] ?? '';
  });

  test('writes the file at the printed path, with added = today, the outlet and the date from the URL', async () => {
    expect(first.code, first.output).toBe(0);
    expect(path).toBe(join(content, 'articles/2026/iraq-warns-citizens-the-national.md'));
    const { data } = parseMarkdownOrThrow(await readFile(path));
    expect(days).toContain(data['added']);
    expect(data['source']).toMatchObject({ outlet: 'the-national', url: URL_NATIONAL, published: '2026-03-12' });
  });

  test('recognises an outlet from a subdomain of its homepage host', async () => {
    const run = await runNew('https://en.example.org/world/recruits-return');
    expect(run.code, run.output).toBe(0);
    const { data } = parseMarkdownOrThrow(await readFile(run.stdout.split('\n')[0] ?? ''));
    expect(data['source']).toMatchObject({ outlet: 'example-daily' });
  });

  test('refuses a second time with exit 1 and leaves the edited file byte-for-byte as it was', async () => {
    const edited = `${await readFile(path, 'utf8')}\nThe editor's own words, which must survive.\n`;
    await writeFile(path, edited);
    const again = await runNew(URL_NATIONAL);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${path} already exists; it was not changed`);
    expect(await readFile(path, 'utf8')).toBe(edited);
  });

  test.each(['ftp://example.org/file.txt', 'javascript:alert(1)', 'data:text/html,hi', 'not a url'])(
    'refuses %s without writing anything',
    async (url) => {
      const before = await hashTree(content);
      const run = await runNew(url);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/must be an http:\/\/ or https:\/\/ URL|is not a URL/);
      expect(await hashTree(content)).toEqual(before);
    },
  );
});

describe('npm run validate', () => {
  test('changes no file in the content folder, including invalid ones', async () => {
    const dir = await copyContent(join(tmp, 'validate'));
    await writeFile(
      join(dir, 'articles/2026/broken-frontmatter.md'),
      '---\r\ntitle: [unclosed\r\n---\r\n\r\nBody.\r\n',
    );
    await writeFile(
      join(dir, 'articles/2026/bom-and-html.md'),
      `\uFEFF${(await readFile(join(dir, 'articles/2025/iraq-counts-recruits-example-daily.md'), 'utf8')).replace('Iraqi officials said', '<script>alert(1)</script>\n\nIraqi officials said')}`,
    );
    await writeFile(
      join(dir, 'outlets/bad-outlet.yaml'),
      Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe, 0x0a]),
    );
    const before = await hashTree(dir);
    const run = await runNode(['src/cli/validate.ts', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('broken-frontmatter.md');
    expect(run.stdout).toContain('bom-and-html.md');
    expect(run.stdout).toContain('bad-outlet.yaml');
    expect(await hashTree(dir)).toEqual(before);
  });
});
