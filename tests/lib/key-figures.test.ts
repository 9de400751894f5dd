import { describe, expect, test } from 'vitest';
import { buildLedger, type LedgerRow } from '../../src/lib/figures.ts';
import {
  aboutSameDate,
  basisLabel,
  buildCountryKeyFigures,
  buildFiguresOverview,
  buildGlobalKeyFigures,
  buildKeyFigures,
  claimBounds,
  claimsDiffer,
  compareClaimsHighestFirst,
  compareClaimsNewestFirst,
  findDifference,
  findHigherClaim,
  formatRange,
  isComparable,
  isHigher,
  measureLabel,
} from '../../src/lib/key-figures.ts';
import { figureSchema, type Figure } from '../../src/schema/index.ts';
import { makeItem } from './support.ts';

/** A figure parsed by the real schema: a running total of Russia's recruits in people unless overridden. */
const figure = (fields: Record<string, unknown> = {}): Figure =>
  figureSchema.parse({
    value: 100,
    measure: 'recruited',
    what: 'Citizens recruited',
    claimant: 'The ministry',
    basis: 'official',
    span: 'total',
    side: 'russia',
    country: 'IQ',
    ...fields,
  });

/** Ledger rows of one article holding `figures` (each input goes through articleSchema). */
function rows(...figures: Record<string, unknown>[]): LedgerRow[] {
  const base = { measure: 'recruited', what: 'Citizens recruited', basis: 'official', span: 'total', side: 'russia' };
  const article = makeItem({
    id: 'article',
    countries: ['IQ'],
    figures: figures.map((f) => ({ value: 100, claimant: 'The ministry', country: 'IQ', ...base, ...f })),
  });
  return buildLedger([article]);
}

const ids = (list: readonly LedgerRow[]) => list.map((r) => r.id);

describe('isComparable', () => {
  test('accepts a running total of people on Russia\'s side, with the unit "people" or none', () => {
    expect(isComparable(figure())).toBe(true);
    expect(isComparable(figure({ unit: 'people' }))).toBe(true);
    expect(isComparable(figure({ unit: ' People ' }))).toBe(true);
  });

  test('leaves out period counts and counts of unknown span', () => {
    expect(isComparable(figure({ span: 'period', period: 'December 2025' }))).toBe(false);
    expect(isComparable(figure({ span: 'unknown' }))).toBe(false);
  });

  test('leaves out both-sides, Ukraine-side and unknown-side figures', () => {
    for (const side of ['both', 'ukraine', 'unknown']) expect(isComparable(figure({ side })), side).toBe(false);
  });

  test('leaves out other units', () => {
    expect(isComparable(figure({ unit: 'contracts' }))).toBe(false);
    expect(isComparable(figure({ unit: 'percent' }))).toBe(false);
  });
});

describe('claimBounds', () => {
  test('gives a value as both bounds, a range as its ends and an open range as its one bound', () => {
    expect(claimBounds(figure({ value: 7 }))).toEqual({ low: 7, high: 7 });
    expect(claimBounds(figure({ value: undefined, min: 3, max: 9 }))).toEqual({ low: 3, high: 9 });
    expect(claimBounds(figure({ value: undefined, min: 3 }))).toEqual({ low: 3, high: 3 });
    expect(claimBounds(figure({ value: undefined, max: 9 }))).toEqual({ low: 9, high: 9 });
  });
});

describe('compareClaimsNewestFirst', () => {
  test("orders by the middle of each date's span, so a year sits at mid-year", () => {
    const list = rows({ as_of: '2025' }, { as_of: '2025-12' }, { as_of: '2025-03' }, { as_of: '2024-12-31' });
    expect(ids([...list].sort(compareClaimsNewestFirst))).toEqual(['article#2', 'article#1', 'article#3', 'article#4']);
  });

  test('puts the more precise of two dates with the same middle first, and undated claims last', () => {
    const list = rows({}, { as_of: '2025-01' }, { as_of: '2025-01-16' }, {});
    expect(ids([...list].sort(compareClaimsNewestFirst))).toEqual(['article#3', 'article#2', 'article#1', 'article#4']);
  });
});

describe('aboutSameDate', () => {
  test('holds for dates up to three months apart, and not beyond', () => {
    expect(aboutSameDate('2025-12', '2026-03')).toBe(true);
    expect(aboutSameDate('2026-03', '2025-12')).toBe(true);
    expect(aboutSameDate('2025-12-31', '2026-03-31')).toBe(true);
    expect(aboutSameDate('2025-11', '2026-03')).toBe(false);
    expect(aboutSameDate('2025-12-30', '2026-03-31')).toBe(false);
    expect(aboutSameDate('2025-11-30', '2026-03-01')).toBe(false);
  });

  test('compares partial dates by their whole span', () => {
    expect(aboutSameDate('2025', '2025-01')).toBe(true);
    expect(aboutSameDate('2025', '2025-12-31')).toBe(true);
    expect(aboutSameDate('2025', '2026-03')).toBe(true);
    expect(aboutSameDate('2025', '2026-05')).toBe(false);
    expect(aboutSameDate('2024', '2025')).toBe(true);
  });

  test('takes another window when given one', () => {
    expect(aboutSameDate('2025-01', '2025-03', 1)).toBe(false);
    expect(aboutSameDate('2025-01', '2025-02', 0)).toBe(false);
    expect(aboutSameDate('2025', '2025-06', 0)).toBe(true);
  });
});

describe('claimsDiffer', () => {
  test('holds when the higher claim is more than half as much again as the lower', () => {
    expect(claimsDiffer(figure({ value: 3000 }), figure({ value: 5000 }))).toBe(true);
    expect(claimsDiffer(figure({ value: 5000 }), figure({ value: 3000 }))).toBe(true);
    expect(claimsDiffer(figure({ value: 200 }), figure({ value: 300 }))).toBe(false);
    expect(claimsDiffer(figure({ value: 200 }), figure({ value: 301 }))).toBe(true);
  });

  test('does not hold when ranges overlap or come close', () => {
    expect(claimsDiffer(figure({ value: undefined, min: 1000, max: 10000 }), figure({ value: 5000 }))).toBe(false);
    expect(claimsDiffer(figure({ value: undefined, min: 100, max: 200 }), figure({ value: 290 }))).toBe(false);
    expect(claimsDiffer(figure({ value: undefined, min: 100, max: 200 }), figure({ value: 310 }))).toBe(true);
  });

  test('treats zero against any other number as differing', () => {
    expect(claimsDiffer(figure({ value: 0 }), figure({ value: 1 }))).toBe(true);
    expect(claimsDiffer(figure({ value: 0 }), figure({ value: 0 }))).toBe(false);
  });
});

describe('findDifference', () => {
  test('gives the newest differing pair of about the same date, newer first', () => {
    const list = rows(
      { value: 3000, as_of: '2026-03' },
      { value: 5000, as_of: '2025-12' },
      { value: 100, as_of: '2024-01' },
      { value: 400, as_of: '2024-02' },
    ).sort(compareClaimsNewestFirst);
    expect(findDifference(list)?.map((r) => r.figure.value)).toEqual([3000, 5000]);
  });

  test('finds nothing when differing claims are far apart in time or close in value', () => {
    expect(findDifference(rows({ value: 100, as_of: '2024-01' }, { value: 1000, as_of: '2025-01' }))).toBeUndefined();
    expect(findDifference(rows({ value: 100, as_of: '2025-01' }, { value: 140, as_of: '2025-02' }))).toBeUndefined();
  });

  test('ignores undated claims', () => {
    expect(findDifference(rows({ value: 100, as_of: '2025-01' }, { value: 1000 }))).toBeUndefined();
  });
});

describe('isHigher', () => {
  test('compares claims by their highest number, a range by its higher end', () => {
    expect(isHigher(figure({ value: 25 }), figure({ value: 11 }))).toBe(true);
    expect(isHigher(figure({ value: 11 }), figure({ value: 25 }))).toBe(false);
    expect(isHigher(figure({ value: 11 }), figure({ value: 11 }))).toBe(false);
    expect(isHigher(figure({ value: undefined, min: 5, max: 30 }), figure({ value: 25 }))).toBe(true);
    expect(isHigher(figure({ value: 30 }), figure({ value: undefined, min: 5, max: 30 }))).toBe(false);
  });
});

describe('compareClaimsHighestFirst', () => {
  test('orders by highest number, then newest first, undated last among equals', () => {
    const list = rows({ value: 20 }, { value: 25, as_of: '2023-05' }, { value: 25 }, { value: 25, as_of: '2024-01' });
    const order = ids([...list].sort(compareClaimsHighestFirst));
    expect(order).toEqual(['article#4', 'article#2', 'article#3', 'article#1']);
  });
});

describe('findHigherClaim', () => {
  /** The claims newest first, with the most recent as `latest`, as buildKeyFigures takes them. */
  const newest = (...figures: Record<string, unknown>[]) => {
    const list = rows(...figures).sort(compareClaimsNewestFirst);
    return { list, latest: list[0] as LedgerRow };
  };

  test('gives an undated claim higher than the latest', () => {
    const { list, latest } = newest({ value: 11, as_of: '2024-01' }, { value: 9, as_of: '2023-06' }, { value: 25 });
    expect(latest.figure.value).toBe(11);
    expect(findHigherClaim(list, latest)?.figure).toMatchObject({ value: 25 });
  });

  test('gives an older dated claim higher than the latest', () => {
    const { list, latest } = newest({ value: 11, as_of: '2024-01' }, { value: 19, as_of: '2023-06' });
    expect(latest.figure.value).toBe(11);
    expect(findHigherClaim(list, latest)?.figure).toMatchObject({ value: 19, as_of: '2023-06' });
  });

  test('gives nothing when no claim is higher than the latest, equal ones included', () => {
    const { list, latest } = newest({ value: 25, as_of: '2024-01' }, { value: 25, as_of: '2023-06' }, { value: 20 });
    expect(latest.figure.as_of).toBe('2024-01');
    expect(findHigherClaim(list, latest)).toBeUndefined();
  });
});

describe('buildKeyFigures', () => {
  const ledger = rows(
    { value: 5000, as_of: '2025-12', claimant: 'PM adviser' },
    { value: 3000, as_of: '2026-03', claimant: 'Unofficial figures', basis: 'unverified' },
    { min: 1000, max: 2000, value: undefined, as_of: '2024-06', claimant: 'pm  Adviser' },
    { value: 9000, claimant: 'Undated source' },
    { value: 150, as_of: '2026-04', span: 'period', period: 'April 2026' },
    { value: 99999, as_of: '2026-04', side: 'both' },
    { value: 12, as_of: '2026-04', unit: 'percent' },
    { value: 40, as_of: '2024-01', measure: 'killed', unit: 'people', claimant: 'Ministry' },
  );
  const [recruited, killed] = buildKeyFigures(ledger);

  test("lists each measure with a comparable claim, in the schema's order", () => {
    expect(buildKeyFigures(ledger).map((k) => k.measure)).toEqual(['recruited', 'killed']);
  });

  test('gives the most recent comparable claim, not a newer period, both-sides or percent figure', () => {
    expect(recruited?.latest.figure).toMatchObject({ value: 3000, as_of: '2026-03', claimant: 'Unofficial figures' });
    expect(killed?.latest.figure.value).toBe(40);
  });

  test('gives the range of all comparable claims, dated or not, and counts them', () => {
    expect(recruited).toMatchObject({ low: 1000, high: 9000, claims: 4 });
  });

  test('counts distinct claimants, ignoring case and spacing', () => {
    expect(recruited?.claimants).toBe(3);
  });

  test('says where claims of about the same date differ by more than half', () => {
    expect(recruited?.differ?.map((r) => r.figure.value)).toEqual([3000, 5000]);
    expect(killed?.differ).toBeUndefined();
  });

  test('keeps the dated comparable claims newest first for the chart', () => {
    expect(recruited?.dated.map((r) => r.figure.as_of)).toEqual(['2026-03', '2025-12', '2024-06']);
  });

  test('gives the highest claim held beside the latest when it is higher, though undated', () => {
    expect(recruited?.highest?.figure).toMatchObject({ value: 9000, claimant: 'Undated source' });
    expect(recruited?.highest?.figure.as_of).toBeUndefined();
    expect(killed?.highest).toBeUndefined();
  });

  test('keeps the undated comparable claims apart, highest first', () => {
    const [only] = buildKeyFigures(rows({ value: 5, as_of: '2024-01' }, { value: 3 }, { value: 8 }));
    expect(only?.undated.map((r) => r.figure.value)).toEqual([8, 3]);
    expect(recruited?.undated.map((r) => r.figure.value)).toEqual([9000]);
  });

  test('shows an undated higher claim of 25 beside a most recent claim of 11: both appear', () => {
    const [k] = buildKeyFigures(
      rows(
        { value: 11, as_of: '2024-01', claimant: 'Ministry' },
        { value: 19, claimant: 'Foreign ministry' },
        { value: 25, claimant: 'Foreign ministry' },
        { value: 7, as_of: '2023-06', claimant: 'Embassy' },
      ),
    );
    expect(k?.latest.figure).toMatchObject({ value: 11, as_of: '2024-01' });
    expect(k?.highest?.figure).toMatchObject({ value: 25, claimant: 'Foreign ministry' });
    expect(k).toMatchObject({ low: 7, high: 25 });
  });

  test('shows an older dated claim higher than the most recent one: both appear', () => {
    const [k] = buildKeyFigures(rows({ value: 11, as_of: '2024-01' }, { value: 25, as_of: '2023-06' }));
    expect(k?.latest.figure.value).toBe(11);
    expect(k?.highest?.figure).toMatchObject({ value: 25, as_of: '2023-06' });
  });

  test('shows only the most recent claim when none is higher', () => {
    const [k] = buildKeyFigures(rows({ value: 25, as_of: '2024-01' }, { value: 25 }, { value: 11, as_of: '2023-06' }));
    expect(k?.latest.figure.value).toBe(25);
    expect(k?.highest).toBeUndefined();
  });

  test('falls back to an undated claim when no claim is dated', () => {
    const [only] = buildKeyFigures(rows({ value: 7 }));
    expect(only?.latest.figure.value).toBe(7);
    expect(only?.dated).toEqual([]);
    expect(only?.highest).toBeUndefined();
  });

  test('gives nothing when no claim is comparable', () => {
    expect(buildKeyFigures(rows({ span: 'period' }, { side: 'ukraine' }))).toEqual([]);
  });
});

describe('buildCountryKeyFigures', () => {
  const base = { what: 'Counted', basis: 'official', span: 'total', side: 'russia', claimant: 'Ministry' };
  const articles = [
    makeItem({ id: 'iq', countries: ['IQ'], figures: [{ ...base, value: 5, measure: 'killed', country: 'IQ' }] }),
    makeItem({ id: 'np', countries: ['NP', 'IN'], figures: [{ ...base, value: 6, measure: 'killed', country: 'NP' }] }),
    makeItem({ id: 'ru', countries: ['NP'], figures: [{ ...base, value: 9, measure: 'killed', country: 'RU' }] }),
    makeItem({ id: 'world', countries: [], figures: [{ ...base, value: 500, measure: 'killed' }] }),
    makeItem({ id: 'jo', countries: ['JO'], figures: [{ ...base, value: 1, measure: 'killed', side: 'both' }] }),
  ];

  test('gives each country with a comparable claim in its own articles, by name', () => {
    expect(buildCountryKeyFigures(articles).map((c) => c.country)).toEqual(['IQ', 'NP']);
  });

  test("takes a country's claims from its articles only", () => {
    const np = buildCountryKeyFigures(articles).find((c) => c.country === 'NP');
    expect(np?.measures.map((m) => m.latest.id)).toEqual(['np#1']);
  });

  test('gives global and regional claims from figures that name no country', () => {
    expect(buildGlobalKeyFigures(articles).map((m) => m.latest.id)).toEqual(['world#1']);
  });
});

describe('measureLabel', () => {
  test('capitalises a measure and spells out its hyphens', () => {
    expect(measureLabel('recruited')).toBe('Recruited');
    expect(measureLabel('remains-returned')).toBe('Remains returned');
  });
});

describe('basisLabel', () => {
  test('spells a basis out in words', () => {
    expect(basisLabel('official')).toBe('official');
    expect(basisLabel('documented-minimum')).toBe('documented minimum');
    expect(basisLabel('unknown')).toBe('basis unknown');
  });
});

describe('formatRange', () => {
  test('gives the lowest and highest claim, or one number when they agree', () => {
    expect(formatRange(126, 2020)).toBe('126–2,020');
    expect(formatRange(5000, 5000)).toBe('5,000');
  });
});

describe('buildFiguresOverview', () => {
  const base = { what: 'Counted', basis: 'official', span: 'total', side: 'russia', claimant: 'Ministry' };
  const articles = [
    makeItem({ id: 'np', countries: ['NP'], figures: [{ ...base, value: 6, measure: 'killed', country: 'NP' }] }),
    makeItem({ id: 'rs', countries: ['RS'], figures: [{ ...base, value: 1, measure: 'convicted', country: 'RS' }] }),
    makeItem({ id: 'world', countries: [], figures: [{ ...base, value: 500, measure: 'captured' }] }),
  ];
  const overview = buildFiguresOverview(articles);

  test('gives a row per country with a main-measure claim, a cell per main measure', () => {
    expect(overview.rows.map((r) => r.country)).toEqual(['NP']);
    expect(overview.rows[0]?.cells.map((c) => c?.latest.id)).toEqual([undefined, 'np#1', undefined, undefined]);
  });

  test('lists countries with claims of other measures only, and the global key figures', () => {
    expect(overview.others).toEqual(['RS']);
    expect(overview.global.map((k) => k.measure)).toEqual(['captured']);
  });
});

describe('labels in another locale', () => {
  test('come from the catalogue, English unchanged', async () => {
    const { basisLabel, formatRange, measureLabel } = await import('../../src/lib/key-figures.ts');
    expect(measureLabel('remains-returned')).toBe('Remains returned');
    expect(basisLabel('unknown')).toBe('basis unknown');
    expect(formatRange(1200, 5000)).toBe('1,200–5,000');
    expect(formatRange(1200, 1200, 'ne')).toBe('१,२००');
  });
});
