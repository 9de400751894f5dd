/** Rules across files: references to outlets, topics and stories, duplicates, year folders. */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/content-files/validate/index.ts';
import { normaliseUrl } from '../../src/lib/urls.ts';
import {
  copyValid,
  errorsOf,
  expectErrors,
  OPTIONS,
  removeDir,
  validateCase,
  validateWith,
  VALID_DIR,
  writeInto,
} from '../helpers/content.ts';

const gazette = 'articles/2025/fixture-agency-reports-recruits-example-gazette.md';

describe('validateContent', () => {
  test('rejects an unknown outlet', async () => {
    expectErrors(await validateCase('unknown-outlet.md'), [
      {
        file: 'content/articles/2025/unknown-outlet.md',
        field: 'source.outlet',
        line: 5,
        message: 'unknown outlet "no-such-outlet": add content/outlets/no-such-outlet.yaml',
      },
    ]);
  });

  test('rejects an unknown topic, naming the known ones', async () => {
    expectErrors(await validateCase('unknown-topic.md'), [
      {
        file: 'content/articles/2025/unknown-topic.md',
        field: 'topics.1',
        line: 10,
        message:
          'unknown topic "no-such-topic": known topics are recruitment-networks, casualties, government-response',
      },
    ]);
  });

  test('rejects an unknown story', async () => {
    expectErrors(await validateCase('unknown-story.md'), [
      {
        file: 'content/articles/2025/unknown-story.md',
        field: 'story',
        line: 11,
        message: 'unknown story "no-such-story": add content/stories/no-such-story.yaml',
      },
    ]);
  });

  test('rejects a duplicate source URL that differs only by scheme, www. and trailing slash', async () => {
    const bad = await readFile(join('tests/fixtures/content/invalid/duplicate-url.md'), 'utf8');
    expect(bad).toContain('url: "http://example.org/news/2025/03/fixture-recruits"');
    expectErrors(await validateCase('duplicate-url.md'), [
      {
        file: `content/${gazette}`,
        field: 'source.url',
        line: 6,
        message:
          'duplicate URL: articles/2025/duplicate-url.md already cites http://example.org/news/2025/03/fixture-recruits (source.url)',
      },
    ]);
  });

  test("treats a copy URL like a source URL: a copy of another article's source is a duplicate", async () => {
    const text = (await readFile(join(VALID_DIR, gazette), 'utf8'))
      .replace('fixture-recruits/"', 'fixture-recruits-elsewhere/"')
      .replace(
        'added:',
        'copies:\n  - outlet: example-herald\n    url: "http://example.org/news/2025/03/fixture-recruits"\nadded:',
      );
    const result = await validateWith('articles/2025/wire-copy-of-the-gazette-example-herald.md', text);
    const line = text.split('\n').findIndex((l) => l.includes('http://example.org/news/2025/03/fixture-recruits"')) + 1;
    expectErrors(result, [
      {
        file: 'content/articles/2025/wire-copy-of-the-gazette-example-herald.md',
        field: 'copies.0.url',
        line,
        message: `duplicate URL: ${gazette} already cites https://www.example.org/news/2025/03/fixture-recruits/ (source.url)`,
      },
    ]);
  });

  test('refuses a copy whose outlet has no file, and counts a copy as use of its outlet', async () => {
    const text = (await readFile(join(VALID_DIR, gazette), 'utf8'))
      .replace('fixture-recruits/"', 'fixture-recruits-copied/"')
      .replace('added:', 'copies:\n  - outlet: no-such-wire\n    url: "https://wire.example.net/story-1"\nadded:');
    const result = await validateWith('articles/2025/copied-fixture-example-gazette.md', text);
    expectErrors(result, [
      {
        file: 'content/articles/2025/copied-fixture-example-gazette.md',
        field: 'copies.0.outlet',
        message: 'unknown outlet "no-such-wire"',
      },
    ]);
  });

  test('rejects a duplicate slug: the same file name in two year folders', async () => {
    const twin = gazette.replace('2025', '2024');
    expectErrors(await validateCase('duplicate-slug.md', twin), [
      {
        file: `content/${gazette}`,
        field: '(file)',
        line: 1,
        message: `duplicate slug "fixture-agency-reports-recruits-example-gazette": ${twin} has the same file name`,
      },
    ]);
  });

  test('rejects an article in the wrong year folder', async () => {
    expectErrors(await validateCase('wrong-year-folder.md'), [
      {
        file: 'content/articles/2025/wrong-year-folder.md',
        field: 'source.published',
        line: 7,
        message: 'the file belongs in articles/2024/ (found in articles/2025/)',
      },
    ]);
  });

  test('rejects an undated article outside articles/undated/', async () => {
    const text = await readFile(
      join(VALID_DIR, 'articles/undated/fixture-devanagari-headline-example-samachar.md'),
      'utf8',
    );
    const moved = text.replace('fixture-undated', 'fixture-undated-2');
    expectErrors(await validateWith('articles/2025/undated-in-a-year-folder.md', moved), [
      {
        file: 'content/articles/2025/undated-in-a-year-folder.md',
        field: 'source.published',
        line: 4, // the source: line
        message: 'the file belongs in articles/undated/ (found in articles/2025/)',
      },
    ]);
  });

  test('rejects a file name that is not kebab-case', async () => {
    const text = (await readFile(join(VALID_DIR, gazette), 'utf8')).replace('fixture-recruits/', 'fixture-recruits-2/');
    expectErrors(await validateWith('articles/2025/Fixture_Copy.md', text), [
      {
        file: 'content/articles/2025/Fixture_Copy.md',
        field: '(file)',
        line: 1,
        message: 'file name "Fixture_Copy" must be lower-case kebab-case',
      },
    ]);
  });

  test('reports a missing topics.yaml once, without calling every topic unknown', async () => {
    const dir = await copyValid();
    try {
      await rm(join(dir, 'topics.yaml'));
      const errors = errorsOf(await validateContent(dir, OPTIONS));
      expect(errors).toContainEqual(
        expect.objectContaining({ file: 'content/topics.yaml', field: '(file)', message: 'topics.yaml is missing' }),
      );
      expect(errors.filter((p) => p.message.startsWith('unknown topic'))).toHaveLength(0);
    } finally {
      await removeDir(dir);
    }
  });

  test('warns, without erroring, about an unused outlet and a story with one article', async () => {
    const dir = await copyValid();
    try {
      await writeInto(dir, 'outlets/example-unused.yaml', 'name: "Unused (fixture)"\nlanguages: [en]\n');
      await writeInto(
        dir,
        'stories/fixture-story-two.yaml',
        'title: "Lonely fixture story"\ndate: "2025"\nsummary: "Made up."\n',
      );
      const result = await validateContent(dir, OPTIONS);
      expect(result.errors).toBe(0);
      expect(result.problems.map((p) => `${p.severity} ${p.file}: ${p.message}`)).toEqual([
        'warning content/outlets/example-unused.yaml: outlet "example-unused" is not used by any article',
        'warning content/stories/fixture-story-two.yaml: story "fixture-story-two" has 0 articles; a story groups two or more',
      ]);
    } finally {
      await removeDir(dir);
    }
  });
});

describe('normaliseUrl', () => {
  test('ignores scheme, www., host case and trailing slashes, but not path or query', () => {
    const same = ['https://www.example.org/a/b/', 'http://example.org/a/b', 'https://EXAMPLE.org/a/b//'];
    expect(new Set(same.map(normaliseUrl)).size).toBe(1);
    expect(normaliseUrl('https://example.org/a/c')).not.toBe(normaliseUrl(same[0] ?? ''));
    expect(normaliseUrl('https://example.org/a/b?id=2')).not.toBe(normaliseUrl('https://example.org/a/b?id=3'));
    expect(normaliseUrl('https://example.org:8080/a')).not.toBe(normaliseUrl('https://example.org/a'));
  });

  test('ignores the fragment, tracking parameters and the order of other parameters', () => {
    const same = [
      'https://example.org/a?id=2&page=1',
      'https://example.org/a?page=1&id=2#comments',
      'https://example.org/a?utm_source=rss&id=2&fbclid=x&page=1&at_medium=RSS&mc_cid=9',
    ];
    expect(new Set(same.map(normaliseUrl)).size).toBe(1);
    expect(normaliseUrl('https://example.org/a?id=2&page=1')).not.toBe(normaliseUrl('https://example.org/a?id=2'));
  });
});
