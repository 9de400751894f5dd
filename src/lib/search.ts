/**
 * What the search index holds of an article besides its page's text: what a result shows, its sort key and filters.
 * Pagefind reads them from the built article page (data-pagefind-* attributes) when Astro's build is done.
 */
import { countryName, languageName } from './names.ts';
import { formatPartialDate } from './dates.ts';
import type { ArticleItem } from './types.ts';

/** What Pagefind records of an article page besides its text. */
export interface SearchFields {
  /** What a result shows besides its excerpt: our headline, the outlet, the original's date, the countries. */
  meta: { title: string; outlet: string; date: string; datetime: string; countries: string };
  /** `date`: the original's date as a number (a month or year sorts after its own days; undated is 0). */
  sort: { date: string };
  filters: { country: string[]; topic: string[]; outlet: string[]; language: string[] };
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
    },
  };
}
