/** A static world map, computed at build time: one SVG path per country, shaded by number of articles. */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology, GeometryCollection } from 'topojson-specification';
import { CompactPath } from './svg-path.ts';

/** Map width and height in SVG units. */
export const MAP_SIZE = { width: 960, height: 470 } as const;

/**
 * The drawing's resolution, in square SVG units: a point whose triangle with its neighbours covers less is dropped
 * (Visvalingam, shared borders kept shared), and an island smaller than this is left out.
 */
export const MAP_DETAIL = 2;

/** One country shape; `count` is 0 for countries without articles. */
export interface MapShape {
  code: string | undefined;
  d: string;
  count: number;
  shade: number;
}

type Countries = Topology<{ countries: GeometryCollection }>;

/** Shade class 0 (no articles) to 5 (most), on a log scale relative to the maximum. */
export function shadeFor(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((Math.log(count + 1) / Math.log(max + 1)) * 5));
}

let shapes: { code: string | undefined; d: string }[] | undefined;

function worldShapes(): { code: string | undefined; d: string }[] {
  if (shapes) return shapes;
  const topology = world as unknown as Countries;
  const withoutAntarctica = (t: Countries) => feature(t, t.objects.countries).features.filter((f) => f.id !== '010');
  const full = withoutAntarctica(topology);
  const frame: [number, number] = [MAP_SIZE.width, MAP_SIZE.height];
  const projection = geoEqualEarth().fitSize(frame, { type: 'FeatureCollection', features: full });
  // MAP_DETAIL square units of the drawing in steradians (Equal Earth keeps areas, so this holds all over the map).
  const minWeight = MAP_DETAIL / projection.scale() ** 2;
  const simple = withoutAntarctica(simplify(presimplify(topology, sphericalTriangleArea), minWeight) as Countries);
  const context = new CompactPath(MAP_DETAIL);
  const path = geoPath(projection, context);
  const draw = (f: (typeof full)[number]) => {
    path(f);
    return context.result();
  };
  // A country that the simplification would erase entirely keeps its full outline, so it stays a link on the map.
  shapes = simple.map((f, i) => ({
    code: f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id)),
    d: draw(f) || draw(full[i] as (typeof full)[number]),
  }));
  return shapes;
}

/** Every country's shape with its count and shade; `missing` lists codes with articles but no shape at this scale. */
export function buildMap(counts: ReadonlyMap<string, number>): { shapes: MapShape[]; missing: string[] } {
  const max = Math.max(0, ...counts.values());
  const all = worldShapes()
    .filter((s) => s.d !== '')
    .map((s) => {
      const count = s.code ? (counts.get(s.code) ?? 0) : 0;
      return { ...s, count, shade: shadeFor(count, max) };
    });
  const drawn = new Set(all.map((s) => s.code));
  return { shapes: all, missing: [...counts.keys()].filter((code) => !drawn.has(code)).sort() };
}
