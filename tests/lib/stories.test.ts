import { describe, expect, test } from 'vitest';
import { buildCoverage, otherCoverage } from '../../src/lib/stories.ts';
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
    expect(buildCoverage(articles).map((c) => [c.article.id, c.first])).toEqual([['a', true], ['b', true], ['c', false]]);
  });

  test('marks no report as first when none is dated', () => {
    const articles = [makeItem({ source: { published: undefined } }), makeItem({ source: { published: undefined } })];
    expect(buildCoverage(articles).some((c) => c.first)).toBe(false);
  });

  test('returns nothing for no articles', () => {
    expect(buildCoverage([])).toEqual([]);
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
