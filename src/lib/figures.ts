/** The figures ledger: every reported number with its claimant and date, in a stable, citable form. */
import { DEFAULT_LOCALE, formatNumber, translate, type SiteLocale } from '../i18n/index.ts';
import { compareDatesAsc } from './dates.ts';
import type { Figure } from '../schema/index.ts';
import type { ArticleItem } from './types.ts';

/** One ledger row: a figure and the article that reported it. */
export interface LedgerRow {
  id: string;
  figure: Figure;
  article: ArticleItem;
}

/**
 * "18,000", or "14,000–15,000", or "at most 15,000"; in another locale its numbers and words (fr "au moins 15 000").
 */
export function formatFigureValue(figure: Figure, locale: SiteLocale = DEFAULT_LOCALE): string {
  if (figure.value !== undefined) return formatNumber(locale, figure.value);
  if (figure.min !== undefined && figure.max !== undefined)
    return translate(locale, 'figure.range', { low: figure.min, high: figure.max });
  if (figure.min !== undefined) return translate(locale, 'figure.atLeast', { value: figure.min });
  return translate(locale, 'figure.atMost', { value: figure.max ?? 0 });
}

/** A figure's stable id: the article slug and the figure's position, e.g. "jordan-…-the-national#2". */
export function figureId(articleId: string, index: number): string {
  return `${articleId}#${index + 1}`;
}

/** Every figure of `articles` (or only those for `country`), oldest claim first so conflicting claims sit together. */
export function buildLedger(articles: readonly ArticleItem[], country?: string): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (const article of articles) {
    (article.data.figures ?? []).forEach((figure, index) => {
      if (country === undefined || figure.country === country)
        rows.push({ id: figureId(article.id, index), figure, article });
    });
  }
  return rows.sort(
    (a, b) =>
      compareDatesAsc(a.figure.as_of, b.figure.as_of) ||
      a.figure.measure.localeCompare(b.figure.measure) ||
      a.id.localeCompare(b.id),
  );
}
