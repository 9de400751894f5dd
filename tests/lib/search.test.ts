import { describe, expect, test } from 'vitest';
import {
  dateSortKey,
  orderParts,
  partOfPage,
  searchFields,
  QUARTERS_ABOVE,
  searchParts,
  searchPartPath,
  type SearchNames,
  UNDATED_PART,
} from '../../src/lib/search.ts';
import { makeItem } from './support.ts';
import { SEARCH_PART_FILTER } from '../../src/lib/dom-contract.ts';

const names: SearchNames = {
  outlet: (id) => ({ 'the-national': 'The National' })[id] ?? id,
  topic: (id) =>
    ({ 'recruitment-networks': 'Recruitment networks', 'deaths-and-casualties': 'Deaths and casualties' })[id] ?? id,
};

describe('dateSortKey', () => {
  test('orders days, then their month, then their year, with undated last when sorting newest first', () => {
    const keys = ['2025-11', '2025-11-28', undefined, '2025', '2025-12-01'].map((d) => Number(dateSortKey(d)));
    expect([...keys].sort((a, b) => b - a)).toEqual([keys[4], keys[1], keys[0], keys[3], 0]);
    expect(
      keys.every((k) => Math.fround(k) === k),
      'exact as 32-bit floats',
    ).toBe(true);
    expect(Number(dateSortKey('2026-01-28')) - Number(dateSortKey('2026-01-27'))).toBe(1);
  });
});

describe('searchFields', () => {
  const article = makeItem({
    id: 'jordan-asks-russia',
    title: 'Jordan asks Russia to stop recruiting its citizens',
    summary: 'The foreign ministry said it had raised the issue',
    countries: ['JO', 'IQ'],
    topics: ['recruitment-networks', 'deaths-and-casualties'],
    source: { outlet: 'the-national', language: 'ar', title: 'Original headline' },
    figures: [
      {
        value: 12,
        measure: 'killed',
        what: 'Jordanians killed',
        claimant: 'the foreign ministry',
        basis: 'official',
        span: 'total',
        side: 'russia',
        as_of: '2026-03',
      },
    ],
  });
  const record = searchFields(article, names, '2025');

  test('shows our headline, the outlet, the date and the countries in a result', () => {
    expect(record.meta).toEqual({
      title: 'Jordan asks Russia to stop recruiting its citizens',
      outlet: 'The National',
      date: '14 March 2025',
      datetime: '2025-03-14',
      countries: 'Jordan, Iraq',
    });
    expect(record.sort).toEqual({ date: String(2025 * 416 + 3 * 32 + 14) });
  });

  test('carries the same filters as the article page, and the part of the index it is in', () => {
    expect(record.filters).toEqual({
      country: ['Jordan', 'Iraq'],
      topic: ['Recruitment networks', 'Deaths and casualties'],
      outlet: ['The National'],
      language: ['Arabic'],
      [SEARCH_PART_FILTER]: ['2025'],
    });
  });

  test('leaves the date out of a result of an undated report', () => {
    const item = makeItem({ source: { outlet: 'the-national', published: undefined } });
    const undated = searchFields(item, names, UNDATED_PART);
    expect(undated.meta.date).toBe('Date unknown');
    expect(undated.meta.datetime).toBe('');
    expect(undated.sort.date).toBe('0');
    expect(undated.filters[SEARCH_PART_FILTER]).toEqual([UNDATED_PART]);
  });
});

describe('the parts of the search index', () => {
  test('a built page names its part in the hidden filter, read back as written; a page without one has none', () => {
    // The filters as components/SearchMeta.astro writes them, one span per value, the part under its declared name.
    const page = (filters: Record<string, string[]>) =>
      `<article data-pagefind-body><div hidden data-pagefind-ignore>${Object.entries(filters)
        .flatMap(([key, values]) => values.map((value) => `<span data-pagefind-filter="${key}">${value}</span>`))
        .join('')}</div><p>Text</p></article>`;
    expect(partOfPage(page({ country: ['Nepal'], [SEARCH_PART_FILTER]: ['2024'] }))).toBe('2024');
    expect(partOfPage(page({ [SEARCH_PART_FILTER]: [UNDATED_PART] }))).toBe(UNDATED_PART);
    expect(partOfPage(page({ country: ['Nepal'] }))).toBeUndefined();
    expect(partOfPage('<main><h1>All articles</h1></main>')).toBeUndefined();
  });

  test("an article is in its original's year, whatever the precision of its date, or in the undated part", () => {
    const dates = ['2024-03-09', '2024-03', '2024', undefined];
    expect(dates.map(searchParts(dates))).toEqual(['2024', '2024', '2024', 'undated']);
  });

  test('a year of more than QUARTERS_ABOVE articles is in quarters, its dates of the year alone in its own part', () => {
    const big = Array.from({ length: QUARTERS_ABOVE - 6 }, (_, i) => `2025-0${(i % 9) + 1}-01`);
    const asked = ['2025-01-31', '2025-03', '2025-04-01', '2025-09-30', '2025-10', '2025-12-31', '2025', '2024-12-31'];
    const partOf = searchParts([...big, ...asked]);
    expect(asked.map(partOf)).toEqual([
      '2025-q1',
      '2025-q1',
      '2025-q2',
      '2025-q3',
      '2025-q4',
      '2025-q4',
      '2025',
      '2024',
    ]);
    expect(partOf(undefined)).toBe(UNDATED_PART);
    // One article fewer, and the year is one part again: the count decides, not the dates asked about.
    expect(asked.map(searchParts([...big, ...asked].slice(1)))).toEqual([...Array(7).fill('2025'), '2024']);
  });

  test('a newest-first search reads the years newest first, then the undated part; each part once', () => {
    expect(orderParts(['2023', 'undated', '2026', '2023', '2022', '2025'])).toEqual([
      '2026',
      '2025',
      '2023',
      '2022',
      'undated',
    ]);
    expect(orderParts([])).toEqual([]);
  });

  test("a year's quarters come newest first, then its part of dates of the year alone, as those sort after its days", () => {
    expect(orderParts(['2024-q1', '2023', 'undated', '2024', '2024-q4', '2025', '2023-q4', '2024-q2'])).toEqual([
      '2025',
      '2024-q4',
      '2024-q2',
      '2024-q1',
      '2024',
      '2023-q4',
      '2023',
      'undated',
    ]);
  });

  test("each part's bundle is served under /pagefind/", () => {
    expect(searchPartPath('2024')).toBe('/pagefind/2024/');
    expect(searchPartPath(UNDATED_PART)).toBe('/pagefind/undated/');
  });
});
