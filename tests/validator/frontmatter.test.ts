/** One bad field per article: each case is tests/fixtures/content/invalid/<file>.md added to a copy of the valid folder. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { errorsOf, expectErrors, INVALID_DIR, validateCase, validateWith } from '../helpers/content.ts';

interface Case {
  name: string;
  file: string;
  field: string;
  message: string;
  line?: number;
}

const cases: Case[] = [
  { name: 'a missing required field', file: 'missing-title', field: 'title', message: 'is required but missing' },
  { name: 'an empty title', file: 'empty-title', field: 'title', message: 'must not be empty', line: 2 },
  {
    name: 'an unknown country code',
    file: 'unknown-country',
    field: 'countries.1',
    message: '"XX" is not an ISO 3166-1 alpha-2 country code',
    line: 11,
  },
  {
    name: 'a lower-case country code',
    file: 'lower-case-country',
    field: 'countries.0',
    message: 'country code must be upper case: "JO"',
    line: 9,
  },
  {
    name: 'a three-letter country code',
    file: 'three-letter-country',
    field: 'countries.0',
    message: '"JOR" is not an ISO 3166-1 alpha-2 country code',
    line: 9,
  },
  {
    name: 'a javascript: source URL',
    file: 'javascript-url',
    field: 'source.url',
    message: 'expected an absolute http:// or https:// URL',
    line: 6,
  },
  {
    name: 'an ftp: source URL',
    file: 'ftp-url',
    field: 'source.url',
    message: 'expected an absolute http:// or https:// URL',
    line: 6,
  },
  {
    name: 'a malformed date',
    file: 'malformed-date',
    field: 'source.published',
    message: 'expected YYYY-MM-DD, YYYY-MM or YYYY',
    line: 7,
  },
  {
    name: 'an impossible quoted date (2025-02-30)',
    file: 'impossible-date',
    field: 'source.published',
    message: 'not a real calendar date',
    line: 7,
  },
  {
    name: 'an impossible unquoted date (2025-02-30)',
    file: 'impossible-date-unquoted',
    field: 'source.published',
    message: 'not a real calendar date',
    line: 7,
  },
  {
    name: 'topics given as a string',
    file: 'topics-as-string',
    field: 'topics',
    message: 'expected a list of topic ids',
    line: 10,
  },
  {
    name: 'a figure value given as a string',
    file: 'value-as-string',
    field: 'figures.0.value',
    message: 'expected a number',
    line: 12,
  },
  {
    name: 'a negative figure',
    file: 'negative-figure',
    field: 'figures.0.value',
    message: 'must not be negative',
    line: 12,
  },
  {
    name: 'min greater than max',
    file: 'min-greater-than-max',
    field: 'figures.0.min',
    message: 'min (10) is greater than max (5)',
    line: 13,
  },
  {
    name: 'an unknown measure',
    file: 'unknown-measure',
    field: 'figures.0.measure',
    message: 'expected one of: recruited, deployed',
    line: 13,
  },
  {
    name: 'draft given as a string',
    file: 'draft-as-string',
    field: 'draft',
    message: 'expected true or false',
    line: 11,
  },
  {
    name: 'an unknown figure basis',
    file: 'unknown-basis',
    field: 'figures.0.basis',
    line: 16,
    message: 'expected one of: official, estimate, documented-minimum, unverified, unknown',
  },
  {
    name: 'an unknown figure span',
    file: 'unknown-span',
    field: 'figures.0.span',
    line: 17,
    message: 'expected one of: total, period, unknown',
  },
  {
    name: 'an unknown figure side',
    file: 'unknown-side',
    field: 'figures.0.side',
    line: 18,
    message: 'expected one of: russia, ukraine, both, unknown',
  },
  {
    name: 'a period on a figure whose span is not period',
    file: 'period-without-period-span',
    field: 'figures.0.period',
    line: 18,
    message: 'a period is only for figures with span: period',
  },
];

describe('validateContent', () => {
  test.each(cases)('rejects $name', async ({ file, field, message, line }) => {
    const result = await validateCase(`${file}.md`);
    expectErrors(result, [{ file: `content/articles/2025/${file}.md`, field, message, line }]);
  });

  test('rejects an unknown key (typo "contries"), suggests the key meant, points the missing key at it', async () => {
    const result = await validateCase('unknown-key.md');
    const file = 'content/articles/2025/unknown-key.md';
    expectErrors(result, [
      { file, field: 'contries', message: 'unknown field "contries": did you mean "countries"?', line: 9 },
      { file, field: 'countries', message: 'is required but missing (is "contries" on line 9 a misspelling of it?)' },
    ]);
  });

  test('says a wrong type is wrong, not missing', async () => {
    for (const name of ['topics-as-string.md', 'value-as-string.md', 'draft-as-string.md']) {
      const messages = errorsOf(await validateCase(name)).map((p) => p.message);
      expect(messages.length, name).toBeGreaterThan(0);
      expect(messages.join('\n'), name).not.toContain('missing');
    }
  });

  test('accepts the unquoted dates YAML turns into Date objects when they are real', async () => {
    const text = await readFile(join(INVALID_DIR, 'impossible-date-unquoted.md'), 'utf8');
    expect(text).toContain('  published: 2025-02-30\n');
    const fixed = await validateWith('articles/2025/real-date.md', text.replace('2025-02-30', '2025-02-28'));
    expect(errorsOf(fixed)).toEqual([]);
  });
});
