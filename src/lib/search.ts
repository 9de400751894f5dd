/**
 * What the search index holds of an article besides its page's text: what a result shows, its sort key and filters.
 * Pagefind reads them from the built article page (data-pagefind-* attributes) when Astro's build is done.
 */
import { SEARCH_INDEX_BASE, SEARCH_PART_FILTER } from './dom-contract.ts';
import { countryName, languageName } from './names.ts';
import { formatPartialDate } from './dates.ts';
import type { ArticleItem } from './types.ts';

/** What Pagefind records of an article page besides its text. */
export interface SearchFields {
  /** What a result shows besides its excerpt: our headline, the outlet, the original's date, the countries. */
  meta: { title: string; outlet: string; date: string; datetime: string; countries: string };
  /** `date`: the original's date as a number (a month or year sorts after its own days; undated is 0). */
  sort: { date: string };
  /** The filters the search page offers, and the part of the index the page is in (see `searchPart`). */
  filters: {
    country: string[];
    topic: string[];
    outlet: string[];
    language: string[];
    [SEARCH_PART_FILTER]: string[];
  };
}

/** The part of the search index that holds the originals with no known date. */
export const UNDATED_PART = 'undated';

/**
 * The part of the search index an article's pages are in: the year of the original, or `undated`. Each part is a
 * Pagefind bundle of its own (src/integrations/search-index.ts), so a build re-indexes only the parts whose pages
 * changed; the search page merges them (src/components/search.ts).
 */
export function searchPart(published: string | undefined): string {
  return published?.slice(0, 4) ?? UNDATED_PART;
}

/** The parts in the order of a newest-first search: the years, newest first, then `undated`; each once. */
export function orderParts(parts: Iterable<string>): string[] {
  return [...new Set(parts)].sort((a, b) => (a === UNDATED_PART ? 1 : b === UNDATED_PART ? -1 : b.localeCompare(a)));
}

/** SearchMeta.astro's markup of the part filter, `<span data-pagefind-filter="year">2025</span>`, up to its value. */
export const PART_MARKER = `data-pagefind-filter="${SEARCH_PART_FILTER}">`;
const PART_MARKUP = new RegExp(`${PART_MARKER}([^<]+)<`);

/** The part a built article page is in, read from its hidden part filter; undefined for a page without one. */
export function partOfPage(html: string): string | undefined {
  return PART_MARKUP.exec(html)?.[1];
}

/** Where a part's bundle is served from, and written to under the site's folder (without the leading slash). */
export function searchPartPath(part: string): string {
  return `${SEARCH_INDEX_BASE}${part}/`;
}

/** Names shown for ids in the filters and the text. */
export interface SearchNames {
  outlet(id: string): string;
  topic(id: string): string;
}

/**
 * A partial date as a sortable number, small enough for Pagefind's 32-bit float sort keys to tell days apart:
 * days count 1 to 31 within a month (32 per month, 13 × 32 per year), a month or year alone counts 0, undated is 0.
 */
export function dateSortKey(date: string | undefined): string {
  if (!date) return '0';
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return String(year * 416 + month * 32 + day);
}

/**
 * What the article page gives Pagefind besides its text, as data-pagefind-* attributes (components/SearchMeta.astro):
 * what a result shows, the date to sort by, and the same filters as the page shows.
 */
export function searchFields(article: ArticleItem, names: SearchNames): SearchFields {
  const { data } = article;
  const outlet = names.outlet(data.source.outlet);
  const countries = data.countries.map(countryName);
  return {
    meta: {
      title: data.title,
      outlet,
      date: formatPartialDate(data.source.published),
      datetime: data.source.published ?? '',
      countries: countries.join(', '),
    },
    sort: { date: dateSortKey(data.source.published) },
    filters: {
      country: countries,
      topic: data.topics.map((id) => names.topic(id)),
      outlet: [outlet],
      language: [languageName(data.source.language)],
      [SEARCH_PART_FILTER]: [searchPart(data.source.published)],
    },
  };
}
