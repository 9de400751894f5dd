/** The valid fixture folder, oddities included, passes with no problem at all. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, validateContent } from '../../src/content-files/validate/index.ts';
import { readMarkdown } from '../../src/content-files/index.ts';
import { NOW, OPTIONS, VALID_DIR } from '../helpers/content.ts';

const bomFile = 'articles/2025/fixture-arabic-headline-example-herald.md';
const crlfFile = 'articles/2024/fixture-cyrillic-headline-example-vestnik.md';
const undatedFile = 'articles/undated/fixture-devanagari-headline-example-samachar.md';

describe('validateContent', () => {
  test('finds no problem in the valid fixture folder', async () => {
    const result = await validateContent(VALID_DIR, OPTIONS);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result).toMatchObject({ errors: 0, articles: 4, files: 10 });
  });

  test('labels paths with the given prefix', async () => {
    const bad = await validateContent(join(VALID_DIR, 'no-such-folder'), { label: 'elsewhere', now: NOW });
    expect(bad.problems).toContainEqual(
      expect.objectContaining({ file: 'elsewhere/topics.yaml', message: 'topics.yaml is missing' }),
    );
  });
});

describe('the valid fixture', () => {
  // Editors and tools may silently normalise these files; these checks keep the oddities the validator must accept.
  test('keeps a UTF-8 BOM at the start of one article, and reads its Arabic title', async () => {
    const bytes = await readFile(join(VALID_DIR, bomFile));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const read = readMarkdown(bytes);
    expect(read).toMatchObject({ ok: true, data: { source: { title: 'تقرير تجريبي عن المجندين الأجانب' } } });
  });

  test('keeps CRLF line endings in one article, and reads its Cyrillic title and unquoted dates', async () => {
    const bytes = await readFile(join(VALID_DIR, crlfFile));
    const text = bytes.toString('utf8');
    expect(text.split('\r\n').length).toBeGreaterThan(15);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const read = readMarkdown(bytes);
    expect(read).toMatchObject({
      ok: true,
      bodyLine: 17,
      data: {
        source: { title: 'Тестовый заголовок об иностранных добровольцах', published: 2024 },
        added: '2026-01-11',
      },
    });
  });

  test('has an undated draft with a Devanagari title', async () => {
    const read = readMarkdown(await readFile(join(VALID_DIR, undatedFile)));
    expect(read).toMatchObject({
      ok: true,
      data: { draft: true, source: { title: 'परीक्षण शीर्षक: विदेशी भर्ती के बारे में' } },
    });
    expect(read.ok && (read.data as { source: object }).source).not.toHaveProperty('published');
  });

  test('uses only example.org and example.com URLs', async () => {
    const files = (await readdir(VALID_DIR, { recursive: true })).filter((f) => /\.(md|yaml)$/.test(f));
    expect(files).toHaveLength(10);
    for (const file of files) {
      const urls = (await readFile(join(VALID_DIR, file), 'utf8')).match(/[a-z]+:\/\/[^\s")]+/g) ?? [];
      for (const url of urls) expect(new URL(url).hostname, `${file}: ${url}`).toMatch(/(^|\.)example\.(org|com)$/);
    }
  });
});
