/** The RSS response of one feed; the routes of the site-wide, country, topic, outlet and story feeds call it. */
import rss from '@astrojs/rss';
import { feedItems, rssItem } from './feeds.ts';
import type { FeedEntry } from './feed-list.ts';
import { SITE_NAME } from './site.ts';

/** An RSS 2.0 response for `feed`: its most recently added entries, each naming the original report. */
export function rssResponse(feed: FeedEntry, site: string, outletName: (id: string) => string): Promise<Response> {
  return rss({
    title: feed.kind === 'site' ? SITE_NAME : `${SITE_NAME}: ${feed.title}`,
    description: feed.description,
    site,
    items: feedItems(feed.articles, site, outletName).map(rssItem),
  });
}
