/** Refusals with exact file, line, field and message: URL hygiene, invisible characters, future dates, bodies. */
import { describe, expect, test } from 'vitest';
import { MEASURES } from '../../src/schema/index.ts';
import { expectExactErrors, readCase, validateCase, validateWithFiles } from '../helpers/content.ts';

const at = (name: string, folder = '2025') => `content/articles/${folder}/${name}`;
const gazette = 'articles/2025/fixture-agency-reports-recruits-example-gazette.md';

describe('validateContent refuses URLs', () => {
  test('with a user name and password', async () => {
    expectExactErrors(await validateCase('url-with-password.md'), [
      {
        file: at('url-with-password.md'),
        line: 6,
        field: 'source.url',
        message: 'the URL contains a user name or password before the host: remove "…@"',
      },
    ]);
  });

  test('with whitespace', async () => {
    expectExactErrors(await validateCase('url-with-space.md'), [
      {
        file: at('url-with-space.md'),
        line: 6,
        field: 'source.url',
        message: 'the URL contains whitespace (U+0020 at character 32): remove it, or write a space in the path as %20',
      },
    ]);
  });

  test('with a control character', async () => {
    expectExactErrors(await validateCase('url-with-control.md'), [
      {
        file: at('url-with-control.md'),
        line: 6,
        field: 'source.url',
        message: 'the URL contains a control character (U+0007 at character 33): retype the URL',
      },
    ]);
  });

  test('with tracking parameters, naming them and the URL to cite', async () => {
    expectExactErrors(await validateCase('tracking-parameters.md'), [
      {
        file: at('tracking-parameters.md'),
        line: 6,
        field: 'source.url',
        message:
          'remove the tracking parameters utm_source, fbclid from the URL: ' +
          'cite https://example.org/invalid/tracking?id=7',
      },
    ]);
  });

  test('with a fragment', async () => {
    expectExactErrors(await validateCase('url-fragment.md'), [
      {
        file: at('url-fragment.md'),
        line: 6,
        field: 'source.url',
        message: 'remove the fragment "#comments" from the URL: cite https://example.org/invalid/fragment',
      },
    ]);
  });

  test("of a copy that differs from another article's URL only by tracking parameters and a fragment", async () => {
    const copy = 'https://example.org/news/2025/03/fixture-recruits?utm_campaign=wire#top';
    expectExactErrors(await validateCase('copy-near-duplicate.md'), [
      {
        file: at('copy-near-duplicate.md'),
        line: 13,
        field: 'copies.0.url',
        message:
          'remove the tracking parameter utm_campaign and the fragment "#top" from the URL: ' +
          'cite https://example.org/news/2025/03/fixture-recruits',
      },
      {
        file: `content/${gazette}`,
        line: 6,
        field: 'source.url',
        message:
          `duplicate URL: articles/2025/copy-near-duplicate.md already cites ${copy} (copies.0.url); ` +
          'the two differ only by scheme, host case, www., a trailing slash, fragment or tracking parameters',
      },
    ]);
  });

  test('that differ from another only by host case and a fragment', async () => {
    const text = (await readCase('url-fragment.md'))
      .replace('fragment#comments', 'same')
      .replace('example.org', 'EXAMPLE.org');
    const other = text.replace('https://EXAMPLE.org/invalid/same', 'http://www.example.org/invalid/same/#top');
    const result = await validateWithFiles({ 'articles/2025/a-first.md': text, 'articles/2025/b-second.md': other });
    expectExactErrors(result, [
      {
        file: 'content/articles/2025/b-second.md',
        line: 6,
        field: 'source.url',
        message: 'remove the fragment "#top" from the URL: cite http://www.example.org/invalid/same/',
      },
      {
        file: 'content/articles/2025/b-second.md',
        line: 6,
        field: 'source.url',
        message:
          'duplicate URL: articles/2025/a-first.md already cites https://EXAMPLE.org/invalid/same (source.url); ' +
          'the two differ only by scheme, host case, www., a trailing slash, fragment or tracking parameters',
      },
    ]);
  });
});

describe('validateContent refuses invisible characters', () => {
  test('zero-width, bidi overrides and isolates in any text field, each at its place', async () => {
    const file = at('invisible-characters.md');
    const text = (name: string, code: string, n: number) =>
      `contains an invisible ${name} (${code}) at character ${n}: delete it; retype the text if unsure`;
    expectExactErrors(await validateCase('invisible-characters.md'), [
      { file, line: 2, field: 'title', message: text('zero-width space', 'U+200B', 22) },
      { file, line: 7, field: 'source.title', message: text('right-to-left override', 'U+202E', 9) },
      { file, line: 7, field: 'source.title', message: text('pop directional formatting', 'U+202C', 18) },
      { file, line: 16, field: 'figures.0.claimant', message: text('left-to-right isolate', 'U+2066', 8) },
      { file, line: 16, field: 'figures.0.claimant', message: text('pop directional isolate', 'U+2069', 13) },
    ]);
  });

  test('in an id and in an outlet file', async () => {
    const article = (await readCase('url-fragment.md'))
      .replace('fragment#comments', 'zw-id')
      .replace('[government-response]', '["government-response\\uFEFF"]');
    const outlet = 'name: "Zero\\u200Dwidth (fixture)"\nlanguages: [en]\n';
    const result = await validateWithFiles({ 'articles/2025/zw-id.md': article, 'outlets/zw-outlet.yaml': outlet });
    expectExactErrors(result, [
      {
        file: 'content/articles/2025/zw-id.md',
        line: 10,
        field: 'topics.0',
        message: 'expected a lower-case kebab-case id such as "the-national"',
      },
      {
        file: 'content/articles/2025/zw-id.md',
        line: 10,
        field: 'topics.0',
        message:
          'contains an invisible zero-width no-break space (byte-order mark) (U+FEFF) at character 20: ' +
          'delete it; retype the text if unsure',
      },
      {
        file: 'content/outlets/zw-outlet.yaml',
        line: 1,
        field: 'name',
        message:
          'contains an invisible zero-width joiner (U+200D) at character 5: delete it; retype the text if unsure',
      },
    ]);
  });

  test('but accepts a zero-width non-joiner inside a Persian word, where it is spelling', async () => {
    const persian = (await readCase('url-fragment.md'))
      .replace('fragment#comments', 'persian')
      .replace('  published:', '  title: "روسیه سربازان خارجی را استخدام می\u200Cکند"\n  published:');
    expectExactErrors(await validateWithFiles({ 'articles/2025/persian.md': persian }), []);
  });
});

describe('validateContent refuses dates in the future', () => {
  test('in source.published, figures, copies, corrections and added, allowing the day begun east of UTC', async () => {
    const file = at('future-dates.md', '2026');
    const future = (date: string) => `"${date}" is in the future (it is not yet ${date} anywhere): check the date`;
    expectExactErrors(await validateCase('future-dates.md', 'articles/2026/future-dates.md'), [
      { file, line: 7, field: 'source.published', message: future('2026-07') },
      { file, line: 16, field: 'figures.0.as_of', message: future('2027') },
      { file, line: 23, field: 'copies.0.published', message: future('2026-06-03') },
      { file, line: 27, field: 'corrections.1.date', message: future('2026-06-10') },
      { file, line: 29, field: 'added', message: future('2026-06-05') },
    ]);
  });

  test('in a story', async () => {
    const story = 'title: "A story told early"\ndate: "2027-01"\nsummary: "Made up for the tests."\n';
    expectExactErrors(await validateWithFiles({ 'stories/future-story.yaml': story }), [
      {
        file: 'content/stories/future-story.yaml',
        line: 2,
        field: 'date',
        message: '"2027-01" is in the future (it is not yet 2027-01 anywhere): check the date',
      },
    ]);
  });
});

describe('validateContent refuses bodies that are not a summary', () => {
  test("the scaffold's placeholder", async () => {
    expectExactErrors(await validateCase('placeholder-body.md'), [
      {
        file: at('placeholder-body.md'),
        line: 14,
        field: '(body)',
        message: "the body is still the scaffold's placeholder: replace it with our summary",
      },
    ]);
  });

  test('a body under 40 words', async () => {
    expectExactErrors(await validateCase('short-body.md'), [
      {
        file: at('short-body.md'),
        line: 14,
        field: '(body)',
        message: 'the body has 6 words; a summary needs at least 40',
      },
    ]);
  });
});

describe('validateContent names common mistakes', () => {
  test('an unquoted number where an id is expected', async () => {
    const message = (n: number) => `ids are kebab-case text, not numbers: write it in quotes, e.g. "${n}"`;
    expectExactErrors(await validateCase('number-as-id.md'), [
      { file: at('number-as-id.md'), line: 5, field: 'source.outlet', message: message(444) },
      { file: at('number-as-id.md'), line: 11, field: 'story', message: message(12) },
    ]);
  });

  test('UK, EL and alpha-3 country codes, and an upper-case language code', async () => {
    const file = at('country-mistakes.md');
    const code = (c: string, hint: string) => `"${c}" is not an ISO 3166-1 alpha-2 country code: ${hint}`;
    expectExactErrors(await validateCase('country-mistakes.md'), [
      { file, line: 8, field: 'source.language', message: 'language code must be lower case: "en"' },
      { file, line: 9, field: 'countries.0', message: code('UK', 'United Kingdom is "GB"') },
      { file, line: 9, field: 'countries.1', message: code('EL', 'Greece is "GR"') },
      { file, line: 9, field: 'countries.2', message: code('JOR', 'Jordan is "JO"') },
    ]);
  });

  test('near-misses of an outlet, topic, story and measure, with the one meant', async () => {
    const file = at('near-miss-ids.md');
    expectExactErrors(await validateCase('near-miss-ids.md'), [
      {
        file,
        line: 5,
        field: 'source.outlet',
        message:
          'unknown outlet "example-gazete": did you mean "example-gazette"? ' +
          'Otherwise add content/outlets/example-gazete.yaml',
      },
      {
        file,
        line: 10,
        field: 'topics.0',
        message:
          'unknown topic "casualty": did you mean "casualties"? ' +
          'Known topics are recruitment-networks, casualties, government-response',
      },
      {
        file,
        line: 11,
        field: 'story',
        message:
          'unknown story "fixture-story-on": did you mean "fixture-story-one"? ' +
          'Otherwise add content/stories/fixture-story-on.yaml',
      },
      {
        file,
        line: 14,
        field: 'figures.0.measure',
        message: `"kiled" is not allowed here: did you mean "killed"? expected one of: ${MEASURES.join(', ')}`,
      },
    ]);
  });
});

describe('validateContent in one pass', () => {
  test('reports a schema error, a wrong year folder and an unknown topic together, and no unused outlet', async () => {
    const result = await validateWithFiles({
      'articles/2025/one-pass.md': await readCase('one-pass.md'),
      'outlets/example-lonely.yaml': 'name: "Lonely outlet (fixture)"\nlanguages: [en]\n',
    });
    const file = at('one-pass.md');
    expectExactErrors(result, [
      { file, line: 2, field: 'title', message: 'must not be empty' },
      {
        file,
        line: 7,
        field: 'source.published',
        message: 'the file belongs in articles/2024/ (found in articles/2025/)',
      },
      {
        file,
        line: 10,
        field: 'topics.1',
        message:
          'unknown topic "no-such-topic": known topics are recruitment-networks, casualties, government-response',
      },
    ]);
    expect(result.problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });

  test('checks the body of an article whose YAML does not parse, and warns of nothing unused', async () => {
    const broken = `---\ntitle: "Broken\nsource: [\n---\n\nShort body.\n`;
    const result = await validateWithFiles({
      'articles/2025/broken.md': broken,
      'outlets/example-lonely.yaml': 'name: "Lonely outlet (fixture)"\nlanguages: [en]\n',
    });
    expect(result.problems.map((p) => `${p.severity} ${p.file}:${p.line}: ${p.field}`)).toEqual([
      'error content/articles/2025/broken.md:4: (frontmatter)',
      'error content/articles/2025/broken.md:6: (body)',
    ]);
  });

  test('does not call an outlet unknown because its file has an error', async () => {
    const result = await validateWithFiles({ 'outlets/example-gazette.yaml': 'name: ""\nlanguages: [en]\n' });
    expectExactErrors(result, [
      { file: 'content/outlets/example-gazette.yaml', line: 1, field: 'name', message: 'must not be empty' },
    ]);
  });

  test('counts a story used by an invalid article, so the story is not lonely', async () => {
    const lonely = (await readCase('one-pass.md'))
      .replace('title: ""', 'title: 1')
      .replace('2024-05-01', '2025-05-01')
      .replace(', no-such-topic', '')
      .replace('example-lonely', 'example-gazette')
      .replace('added:', 'story: fixture-story-two\nadded:');
    const story = 'title: "Fixture story two"\ndate: "2025"\nsummary: "Made up."\n';
    const twin = lonely
      .replace('title: 1', 'title: "Fixture twin"')
      .replace('invalid/one-pass', 'invalid/one-pass-twin');
    const result = await validateWithFiles({
      'articles/2025/story-a.md': lonely,
      'articles/2025/story-b.md': twin,
      'stories/fixture-story-two.yaml': story,
    });
    expectExactErrors(result, [
      {
        file: 'content/articles/2025/story-a.md',
        line: 2,
        field: 'title',
        message: 'expected text: write it in quotes, e.g. "1"',
      },
    ]);
    expect(result.problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });
});
