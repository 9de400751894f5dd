import { describe, expect, test } from 'vitest';
import { countOutlets, facetKeys, groupByFacet, isPublished, sortArticles } from '../../src/lib/facets.ts';
import { makeItem } from './support.ts';

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('facetKeys', () => {
  test('returns the keys of each facet', () => {
    const a = makeItem({
      countries: ['IQ', 'JO'],
      topics: ['casualties'],
      story: 'jordan-demands',
      source: { outlet: 'reuters' },
    });
    expect(facetKeys(a, 'countries')).toEqual(['IQ', 'JO']);
    expect(facetKeys(a, 'topics')).toEqual(['casualties']);
    expect(facetKeys(a, 'outlet')).toEqual(['reuters']);
    expect(facetKeys(a, 'story')).toEqual(['jordan-demands']);
  });

  test('returns no story key for an article without a story', () => {
    expect(facetKeys(makeItem({ story: undefined }), 'story')).toEqual([]);
  });
});

describe('groupByFacet', () => {
  test('returns countries sorted by article count', () => {
    const articles = [
      makeItem({ countries: ['JO'] }),
      makeItem({ countries: ['IQ', 'NP'] }),
      makeItem({ countries: ['NP'] }),
      makeItem({ countries: ['NP', 'IQ'] }),
    ];
    const groups = groupByFacet(articles, 'countries');
    expect(groups.map((g) => [g.key, g.articles.length])).toEqual([
      ['NP', 3],
      ['IQ', 2],
      ['JO', 1],
    ]);
  });

  test('breaks ties in count by key', () => {
    const articles = [
      makeItem({ countries: ['UZ'] }),
      makeItem({ countries: ['CU'] }),
      makeItem({ countries: ['KE'] }),
    ];
    expect(groupByFacet(articles, 'countries').map((g) => g.key)).toEqual(['CU', 'KE', 'UZ']);
  });

  test('keeps the input order of articles within a group', () => {
    const articles = [makeItem({ id: 'c' }), makeItem({ id: 'a' }), makeItem({ id: 'b' })];
    expect(ids(groupByFacet(articles, 'countries')[0]?.articles ?? [])).toEqual(['c', 'a', 'b']);
  });

  test('counts an article once when it repeats a key', () => {
    const groups = groupByFacet([makeItem({ countries: ['IQ', 'IQ'] })], 'countries');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.articles).toHaveLength(1);
  });

  test('records the newest publication date of each group, ignoring undated articles', () => {
    const articles = [
      makeItem({ source: { published: '2024-03' } }),
      makeItem({ source: { published: undefined } }),
      makeItem({ source: { published: '2025-11-28' } }),
      makeItem({ source: { published: '2025' } }),
    ];
    expect(groupByFacet(articles, 'countries')[0]?.latest).toBe('2025-11-28');
  });

  test('leaves latest undefined when no article of the group is dated', () => {
    expect(groupByFacet([makeItem({ source: { published: undefined } })], 'outlet')[0]?.latest).toBeUndefined();
  });

  test('skips articles without a story when grouping by story', () => {
    const articles = [makeItem({ story: 'a-story' }), makeItem({}), makeItem({ story: 'a-story' })];
    expect(groupByFacet(articles, 'story').map((g) => [g.key, g.articles.length])).toEqual([['a-story', 2]]);
  });

  test('returns no groups for no articles', () => {
    expect(groupByFacet([], 'topics')).toEqual([]);
  });
});

describe('sortArticles', () => {
  test('sorts newest first, undated last, then by title and id', () => {
    const articles = [
      makeItem({ id: 'undated', source: { published: undefined } }),
      makeItem({ id: 'old', source: { published: '2023-05-01' } }),
      makeItem({ id: 'new-b', title: 'B title', source: { published: '2025-11-28' } }),
      makeItem({ id: 'new-a', title: 'A title', source: { published: '2025-11-28' } }),
      makeItem({ id: 'same-2', title: 'Same', source: { published: '2024' } }),
      makeItem({ id: 'same-1', title: 'Same', source: { published: '2024' } }),
    ];
    expect(ids(sortArticles(articles))).toEqual(['new-a', 'new-b', 'same-1', 'same-2', 'old', 'undated']);
  });

  test('does not reorder its input', () => {
    const articles = [
      makeItem({ id: 'x', source: { published: '2020' } }),
      makeItem({ id: 'y', source: { published: '2025' } }),
    ];
    sortArticles(articles);
    expect(ids(articles)).toEqual(['x', 'y']);
  });
});

describe('isPublished', () => {
  test('drops drafts only', () => {
    expect(isPublished(makeItem({ draft: true }))).toBe(false);
    expect(isPublished(makeItem({ draft: false }))).toBe(true);
    expect(isPublished(makeItem({}))).toBe(true);
  });
});

describe('countOutlets', () => {
  test('counts distinct outlets', () => {
    const articles = [
      makeItem({ source: { outlet: 'a' } }),
      makeItem({ source: { outlet: 'b' } }),
      makeItem({ source: { outlet: 'a' } }),
    ];
    expect(countOutlets(articles)).toBe(2);
    expect(countOutlets([])).toBe(0);
  });
});
