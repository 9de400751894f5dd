import { describe, expect, test } from 'vitest';
import { PAGE_SIZE, pagedPaths, pageParam, pagePath } from '../../src/lib/paginate.ts';
import { astroPaginate } from '../helpers/paginate.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const paginate = astroPaginate('/countries/[id]/[...page]');

describe('pagedPaths', () => {
  const paths = (n: number, pageSize?: number) =>
    pagedPaths(paginate, range(n), {
      params: { id: 'iq' },
      props: { key: 'IQ' },
      ...(pageSize ? { pageSize } : {}),
      key: (page) => `key-${page}`,
    });

  test("splits a list with Astro's paginate into pages of the given size, numbered from one", () => {
    const pages = paths(7, 3).map((p) => p.props.page);
    expect(pages.map((p) => p.data)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(pages.map((p) => p.currentPage)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.lastPage === 3 && p.total === 7 && p.size === 3)).toBe(true);
  });

  test("gives the site's page parameter (page/N), the route's params and props, and each page's key", () => {
    expect(paths(7, 3).map((p) => [p.params, p.props.key, p.cacheKey])).toEqual([
      [{ id: 'iq', page: undefined }, 'IQ', 'key-1'],
      [{ id: 'iq', page: 'page/2' }, 'IQ', 'key-2'],
      [{ id: 'iq', page: 'page/3' }, 'IQ', 'key-3'],
    ]);
  });

  test("drops Astro's page.url, whose addresses (/countries/iq/2/) are not the site's", () => {
    const [, second] = paths(7, 3);
    expect(paginate(range(7), { pageSize: 3, params: { id: 'iq' } })[1]?.props.page.url.current).toBe(
      '/countries/iq/2/',
    );
    expect(second?.props.page).not.toHaveProperty('url');
  });

  test('uses PAGE_SIZE by default, and adds no empty page when the list fills its last page exactly', () => {
    expect(paths(PAGE_SIZE + 1).map((p) => p.props.page.data.length)).toEqual([PAGE_SIZE, 1]);
    expect(paths(6, 3)).toHaveLength(2);
  });

  test('still has one empty page for an empty list', () => {
    expect(paths(0).map((p) => [p.params.page, p.props.page.data, p.props.page.lastPage])).toEqual([
      [undefined, [], 1],
    ]);
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
