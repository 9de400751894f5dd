/**
 * The search index's record for one article: the text a reader can find it by, and the filters the search page offers.
 * Built from Astro's content store (entries and their rendered HTML) by src/pages/pagefind-records.json.ts.
 */
import { countryName, languageName } from './names.ts';
import { articlePath } from './paths.ts';
import { formatPartialDate } from './dates.ts';
import type { SiteData } from './content.ts';
import { outletNamer } from './outlets.ts';
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

/** The few named character references our Markdown renderer writes; numeric ones are decoded by code point. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references of rendered HTML text. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The readable text of our rendered summary: the words of every block, without the markup. It reads the HTML Astro
 * already rendered for the page (the entry's `rendered.html`), so the body is parsed once per build, not again here.
 */
export function htmlText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(?:p|h[1-6]|li|ul|ol|td|th|tr|blockquote|pre|div|br|hr)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
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
export function searchRecord(article: ArticleItem, bodyHtml: string, names: SearchNames): SearchRecord {
  const { data } = article;
  const outlet = names.outlet(data.source.outlet);
  const countries = data.countries.map(countryName);
  const topics = data.topics.map((id) => names.topic(id));
  const parts = [
    sentence(data.title),
    sentence(data.summary),
    sentence(`Summary of a report by ${outlet}${data.source.title ? `: ${data.source.title}` : ''}`),
    htmlText(bodyHtml),
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

/** Every published article's record, with outlet and topic names as the site shows them. */
export function siteSearchRecords(data: SiteData): SearchRecord[] {
  const names: SearchNames = {
    outlet: outletNamer(data.outlets),
    topic: (id) => data.topics.get(id)?.data.title ?? id,
  };
  return data.articles.map((article) => searchRecord(article, article.rendered?.html ?? '', names));
}
