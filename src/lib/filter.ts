/** Data for the country filter: the option list, and the compact per-country files the client merges. */
import { countryName } from './names.ts';
import { cardView, type CardView } from './card.ts';
import { groupByFacet } from './facets.ts';
import { countryPath } from './paths.ts';
import type { ArticleItem } from './types.ts';

/** One option of the filter. */
export interface FilterOption { code: string; name: string; count: number; href: string }

/** An article row of the filter: exactly what the server's card shows. */
export type FilterRow = CardView;

const optionsCache = new WeakMap<readonly ArticleItem[], FilterOption[]>();

/** Every country with articles, by name, with its count and its page as the no-JS fallback. Memoized per list (every list page shows it). */
export function filterOptions(articles: readonly ArticleItem[]): FilterOption[] {
  let options = optionsCache.get(articles);
  if (!options) {
    options = groupByFacet(articles, 'countries')
      .map((g) => ({ code: g.key.toLowerCase(), name: countryName(g.key), count: g.articles.length, href: countryPath(g.key) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    optionsCache.set(articles, options);
  }
  return options.map((o) => ({ ...o }));
}

/** The rows of one country's filter file, newest first (input order is kept). */
export function filterRows(articles: readonly ArticleItem[], outletName: (id: string) => string): FilterRow[] {
  return articles.map((a) => cardView(a, outletName));
}

/** Where the client finds one country's rows. */
export const filterDataPath = (code: string): string => `/data/countries/${code.toLowerCase()}.json`;
