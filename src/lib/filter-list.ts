/**
 * The country filter's data files and how its client reads them, with no heavy imports (the client bundles this).
 * Every article has a rank, its place in the list order of the whole corpus. A country's index file holds the ranks of
 * its articles and the rows of its first chunk; later chunks are files of their own. A selection's list is the union of
 * its countries' ranks, so the count and the order need no rows, and the first chunk needs only each index file.
 */
import type { CardView } from './card.ts';
import { PAGE_SIZE } from './paginate.ts';

/** Rows in each of the filter's data files, and the cards it shows at first and adds with each "Show more". */
export const FILTER_CHUNK = PAGE_SIZE;

/** One country's index file: the ranks of its articles in list order, and the rows of its first chunk. */
export interface FilterIndex {
  ranks: number[];
  rows: CardView[];
}

/** Where the client finds a country's index (chunk 1) or a later chunk of its rows. */
export const filterDataPath = (code: string, chunk = 1): string =>
  `/data/countries/${code.toLowerCase()}${chunk <= 1 ? '' : `/${chunk}`}.json`;

/** Newest report first, undated ones last, ties by headline: the order of the filtered list. */
export function compareRows(a: CardView, b: CardView): number {
  if (a.sort === b.sort) return a.title.localeCompare(b.title, 'en');
  if (!a.sort) return 1;
  if (!b.sort) return -1;
  return b.sort.localeCompare(a.sort);
}

/** The list of a selection: every rank of its countries once, in list order. */
export function mergeRanks(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 1) return [...(lists[0] ?? [])];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** Where the row of `rank` is: the first of `lists` (ascending ranks) with it, its chunk (from 1) and place there. */
export function locateRank(
  rank: number,
  lists: readonly (readonly number[])[],
  chunk = FILTER_CHUNK,
): { list: number; chunk: number; offset: number } | undefined {
  for (const [list, ranks] of lists.entries()) {
    let lo = 0;
    let hi = ranks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = ranks[mid] as number;
      if (value === rank) return { list, chunk: Math.floor(mid / chunk) + 1, offset: mid % chunk };
      if (value < rank) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return undefined;
}
