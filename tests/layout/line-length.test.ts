/**
 * No line in src/ is longer than 120 characters, Biome's print width. Biome wraps code but not long comments, strings,
 * template literals or .astro markup, so this covers what the formatter leaves alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const MAX = 120;
const TEXT = /\.(ts|mts|js|mjs|astro|css|json|md|svg|html)$/;

/** `file:line (length)` for each line of `text` longer than `max` characters (code points, as an editor counts). */
function longLines(file: string, text: string, max = MAX): string[] {
  return text.split('\n').flatMap((line, i) => {
    const length = [...line.replace(/\r$/, '')].length;
    return length > max ? [`${file}:${i + 1} (${length})`] : [];
  });
}

describe('longLines', () => {
  test('reports each line over the limit with its number and length', () => {
    const text = ['short', 'x'.repeat(121), 'y'.repeat(120), `// ${'z'.repeat(200)}`].join('\n');
    expect(longLines('a.ts', text)).toEqual(['a.ts:2 (121)', 'a.ts:4 (203)']);
  });

  test('counts characters, not bytes or UTF-16 units', () => {
    expect(longLines('a.astro', '…'.repeat(120))).toEqual([]);
    expect(longLines('a.astro', '𝄞'.repeat(120))).toEqual([]);
    expect(longLines('a.astro', '…'.repeat(121))).toEqual(['a.astro:1 (121)']);
  });

  test('ignores a Windows line ending', () => {
    expect(longLines('a.ts', `${'x'.repeat(120)}\r\nshort`)).toEqual([]);
  });
});

describe('src/', () => {
  test(`has no line longer than ${MAX} characters`, () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => TEXT.test(f));
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.endsWith('.astro'))).toBe(true);
    const found = files.flatMap((f) => longLines(`src/${f}`, readFileSync(join(SRC, f), 'utf8')));
    expect(found, `wrap these lines at ${MAX} columns (comments, strings, markup)`).toEqual([]);
  });
});
