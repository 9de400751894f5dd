import { describe, expect, test } from 'vitest';
import {
  BASIS_SHAPES,
  buildClaimsChart,
  CHART,
  claimTitle,
  linearScale,
  markPath,
  timeDomain,
  timeTicks,
  valueTicks,
} from '../../src/lib/claims-chart.ts';
import { buildLedger, type LedgerRow } from '../../src/lib/figures.ts';
import { compareClaimsNewestFirst } from '../../src/lib/key-figures.ts';
import { BASES } from '../../src/schema/index.ts';
import { makeItem } from './support.ts';

const DAY = 86_400_000;

/** Dated claims of one article, newest first, each parsed through articleSchema. */
function claims(...figures: Record<string, unknown>[]): LedgerRow[] {
  const base = { measure: 'killed', what: 'Killed', claimant: 'Ministry', basis: 'official', span: 'total' };
  const parsed = figures.map((f) => ({ value: 10, side: 'russia', ...base, ...f }));
  const article = makeItem({ id: 'report', countries: ['NP'], figures: parsed });
  return buildLedger([article]).sort(compareClaimsNewestFirst);
}

/** The points an absolute SVG path (M, L, A, Z) passes through: each command's last two numbers. */
function points(d: string): [number, number][] {
  return [...d.matchAll(/[MLA]([^MLAZ]+)/g)].map((m) => {
    const n = (m[1] ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    return [n[n.length - 2] ?? NaN, n[n.length - 1] ?? NaN];
  });
}

/** The centre of a path's bounding box. */
function centre(d: string): [number, number] {
  const p = points(d);
  const xs = p.map(([x]) => x);
  const ys = p.map(([, y]) => y);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

describe('linearScale', () => {
  test('maps the domain onto the range, inverted ranges included', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(25)).toBe(150);
    expect(y(100)).toBe(0);
  });

  test('maps a one-point domain to the middle of the range', () => {
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });
});

describe('valueTicks', () => {
  test('steps by 1, 2 or 5 times a power of ten from zero past the highest value', () => {
    expect(valueTicks(18000)).toEqual([0, 5000, 10000, 15000, 20000]);
    expect(valueTicks(26)).toEqual([0, 10, 20, 30]);
    expect(valueTicks(200)).toEqual([0, 50, 100, 150, 200]);
    expect(valueTicks(3388)).toEqual([0, 1000, 2000, 3000, 4000]);
  });

  test('never steps by less than one person', () => {
    expect(valueTicks(2)).toEqual([0, 1, 2]);
  });

  test('gives 0 to 1 when every value is zero', () => {
    expect(valueTicks(0)).toEqual([0, 1]);
  });
});

describe('timeTicks', () => {
  test('marks years over a long span', () => {
    expect(timeTicks(Date.UTC(2023, 5, 1), Date.UTC(2026, 2, 1)).map((t) => t.label)).toEqual(['2024', '2025', '2026']);
  });

  test('marks months over a short span, on the first of the month', () => {
    const ticks = timeTicks(Date.UTC(2023, 10, 10), Date.UTC(2024, 1, 20));
    expect(ticks.map((t) => t.label)).toEqual(['Dec 2023', 'Jan 2024', 'Feb 2024']);
    expect(ticks[0]?.time).toBe(Date.UTC(2023, 11, 1));
  });

  test('keeps to the maximum by taking longer steps', () => {
    const ticks = timeTicks(Date.UTC(2024, 0, 1), Date.UTC(2025, 11, 31));
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks.map((t) => t.label)).toEqual(['Jan 2024', 'Jul 2024', 'Jan 2025', 'Jul 2025']);
  });
});

describe('timeDomain', () => {
  test('pads a single date by 45 days on each side', () => {
    const t = Date.UTC(2025, 0, 1);
    expect(timeDomain([t])).toEqual([t - 45 * DAY, t + 45 * DAY]);
  });

  test('pads a long span by 5%', () => {
    const [start, end] = [Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1)];
    const pad = (end - start) * 0.05;
    expect(timeDomain([end, start])).toEqual([start - pad, end + pad]);
  });
});

describe('markPath', () => {
  test('draws a different shape for each basis', () => {
    const paths = BASES.map((basis) => markPath(BASIS_SHAPES[basis], 50, 50));
    expect(new Set(paths).size).toBe(BASES.length);
  });

  test('centres each shape on its point, about ten units across', () => {
    for (const basis of BASES) {
      const d = markPath(BASIS_SHAPES[basis], 100, 60);
      const xs = points(d).map(([x]) => x);
      expect(centre(d)[0], basis).toBeCloseTo(100, 1);
      expect(Math.max(...xs) - Math.min(...xs), basis).toBeGreaterThanOrEqual(8);
      expect(Math.max(...xs) - Math.min(...xs), basis).toBeLessThanOrEqual(12);
    }
    expect(centre(markPath('diamond', 100, 60))).toEqual([100, 60]);
    expect(markPath('square', 100, 60)).toBe('M95.8,55.8L104.3,55.8L104.3,64.3L95.8,64.3Z');
  });
});

describe('claimTitle', () => {
  test('gives the value, claimant, date and basis', () => {
    const [row] = claims({ value: 5000, claimant: 'PM adviser', as_of: '2025-12', basis: 'official' });
    expect(claimTitle(row?.figure ?? ({} as never))).toBe('5,000: PM adviser, December 2025 (official)');
  });
});

describe('buildClaimsChart', () => {
  const rows = claims(
    { value: 6, as_of: '2023-12', basis: 'official' },
    { value: 10, as_of: '2024-01', basis: 'unknown', claimant: 'AP' },
    { min: 11, max: 20, value: undefined, as_of: '2024', basis: 'estimate' },
    { value: 99 },
  );
  const chart = buildClaimsChart(rows);
  const byId = new Map(chart.marks.map((m) => [m.id, m]));
  const x = linearScale(timeDomain([Date.UTC(2023, 11, 16, 12), Date.UTC(2024, 0, 16, 12), Date.UTC(2024, 6, 2)]), [
    CHART.left,
    CHART.width - CHART.right,
  ]);
  const y = linearScale([0, 20], [CHART.height - CHART.bottom, CHART.top]);

  test('draws one mark per dated claim, linked to its figure on its article, with a title', () => {
    expect(chart.marks.map((m) => m.id)).toEqual(['report#3', 'report#2', 'report#1']);
    expect(byId.get('report#2')).toMatchObject({
      href: '/articles/report/#figure-2',
      title: '10: AP, January 2024 (unknown)',
      what: 'Killed',
    });
  });

  test("places a mark at the middle of its date's span and at its value", () => {
    const [cx, cy] = centre(byId.get('report#1')?.d ?? '');
    expect(cx).toBeCloseTo(x(Date.UTC(2023, 11, 16, 12)), 1);
    expect(cy).toBeCloseTo(y(6), 1);
  });

  test('places a year-only claim at mid-year, and a range at its middle with a whisker', () => {
    const range = byId.get('report#3');
    expect(range?.whisker?.x).toBeCloseTo(x(Date.UTC(2024, 6, 2)), 5);
    expect(range?.whisker?.y1).toBeCloseTo(y(11), 5);
    expect(range?.whisker?.y2).toBeCloseTo(y(20), 5);
    expect(points(range?.d ?? '')[0]?.[1]).toBeCloseTo(y(15.5) - 5 * 1.15, 1);
    expect(byId.get('report#1')?.whisker).toBeUndefined();
  });

  test("shows the basis by shape and lists the bases present in the schema's order", () => {
    expect(chart.marks.map((m) => m.shape)).toEqual(['triangle', 'cross', 'circle']);
    expect(chart.bases).toEqual(['official', 'estimate', 'unknown']);
  });

  test('labels the value axis from zero and the time axis in months or years', () => {
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '5', '10', '15', '20']);
    expect(chart.yTicks[0]?.y).toBe(CHART.height - CHART.bottom);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['Jan 2024', 'Apr 2024', 'Jul 2024']);
    for (const tick of chart.xTicks) {
      expect(tick.x).toBeGreaterThanOrEqual(CHART.left + 26);
      expect(tick.x).toBeLessThanOrEqual(CHART.width - 26);
    }
  });

  test('leaves unlabelled a tick too close to an edge for its label', () => {
    const edges = buildClaimsChart(claims({ as_of: '2023-12' }, { as_of: '2024-01' }, { as_of: '2024-01' }));
    expect(edges.xTicks.map((t) => t.label)).toEqual(['Dec 2023', 'Jan 2024', 'Feb 2024']);
  });

  test('draws only the most recent claims beyond the limit, and says how many there were', () => {
    const limited = buildClaimsChart(rows, 2);
    expect(limited.rows.map((r) => r.id)).toEqual(['report#3', 'report#2']);
    expect(limited.total).toBe(3);
  });

  test('lists undated claims apart, highest first, without a mark or a place on the value axis', () => {
    expect(chart.undated.map((r) => r.id)).toEqual(['report#4']);
    expect(chart.undatedTotal).toBe(1);
    expect(chart.marks.map((m) => m.id)).not.toContain('report#4');
    expect(chart.rows.map((r) => r.id)).not.toContain('report#4');
    expect(chart.yTicks.at(-1)?.label).toBe('20');
  });

  test('lists only the highest undated claims beyond the limit, and says how many there were', () => {
    const many = buildClaimsChart(claims({ as_of: '2024-01' }, { value: 19 }, { value: 25 }, { value: 20 }), 2);
    expect(many.undated.map((r) => r.figure.value)).toEqual([25, 20]);
    expect(many.undatedTotal).toBe(3);
    expect(many.rows.length).toBe(1);
  });
});

describe('in another locale', () => {
  test('labels the time axis with Intl month names and keeps English as it was', () => {
    const [start, end] = [Date.UTC(2025, 0, 15), Date.UTC(2025, 9, 15)];
    expect(timeTicks(start, end).map((t) => t.label)[0]).toBe('Apr 2025');
    expect(timeTicks(start, end, 5, 'fr').map((t) => t.label)[0]).toBe(
      new Intl.DateTimeFormat('fr', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2025, 3, 1)),
    );
    expect(timeTicks(Date.UTC(2023, 5, 1), Date.UTC(2026, 2, 1), 5, 'ne').map((t) => t.label)).toEqual([
      '२०२४',
      '२०२५',
      '२०२६',
    ]);
  });
});
