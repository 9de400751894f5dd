/** The search records of a content folder: one per published article, read through the content module. */
import { publishedArticles, readContent, validEntries, type Content } from '../../content-files/index.ts';
import { outletNamer } from '../../lib/outlets.ts';
import { searchRecord, type SearchNames, type SearchRecord } from '../../lib/search.ts';

/** Outlet and topic names by id, as the site shows them; invalid entries fall back to their ids. */
export function searchNamesOf(content: Content): SearchNames {
  const outlets = validEntries(content.outlets);
  const topics = validEntries(content.topics?.entries ?? []);
  return {
    outlet: outletNamer(new Map([...outlets].map(([id, data]) => [id, { data }]))),
    topic: (id) => topics.get(id)?.title ?? id,
  };
}

/**
 * Every published article's record. Files the validator refuses are skipped: the build stops on them anyway.
 */
export async function readSearchRecords(root: string): Promise<SearchRecord[]> {
  const content = await readContent(root);
  const names = searchNamesOf(content);
  return publishedArticles(content).map((article) => searchRecord(article, article.body, names));
}
