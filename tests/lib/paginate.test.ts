import { describe, expect, test } from 'vitest';
import { PAGE_SIZE, pageParam, pagePath, paginateList } from '../../src/lib/paginate.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('paginateList', () => {
  test('splits a list into pages of the given size, numbered from one', () => {
    const pages = paginateList(range(7), 3);
    expect(pages.map((p) => p.items)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.total === 3 && p.count === 7)).toBe(true);
  });

  test('uses PAGE_SIZE by default', () => {
    const pages = paginateList(range(PAGE_SIZE + 1));
    expect(pages.map((p) => p.items.length)).toEqual([PAGE_SIZE, 1]);
  });

  test('does not add an empty page when the list fills its last page exactly', () => {
    expect(paginateList(range(6), 3)).toHaveLength(2);
  });

  test('still has one empty page for an empty list', () => {
    expect(paginateList([], 3)).toEqual([{ items: [], number: 1, total: 1, count: 0 }]);
  });
});

describe('pagePath', () => {
  test('returns the base for page one and base/page/N/ after', () => {
    expect(pagePath('/countries/iq/', 1)).toBe('/countries/iq/');
    expect(pagePath('/countries/iq/', 3)).toBe('/countries/iq/page/3/');
  });
});

describe('pageParam', () => {
  test('is undefined for page one and page/N after', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
  });
});
