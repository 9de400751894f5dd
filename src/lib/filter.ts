/** Data for the country filter: the option list, and the per-country files the client merges (see filter-list.ts). */
import { countryName, DEFAULT_LOCALE, localePath, type SiteLocale } from '../i18n/index.ts';
import { cardView, type CardView } from './card.ts';
import { groupByFacet } from './facets.ts';
import { compareRows, FILTER_CHUNK, type FilterIndex } from './filter-list.ts';
import { countryPath } from './paths.ts';
import { once } from './once.ts';
import type { ArticleItem } from './types.ts';

/** One option of the filter. */
export interface FilterOption {
  code: string;
  name: string;
  count: number;
  href: string;
}

/** An article row of the filter: exactly what the server's card shows. */
export type FilterRow = CardView;

/** The filter's options of one list in one language, computed once (every list page shows them). */
const optionsOf = once((_articles: readonly ArticleItem[]) => new Map<SiteLocale, FilterOption[]>());

function computeOptions(articles: readonly ArticleItem[], locale: SiteLocale): FilterOption[] {
  const collation = locale === DEFAULT_LOCALE ? 'en' : locale;
  return groupByFacet(articles, 'countries')
    .map((g) => ({
      code: g.key.toLowerCase(),
      name: countryName(locale, g.key),
      count: g.articles.length,
      href: localePath(locale, countryPath(g.key)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, collation));
}

/**
 * Every country with articles, by its name in `locale` (sorted as that language sorts), with its count and its
 * country page in that language as the no-JS fallback. Memoized per list and language.
 */
export function filterOptions(articles: readonly ArticleItem[], locale: SiteLocale = DEFAULT_LOCALE): FilterOption[] {
  const byLocale = optionsOf(articles);
  let options = byLocale.get(locale);
  if (options === undefined) byLocale.set(locale, (options = computeOptions(articles, locale)));
  return options.map((o) => ({ ...o }));
}

/** The rows of one country's filter file, newest first (input order is kept). */
export function filterRows(articles: readonly ArticleItem[], outletName: (id: string) => string): FilterRow[] {
  return articles.map((a) => cardView(a, outletName));
}

/** One country's filter files: its index file, and its later chunks of rows (chunk 2 first). */
export interface FilterFiles {
  code: string;
  index: FilterIndex;
  chunks: FilterRow[][];
}

/** Every country's filter files, ranks taken from the list order of all `articles`. Memoized per list. */
export const filterFiles = once((articles: readonly ArticleItem[], outletName: (id: string) => string) => {
  const cards = new Map(articles.map((a) => [a, cardView(a, outletName)]));
  const rank = new Map([...cards].sort(([, a], [, b]) => compareRows(a, b)).map(([article], i) => [article, i]));
  const files = groupByFacet(articles, 'countries').map((g) => {
    const ordered = [...g.articles].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    const rows = ordered.map((a) => cards.get(a) as FilterRow);
    const chunks = Array.from({ length: Math.ceil(rows.length / FILTER_CHUNK) }, (_, i) =>
      rows.slice(i * FILTER_CHUNK, (i + 1) * FILTER_CHUNK),
    );
    const index = { ranks: ordered.map((a) => rank.get(a) ?? 0), rows: chunks[0] ?? [] };
    return { code: g.key.toLowerCase(), index, chunks: chunks.slice(1) };
  });
  return files;
});
