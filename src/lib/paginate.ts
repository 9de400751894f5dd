/**
 * Long lists split into pages by Astro's `paginate()`, so no page grows with the corpus. The site's later pages are at
 * `<base>page/N/` (a `[...page]` route given `page/N`), where Astro's own parameter would be `N`: `pagedPaths` maps
 * its result to that parameter, adds each page's incremental-build key, and drops Astro's `page.url`, whose addresses
 * would be `<base>N/` (the views link with `pagePath`).
 */
import type { Page, PaginateFunction } from 'astro';

/** Articles per list page. */
export const PAGE_SIZE = 50;

/** One page of a list as the views get it: Astro's page (`data`, `currentPage`, `lastPage`, `total`) without `url`. */
export type ListPage<T> = Omit<Page<T>, 'url'>;

/** A list's pagination words: "← Newer" / "Older →" for a list newest first, "← Previous" / "Next →" otherwise. */
export type PaginationWords = 'time' | 'sequence';

/** `base` for page 1, `base/page/N/` after; `base` ends in "/". */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** The `[...page]` route parameter for a page number: undefined for page 1. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}

/**
 * The paths of `items` split by Astro's `paginate` (an empty list still has one page): each with `params` and the
 * site's page parameter, `props` and the page, and the `cacheKey` that `key` gives its page number.
 */
export function pagedPaths<T, P extends Record<string, string>, R extends Record<string, unknown>>(
  paginate: PaginateFunction,
  items: readonly T[],
  options: { params: P; props: R; pageSize?: number; key: (page: number) => string },
): { params: P & { page: string | undefined }; props: R & { page: ListPage<T> }; cacheKey: string }[] {
  const { params, props, pageSize = PAGE_SIZE, key } = options;
  return paginate(items, { pageSize, params }).map((path) => {
    const { url: _astroUrl, ...page } = path.props.page;
    return {
      params: { ...params, page: pageParam(page.currentPage) },
      props: { ...props, page },
      cacheKey: key(page.currentPage),
    };
  });
}
