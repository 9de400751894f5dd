/** Outlet display names by id. */
import type { ArticleData, Copy } from '../schema/index.ts';

/** A lookup from outlet id to its name; an unknown id is shown as itself. */
export function outletNamer(outlets: ReadonlyMap<string, { data: { name: string } }>): (id: string) => string {
  return (id) => outlets.get(id)?.data.name ?? id;
}

/** The copies an outlet carried of other outlets' reports, with the article each belongs to, in article order. */
export function copiesCarriedBy<T extends { id: string; data: ArticleData }>(
  articles: readonly T[],
  outlet: string,
): { article: T; copy: Copy }[] {
  return articles.flatMap((article) =>
    (article.data.copies ?? []).filter((copy) => copy.outlet === outlet).map((copy) => ({ article, copy })),
  );
}
