import { describe, expect, test } from 'vitest';
import { buildCoverage, countCoverage, otherCoverage } from '../../src/lib/stories.ts';
import { makeItem } from './support.ts';

describe('buildCoverage', () => {
  test('orders a story oldest first with undated reports last', () => {
    const articles = [
      makeItem({ id: 'late', source: { published: '2025-11-30' } }),
      makeItem({ id: 'undated', source: { published: undefined } }),
      makeItem({ id: 'early', source: { published: '2025-11-28' } }),
    ];
    expect(buildCoverage(articles).map((c) => c.article.id)).toEqual(['early', 'late', 'undated']);
  });

  test('marks every report of the earliest date as first', () => {
    const articles = [
      makeItem({ id: 'b', source: { published: '2025-11-28' } }),
      makeItem({ id: 'c', source: { published: '2025-12-01' } }),
      makeItem({ id: 'a', source: { published: '2025-11-28' } }),
    ];
    expect(buildCoverage(articles).map((c) => [c.article.id, c.first])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
    ]);
  });

  test('marks no report as first when none is dated', () => {
    const articles = [makeItem({ source: { published: undefined } }), makeItem({ source: { published: undefined } })];
    expect(buildCoverage(articles).some((c) => c.first)).toBe(false);
  });

  test('returns nothing for no articles', () => {
    expect(buildCoverage([])).toEqual([]);
  });

  test('does not mark a month-only report first against a day inside that month', () => {
    const articles = [
      makeItem({ id: 'month', source: { published: '2025-12' } }),
      makeItem({ id: 'day', source: { published: '2025-12-18' } }),
    ];
    expect(buildCoverage(articles).map((c) => [c.article.id, c.first])).toEqual([
      ['month', false],
      ['day', false],
    ]);
  });

  test('marks a month-only report first when every other report is in a later month', () => {
    const articles = [
      makeItem({ id: 'later', source: { published: '2026-01-02' } }),
      makeItem({ id: 'month', source: { published: '2025-12' } }),
      makeItem({ id: 'year', source: { published: '2026' } }),
    ];
    expect(buildCoverage(articles).map((c) => [c.article.id, c.first])).toEqual([
      ['month', true],
      ['year', false],
      ['later', false],
    ]);
  });

  test('marks a day first against a month that starts after it, not against a year that contains it', () => {
    const a = makeItem({ id: 'a', source: { published: '2025-11-30' } });
    expect(buildCoverage([a, makeItem({ id: 'b', source: { published: '2025-12' } })])[0]?.first).toBe(true);
    expect(buildCoverage([a, makeItem({ id: 'c', source: { published: '2025' } })])[0]?.first).toBe(false);
  });

  test('marks nothing first while another report of the story is undated', () => {
    const articles = [
      makeItem({ id: 'dated', source: { published: '2025-11-28' } }),
      makeItem({ id: 'undated', source: { published: undefined } }),
    ];
    expect(buildCoverage(articles).some((c) => c.first)).toBe(false);
  });
});

describe('countCoverage', () => {
  test('counts reports, outlets (copies included, each once) and places published separately', () => {
    const copy = (outlet: string, n: number) => ({ outlet, url: `https://${outlet}.example/${n}` });
    const articles = [
      makeItem({ source: { outlet: 'ap' }, copies: [copy('wtop', 1), copy('japan-today', 2)] }),
      makeItem({ source: { outlet: 'bbc' }, copies: [copy('wtop', 3)] }),
      makeItem({ source: { outlet: 'ap' } }),
    ];
    expect(countCoverage(articles)).toEqual({ reports: 3, outlets: 4, places: 6 });
  });
});

describe('otherCoverage', () => {
  const a = makeItem({ id: 'a', story: 'one' });
  const b = makeItem({ id: 'b', story: 'one' });
  const c = makeItem({ id: 'c', story: 'two' });
  const d = makeItem({ id: 'd' });

  test('returns the other articles of the same story, without the article itself', () => {
    expect(otherCoverage(a, [a, b, c, d]).map((x) => x.id)).toEqual(['b']);
  });

  test('returns nothing for an article without a story', () => {
    expect(otherCoverage(d, [a, b, c, d])).toEqual([]);
  });
});
