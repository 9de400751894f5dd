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

/** The Pagefind filters the search page offers, with their labels. */
export const SEARCH_FILTERS = { country: 'Country', topic: 'Topic', outlet: 'Source', language: 'Language' } as const;

/** The orders a search can be shown in: `?sort=` values and labels; the empty value is Pagefind's best match. */
export const SEARCH_SORTS = { '': 'Best match', newest: 'Newest report first', oldest: 'Oldest report first' } as const;
