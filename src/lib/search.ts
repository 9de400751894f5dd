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
  /** The filters the search page offers, and the part of the index the page is in (see `searchParts`). */
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
 * A year with more articles than this is indexed in quarters, not whole: a rebuild after one added article then
 * re-indexes about a quarter's pages (at 10,000 articles, some 3,900 pages in seven languages instead of 16,800),
 * while a smaller site keeps one part per year, and so fewer files for a reader's search to fetch.
 */
export const QUARTERS_ABOVE = 500;

/**
 * The part of the search index each article's pages are in, given the dates of every article: the year of the
 * original (`2024`) or, in a year of more than `QUARTERS_ABOVE` articles, its quarter (`2024-q2`), where a date of the
 * year alone stays in the year's part; `undated` where there is no date. Each part is a Pagefind bundle of its own
 * (src/integrations/search-index.ts), so a build re-indexes only the parts whose pages changed; the search page
 * merges them (src/components/search.ts). An article's part changes only when its year passes `QUARTERS_ABOVE`.
 */
export function searchParts(dates: Iterable<string | undefined>): (published: string | undefined) => string {
  const perYear = new Map<string, number>();
  for (const date of dates) if (date) perYear.set(date.slice(0, 4), (perYear.get(date.slice(0, 4)) ?? 0) + 1);
  return (published) => {
    if (!published) return UNDATED_PART;
    const year = published.slice(0, 4);
    if (published.length < 7 || (perYear.get(year) ?? 0) <= QUARTERS_ABOVE) return year;
    return `${year}-q${Math.ceil(Number(published.slice(5, 7)) / 3)}`;
  };
}

/**
 * The parts in the order of a newest-first search, each once: the years newest first, a year's quarters newest first
 * and then its part of dates of the year alone (as those sort after its days), and `undated` last.
 */
export function orderParts(parts: Iterable<string>): string[] {
  return [...new Set(parts)].sort((a, b) => (a === UNDATED_PART ? 1 : b === UNDATED_PART ? -1 : b.localeCompare(a)));
}

/** SearchMeta.astro's markup of the part filter, `<span data-pagefind-filter="part">2025</span>`, up to its value. */
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
 * what a result shows, the date to sort by, the same filters as the page shows, and its `part` of the index.
 */
export function searchFields(article: ArticleItem, names: SearchNames, part: string): SearchFields {
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
      [SEARCH_PART_FILTER]: [part],
    },
  };
}
