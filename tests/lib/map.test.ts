import { describe, expect, test } from 'vitest';
import { buildMap, shadeFor } from '../../src/lib/map.ts';
import { COUNTRY_CODES } from '../../src/schema/index.ts';

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
    const { shapes, missing } = buildMap(new Map([['AF', 2], ['IQ', 3]]));
    expect(missing).toEqual([]);
    expect(shapes.find((s) => s.code === 'AF')).toMatchObject({ count: 2, shade: shadeFor(2, 3) });
    expect(shapes.find((s) => s.code === 'IQ')).toMatchObject({ count: 3, shade: 5 });
  });

  test('reports a country too small for the map as missing', () => {
    expect(buildMap(new Map([['SG', 1], ['NP', 1]])).missing).toEqual(['SG']);
  });

  test('gives countries without articles count and shade 0, and every shape a path', () => {
    const { shapes } = buildMap(new Map([['NP', 4]]));
    expect(shapes.length).toBeGreaterThan(150);
    expect(shapes.filter((s) => s.count > 0).map((s) => s.code)).toEqual(['NP']);
    expect(shapes.every((s) => (s.code === 'NP' ? s.shade === 5 : s.shade === 0))).toBe(true);
    expect(shapes.every((s) => /^M[\d.,-]/.test(s.d))).toBe(true);
  });

  test('leaves Antarctica off the map', () => {
    expect(buildMap(new Map([['AQ', 1]])).missing).toEqual(['AQ']);
  });
});
