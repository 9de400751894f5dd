/** A country's stories and outlets: lists that grow with the corpus, so its page shows the top of each and links on. */
import { compareDatesDesc } from './dates.ts';
import type { ArticleItem, OutletItem, StoryItem } from './types.ts';

/** How many stories, and how many outlets in each of its two lists, a country page shows; the rest are a link away. */
export const COUNTRY_LIST_LIMIT = 10;

/** How many figures of its ledger (oldest claim first) a country page shows; the full ledger is a link away. */
export const COUNTRY_LEDGER_LIMIT = 20;

/** A story with an article about the country, and how many of its articles are about it. */
export interface CountryStory {
  story: StoryItem;
  articles: number;
}

/** An outlet that reported on the country: how many of its reports are about it, and where it is based. */
export interface CountryOutlet {
  id: string;
  name: string;
  country: string | undefined;
  articles: number;
}

/** The first items of a list and how many there are in all. */
export interface Capped<T> {
  items: T[];
  count: number;
}

/** Counts of each key, in first-seen order. */
function tally(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The stories of `articles` (a country's), newest event first, then by id; unknown story ids are left out. */
export function countryStories(
  articles: readonly ArticleItem[],
  stories: ReadonlyMap<string, StoryItem>,
): CountryStory[] {
  const counts = tally(articles.flatMap((a) => (a.data.story === undefined ? [] : [a.data.story])));
  return [...counts]
    .flatMap(([id, n]) => {
      const story = stories.get(id);
      return story ? [{ story, articles: n }] : [];
    })
    .sort((a, b) => compareDatesDesc(a.story.data.date, b.story.data.date) || a.story.id.localeCompare(b.story.id));
}

/** The outlets whose reports `articles` cite (`source.outlet`), most reports first, then by name. */
export function countryOutlets(
  articles: readonly ArticleItem[],
  outlets: ReadonlyMap<string, OutletItem>,
): CountryOutlet[] {
  return [...tally(articles.map((a) => a.data.source.outlet))]
    .map(([id, n]) => {
      const outlet = outlets.get(id);
      return { id, name: outlet?.data.name ?? id, country: outlet?.data.country, articles: n };
    })
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
}

/** The first `limit` of `items`, and their number. */
export function capList<T>(items: readonly T[], limit = COUNTRY_LIST_LIMIT): Capped<T> {
  return { items: items.slice(0, limit), count: items.length };
}

/** Whether a capped list left something out. */
export const isCut = (list: Capped<unknown>): boolean => list.count > list.items.length;

/** A country's outlets as its page lists them: based there and elsewhere, each capped, and whether any is cut. */
export function splitOutlets(outlets: readonly CountryOutlet[], code: string, limit = COUNTRY_LIST_LIMIT) {
  const based = capList(
    outlets.filter((o) => o.country === code),
    limit,
  );
  const elsewhere = capList(
    outlets.filter((o) => o.country !== code),
    limit,
  );
  return { based, elsewhere, cut: isCut(based) || isCut(elsewhere) };
}
