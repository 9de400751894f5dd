/** The benchmark's result rows and their Markdown table. */

/** Everything measured for one corpus size. */
export interface BenchRow {
  n: number;
  validateS: number;
  buildS: number;
  searchIndexS: number | undefined;
  peakBytes: number;
  pages: number;
  distMb: number;
  largestPageKb: number;
  largestPage: string;
  /** The home page with its CSS and JavaScript, gzipped. */
  homeKb: number;
  floorS: number;
  filterMs: number | undefined;
  /** Free text for the notes under the table: what was clicked, the largest page, CPU time, machine load. */
  detail: string;
}

/** Targets at 10,000 articles; a row over one is marked with "⚠". */
export const TARGETS = {
  buildS: 45,
  peakBytes: 2.5 * 1024 ** 3,
  validateS: 10,
  largestPageKb: 200,
  homeKb: 25,
  filterMs: 100,
};

const mark = (over: boolean): string => (over ? ' ⚠' : '');

/** Formats bytes as "1.23 GB" or "456 MB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

/** The Markdown table, one row per size; targets are checked for sizes of 10,000 and up. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const head =
    '| N | validate s | build s | search-index s | peak memory | pages | dist MB | largest page KB' +
    ' | home KB gz | floor s | build/floor | filter ms |';
  const rule = '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  const lines = rows.map((r) => {
    const t = r.n >= 10_000;
    return (
      `| ${r.n.toLocaleString('en')} | ${r.validateS.toFixed(1)}${mark(t && r.validateS > TARGETS.validateS)} ` +
      `| ${r.buildS.toFixed(1)}${mark(t && r.buildS > TARGETS.buildS)} | ${r.searchIndexS?.toFixed(1) ?? '?'} ` +
      `| ${formatBytes(r.peakBytes)}${mark(t && r.peakBytes > TARGETS.peakBytes)} | ${r.pages.toLocaleString('en')} ` +
      `| ${r.distMb.toFixed(1)} | ${r.largestPageKb.toFixed(0)}${mark(r.largestPageKb > TARGETS.largestPageKb)} ` +
      `| ${r.homeKb.toFixed(1)}${mark(r.homeKb > TARGETS.homeKb)} | ${r.floorS.toFixed(1)} ` +
      `| ${(r.buildS / r.floorS).toFixed(1)} ` +
      `| ${r.filterMs === undefined ? '?' : r.filterMs.toFixed(0)}${mark(t && (r.filterMs ?? 0) > TARGETS.filterMs)} |`
    );
  });
  return [head, rule, ...lines].join('\n');
}
