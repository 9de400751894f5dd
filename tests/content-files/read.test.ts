/** readContent: every file of a content folder read once, with ids, the "_" rule, parse problems and what is shown. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { publishedArticles, readContent, type Content } from '../../src/content-files/index.ts';
import { copyValid, removeDir, writeInto } from '../helpers/content.ts';

let dir = '';
let content: Content;

beforeAll(async () => {
  dir = await copyValid();
  await writeInto(dir, 'articles/_drafts/ignored.md', '---\ntitle: ""\n---\n');
  await writeInto(dir, 'articles/2025/_ignored-too.md', 'not even frontmatter');
  await writeInto(dir, 'articles/2025/broken.md', '---\ntitle: [unclosed\n---\n\nBody.\n');
  await writeInto(dir, 'articles/2025/notes.txt', 'not an article');
  await writeInto(dir, 'outlets/_template.yaml', 'name: [unclosed');
  content = await readContent(dir);
});
afterAll(async () => removeDir(dir));

describe('readContent', () => {
  test('gives each article its id from the file name, skipping files and folders that start with "_"', () => {
    expect(content.articles.map((a) => a.file)).toEqual([
      'articles/2024/fixture-cyrillic-headline-example-vestnik.md',
      'articles/2025/broken.md',
      'articles/2025/fixture-agency-reports-recruits-example-gazette.md',
      'articles/2025/fixture-arabic-headline-example-herald.md',
      'articles/undated/fixture-devanagari-headline-example-samachar.md',
    ]);
    expect(content.articles.map((a) => a.id)).toEqual([
      'fixture-cyrillic-headline-example-vestnik',
      'broken',
      'fixture-agency-reports-recruits-example-gazette',
      'fixture-arabic-headline-example-herald',
      'fixture-devanagari-headline-example-samachar',
    ]);
    const outlets = ['example-gazette', 'example-herald', 'example-samachar', 'example-vestnik'];
    expect(content.outlets.map((o) => o.id)).toEqual(outlets);
    expect(content.stories.map((s) => s.id)).toEqual(['fixture-story-one']);
  });

  test('keeps an unreadable article with its body and reports why, without data', () => {
    const broken = content.articles.find((a) => a.id === 'broken');
    expect(broken).toMatchObject({ frontmatter: undefined, data: undefined, body: '\nBody.\n', bodyLine: 4 });
    expect(content.problems).toEqual([
      {
        file: 'articles/2025/broken.md',
        line: 3,
        field: '(frontmatter)',
        severity: 'error',
        message: expect.stringMatching(/^YAML syntax error/),
      },
      {
        file: 'articles/2025/notes.txt',
        line: 1,
        field: '(file)',
        severity: 'warning',
        message: 'articles must be Markdown files ending in .md',
      },
    ]);
  });

  test('parses valid files with the schema: data for each, no issues', () => {
    const valid = content.articles.filter((a) => a.id !== 'broken');
    expect(valid.every((a) => a.data !== undefined && a.issues.length === 0)).toBe(true);
    expect(content.topics?.entries.every((t) => t.data !== undefined)).toBe(true);
  });

  test('publishes schema-valid articles that are not drafts, newest first', () => {
    expect(publishedArticles(content).map((a) => a.id)).toEqual([
      'fixture-arabic-headline-example-herald',
      'fixture-agency-reports-recruits-example-gazette',
      'fixture-cyrillic-headline-example-vestnik',
    ]);
  });

  test('reads only the vocabularies when asked', async () => {
    const vocab = await readContent(dir, { articles: false });
    expect(vocab.articles).toEqual([]);
    expect(vocab.outlets).toHaveLength(4);
  });
});
