/** Feed items and open-data rows, built from plain article data. */
import type { ArticleItem } from './types.ts';
import { articlePath, countryPath, figuresPath } from './paths.ts';
import { buildLedger, formatFigureValue, type LedgerRow } from './figures.ts';
import { countryName } from './names.ts';
import { buildCountryKeyFigures, buildGlobalKeyFigures, formatRange, type MeasureKeyFigures } from './key-figures.ts';

/** Items per feed. */
export const FEED_SIZE = 50;

/** A feed entry: our summary page, pointing at the original. */
export interface FeedItem { title: string; link: string; description: string; pubDate: Date | undefined; externalUrl: string; categories: string[]; id: string }

/** A publication date as a Date for feeds (partial dates take their first day); undefined when unknown. */
export function feedDate(date: string | undefined): Date | undefined {
  if (!date) return undefined;
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

/** The newest `FEED_SIZE` articles (input newest first) as feed items with absolute links. */
export function feedItems(articles: readonly ArticleItem[], site: string, outletName: (id: string) => string): FeedItem[] {
  return articles.slice(0, FEED_SIZE).map((a) => ({
    id: new URL(articlePath(a.id), site).href,
    title: a.data.title,
    link: new URL(articlePath(a.id), site).href,
    description: `${a.data.summary} (Original: ${outletName(a.data.source.outlet)}.)`,
    pubDate: feedDate(a.data.source.published ?? a.data.added),
    externalUrl: a.data.source.url,
    categories: a.data.countries.map(countryName),
  }));
}

/** An @astrojs/rss item; `<source>` names the original report. */
export function rssItem(i: FeedItem) {
  const url = i.externalUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return { title: i.title, link: i.link, description: i.description, pubDate: i.pubDate, categories: i.categories, customData: `<source url="${url}">Original report</source>` };
}

/** JSON Feed 1.1 document. */
export function jsonFeed(items: FeedItem[], site: string, title: string, description: string) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: new URL('/', site).href,
    feed_url: new URL('/feed.json', site).href,
    description,
    language: 'en',
    items: items.map((i) => ({
      id: i.id,
      url: i.link,
      external_url: i.externalUrl,
      title: i.title,
      summary: i.description,
      content_text: i.description,
      ...(i.pubDate ? { date_published: i.pubDate.toISOString() } : {}),
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
  'id', 'value', 'min', 'max', 'display', 'measure', 'what', 'unit', 'country', 'country_name', 'claimant', 'as_of',
  'basis', 'span', 'period', 'side', 'article_url', 'source_url', 'source_outlet', 'source_published',
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

/** One measure's key figures as a record: the latest claim and any differing pair as full ledger records. */
function measureRecord(k: MeasureKeyFigures, site: string) {
  return {
    measure: k.measure,
    latest: figureRecord(k.latest, site),
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
    ...(global.length === 0 ? [] : [{
      country: null,
      country_name: null,
      page_url: new URL(figuresPath(), site).href,
      measures: global.map((k) => measureRecord(k, site)),
    }]),
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
