/** Data for the country filter: the option list, and the compact per-country files the client merges. */
import { countryName } from './names.ts';
import { formatPartialDate } from './dates.ts';
import { groupByFacet } from './facets.ts';
import { articlePath, countryPath } from './paths.ts';
import type { ArticleItem } from './types.ts';

/** One option of the filter. */
export interface FilterOption { code: string; name: string; count: number; href: string }

/** A compact article row as the filter shows it. */
export interface FilterRow { href: string; title: string; summary: string; date: string; sort: string; outlet: string; source: string }

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
  return articles.map((a) => ({
    href: articlePath(a.id),
    title: a.data.title,
    summary: a.data.summary,
    date: formatPartialDate(a.data.source.published),
    sort: a.data.source.published ?? '',
    outlet: outletName(a.data.source.outlet),
    source: a.data.source.url,
  }));
}

/** Where the client finds one country's rows. */
export const filterDataPath = (code: string): string => `/data/countries/${code.toLowerCase()}.json`;
