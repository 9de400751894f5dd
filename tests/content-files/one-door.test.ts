/**
 * One door to the content on the disk side: src/content-files/ alone parses content files and reads the content folder.
 *
 * The rule, checked on every .ts, .mjs and .astro file under src/ and tests/ except src/content-files/ and this test:
 * 1. no file imports gray-matter or js-yaml;
 * 2. no file that imports a reading function of node:fs (readFile, readdir, opendir, createReadStream, their Sync
 *    forms) also locates the real content folder: a call of `contentDir(`, or a path literal naming it (`'content'` or
 *    `'./content/…'` as the first argument of join/resolve/a reader, `'../../content'`, `root, 'content'`).
 * Fixtures that tests copy or write into temp folders (`join(tmp, 'content')`) and problem labels (`'content/…'` in
 * expected messages) are not the content folder, so they pass.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const EXEMPT = ['src/content-files/', 'tests/content-files/one-door.test.ts'];

const PARSERS = /(?:from\s+|import\(\s*|require\(\s*)['"](gray-matter|js-yaml)['"]/;
const FS_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]node:fs(?:\/promises)?['"]/g;
const READERS = /\b(readFile|readdir|opendir|createReadStream|readFileSync|readdirSync|opendirSync)\b/;
const CONTENT_FOLDER = [
  /\bcontentDir\(/,
  /\b(?:join|resolve|readFile|readdir|readFileSync|readdirSync)\(\s*['"](?:\.\/)?content['"/]/,
  /['"](?:\.\.\/)+content['"/]/,
  /\b(?:ROOT|root)\s*,\s*['"]content['"/]/,
];

/** Every source file under `dir`, relative to the project. */
async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .filter((f) => !f.split('/').some((part) => part === 'node_modules' || part.startsWith('.')));
}

/** Why `text` breaks the rule, or undefined. */
function breaksRule(text: string): string | undefined {
  const parser = PARSERS.exec(text)?.[1];
  if (parser) return `imports ${parser}`;
  const fsNames = [...text.matchAll(FS_IMPORT)].map((m) => m[1] ?? '').join(',');
  const reads = READERS.test(fsNames);
  const locates = CONTENT_FOLDER.find((pattern) => pattern.test(text));
  return reads && locates ? `reads files with node:fs and locates the content folder (${locates.source})` : undefined;
}

describe('the content module', () => {
  test('is the only file that parses content files or reads the content folder', async () => {
    const files = [...(await sources('src')), ...(await sources('tests'))];
    expect(files.length).toBeGreaterThan(50);
    const broken: string[] = [];
    for (const file of files) {
      if (EXEMPT.some((e) => file.startsWith(e))) continue;
      const reason = breaksRule(await readFile(join(ROOT, file), 'utf8'));
      if (reason) broken.push(`${file}: ${reason}`);
    }
    expect(broken).toEqual([]);
  });

  test('the rule catches each way of breaking it, and lets fixtures and labels through', () => {
    expect(breaksRule("import matter from 'gray-matter';")).toMatch(/gray-matter/);
    expect(breaksRule("import yaml from 'js-yaml';")).toMatch(/js-yaml/);
    const reader = "import { readFile } from 'node:fs/promises';\n";
    expect(breaksRule(`${reader}const root = contentDir(process.env['CONTENT_DIR']);`)).toMatch(/content folder/);
    expect(breaksRule(`${reader}await readFile(join('content', file));`)).toMatch(/content folder/);
    expect(breaksRule(`${reader}resolve(import.meta.dirname, '../../content/articles');`)).toMatch(/content folder/);
    expect(breaksRule(`${reader}await copyContent(join(tmp, 'content'));`)).toBeUndefined();
    expect(breaksRule(`${reader}expect(p.file).toBe('content/articles/2025/x.md');`)).toBeUndefined();
    expect(breaksRule("import { writeFile } from 'node:fs/promises';\ncontentDir(undefined);")).toBeUndefined();
  });
});
