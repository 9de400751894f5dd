/** The scaffold for a new article: pure functions from a URL, the known outlets and today's date. */

/** An outlet id and the host of its homepage. */
export interface KnownOutlet { id: string; homepage: string | undefined }

const hostOf = (url: string): string => new URL(url).hostname.toLowerCase().replace(/^www\./, '');

/** A path segment decoded, or as it is when its percent escapes are malformed ("100%-bonus"). */
const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** Parses the editor's URL; only http(s) is accepted. */
export function parseSourceUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new Error(`"${input}" is not a URL; give the full address, e.g. https://example.org/news/story`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`"${input}" must be an http:// or https:// URL`);
  return url;
}

/** The outlet whose homepage host is the URL's host or a parent of it ("en.example.org" matches "example.org"). */
export function recogniseOutlet(url: URL, outlets: readonly KnownOutlet[]): string | undefined {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const matches = outlets
    .filter((o) => o.homepage !== undefined)
    .map((o) => ({ id: o.id, host: hostOf(o.homepage as string) }))
    .filter((o) => host === o.host || host.endsWith(`.${o.host}`))
    .sort((a, b) => b.host.length - a.host.length);
  return matches[0]?.id;
}

/** A lower-case ASCII kebab-case slug from the URL's last meaningful path segment, plus the outlet id. */
export function slugFromUrl(url: URL, outlet: string | undefined): string {
  const segments = url.pathname.split('/').map(decodeSegment).filter((s) => s !== '' && !/^\d+$/.test(s));
  const last = (segments.pop() ?? '').replace(/\.[a-z]{2,5}$/i, '');
  const base = last.normalize('NFKD').replace(/[^\x00-\x7f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  const stem = base.length >= 3 ? base : `article-${hostOf(url.href).replace(/[^a-z0-9]+/g, '-')}`;
  return outlet ? `${stem}-${outlet}` : stem;
}

/** The Markdown file: every field present, the unknown ones empty or commented, `added` set to `today`. */
export function articleTemplate(url: URL, outlet: string | undefined, today: string): string {
  return `---
# Fill in every field, then run: npm run validate
title: ""                      # our headline, in our own words
summary: ""                    # one or two sentences, at most 300 characters
source:
  outlet: ${outlet ?? '""                  # outlet id: add content/outlets/<id>.yaml if it is new'}
  url: ${JSON.stringify(url.href)}
  # title: ""                  # the original headline, in its own language, if known
  # published: "YYYY-MM-DD"    # or "YYYY-MM" or "YYYY" when that is all that is known; then move this file to articles/<yyyy>/
  language: ""                 # ISO 639-1 code of the original, e.g. en, ar, ru
  # archived: ""               # an archived copy, if any
countries: []                  # ISO 3166-1 alpha-2 codes in upper case, e.g. [IQ, JO]
topics: []                     # at least one topic id from content/topics.yaml
# story: ""                    # a story id from content/stories/, when several outlets cover one event
figures: []                    # each: { value (or min/max), measure, what, country, claimant, as_of }
added: "${today}"
---

Our summary in our own words: who said what, attributed, with every figure's claimant and date.
`;
}
