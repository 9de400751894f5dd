/** Key figures: for each measure, the comparable running-total claims, the latest, their range and who made them. */
import { DEFAULT_LOCALE, formatNumber, translate, type SiteLocale } from '../i18n/index.ts';
import { MEASURES, type Figure } from '../schema/index.ts';
import { addMonths, partialDateMiddle, partialDateSpan } from './dates.ts';
import { groupByFacet } from './facets.ts';
import { buildLedger, type LedgerRow } from './figures.ts';
import { countryName } from './names.ts';
import type { ArticleItem } from './types.ts';

/** What a figure counts. */
export type Measure = Figure['measure'];

/** The measures compared side by side on /figures/. */
export const MAIN_MEASURES = ['recruited', 'killed', 'captured', 'returned'] as const satisfies readonly Measure[];

/** Claims whose dates lie within this many months of each other are about the same date. */
export const SAME_DATE_MONTHS = 3;

/** Two claims differ when the higher is more than this many times the lower (more than half as much again). */
export const DIFFER_RATIO = 1.5;

/** Whether a figure can be compared with others: a running total, of people on Russia's side, counted in people. */
export function isComparable(figure: Figure): boolean {
  const unit = figure.unit?.trim().toLowerCase();
  return figure.span === 'total' && figure.side === 'russia' && (unit === undefined || unit === 'people');
}

/** The lowest and highest number a claim states: its value, its range, or its one bound. */
export function claimBounds(figure: Figure): { low: number; high: number } {
  const low = figure.value ?? figure.min ?? figure.max ?? 0;
  const high = figure.value ?? figure.max ?? figure.min ?? 0;
  return { low, high };
}

/** Newest claim first: by the middle of its date's span, the more precise date first, then by id; undated last. */
export function compareClaimsNewestFirst(a: LedgerRow, b: LedgerRow): number {
  const da = a.figure.as_of;
  const db = b.figure.as_of;
  if (da === undefined || db === undefined) {
    return Number(da === undefined) - Number(db === undefined) || a.id.localeCompare(b.id);
  }
  return partialDateMiddle(db) - partialDateMiddle(da) || db.length - da.length || a.id.localeCompare(b.id);
}

/** Whether two partial dates are about the same date: their spans overlap or lie less than `months` apart. */
export function aboutSameDate(a: string, b: string, months = SAME_DATE_MONTHS): boolean {
  const [first, second] = [partialDateSpan(a), partialDateSpan(b)].sort((x, y) => x.start - y.start) as [Span, Span];
  return second.start < addMonths(first.end, months);
}

type Span = ReturnType<typeof partialDateSpan>;

/** Whether two claims differ by more than half: even their closest numbers are more than DIFFER_RATIO apart. */
export function claimsDiffer(a: Figure, b: Figure): boolean {
  const x = claimBounds(a);
  const y = claimBounds(b);
  return Math.max(x.low, y.low) > DIFFER_RATIO * Math.min(x.high, y.high);
}

/** The newest pair of dated claims (newer first) that are about the same date and differ by more than half. */
export function findDifference(newestFirst: readonly LedgerRow[]): [LedgerRow, LedgerRow] | undefined {
  for (let i = 0; i < newestFirst.length; i++) {
    const a = newestFirst[i] as LedgerRow;
    for (let j = i + 1; j < newestFirst.length; j++) {
      const b = newestFirst[j] as LedgerRow;
      if (a.figure.as_of === undefined || b.figure.as_of === undefined) continue;
      if (aboutSameDate(a.figure.as_of, b.figure.as_of) && claimsDiffer(a.figure, b.figure)) return [a, b];
    }
  }
  return undefined;
}

/** Whether claim `a` is higher than claim `b`: its highest number is above theirs. */
export function isHigher(a: Figure, b: Figure): boolean {
  return claimBounds(a).high > claimBounds(b).high;
}

/** Highest claim first, by its highest number; between equals, the order of `compareClaimsNewestFirst`. */
export function compareClaimsHighestFirst(a: LedgerRow, b: LedgerRow): number {
  return claimBounds(b.figure).high - claimBounds(a.figure).high || compareClaimsNewestFirst(a, b);
}

/**
 * The highest of `claims`, dated or not, when it is higher than `latest` (else undefined), so that a most recent
 * claim is never shown alone when the site holds a higher one.
 */
export function findHigherClaim(claims: readonly LedgerRow[], latest: LedgerRow): LedgerRow | undefined {
  const highest = [...claims].sort(compareClaimsHighestFirst)[0];
  return highest && isHigher(highest.figure, latest.figure) ? highest : undefined;
}

/** The key figures of one measure. */
export interface MeasureKeyFigures {
  measure: Measure;
  /** The most recent dated comparable claim (an undated one only when none is dated). */
  latest: LedgerRow;
  /** The highest comparable claim, dated or not, when it is higher than `latest`. */
  highest: LedgerRow | undefined;
  /** The lowest and highest number among all comparable claims. */
  low: number;
  high: number;
  /** How many comparable claims, and how many distinct claimants made them. */
  claims: number;
  claimants: number;
  /** The newest two claims of about the same date that differ by more than half, newer first. */
  differ: [LedgerRow, LedgerRow] | undefined;
  /** The dated comparable claims, newest first. */
  dated: LedgerRow[];
  /** The undated comparable claims, highest first: in the range and the highest claim, never on a time axis. */
  undated: LedgerRow[];
}

/** Claimants are the same when their names match ignoring case and spacing. */
const claimantKey = (claimant: string): string => claimant.trim().replace(/\s+/g, ' ').toLowerCase();

/** For each measure with a comparable claim among `rows`, in the schema's measure order, its key figures. */
export function buildKeyFigures(rows: readonly LedgerRow[]): MeasureKeyFigures[] {
  const byMeasure = new Map<Measure, LedgerRow[]>();
  for (const row of rows) {
    if (!isComparable(row.figure)) continue;
    const list = byMeasure.get(row.figure.measure);
    if (list) list.push(row);
    else byMeasure.set(row.figure.measure, [row]);
  }
  return MEASURES.flatMap((measure) => {
    const claims = byMeasure.get(measure)?.sort(compareClaimsNewestFirst);
    if (!claims?.length) return [];
    const bounds = claims.map((row) => claimBounds(row.figure));
    const dated = claims.filter((row) => row.figure.as_of !== undefined);
    const latest = claims[0] as LedgerRow;
    return [
      {
        measure,
        latest,
        highest: findHigherClaim(claims, latest),
        low: bounds.reduce((low, b) => Math.min(low, b.low), Infinity),
        high: bounds.reduce((high, b) => Math.max(high, b.high), -Infinity),
        claims: claims.length,
        claimants: new Set(claims.map((row) => claimantKey(row.figure.claimant))).size,
        differ: findDifference(dated),
        dated,
        undated: claims.filter((row) => row.figure.as_of === undefined).sort(compareClaimsHighestFirst),
      },
    ];
  });
}

/** "Recruited", "Remains returned": a measure as a label (fr "Recrutés"). */
export function measureLabel(measure: Measure, locale: SiteLocale = DEFAULT_LOCALE): string {
  return translate(locale, `measure.${measure}`);
}

/** One country's key figures. */
export interface CountryKeyFigures {
  country: string;
  measures: MeasureKeyFigures[];
}

/**
 * The key figures of every country with a comparable claim, by country name. A country's claims are those of its
 * own ledger (figures for it in articles about it), as on its page.
 */
export function buildCountryKeyFigures(articles: readonly ArticleItem[]): CountryKeyFigures[] {
  return groupByFacet(articles, 'countries')
    .map((group) => ({ country: group.key, measures: buildKeyFigures(buildLedger(group.articles, group.key)) }))
    .filter((entry) => entry.measures.length > 0)
    .sort((a, b) => countryName(a.country).localeCompare(countryName(b.country), 'en'));
}

/** The key figures of global and regional claims: figures that name no country. */
export function buildGlobalKeyFigures(articles: readonly ArticleItem[]): MeasureKeyFigures[] {
  return buildKeyFigures(buildLedger(articles).filter((row) => row.figure.country === undefined));
}

/** "official", "documented minimum", "basis unknown": a basis as words. */
export function basisLabel(basis: Figure['basis'], locale: SiteLocale = DEFAULT_LOCALE): string {
  return translate(locale, `basis.${basis}`);
}

/** "running total", "count for one period", "span unknown": a figure's span as words. */
export function spanLabel(span: Figure['span'], locale: SiteLocale = DEFAULT_LOCALE): string {
  return translate(locale, `span.${span}`);
}

/** "Russia's side", "both sides together", "side unknown": whose people a figure counts, as words. */
export function sideLabel(side: Figure['side'], locale: SiteLocale = DEFAULT_LOCALE): string {
  return translate(locale, `side.${side}`);
}

/** "126–202", or "5,000" when every claim gives the same number. */
export function formatRange(low: number, high: number, locale: SiteLocale = DEFAULT_LOCALE): string {
  return low === high ? formatNumber(locale, low) : translate(locale, 'figure.range', { low, high });
}

/** One row of /figures/: a country and its key figures for each main measure (undefined where it has no claim). */
export interface OverviewRow {
  country: string;
  cells: (MeasureKeyFigures | undefined)[];
}

/** /figures/: a row per country with a main-measure claim, the countries with other claims only, the global ones. */
export function buildFiguresOverview(articles: readonly ArticleItem[]) {
  const rows: OverviewRow[] = [];
  const others: string[] = [];
  for (const { country, measures } of buildCountryKeyFigures(articles)) {
    const cells = MAIN_MEASURES.map((m) => measures.find((k) => k.measure === m));
    if (cells.some((cell) => cell !== undefined)) rows.push({ country, cells });
    else others.push(country);
  }
  return { rows, others, global: buildGlobalKeyFigures(articles) };
}
