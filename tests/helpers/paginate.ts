/**
 * Astro's own `paginate()`, as its build gives it to a route's getStaticPaths, for unit tests of the path builders.
 * Astro's package exports only its type, so the function comes from the file its route cache imports
 * (astro/dist/core/render/paginate.js), and the route is given as its router describes one: segments of parts and the
 * parameter names (the rest of a route's data is not read).
 */
import type { PaginateFunction } from 'astro';
import { generatePaginateFunction } from '../../node_modules/astro/dist/core/render/paginate.js';

type Part = { content: string; dynamic: boolean; spread: boolean };

/** Astro's `paginate` for a route such as `/countries/[id]/[...page]` (or `/[locale]/countries/[id]/[...page]`). */
export function astroPaginate(route: string): PaginateFunction {
  const segments: Part[][] = route
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const dynamic = /^\[(.+)\]$/.exec(segment);
      const content = dynamic ? (dynamic[1] as string) : segment;
      return [{ content, dynamic: Boolean(dynamic), spread: content.startsWith('...') }];
    });
  const params = segments.flat().flatMap((part) => (part.dynamic ? [part.content] : []));
  const routeData = { segments, params } as unknown as Parameters<typeof generatePaginateFunction>[0];
  // Its declared return type is looser than PaginateFunction; Astro's route cache hands the same function to pages.
  return generatePaginateFunction(routeData, '/', 'always') as unknown as PaginateFunction;
}
