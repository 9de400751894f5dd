/** The benchmark's results and their two Markdown tables: the builds, then the ratios and the site's figures. */
import { formatLoad, formatRatio, formatSpread, ratio, type Spread } from './stats.ts';

/** The kinds of run, in table order: the full site cold, its rebuild after one added article, and the references. */
export const KINDS = ['cold', 'rebuild', 'bare', 'barePagefind', 'hugo', 'floor'] as const;
/** One kind of run. */
export type Kind = (typeof KINDS)[number];

/** How each kind is named in the table. */
export const KIND_LABELS: Record<Kind, string> = {
  cold: 'full site, cold',
  rebuild: 'full site, one article added',
  bare: 'bare Astro, cold',
  barePagefind: 'bare Astro + Pagefind, cold',
  hugo: 'Hugo, cold',
  floor: 'floor',
};

/** One kind's rounds: wall seconds, the highest peak memory, and the median load before and while it ran. */
export interface KindSummary {
  seconds: Spread;
  peakBytes: number;
  loadBefore: number;
  loadDuring: number;
}

/** Everything measured for one corpus size; the site's figures come from the last cold build. */
export interface BenchResult {
  n: number;
  kinds: Partial<Record<Kind, KindSummary>>;
  validateS: number;
  searchIndexS: number | undefined;
  pages: number;
  distMb: number;
  largestPageKb: number;
  /** The home page with its CSS and JavaScript, gzipped. */
  homeKb: number;
  /** Home → heaviest country page → heaviest article page, with their CSS and JavaScript once, gzipped. */
  pathKb: number;
  filterMs: number | undefined;
  /** Free text for the notes under the tables: each round, what was clicked, the largest page, the path's pages. */
  detail: string;
}

/** Targets at 10,000 articles; a figure over one is marked with "⚠". */
export const TARGETS = {
  fullOverBarePagefind: 1.0,
  fullOverBare: 1.3,
  rebuildOverCold: 0.25,
  /** The full site's peak memory over bare Astro's. */
  peakOverBare: 1.1,
  validateS: 10,
  largestPageKb: 200,
  homeKb: 25,
  pathKb: 40,
  filterMs: 100,
};

const mark = (over: boolean): string => (over ? ' ⚠' : '');
const count = (n: number): string => n.toLocaleString('en');

/** Formats bytes as "1.23 GB" or "456 MB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

/** The median-over-median ratios the targets are set on; undefined where a kind was not measured. */
export function ratios(
  r: BenchResult,
): Record<
  'fullOverBarePagefind' | 'fullOverBare' | 'fullOverHugo' | 'rebuildOverCold' | 'fullOverFloor',
  number | undefined
> {
  const m = (kind: Kind) => r.kinds[kind]?.seconds.median;
  return {
    fullOverBarePagefind: ratio(m('cold'), m('barePagefind')),
    fullOverBare: ratio(m('cold'), m('bare')),
    fullOverHugo: ratio(m('cold'), m('hugo')),
    rebuildOverCold: ratio(m('rebuild'), m('cold')),
    fullOverFloor: ratio(m('cold'), m('floor')),
  };
}

/** The builds table: one row per size and kind, seconds as median (min–max) over the rounds. */
export function buildsTable(results: readonly BenchResult[]): string {
  const head = '| N | run | seconds, median (min–max) | peak memory | load before | load during |';
  const rule = '| ---: | --- | ---: | ---: | ---: | ---: |';
  const lines = results.flatMap((r) =>
    KINDS.flatMap((kind) => {
      const k = r.kinds[kind];
      if (!k) return [];
      const full = kind === 'cold' || kind === 'rebuild';
      const bare = r.kinds.bare?.peakBytes;
      const over = full && r.n >= 10_000 && bare !== undefined && k.peakBytes > TARGETS.peakOverBare * bare;
      const memory = `${formatBytes(k.peakBytes)}${mark(over)}`;
      const load = `${formatLoad(k.loadBefore)} | ${formatLoad(k.loadDuring)}`;
      return [`| ${count(r.n)} | ${KIND_LABELS[kind]} | ${formatSpread(k.seconds)} | ${memory} | ${load} |`];
    }),
  );
  return [head, rule, ...lines].join('\n');
}

/** The figures table: one row per size, the ratios of medians, then the site's figures from the last cold build. */
export function figuresTable(results: readonly BenchResult[]): string {
  const head =
    '| N | full / (bare Astro + Pagefind) | full / bare Astro | full / Hugo | rebuild / cold | full / floor' +
    ' | validate s | search-index s | pages' +
    ' | dist MB | largest page KB | home KB gz | path KB gz | filter ms |';
  const rule = `|${' ---: |'.repeat(14)}`;
  const lines = results.map((r) => {
    const t = r.n >= 10_000;
    const q = ratios(r);
    const cells = [
      count(r.n),
      formatRatio(q.fullOverBarePagefind) + mark(t && (q.fullOverBarePagefind ?? 0) > TARGETS.fullOverBarePagefind),
      formatRatio(q.fullOverBare) + mark(t && (q.fullOverBare ?? 0) > TARGETS.fullOverBare),
      formatRatio(q.fullOverHugo),
      formatRatio(q.rebuildOverCold) + mark(t && (q.rebuildOverCold ?? 0) > TARGETS.rebuildOverCold),
      formatRatio(q.fullOverFloor),
      r.validateS.toFixed(1) + mark(t && r.validateS > TARGETS.validateS),
      r.searchIndexS?.toFixed(1) ?? '?',
      count(r.pages),
      r.distMb.toFixed(1),
      r.largestPageKb.toFixed(0) + mark(r.largestPageKb > TARGETS.largestPageKb),
      r.homeKb.toFixed(1) + mark(r.homeKb > TARGETS.homeKb),
      r.pathKb.toFixed(1) + mark(r.pathKb > TARGETS.pathKb),
      (r.filterMs?.toFixed(0) ?? '?') + mark(t && (r.filterMs ?? 0) > TARGETS.filterMs),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [head, rule, ...lines].join('\n');
}
