/** The URLs `npm run check-sources` checks: every source and copy URL, with its file, line and field. */
import { join } from 'node:path';
import { readContent } from '../../content-files/index.ts';
import { readFacts } from '../../content-files/validate/facts.ts';
import { findKeyLine } from '../../content-files/validate/locate.ts';

/** One cited URL and where it is written. */
export interface Link {
  file: string;
  line: number;
  field: string;
  url: string;
}

/** An article without source.archived, at its `source:` line. */
export interface Unarchived {
  file: string;
  line: number;
}

/** Every well-formed source and copy URL under `root`, and the articles that have no archived copy. */
export async function collectLinks(root: string): Promise<{ links: Link[]; unarchived: Unarchived[] }> {
  const content = await readContent(root);
  const links: Link[] = [];
  const unarchived: Unarchived[] = [];
  for (const { file, frontmatter } of content.articles) {
    if (!frontmatter) continue;
    const facts = readFacts(frontmatter.raw);
    const line = (path: PropertyKey[]) => 1 + Math.max(findKeyLine(frontmatter.yaml, path), 1);
    const path = join(root, file);
    if (facts.url) links.push({ file: path, line: line(['source', 'url']), field: 'source.url', url: facts.url });
    for (const copy of facts.copies) {
      if (copy.url)
        links.push({
          file: path,
          line: line(['copies', copy.index, 'url']),
          field: `copies.${copy.index}.url`,
          url: copy.url,
        });
    }
    if (!facts.archived) unarchived.push({ file: path, line: line(['source', 'archived']) });
  }
  return { links, unarchived };
}
