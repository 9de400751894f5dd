/** Hostile inputs are refused with a clear message instead of hanging or crashing. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/content-files/index.ts';
import { MAX_BODY_CHARS } from '../../src/content-files/validate/body.ts';
import { BODY, errorsOf, expectErrors, validateCase, validateWith, VALID_DIR } from '../helpers/content.ts';

const gazette = 'articles/2025/fixture-agency-reports-recruits-example-gazette.md';

/** A valid article with a fresh URL so it does not duplicate the fixture. */
async function validArticle(): Promise<string> {
  return (await readFile(join(VALID_DIR, gazette), 'utf8')).replace('fixture-recruits/', 'robustness/');
}

describe('validateContent', () => {
  test('refuses a 5 MB body by size', async () => {
    const text = `${await validArticle()}\n${'Fixture filler sentence. '.repeat(200_000)}`;
    const bytes = Buffer.byteLength(text);
    expect(bytes).toBeGreaterThan(5_000_000);
    expectErrors(await validateWith('articles/2025/huge-body.md', text), [
      {
        file: 'content/articles/2025/huge-body.md',
        field: '(file)',
        line: 1,
        message: `the file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES}`,
      },
    ]);
  });

  test('refuses a body over the body limit that fits the file limit', async () => {
    const filler = 'word '.repeat(MAX_BODY_CHARS / 4);
    const article = await validArticle();
    const text = `${article}\n${filler}`;
    const bodyLine = article.split('\n').findIndex((line, i) => i > 0 && line === '---') + 2;
    expectErrors(await validateWith('articles/2025/long-body.md', text), [
      {
        file: 'content/articles/2025/long-body.md',
        field: '(body)',
        line: bodyLine,
        message: `; the limit is ${MAX_BODY_CHARS}`,
      },
    ]);
  });

  test('refuses 10,000 nested [ in the frontmatter', async () => {
    const deep = `---\ncountries: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n\n${BODY}`;
    expectErrors(await validateWith('articles/2025/deep-nesting.md', deep), [
      {
        file: 'content/articles/2025/deep-nesting.md',
        field: '(frontmatter)',
        line: 2,
        message: 'frontmatter is nested more than 12 levels deep',
      },
    ]);
  });

  test('refuses 10,000 unclosed [ without crashing', async () => {
    const deep = `---\ncountries: ${'['.repeat(10_000)}\n---\n\n${BODY}`;
    const errors = errorsOf(await validateWith('articles/2025/deep-unclosed.md', deep));
    expect(errors).toEqual([
      expect.objectContaining({ file: 'content/articles/2025/deep-unclosed.md', field: '(frontmatter)' }),
    ]);
    expect(errors[0]?.message).toMatch(/nested more than 12 levels deep|YAML syntax error/);
    expect(errors[0]?.message).not.toMatch(/call stack/i);
  });

  test('refuses moderately deep nesting that parses', async () => {
    const deep = `---\ncountries: ${'['.repeat(50)}${']'.repeat(50)}\n---\n\n${BODY}`;
    expectErrors(await validateWith('articles/2025/nested-50.md', deep), [
      {
        file: 'content/articles/2025/nested-50.md',
        field: '(frontmatter)',
        line: 2,
        message: 'frontmatter is nested more than 12 levels deep',
      },
    ]);
  });

  test('refuses a YAML alias bomb (billion laughs)', async () => {
    const bomb = await readFile(join('tests/fixtures/content/invalid/alias-bomb.md'), 'utf8');
    expect(bomb.match(/\*[a-h]/g)).toHaveLength(8 * 9);
    expectErrors(await validateCase('alias-bomb.md'), [
      {
        file: 'content/articles/2025/alias-bomb.md',
        field: '(frontmatter)',
        line: 2,
        message: 'frontmatter is too large (more than 5000 values; YAML aliases that expand are refused)',
      },
    ]);
  });

  test('refuses a frontmatter list with too many values', async () => {
    const many = `---\ncountries: [${Array(6000).fill('JO').join(', ')}]\n---\n\n${BODY}`;
    expectErrors(await validateWith('articles/2025/many-values.md', many), [
      {
        file: 'content/articles/2025/many-values.md',
        field: '(frontmatter)',
        line: 2,
        message: 'frontmatter is too large',
      },
    ]);
  });
});
