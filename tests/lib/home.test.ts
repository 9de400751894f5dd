import { describe, expect, test } from 'vitest';
import { homeStats } from '../../src/lib/home.ts';
import { makeItem } from './support.ts';

describe('homeStats', () => {
  const articles = [
    makeItem({ id: 'a', countries: ['IQ', 'JO'], source: { outlet: 'bbc' } }),
    makeItem({ id: 'b', countries: ['JO'], source: { outlet: 'reuters' } }),
    makeItem({ id: 'c', countries: [], source: { outlet: 'bbc' } }),
  ];

  test('counts articles, distinct countries and distinct outlets', () => {
    expect(homeStats(articles)).toMatchObject({ articles: 3, countries: 2, outlets: 2 });
  });

  test('keeps the first `latest` articles in input order', () => {
    expect(homeStats(articles, 2).latest.map((a) => a.id)).toEqual(['a', 'b']);
  });

  test('shows ten latest articles by default', () => {
    const many = Array.from({ length: 12 }, (_, i) => makeItem({ id: `a${i}` }));
    expect(homeStats(many).latest.map((a) => a.id)).toEqual(many.slice(0, 10).map((a) => a.id));
  });

  test('is all zero for no articles', () => {
    expect(homeStats([])).toEqual({ articles: 0, countries: 0, outlets: 0, latest: [], recentlyAdded: [] });
  });

  test("lists the entries most recently added, whatever their report's date", () => {
    const items = [
      makeItem({ id: 'new-report', added: '2026-01-01', source: { published: '2026-01-01' } }),
      makeItem({ id: 'old-report-added-today', added: '2026-12-01', source: { published: '2023-05' } }),
    ];
    expect(homeStats(items).recentlyAdded.map((a) => a.id)).toEqual(['old-report-added-today', 'new-report']);
    expect(homeStats(items).latest.map((a) => a.id)).toEqual(['new-report', 'old-report-added-today']);
  });
});
