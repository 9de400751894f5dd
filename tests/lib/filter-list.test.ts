import { describe, expect, test } from 'vitest';
import { filterRows } from '../../src/lib/filter.ts';
import { compareRows, filterDataPath, FILTER_CHUNK, locateRank, mergeRanks } from '../../src/lib/filter-list.ts';
import { PAGE_SIZE } from '../../src/lib/paginate.ts';
import { makeItem } from './support.ts';

describe('compareRows', () => {
  test('puts the newest report first, undated ones last, and breaks ties by headline', () => {
    const specs: [string, string | undefined][] = [
      ['c', '2024'],
      ['b', undefined],
      ['a', '2025-03'],
      ['e', '2024'],
      ['d', '2025-03-02'],
    ];
    const items = specs.map(([id, published]) => makeItem({ id, title: id.toUpperCase(), source: { published } }));
    const rows = filterRows(items, (id) => id);
    const expected = ['d', 'a', 'c', 'e', 'b'].map((id) => `/articles/${id}/`);
    expect(rows.sort(compareRows).map((r) => r.href)).toEqual(expected);
  });
});

describe('mergeRanks', () => {
  test('lists a rank that two countries share once, in ascending order', () => {
    expect(
      mergeRanks([
        [1, 4, 9],
        [0, 4, 5, 12],
      ]),
    ).toEqual([0, 1, 4, 5, 9, 12]);
  });

  test('returns a copy of a single list, and nothing for no lists', () => {
    const one = [2, 3];
    expect(mergeRanks([one])).toEqual([2, 3]);
    expect(mergeRanks([one])).not.toBe(one);
    expect(mergeRanks([])).toEqual([]);
  });
});

describe('locateRank', () => {
  test('finds a rank in the first list that has it, with its chunk from 1 and its place in that chunk', () => {
    const lists = [
      [1, 4, 9, 11, 20],
      [0, 4, 5, 12],
    ];
    expect(locateRank(4, lists, 2)).toEqual({ list: 0, chunk: 1, offset: 1 });
    expect(locateRank(9, lists, 2)).toEqual({ list: 0, chunk: 2, offset: 0 });
    expect(locateRank(20, lists, 2)).toEqual({ list: 0, chunk: 3, offset: 0 });
    expect(locateRank(12, lists, 2)).toEqual({ list: 1, chunk: 2, offset: 1 });
    expect(locateRank(0, lists)).toEqual({ list: 1, chunk: 1, offset: 0 });
  });

  test('is undefined for a rank no list has', () => {
    expect(
      locateRank(7, [
        [1, 4, 9],
        [0, 5],
      ]),
    ).toBeUndefined();
    expect(locateRank(0, [])).toBeUndefined();
  });

  test('agrees with a linear search on long lists', () => {
    const lists = [Array.from({ length: 300 }, (_, i) => i * 3), Array.from({ length: 200 }, (_, i) => i * 5)];
    for (let rank = 0; rank < 1000; rank++) {
      const list = lists.findIndex((l) => l.includes(rank));
      const at = list < 0 ? -1 : (lists[list] as number[]).indexOf(rank);
      const expected = list < 0 ? undefined : { list, chunk: Math.floor(at / 50) + 1, offset: at % 50 };
      expect(locateRank(rank, lists, 50), String(rank)).toEqual(expected);
    }
  });
});

describe('filterDataPath', () => {
  test('points at the lower-case index file, and at numbered files for later chunks', () => {
    expect(filterDataPath('IQ')).toBe('/data/countries/iq.json');
    expect(filterDataPath('iq', 1)).toBe('/data/countries/iq.json');
    expect(filterDataPath('iq', 3)).toBe('/data/countries/iq/3.json');
  });
});

describe('FILTER_CHUNK', () => {
  test("is one page of the server's lists", () => {
    expect(FILTER_CHUNK).toBe(PAGE_SIZE);
  });
});
