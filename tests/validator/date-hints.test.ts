/** Undated articles whose URL or copy gives a date the validator can read get a warning (issue 25, point 3). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findDateHints } from '../../src/content-files/validate/dates.ts';
import { VALID_DIR, validateWith } from '../helpers/content.ts';

const UNDATED = 'articles/undated/fixture-devanagari-headline-example-samachar.md';
const undated = () => readFile(join(VALID_DIR, UNDATED), 'utf8');

describe('findDateHints', () => {
  test("reads the source URL's archive path", () => {
    const hints = findDateHints({ source: { url: 'https://example.org/news/2024/03/15/recruits/' } });
    expect(hints.map((h) => [h.path.join('.'), h.date])).toEqual([['source.url', '2024-03-15']]);
    expect(hints[0]?.message).toBe(
      "the source has no date, but the source URL's path gives 2024-03-15: check the page and record it in " +
        'source.published',
    );
  });

  test("reads a copy's date, and a copy's URL only when the copy has no date", () => {
    const copies = [
      { outlet: 'wire', url: 'https://wire.example/2024/05/01/x', published: '2024-05-17' },
      { outlet: 'mirror', url: 'https://mirror.example/2024/05/18/x' },
      { outlet: 'plain', url: 'https://plain.example/story/123456' },
    ];
    const hints = findDateHints({ source: { url: 'https://example.org/a/123' }, copies });
    expect(hints.map((h) => [h.path.join('.'), h.date])).toEqual([
      ['copies.0.published', '2024-05-17'],
      ['copies.1.url', '2024-05-18'],
    ]);
  });

  test('says nothing for a dated article, or when no date can be read', () => {
    expect(findDateHints({ source: { url: 'https://e.org/2024/03/15/x', published: '2024-03' } })).toEqual([]);
    expect(findDateHints({ source: { url: 'https://e.org/news/20241315/x' } })).toEqual([]);
    expect(findDateHints('not a frontmatter')).toEqual([]);
  });
});

describe('npm run validate', () => {
  test('warns at the line of the URL that gives the date, and does not fail', async () => {
    const text = (await undated()).replace(
      'https://samachar.example.com/fixture-undated',
      'https://samachar.example.com/2025/02/03/x',
    );
    const result = await validateWith(UNDATED, text);
    expect(result.errors).toBe(0);
    const warnings = result.problems.filter((p) => p.severity === 'warning' && p.field === 'source.published');
    expect(warnings.map((p) => [p.file, p.line])).toEqual([[`content/${UNDATED}`, 6]]);
    expect(warnings[0]?.message).toMatch(/gives 2025-02-03/);
  });

  test('refuses a bound after the date', async () => {
    const dated = (await undated()).replace(
      '  language: hi',
      '  published: "2024-05"\n  not_before: "2024-06"\n  language: hi',
    );
    const result = await validateWith(UNDATED.replace('undated', '2024'), dated);
    expect(result.problems.map((p) => `${p.field}: ${p.message}`)).toContain(
      'source.not_before: the source is dated 2024-05, before its bound 2024-06: correct one of them',
    );
  });
});
