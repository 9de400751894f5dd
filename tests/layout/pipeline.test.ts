/**
 * The one pipeline's shape (issue 22): `npm run build` is Astro's build plus the swap, in a few dozen lines, and the
 * Astro side (src/integrations/, src/content-files/, the content config) imports nothing from the command line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.[^'"\n]+)['"]/g;

/** Every code file under `dir` (absolute). */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The relative imports of `file` that resolve into src/cli/. */
function importsFromCli(file: string): string[] {
  const cli = `${join(ROOT, 'src', 'cli')}${sep}`;
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
    .map((m) => m[1] ?? '')
    .filter((s) => resolve(dirname(file), s).startsWith(cli));
}

describe('the build pipeline', () => {
  test('src/cli/build.ts and src/cli/build/ are under 120 lines in all', () => {
    const files = [join(ROOT, 'src/cli/build.ts'), ...codeFiles(join(ROOT, 'src/cli/build'))];
    const lines = files.map((f) => readFileSync(f, 'utf8').trimEnd().split('\n').length);
    expect(lines.reduce((a, b) => a + b, 0)).toBeLessThan(120);
  });

  test('the Astro side imports nothing from src/cli/', () => {
    const files = [
      ...codeFiles(join(ROOT, 'src/integrations')),
      ...codeFiles(join(ROOT, 'src/content-files')),
      join(ROOT, 'src/content.config.ts'),
      join(ROOT, 'astro.config.mjs'),
    ];
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap((f) => importsFromCli(f).map((s) => `${f}: ${s}`))).toEqual([]);
  });
});
