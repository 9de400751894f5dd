/** Whole-file problems: encoding, frontmatter delimiters, YAML syntax, bodies, and the YAML collections. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { errorsOf, expectErrors, validateCase, validateWith, VALID_DIR } from '../helpers/content.ts';

const gazette = 'articles/2025/fixture-agency-reports-recruits-example-gazette.md';

describe('validateContent', () => {
  test('rejects a YAML syntax error at its line', async () => {
    expectErrors(await validateCase('yaml-syntax-error.md'), [
      {
        file: 'content/articles/2025/yaml-syntax-error.md',
        field: '(frontmatter)',
        line: 10,
        message: 'YAML syntax error: missed comma between flow collection entries',
      },
    ]);
  });

  test('rejects a file without frontmatter', async () => {
    expectErrors(await validateCase('no-frontmatter.md'), [
      {
        file: 'content/articles/2025/no-frontmatter.md',
        field: '(frontmatter)',
        line: 1,
        message: 'no frontmatter: the file must start with a --- line',
      },
    ]);
  });

  test('rejects frontmatter without a closing --- line', async () => {
    expectErrors(await validateCase('unclosed-frontmatter.md'), [
      {
        file: 'content/articles/2025/unclosed-frontmatter.md',
        field: '(frontmatter)',
        line: 1,
        message: 'the frontmatter is not closed',
      },
    ]);
  });

  test('rejects an empty file', async () => {
    expectErrors(await validateCase('empty-file.md'), [
      {
        file: 'content/articles/2025/empty-file.md',
        field: '(file)',
        line: 1,
        message: 'the file is empty',
      },
    ]);
  });

  test('rejects bytes that are not UTF-8, giving the offset', async () => {
    const good = await readFile(join(VALID_DIR, gazette));
    const at = good.indexOf('Fixture headline');
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xff, 0xfe]), good.subarray(at)]);
    expectErrors(await validateWith('articles/2025/latin-1.md', bad), [
      {
        file: 'content/articles/2025/latin-1.md',
        field: '(file)',
        line: 1,
        message: `the file is not valid UTF-8 (bad byte at offset ${at}); save it as UTF-8`,
      },
    ]);
  });

  test('rejects a Latin-1 outlet file', async () => {
    const latin1 = Buffer.from('name: "Caf\xe9 Gazette"\nlanguages: [fr]\n', 'latin1');
    expectErrors(await validateWith('outlets/cafe-gazette.yaml', latin1), [
      {
        file: 'content/outlets/cafe-gazette.yaml',
        field: '(file)',
        line: 1,
        message: 'the file is not valid UTF-8 (bad byte at offset 10)',
      },
    ]);
  });

  test('rejects an empty body', async () => {
    expectErrors(await validateCase('empty-body.md'), [
      {
        file: 'content/articles/2025/empty-body.md',
        field: '(body)',
        line: 13,
        message: 'the body is empty',
      },
    ]);
  });

  test('rejects raw HTML in the body at its line', async () => {
    expectErrors(await validateCase('raw-html-body.md'), [
      {
        file: 'content/articles/2025/raw-html-body.md',
        field: '(body)',
        line: 16,
        message: 'raw HTML is not allowed in the body',
      },
    ]);
  });

  test('rejects a javascript: link in the body', async () => {
    expectErrors(await validateCase('javascript-link-body.md'), [
      {
        file: 'content/articles/2025/javascript-link-body.md',
        field: '(body)',
        line: 14,
        message: 'link "javascript:alert(1)" is not allowed',
      },
    ]);
  });

  test('rejects an outlet with a javascript: homepage', async () => {
    expectErrors(await validateCase('outlet-javascript-homepage.yaml', 'outlets/outlet-javascript-homepage.yaml'), [
      {
        file: 'content/outlets/outlet-javascript-homepage.yaml',
        field: 'homepage',
        line: 2,
        message: 'expected an absolute http:// or https:// URL',
      },
    ]);
  });

  test('rejects a topic without a description, on its own line', async () => {
    const topics = await readFile(join(VALID_DIR, 'topics.yaml'), 'utf8');
    const result = await validateWith('topics.yaml', `${topics}legal-penalties:\n  title: Legal penalties\n`);
    expectErrors(result, [
      {
        file: 'content/topics.yaml',
        field: 'legal-penalties.description',
        line: 11,
        message: 'is required but missing',
      },
    ]);
  });

  test('rejects a topics file that is a list', async () => {
    const result = await validateWith('topics.yaml', '- casualties\n- government-response\n');
    expect(errorsOf(result)).toContainEqual(
      expect.objectContaining({
        file: 'content/topics.yaml',
        field: '(file)',
        message: 'expected a map of topic ids to { title, description }',
      }),
    );
  });

  test('warns about a non-Markdown file among the articles without failing', async () => {
    const result = await validateWith('articles/2025/notes.txt', 'editor notes');
    expect(result.errors).toBe(0);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        file: 'content/articles/2025/notes.txt',
        severity: 'warning',
        message: 'articles must be Markdown files ending in .md',
      }),
    );
  });
});
