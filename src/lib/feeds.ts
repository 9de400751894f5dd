/** Feed items and open-data rows, built from plain article data. */
import type { ArticleItem } from './types.ts';
import { articlePath, countryPath, figuresPath } from './paths.ts';
import { buildLedger, formatFigureValue, type LedgerRow } from './figures.ts';
import { countryName } from './names.ts';
import { formatPartialDate } from './dates.ts';
import {
  DEFAULT_LOCALE,
  formatPartialDate as formatIn,
  localePath,
  translate,
  type SiteLocale,
} from '../i18n/index.ts';
import { buildCountryKeyFigures, buildGlobalKeyFigures, formatRange, type MeasureKeyFigures } from './key-figures.ts';

/** Items per feed. */
export const FEED_SIZE = 50;

/** A feed entry: our summary page, pointing at the original. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** The day the entry was added here: feeds are about what is new on this site. */
  pubDate: Date;
  /** The last correction or update, when after the day it was added. */
  modified: Date | undefined;
  externalUrl: string;
  categories: string[];
  id: string;
}

/** A full `YYYY-MM-DD` date as midnight UTC; feeds only ever date items by full days we know. */
export function feedDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The last day the entry changed: the newest of `added`, `updated` and its corrections' dates. */
export function lastChanged(article: ArticleItem): string {
  const dates = [article.data.added, article.data.updated, ...(article.data.corrections ?? []).map((c) => c.date)];
  return dates.reduce<string>((latest, d) => (d !== undefined && d > latest ? d : latest), article.data.added);
}

/** Articles newest added first (then by title, for a stable order). */
export function sortByAdded<T extends ArticleItem>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) =>
      b.data.added.localeCompare(a.data.added) || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id),
  );
}

/** An item's text: our summary, then the original with its own date at its known precision, then corrections. */
function itemText(a: ArticleItem, outletName: (id: string) => string, locale: SiteLocale): string {
  const { source, corrections = [] } = a.data;
  if (locale !== DEFAULT_LOCALE) {
    // A language's feed: our summary in it where there is one, and the original's outlet and date in its words.
    const date =
      source.published && translate(locale, 'feed.item.published', { date: formatIn(locale, source.published) });
    const published = date || translate(locale, 'feed.item.dateUnknown');
    const original = translate(locale, 'feed.item.original', { outlet: outletName(source.outlet), published });
    return `${a.data.summaries?.[locale] ?? a.data.summary} ${original}`;
  }
  const published = source.published ? `published ${formatPartialDate(source.published)}` : 'publication date unknown';
  const fixes = corrections.map((c) => ` Corrected ${formatPartialDate(c.date)}: ${c.note}`).join('');
  return `${a.data.summary} (Original: ${outletName(source.outlet)}, ${published}.)${fixes}`;
}

/**
 * The `FEED_SIZE` most recently added articles as feed items with absolute links, dated by the day added; in a
 * language's feed (`locale`), linking that language's article pages, with our summary in it where there is one.
 */
export function feedItems(
  articles: readonly ArticleItem[],
  site: string,
  outletName: (id: string) => string,
  locale: SiteLocale = DEFAULT_LOCALE,
): FeedItem[] {
  return sortByAdded(articles)
    .slice(0, FEED_SIZE)
    .map((a) => {
      const changed = lastChanged(a);
      const link = new URL(localePath(locale, articlePath(a.id)), site).href;
      return {
        id: link,
        title: a.data.title,
        link,
        description: itemText(a, outletName, locale),
        pubDate: feedDate(a.data.added),
        modified: changed > a.data.added ? feedDate(changed) : undefined,
        externalUrl: a.data.source.url,
        categories: a.data.countries.map(countryName),
      };
    });
}

/** An @astrojs/rss item; `<source>` names the original report. */
export function rssItem(i: FeedItem) {
  const url = i.externalUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return {
    title: i.title,
    link: i.link,
    description: i.description,
    pubDate: i.pubDate,
    categories: i.categories,
    customData: `<source url="${url}">Original report</source>`,
  };
}

/** JSON Feed 1.1 document at `feedPath`. */
export function jsonFeed(items: FeedItem[], site: string, title: string, description: string, feedPath = '/feed.json') {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: new URL('/', site).href,
    feed_url: new URL(feedPath, site).href,
    description,
    language: 'en',
    items: items.map((i) => ({
      id: i.id,
      url: i.link,
      external_url: i.externalUrl,
      title: i.title,
      summary: i.description,
      content_text: i.description,
      date_published: i.pubDate.toISOString(),
      ...(i.modified ? { date_modified: i.modified.toISOString() } : {}),
      tags: i.categories,
    })),
  };
}

/** `/data/articles.json` rows: every article's metadata. */
export function articleRecords(articles: readonly ArticleItem[], site: string) {
  return articles.map((a) => ({ id: a.id, url: new URL(articlePath(a.id), site).href, ...a.data }));
}

/** Ledger columns, in CSV order. */
export const FIGURE_COLUMNS = [
  'id',
  'value',
  'min',
  'max',
  'display',
  'measure',
  'what',
  'unit',
  'country',
  'country_name',
  'claimant',
  'as_of',
  'basis',
  'span',
  'period',
  'side',
  'article_url',
  'source_url',
  'source_outlet',
  'source_published',
] as const;

/** One ledger row as a flat record with its stable id and both URLs (a row of /data/figures.json). */
export function figureRecord({ id, figure, article }: LedgerRow, site: string) {
  return {
    id,
    value: figure.value ?? null,
    min: figure.min ?? null,
    max: figure.max ?? null,
    display: formatFigureValue(figure),
    measure: figure.measure,
    what: figure.what,
    unit: figure.unit ?? null,
    country: figure.country ?? null,
    country_name: figure.country ? countryName(figure.country) : null,
    claimant: figure.claimant,
    as_of: figure.as_of ?? null,
    basis: figure.basis,
    span: figure.span,
    period: figure.period ?? null,
    side: figure.side,
    article_url: new URL(articlePath(article.id), site).href,
    source_url: article.data.source.url,
    source_outlet: article.data.source.outlet,
    source_published: article.data.source.published ?? null,
  };
}

/** A flat ledger record. */
export type FigureRecord = ReturnType<typeof figureRecord>;

/** The figures ledger as flat records with stable ids and both URLs. */
export function figureRecords(articles: readonly ArticleItem[], site: string): FigureRecord[] {
  return buildLedger(articles).map((row) => figureRecord(row, site));
}

/** One measure's key figures as a record: the latest claim, any higher claim and differing pair as ledger records. */
function measureRecord(k: MeasureKeyFigures, site: string) {
  return {
    measure: k.measure,
    latest: figureRecord(k.latest, site),
    highest: k.highest ? figureRecord(k.highest, site) : null,
    low: k.low,
    high: k.high,
    range_display: formatRange(k.low, k.high),
    claims: k.claims,
    claimants: k.claimants,
    differ: k.differ ? k.differ.map((row) => figureRecord(row, site)) : null,
  };
}

/** `/data/key-figures.json`: each country's key figures (as on its page), then one entry with `country: null` for
 * global and regional claims. */
export function keyFigureRecords(articles: readonly ArticleItem[], site: string) {
  const global = buildGlobalKeyFigures(articles);
  return [
    ...buildCountryKeyFigures(articles).map(({ country, measures }) => ({
      country,
      country_name: countryName(country) as string | null,
      page_url: new URL(`${countryPath(country)}#key-figures`, site).href,
      measures: measures.map((k) => measureRecord(k, site)),
    })),
    ...(global.length === 0
      ? []
      : [
          {
            country: null,
            country_name: null,
            page_url: new URL(figuresPath(), site).href,
            measures: global.map((k) => measureRecord(k, site)),
          },
        ]),
  ];
}

/** RFC 4180 CSV; every field quoted when needed, `=+-@` leading cells prefixed so spreadsheets do not run them. */
export function toCsv(rows: Record<string, unknown>[], columns: readonly string[]): string {
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** Every correction of every article, newest first (then by article title). */
export function allCorrections<T extends ArticleItem>(articles: readonly T[]) {
  return articles
    .flatMap((article) => (article.data.corrections ?? []).map((correction) => ({ article, correction })))
    .sort(
      (a, b) =>
        b.correction.date.localeCompare(a.correction.date) || a.article.data.title.localeCompare(b.article.data.title),
    );
}
