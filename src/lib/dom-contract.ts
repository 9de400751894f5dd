/** Element ids and data attributes shared by pages and their client scripts: declared once, imported by both. */

/** Ids on the article list pages that the country filter reads and writes. */
export const LIST_IDS = {
  /** The `<ol>` of article cards. */
  results: 'article-results',
  /** The list's `<h1>`, renamed when a filter is applied. */
  heading: 'list-heading',
  /** The count line, a polite live region. */
  count: 'list-count',
  /** The `<template>` holding one blank article card, rendered by the same component as the server's cards. */
  cardTemplate: 'card-template',
  /** The country filter's "Show more" button, added after the list when a selection has more cards than it shows. */
  more: 'list-more',
} as const;

/** The attribute naming each fillable part of an article card, and its values. */
export const CARD_FIELD = 'data-card';

/** The fillable parts of an article card. */
export const CARD_PARTS = {
  title: 'title',
  outlet: 'outlet',
  date: 'date',
  countries: 'countries',
  original: 'original',
  summary: 'summary',
  source: 'source',
} as const;

/** The attribute of `<country-filter>` holding its interface wording, as JSON of FilterMessages. */
export const FILTER_MESSAGES = 'data-messages';

/** The country filter's interface wording in the page's language, given by the server (the script has none). */
export interface FilterMessages {
  /** The BCP 47 locale the script formats numbers and picks plural forms with (en-GB, fr, ar-u-nu-latn, …). */
  intl: string;
  /** "Date unknown", for a card without a date. */
  dateUnknown: string;
  /** The narrowing box's placeholder and label. */
  placeholder: string;
  narrowLabel: string;
  /** "Articles about {countries}", its countries joined by `or` (" or "). */
  heading: string;
  or: string;
  /** The count line's wording per plural category ("{count} article", "{count} articles"). */
  articles: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** "Show {count} more ({shown} of {total} shown)". */
  showMore: string;
}

/** Ids on /search/ that the search script reads and writes. */
export const SEARCH_IDS = {
  form: 'search-page-form',
  query: 'search-query',
  sort: 'search-sort',
  status: 'search-status',
  results: 'search-results',
  /** One `<select>` per filter: `search-filter-country`, `search-filter-topic`, … */
  filterPrefix: 'search-filter-',
} as const;

/** The form's attribute listing the search index's parts, newest first (`2026 … undated`; src/lib/search.ts). */
export const SEARCH_PARTS_ATTRIBUTE = 'data-search-parts';

/** Where the search index is served: one Pagefind bundle per part, at `/pagefind/<part>/`. */
export const SEARCH_INDEX_BASE = '/pagefind/';

/**
 * The hidden Pagefind filter naming the part an article page is in: its page writes it (SearchMeta.astro), the build
 * reads it to group the pages into parts (src/integrations/search-index.ts), and the search page filters on it.
 */
export const SEARCH_PART_FILTER = 'part';

/** The Pagefind filters the search page offers, with their labels. */
export const SEARCH_FILTERS = { country: 'Country', topic: 'Topic', outlet: 'Source', language: 'Language' } as const;

/** The orders a search can be shown in: `?sort=` values and labels; the empty value is Pagefind's best match. */
export const SEARCH_SORTS = { '': 'Best match', newest: 'Newest report first', oldest: 'Oldest report first' } as const;
