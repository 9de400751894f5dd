/** Source and copy URLs must be the report's own address: no tracking parameters, no fragment. */
import { stripTracking, trackingParametersOf } from '../../lib/urls.ts';
import type { ArticleFacts } from './facts.ts';

/** A URL problem at a frontmatter path. */
export interface UrlProblem {
  path: PropertyKey[];
  field: string;
  message: string;
}

/** What to remove from a cited URL, and the URL to cite instead; undefined when it is clean. */
export function describeTracking(href: string): string | undefined {
  const url = new URL(href);
  const params = trackingParametersOf(url);
  const parts = [
    ...(params.length > 0 ? [`the tracking parameter${params.length === 1 ? '' : 's'} ${params.join(', ')}`] : []),
    ...(url.hash !== '' || href.endsWith('#') ? [`the fragment "${url.hash || '#'}"`] : []),
  ];
  if (parts.length === 0) return undefined;
  return `remove ${parts.join(' and ')} from the URL: cite ${stripTracking(url).href}`;
}

/** Refuses tracking parameters and fragments in source.url and each copy's url. */
export function checkSourceUrls(facts: ArticleFacts): UrlProblem[] {
  const cited = [
    { url: facts.url, path: ['source', 'url'], field: 'source.url' },
    ...facts.copies.map((c) => ({ url: c.url, path: ['copies', c.index, 'url'], field: `copies.${c.index}.url` })),
  ];
  return cited.flatMap(({ url, path, field }) => {
    const message = url === undefined ? undefined : describeTracking(url);
    return message ? [{ path, field, message }] : [];
  });
}
