import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { buildMap, MAP_SIZE, shadeFor } from '../../src/lib/map.ts';
import { COUNTRY_CODES } from '../../src/schema/index.ts';

/** Every country, with articles: the largest the map can get, whatever the size of the corpus. */
const everyCountry = new Map([...COUNTRY_CODES].map((code, i) => [code, i + 1]));

describe('shadeFor', () => {
  test('is 0 for no articles or an empty map', () => {
    expect(shadeFor(0, 10)).toBe(0);
    expect(shadeFor(3, 0)).toBe(0);
  });

  test('is 5 for the maximum and at least 1 for a single article', () => {
    expect(shadeFor(40, 40)).toBe(5);
    expect(shadeFor(1, 1000)).toBe(1);
  });

  test('never decreases as the count grows and stays within 1 to 5', () => {
    const shades = Array.from({ length: 200 }, (_, i) => shadeFor(i + 1, 200));
    expect(shades.every((s) => s >= 1 && s <= 5)).toBe(true);
    expect(shades.every((s, i) => i === 0 || s >= (shades[i - 1] as number))).toBe(true);
  });
});

describe('buildMap', () => {
  test('draws every country code with counts or reports it missing, never both', () => {
    const counts = new Map([...COUNTRY_CODES].map((code, i) => [code, (i % 7) + 1]));
    const { shapes, missing } = buildMap(counts);
    const drawn = new Set(shapes.map((s) => s.code));
    for (const [code, count] of counts) {
      expect(drawn.has(code) !== missing.includes(code), code).toBe(true);
      for (const shape of shapes.filter((s) => s.code === code)) expect(shape.count, code).toBe(count);
    }
    expect(missing).toEqual([...missing].sort());
  });

  test('draws countries whose numeric code has a leading zero', () => {
    const { shapes, missing } = buildMap(
      new Map([
        ['AF', 2],
        ['IQ', 3],
      ]),
    );
    expect(missing).toEqual([]);
    expect(shapes.find((s) => s.code === 'AF')).toMatchObject({ count: 2, shade: shadeFor(2, 3) });
    expect(shapes.find((s) => s.code === 'IQ')).toMatchObject({ count: 3, shade: 5 });
  });

  test('reports a country too small for the map as missing', () => {
    expect(
      buildMap(
        new Map([
          ['SG', 1],
          ['NP', 1],
        ]),
      ).missing,
    ).toEqual(['SG']);
  });

  test('gives countries without articles count and shade 0, and every shape a path', () => {
    const { shapes } = buildMap(new Map([['NP', 4]]));
    expect(shapes.length).toBeGreaterThan(150);
    expect(shapes.filter((s) => s.count > 0).map((s) => s.code)).toEqual(['NP']);
    expect(shapes.every((s) => (s.code === 'NP' ? s.shade === 5 : s.shade === 0))).toBe(true);
    expect(shapes.every((s) => /^m\d+ \d+/.test(s.d))).toBe(true);
  });

  test('keeps every country of the atlas drawn after simplification', () => {
    type Atlas = { objects: { countries: { geometries: { id?: string }[] } } };
    const atlas = (world as Atlas).objects.countries.geometries
      .filter((g) => g.id !== undefined && g.id !== '010')
      .map((g) => countries.numericToAlpha2(String(g.id)))
      .filter(Boolean);
    expect(
      buildMap(everyCountry)
        .shapes.map((s) => s.code)
        .filter(Boolean)
        .sort(),
    ).toEqual(atlas.sort());
  });

  test('draws in whole units of the map, inside its frame', () => {
    for (const { d } of buildMap(everyCountry).shapes) expect(d, d.slice(0, 40)).toMatch(/^(m-?\d+( -?\d+|-\d+)*z)+$/);
    const starts = buildMap(everyCountry).shapes.map((s) => (/^m(\d+) (\d+)/.exec(s.d) ?? []).slice(1).map(Number));
    for (const [x = -1, y = -1] of starts) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(MAP_SIZE.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(MAP_SIZE.height);
    }
  });

  test('keeps the outlines of every country together at most 8 KB gzipped', () => {
    const outlines = buildMap(everyCountry)
      .shapes.map((s) => s.d)
      .join('');
    expect(gzipSync(outlines, { level: 9 }).length).toBeLessThanOrEqual(8 * 1024);
  });

  test('leaves Antarctica off the map', () => {
    expect(buildMap(new Map([['AQ', 1]])).missing).toEqual(['AQ']);
  });
});
