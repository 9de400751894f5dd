/**
 * The search index's record for one article: the text a reader can find it by, and the filters the search page offers.
 * Built from the content itself (not from the rendered page), so the index can be built while Astro renders the site.
 */
import { markdownToMdast } from 'satteri';
import { countryName, languageName } from './names.ts';
import { articlePath } from './paths.ts';
import { formatPartialDate } from './dates.ts';
import type { ArticleItem } from './types.ts';

/** One Pagefind custom record (the shape of `addCustomRecord`'s argument). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
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

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/**
 * Markdown's readable text: the words of every paragraph, heading, list item and link, without the markup. The tree
 * comes from Sätteri's native parser (Astro 7's Markdown processor), which gives the same mdast as remark six times
 * faster (10,000 bench bodies: 2.8 s instead of 18.1 s, the same text for every one).
 */
export function markdownText(markdown: string): string {
  const blocks: string[] = [];
  const inline = (node: MdNode): string => (node.value ?? '') + (node.children ?? []).map(inline).join('');
  const walk = (node: MdNode): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')
      blocks.push(inline(node).replace(/\s+/g, ' ').trim());
    else if (node.type === 'code') blocks.push(node.value ?? '');
    else for (const child of node.children ?? []) walk(child);
  };
  walk(markdownToMdast(markdown) as unknown as MdNode);
  return blocks.filter((b) => b !== '').join(' ');
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

/** Ends `text` with a full stop unless it already ends a sentence. */
const sentence = (text: string): string => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * The record for a published article: its title, summary, outlet and original headline, our summary's text, the
 * figures (what and who claimed them) and its countries and topics, with the same filters as the article page shows.
 */
export function searchRecord(article: ArticleItem, body: string, names: SearchNames): SearchRecord {
  const { data } = article;
  const outlet = names.outlet(data.source.outlet);
  const countries = data.countries.map(countryName);
  const topics = data.topics.map((id) => names.topic(id));
  const parts = [
    sentence(data.title),
    sentence(data.summary),
    sentence(`Summary of a report by ${outlet}${data.source.title ? `: ${data.source.title}` : ''}`),
    markdownText(body),
    ...(data.figures ?? []).map((f) => sentence(`${f.what}, according to ${f.claimant}`)),
    sentence(`Filed under ${[...countries, ...topics].join(', ')}`),
  ];
  return {
    url: articlePath(article.id),
    content: parts.filter((p) => p !== '' && p !== '.').join(' '),
    language: 'en',
    meta: {
      title: data.title,
      outlet,
      date: formatPartialDate(data.source.published),
      datetime: data.source.published ?? '',
      countries: countries.join(', '),
    },
    sort: { date: dateSortKey(data.source.published) },
    filters: { country: countries, topic: topics, outlet: [outlet], language: [languageName(data.source.language)] },
  };
}
