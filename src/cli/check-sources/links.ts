/** The URLs `npm run check-sources` checks: every source and copy URL, with its file, line and field. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collectFiles } from '../validate/collect.ts';
import { readFacts } from '../validate/facts.ts';
import { findKeyLine } from '../validate/locate.ts';
import { readMarkdown } from '../validate/read.ts';

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
  const files = await collectFiles(root);
  const links: Link[] = [];
  const unarchived: Unarchived[] = [];
  for (const file of files.articles.filter((f) => f.endsWith('.md'))) {
    const read = readMarkdown(await readFile(join(root, file)));
    if (!read.ok) continue;
    const facts = readFacts(read.data);
    const line = (path: PropertyKey[]) => 1 + Math.max(findKeyLine(read.yaml, path), 1);
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
