import { describe, expect, test } from 'vitest';
import { filterDataPath, filterOptions, filterRows } from '../../src/lib/filter.ts';
import { makeItem } from './support.ts';

describe('filterOptions', () => {
  test('lists every country with articles by name, with lower-case code, count and page', () => {
    const articles = [
      makeItem({ countries: ['NP'] }),
      makeItem({ countries: ['IQ', 'NP'] }),
      makeItem({ countries: ['CU'] }),
    ];
    expect(filterOptions(articles)).toEqual([
      { code: 'cu', name: 'Cuba', count: 1, href: '/countries/cu/' },
      { code: 'iq', name: 'Iraq', count: 1, href: '/countries/iq/' },
      { code: 'np', name: 'Nepal', count: 2, href: '/countries/np/' },
    ]);
  });

  test('sorts by country name, not by code', () => {
    // "DE" (Germany) sorts after "EG" (Egypt) by name.
    const names = filterOptions([makeItem({ countries: ['DE', 'EG'] })]).map((o) => o.name);
    expect(names).toEqual(['Egypt', 'Germany']);
  });

  test('lists nothing for articles without countries', () => {
    expect(filterOptions([makeItem({ countries: [] })])).toEqual([]);
  });
});

describe('filterRows', () => {
  test('keeps the input order and carries exactly what the server card shows', () => {
    const articles = [
      makeItem({
        id: 'b', title: 'B', summary: 'Sb.', countries: ['IQ'],
        source: { outlet: 'reuters', url: 'https://reuters.com/b', published: '2025-11', title: 'عنوان', language: 'ar' },
      }),
      makeItem({ id: 'a', title: 'A', summary: 'Sa.', countries: [], source: { outlet: 'bbc', url: 'https://bbc.com/a', published: undefined } }),
    ];
    const rows = filterRows(articles, (id) => id.toUpperCase());
    expect(rows).toEqual([
      {
        href: '/articles/b/', title: 'B', summary: 'Sb.', date: { datetime: '2025-11', text: 'November 2025' }, sort: '2025-11',
        outlet: { name: 'REUTERS', href: '/sources/reuters/' }, countries: [{ name: 'Iraq', href: '/countries/iq/' }],
        original: { title: 'عنوان', lang: 'ar', dir: 'rtl' }, source: { href: 'https://reuters.com/b', lang: 'ar' },
      },
      {
        href: '/articles/a/', title: 'A', summary: 'Sa.', date: undefined, sort: '',
        outlet: { name: 'BBC', href: '/sources/bbc/' }, countries: [], original: undefined,
        source: { href: 'https://bbc.com/a', lang: 'en' },
      },
    ]);
  });
});

describe('filterDataPath', () => {
  test('points at the lower-case country file', () => {
    expect(filterDataPath('IQ')).toBe('/data/countries/iq.json');
  });
});
