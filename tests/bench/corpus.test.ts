/** The benchmark's added article (src/cli/bench/corpus.ts): one more valid article, new to the corpus. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addArticle, generateCorpus, readVocabulary, type Vocabulary } from '../../src/cli/bench/corpus.ts';
import { readContent } from '../../src/content-files/index.ts';
import { validateContent } from '../../src/content-files/validate/index.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');
const N = 12;
let dir = '';
let vocab: Vocabulary;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'frm-corpus-test-'));
  vocab = await readVocabulary(CONTENT);
  await generateCorpus(CONTENT, join(dir, 'content'), N, vocab);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The corpus's article files, as the content module reads them. */
const articleFiles = async (content: string) => (await readContent(content)).articles.map((a) => a.file);

describe('addArticle', () => {
  test('writes one new article that the validator accepts with the rest of the corpus', async () => {
    const content = join(dir, 'content');
    const before = await articleFiles(content);
    const file = await addArticle(content, N, vocab);
    try {
      const after = await articleFiles(content);
      expect(after.length).toBe(before.length + 1);
      expect(file.endsWith(`-${N + 1}.md`)).toBe(true);
      const result = await validateContent(content, { now: new Date('2026-06-01T00:00:00Z') });
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(result.articles).toBe(N + 1);
    } finally {
      await rm(file);
    }
  });

  test('refuses to overwrite an article already there', async () => {
    const content = join(dir, 'content');
    const file = await addArticle(content, N, vocab);
    try {
      await expect(addArticle(content, N, vocab)).rejects.toThrow(/EEXIST/);
    } finally {
      await rm(file);
    }
  });
});
