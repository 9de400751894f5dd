/** Claims over time: the scales and marks of a small SVG chart drawn at build time, one mark per claim. */
import { DEFAULT_LOCALE, formatNumber, formatPartialDate, translate, type SiteLocale } from '../i18n/index.ts';
import { BASES, type Figure } from '../schema/index.ts';
import { partialDateMiddle } from './dates.ts';
import { formatFigureValue, type LedgerRow } from './figures.ts';
import { basisLabel, claimBounds, compareClaimsHighestFirst } from './key-figures.ts';
import { figurePath } from './paths.ts';

/** What kind of number a figure is. */
export type Basis = Figure['basis'];

/** The chart's size in SVG units and the margins that hold its axes. */
export const CHART = { width: 400, height: 200, top: 12, right: 16, bottom: 26, left: 52 } as const;

/** Half the width of a time label ("Sep 2025" at 12 units): ticks closer to an edge are not labelled. */
const LABEL_HALF_WIDTH = 26;

/** At most this many claims, the most recent, are drawn: the chart and its table stay small at any corpus size. */
export const CHART_LIMIT = 24;

/** A chart needs at least this many dated claims. */
export const CHART_MIN_CLAIMS = 3;

/** The shape of a claim's mark, one per basis, so that the basis reads without colour. */
export const BASIS_SHAPES = {
  official: 'circle',
  estimate: 'triangle',
  'documented-minimum': 'square',
  unverified: 'diamond',
  unknown: 'cross',
} as const satisfies Record<Basis, string>;

/** A mark shape. */
export type Shape = (typeof BASIS_SHAPES)[Basis];

/** A linear map from `domain` to `range`; a domain of one point maps to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (value: number): number => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** Ticks from 0 to the first step at or above `max`, in whole steps of 1, 2 or 5 × 10ⁿ, about `count` of them. */
export function valueTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

/** English month labels as the site has always written them ("Sep", where en-GB's Intl writes "Sept"). */
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const tickFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A time-axis label in a translated locale, from Intl.DateTimeFormat: fr "avr. 2025", ne "२०२५". Arabic is written
 * with Western digits, as src/i18n/index.ts writes every Arabic number and date.
 */
function tickLabel(locale: SiteLocale, time: number, yearsOnly: boolean): string {
  const cacheKey = `${locale}:${yearsOnly}`;
  let format = tickFormats.get(cacheKey);
  if (format === undefined) {
    const parts: Intl.DateTimeFormatOptions = yearsOnly ? { year: 'numeric' } : { month: 'short', year: 'numeric' };
    const digits = locale === 'ar' ? { numberingSystem: 'latn' } : {};
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...digits, ...parts });
    tickFormats.set(cacheKey, format);
  }
  return format.format(time);
}

/** Month steps the time axis may use; ticks fall on months that are a multiple of the step from January. */
const MONTH_STEPS = [1, 3, 6, 12, 24, 60, 120];

/**
 * At most `max` ticks on first days of months within [start, end]: years ("2025") or months ("Apr 2025"), labelled
 * in `locale` (fr "avr. 2025").
 */
export function timeTicks(
  start: number,
  end: number,
  max = 5,
  locale: SiteLocale = DEFAULT_LOCALE,
): { time: number; label: string }[] {
  const first = new Date(start);
  const months = (year: number, month: number) => year * 12 + month;
  const from = months(first.getUTCFullYear(), first.getUTCMonth()) + (first.getUTCDate() > 1 ? 1 : 0);
  const last = new Date(end);
  const to = months(last.getUTCFullYear(), last.getUTCMonth());
  for (const step of MONTH_STEPS) {
    const ticks: { time: number; label: string }[] = [];
    for (let m = Math.ceil(from / step) * step; m <= to; m += step) {
      const year = Math.floor(m / 12);
      const month = m % 12;
      const time = Date.UTC(year, month, 1);
      const label =
        locale !== DEFAULT_LOCALE
          ? tickLabel(locale, time, step >= 12)
          : step >= 12
            ? String(year)
            : `${SHORT_MONTHS[month]} ${year}`;
      ticks.push({ time, label });
    }
    if (ticks.length <= max) return ticks;
  }
  return [];
}

/** The time span drawn: from the first claim's middle to the last's, padded by 5% and at least 45 days each side. */
export function timeDomain(times: readonly number[]): [number, number] {
  const start = Math.min(...times);
  const end = Math.max(...times);
  const pad = Math.max((end - start) * 0.05, 45 * 86_400_000);
  return [start - pad, end + pad];
}

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

/** An SVG path for a mark of `shape` centred on (x, y), about 2r across. The cross is drawn by its stroke. */
export function markPath(shape: Shape, x: number, y: number, r = 5): string {
  const at = (dx: number, dy: number): string => `${r1(x + dx * r)},${r1(y + dy * r)}`;
  switch (shape) {
    case 'circle':
      return `M${at(-1, 0)}A${r},${r} 0 1,0 ${at(1, 0)}A${r},${r} 0 1,0 ${at(-1, 0)}Z`;
    case 'square':
      return `M${at(-0.85, -0.85)}L${at(0.85, -0.85)}L${at(0.85, 0.85)}L${at(-0.85, 0.85)}Z`;
    case 'triangle':
      return `M${at(0, -1.15)}L${at(1, 0.75)}L${at(-1, 0.75)}Z`;
    case 'diamond':
      return `M${at(0, -1.2)}L${at(1.2, 0)}L${at(0, 1.2)}L${at(-1.2, 0)}Z`;
    case 'cross':
      return `M${at(-1, -1)}L${at(1, 1)}M${at(1, -1)}L${at(-1, 1)}`;
  }
}

/** One claim's mark: where it sits, its shape, its tooltip and the article it links to. */
export interface ChartMark {
  id: string;
  href: string;
  shape: Shape;
  basis: Basis;
  /** The mark's path, at the middle of the claim's date span and of its range. */
  d: string;
  /** A range's whisker from its low to its high number, when it has two. */
  whisker: { x: number; y1: number; y2: number } | undefined;
  /** "5,000: Hussein Allawi, December 2025 (official)". */
  title: string;
  /** The figure's own description, for charts that mix global and regional claims. */
  what: string;
}

/** A chart of claims: its marks, axis ticks, the bases present, and which claims it draws. */
export interface ClaimsChart {
  marks: ChartMark[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  bases: Basis[];
  /** The claims drawn, newest first (the table alternative lists these). */
  rows: LedgerRow[];
  /** How many dated claims there were before the limit. */
  total: number;
  /** The undated claims, highest first, listed under the chart rather than placed on its time axis. */
  undated: LedgerRow[];
  /** How many undated claims there were before the limit. */
  undatedTotal: number;
}

/**
 * "5,000: Hussein Allawi, December 2025 (official)": a claim's value, claimant, date and basis. English names the
 * basis by its code ("documented-minimum"), as it always has; other locales by its label (fr "minimum documenté").
 */
export function claimTitle(figure: Figure, locale: SiteLocale = DEFAULT_LOCALE): string {
  const basis = locale === DEFAULT_LOCALE ? figure.basis : basisLabel(figure.basis, locale);
  const claim = translate(locale, 'figure.claimBy', {
    claimant: figure.claimant,
    date: formatPartialDate(locale, figure.as_of),
    basis,
  });
  return translate(locale, 'chart.markTitle', { value: formatFigureValue(figure, locale), claim });
}

/**
 * The chart of `claims` (newest first): the most recent `limit` dated ones placed by date and value, and the
 * highest `limit` undated ones listed apart, since an undated claim has no place on a time axis. Its labels (axis
 * ticks, mark titles) are in `locale`.
 */
export function buildClaimsChart(
  claims: readonly LedgerRow[],
  limit = CHART_LIMIT,
  locale: SiteLocale = DEFAULT_LOCALE,
): ClaimsChart {
  const dated = claims.filter((row) => row.figure.as_of !== undefined);
  const undated = claims.filter((row) => row.figure.as_of === undefined).sort(compareClaimsHighestFirst);
  const rows = dated.slice(0, limit);
  const times = rows.map((row) => partialDateMiddle(row.figure.as_of as string));
  const [start, end] = times.length ? timeDomain(times) : [0, 1];
  const x = linearScale([start, end], [CHART.left, CHART.width - CHART.right]);
  const ticks = valueTicks(rows.reduce((max, row) => Math.max(max, claimBounds(row.figure).high), 0));
  const y = linearScale([0, ticks[ticks.length - 1] ?? 1], [CHART.height - CHART.bottom, CHART.top]);
  const marks = rows.map((row, i): ChartMark => {
    const { low, high } = claimBounds(row.figure);
    const shape = BASIS_SHAPES[row.figure.basis];
    const cx = x(times[i] as number);
    return {
      id: row.id,
      href: figurePath(row.id),
      shape,
      basis: row.figure.basis,
      d: markPath(shape, cx, y((low + high) / 2)),
      whisker: low === high ? undefined : { x: cx, y1: y(low), y2: y(high) },
      title: claimTitle(row.figure, locale),
      what: row.figure.what,
    };
  });
  const present = new Set(rows.map((row) => row.figure.basis));
  return {
    marks,
    xTicks: timeTicks(start, end, 5, locale)
      .map((t) => ({ x: x(t.time), label: t.label }))
      .filter((t) => t.x >= CHART.left + LABEL_HALF_WIDTH && t.x <= CHART.width - LABEL_HALF_WIDTH),
    yTicks: ticks.map((t) => ({ y: y(t), label: formatNumber(locale, t) })),
    bases: BASES.filter((basis) => present.has(basis)),
    rows,
    total: dated.length,
    undated: undated.slice(0, limit),
    undatedTotal: undated.length,
  };
}
