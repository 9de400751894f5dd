/** A static world map, computed at build time: one SVG path per country, shaded by number of articles. */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology, GeometryCollection } from 'topojson-specification';

/** Map width and height in SVG units. */
export const MAP_SIZE = { width: 960, height: 470 } as const;

/** One country shape; `count` is 0 for countries without articles. */
export interface MapShape { code: string | undefined; d: string; count: number; shade: number }

/** Shade class 0 (no articles) to 5 (most), on a log scale relative to the maximum. */
export function shadeFor(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((Math.log(count + 1) / Math.log(max + 1)) * 5));
}

let shapes: { code: string | undefined; d: string }[] | undefined;

function worldShapes(): { code: string | undefined; d: string }[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((f) => f.id !== '010');
  const projection = geoEqualEarth().fitSize([MAP_SIZE.width, MAP_SIZE.height], { type: 'FeatureCollection', features });
  const path = geoPath(projection).digits(1);
  shapes = features.map((f) => ({ code: f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id)), d: path(f) ?? '' }));
  return shapes;
}

/** Every country's shape with its count and shade; `missing` lists codes with articles but no shape at this scale. */
export function buildMap(counts: ReadonlyMap<string, number>): { shapes: MapShape[]; missing: string[] } {
  const max = Math.max(0, ...counts.values());
  const all = worldShapes().map((s) => {
    const count = s.code ? counts.get(s.code) ?? 0 : 0;
    return { ...s, count, shade: shadeFor(count, max) };
  });
  const drawn = new Set(all.map((s) => s.code));
  return { shapes: all, missing: [...counts.keys()].filter((code) => !drawn.has(code)).sort() };
}
