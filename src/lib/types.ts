/** Plain shapes the helpers work on; Astro's collection entries satisfy them structurally. */
import type { ArticleData, OutletData, StoryData, TopicData } from '../schema/index.ts';

/** An article: its id (the slug) and its frontmatter. */
export interface ArticleItem {
  id: string;
  data: ArticleData;
}
/** An outlet by id. */
export interface OutletItem {
  id: string;
  data: OutletData;
}
/** A story by id. */
export interface StoryItem {
  id: string;
  data: StoryData;
}
/** A topic by id. */
export interface TopicItem {
  id: string;
  data: TopicData;
}
