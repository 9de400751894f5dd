/** Splitting long lists into pages so no page grows with the corpus. */

/** Articles per list page. */
export const PAGE_SIZE = 50;

/** One page of a list. */
export interface Page<T> {
  items: T[];
  number: number;
  total: number;
  count: number;
}

/** Splits `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginateList<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    total,
    count: items.length,
  }));
}

/** `base` for page 1, `base/page/N/` after; `base` ends in "/". */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** The `[...page]` route parameter for a page number: undefined for page 1. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}
