import { describe, expect, test } from 'vitest';
import { filterFiles, filterOptions, filterRows } from '../../src/lib/filter.ts';
import { FILTER_CHUNK } from '../../src/lib/filter-list.ts';
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

  test('names and sorts the countries in the locale, with links to its country pages', () => {
    const articles = [makeItem({ countries: ['DE', 'EG', 'NP'] })];
    expect(filterOptions(articles, 'fr').map((o) => [o.name, o.href])).toEqual([
      ['Allemagne', '/fr/countries/de/'],
      ['Égypte', '/fr/countries/eg/'],
      ['Népal', '/fr/countries/np/'],
    ]);
    // The English options of the same list are kept apart from the French ones.
    expect(filterOptions(articles).map((o) => o.name)).toEqual(['Egypt', 'Germany', 'Nepal']);
  });

  test('lists nothing for articles without countries', () => {
    expect(filterOptions([makeItem({ countries: [] })])).toEqual([]);
  });
});

describe('filterRows', () => {
  test('keeps the input order and carries exactly what the server card shows', () => {
    const articles = [
      makeItem({
        id: 'b',
        title: 'B',
        summary: 'Sb.',
        countries: ['IQ'],
        source: {
          outlet: 'reuters',
          url: 'https://reuters.com/b',
          published: '2025-11',
          title: 'عنوان',
          language: 'ar',
        },
      }),
      makeItem({
        id: 'a',
        title: 'A',
        summary: 'Sa.',
        countries: [],
        source: { outlet: 'bbc', url: 'https://bbc.com/a', published: undefined },
      }),
    ];
    const rows = filterRows(articles, (id) => id.toUpperCase());
    expect(rows).toEqual([
      {
        href: '/articles/b/',
        title: 'B',
        summary: 'Sb.',
        date: { datetime: '2025-11', text: 'November 2025' },
        sort: '2025-11',
        outlet: { name: 'REUTERS', href: '/sources/reuters/' },
        countries: [{ name: 'Iraq', href: '/countries/iq/' }],
        original: { title: 'عنوان', lang: 'ar', dir: 'rtl' },
        source: { href: 'https://reuters.com/b', lang: 'ar' },
      },
      {
        href: '/articles/a/',
        title: 'A',
        summary: 'Sa.',
        date: undefined,
        sort: '',
        outlet: { name: 'BBC', href: '/sources/bbc/' },
        countries: [],
        original: undefined,
        source: { href: 'https://bbc.com/a', lang: 'en' },
      },
    ]);
  });
});

describe('filterFiles', () => {
  const article = (id: string, published: string | undefined, countries: string[]) =>
    makeItem({ id, title: id.toUpperCase(), countries, source: { published } });

  test('ranks every article in list order and gives each country the ranks of its own, ascending', () => {
    const articles = [
      article('b', '2024', ['IQ']),
      article('undated', undefined, ['IQ', 'JO']),
      article('a', '2025-02', ['JO']),
      article('c', '2024', ['IQ', 'JO']),
    ];
    const files = new Map(filterFiles(articles, (id) => id).map((f) => [f.code, f]));
    // List order: a (2025-02), b and c (2024, by headline), undated last.
    expect(files.get('iq')?.index.ranks).toEqual([1, 2, 3]);
    const iraqRows = files.get('iq')?.index.rows.map((r) => r.href);
    expect(iraqRows).toEqual(['/articles/b/', '/articles/c/', '/articles/undated/']);
    expect(files.get('jo')?.index.ranks).toEqual([0, 2, 3]);
    expect([...files.keys()].sort()).toEqual(['iq', 'jo']);
  });

  test('puts the first chunk of rows in the index and each later chunk in a file of its own', () => {
    const n = 2 * FILTER_CHUNK + 3;
    const articles = Array.from({ length: n }, (_, i) => article(`a${String(i).padStart(4, '0')}`, '2025', ['NP']));
    const [nepal] = filterFiles(articles, (id) => id);
    expect(nepal?.index.ranks).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(nepal?.index.rows.length).toBe(FILTER_CHUNK);
    expect(nepal?.chunks.map((c) => c.length)).toEqual([FILTER_CHUNK, 3]);
    const all = [...(nepal?.index.rows ?? []), ...(nepal?.chunks.flat() ?? [])].map((r) => r.href);
    expect(all).toEqual(articles.map((a) => `/articles/${a.id}/`));
  });
});
