/** The scaffold for a new article: pure functions from a URL, the known outlets and today's date. */
import { SCAFFOLD_BODY } from '../../content-files/validate/body.ts';
import { isRealPartialDate } from '../../schema/fields.ts';
import { stripTracking } from '../../lib/urls.ts';

export { slugFromTitle, slugFromUrl } from './slug.ts';

/** An outlet id, the host of its homepage and the other hosts it publishes on. */
export interface KnownOutlet {
  id: string;
  homepage: string | undefined;
  hosts?: readonly string[] | undefined;
}

const bareHost = (host: string): string => host.toLowerCase().replace(/^www\./, '');

/** Parses the editor's URL; only http(s) is accepted. */
export function parseSourceUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new Error(`"${input}" is not a URL; give the full address, e.g. https://example.org/news/story`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`"${input}" must be an http:// or https:// URL`);
  return url;
}

/** A Google AMP cache address (google.com/amp/s/…, *.cdn.ampproject.org/c/s/…) is unwrapped to the publisher's. */
export function unwrapAmpCache(url: URL): URL {
  const host = bareHost(url.hostname);
  const google = /^(?:[a-z]+\.)?google\.[a-z.]+$/.test(host) ? /^\/amp\/(s\/)?(.+)$/.exec(url.pathname) : null;
  const cache = host.endsWith('.cdn.ampproject.org') ? /^\/[cv]\/(s\/)?(.+)$/.exec(url.pathname) : null;
  const m = google ?? cache;
  if (!m) return url;
  const inner = new URL(`${m[1] ? 'https' : 'http'}://${m[2] ?? ''}${url.search}`);
  return inner.hostname.includes('.') ? inner : url;
}

/** True when the URL looks like an AMP page (`amp` segment or subdomain, `.amp.html`, `?amp`), not the canonical. */
export function looksLikeAmp(url: URL): boolean {
  const segments = url.pathname.toLowerCase().split('/');
  return (
    segments.includes('amp') ||
    /\.amp(\.html?)?$/i.test(url.pathname) ||
    url.hostname.startsWith('amp.') ||
    url.searchParams.has('amp') ||
    url.searchParams.get('outputType') === 'amp'
  );
}

/** The URL to cite: the publisher's address without tracking parameters or fragment. */
export function cleanSourceUrl(url: URL): URL {
  return stripTracking(unwrapAmpCache(url));
}

/** The outlet one of whose hosts (its homepage's, or its `hosts` list) is the URL's host or a parent of it. */
export function recogniseOutlet(url: URL, outlets: readonly KnownOutlet[]): string | undefined {
  const host = bareHost(url.hostname);
  const matches = outlets
    .flatMap((o) =>
      [...(o.homepage ? [new URL(o.homepage).hostname] : []), ...(o.hosts ?? [])].map((h) => ({
        id: o.id,
        host: bareHost(h),
      })),
    )
    .filter((o) => host === o.host || host.endsWith(`.${o.host}`))
    .sort((a, b) => b.host.length - a.host.length);
  return matches[0]?.id;
}

/** The publication date a path spells as /yyyy/mm/dd/ or /yyyy/mm/, when it is real and not after `today`. */
export function publishedFromPath(url: URL, today: string): string | undefined {
  const m = /\/((?:19|20)\d{2})\/(\d{2})(?:\/(\d{2}))?(?=\/|$)/.exec(url.pathname);
  if (!m) return undefined;
  const date = [m[1], m[2], m[3]].filter((part) => part !== undefined).join('-');
  return isRealPartialDate(date) && date <= today.slice(0, date.length) ? date : undefined;
}

/** What the scaffold is filled with. */
export interface Scaffold {
  url: URL;
  outlet: string | undefined;
  today: string;
  published?: string | undefined;
  title?: string | undefined;
}

/** The Markdown file: every field present, the unknown ones empty or commented, `added` set to `today`. */
export function articleTemplate({ url, outlet, today, published, title }: Scaffold): string {
  const publishedLine = published
    ? `  published: "${published}"          # from the URL's path: check it against the article`
    : '  # published: "YYYY-MM-DD"    # or "YYYY-MM" or "YYYY" when that is all that is known; ' +
      'then move this file to articles/<yyyy>/';
  return `---
# Fill in every field, then run: npm run validate
title: ${title ? JSON.stringify(title) : '""                      # our headline, in our own words'}
summary: ""                    # one or two sentences, at most 300 characters
source:
  outlet: ${outlet ?? '""                  # outlet id: add content/outlets/<id>.yaml if it is new'}
  url: ${JSON.stringify(url.href)}
  # title: ""                  # the original headline, in its own language, if known
${publishedLine}
  language: ""                 # ISO 639-1 code of the original, e.g. en, ar, ru
  # archived: ""               # an archived copy, if any
countries: []                  # ISO 3166-1 alpha-2 codes in upper case, e.g. [IQ, JO]
topics: []                     # at least one topic id from content/topics.yaml
# story: ""                    # a story id from content/stories/, when several outlets cover one event
figures: []                    # each: { value (or min/max), measure, what, country, claimant, as_of }
added: "${today}"
---

${SCAFFOLD_BODY}
`;
}
