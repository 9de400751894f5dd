/**
 * Child process of `npm run build`: builds the Pagefind search index from the content while Astro renders the site.
 * It reads the content folder (CONTENT_DIR), adds one record per published article (src/lib/search.ts), then waits:
 * a line `write <folder>` on stdin writes the index there and exits; end of input exits without writing.
 * Files the validator refuses are skipped here: the build stops on them anyway.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as pagefind from 'pagefind';
import { collectFiles, type ContentFiles } from '../validate/collect.ts';
import { readTopics, readYamlEntries } from '../validate/index.ts';
import { readMarkdown } from '../validate/read.ts';
import { articleSchema, outletSchema, topicSchema, type ArticleData } from '../../schema/index.ts';
import { isPublished } from '../../lib/facets.ts';
import { articleIdFromPath, contentDir } from '../../lib/paths.ts';
import { outletNamer } from '../../lib/outlets.ts';
import { searchRecord, type SearchNames } from '../../lib/search.ts';

const root = contentDir(process.env['CONTENT_DIR']);
/** Records in flight to Pagefind at once: enough to keep it busy, few enough to keep this process small. */
const BATCH = 32;

/** Outlet and topic names by id, as the site shows them; the validator's readers, with its problems left to it. */
async function readNames(files: ContentFiles): Promise<SearchNames> {
  const ignore = (): void => undefined;
  const outlets = await readYamlEntries(root, files.outlets, outletSchema, ignore);
  const topics = await readTopics(root, files.topics, ignore);
  return {
    outlet: outletNamer(new Map([...outlets].map(([id, data]) => [id, { data }]))),
    topic: (id) => topicSchema.safeParse(topics.get(id)).data?.title ?? id,
  };
}

/** Reads one article file; undefined when it is invalid or a draft. */
async function readArticle(file: string): Promise<{ id: string; data: ArticleData; body: string } | undefined> {
  const read = readMarkdown(await readFile(join(root, file)));
  if (!read.ok) return undefined;
  const parsed = articleSchema.safeParse(read.data);
  if (!parsed.success) return undefined;
  const article = { id: articleIdFromPath(file), data: parsed.data, body: read.body };
  return isPublished(article) ? article : undefined;
}

async function main(): Promise<void> {
  const files = await collectFiles(root);
  const names = await readNames(files);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  const articles = files.articles.filter((f) => f.endsWith('.md'));
  let added = 0;
  for (let i = 0; i < articles.length; i += BATCH) {
    await Promise.all(articles.slice(i, i + BATCH).map(async (file) => {
      const article = await readArticle(file);
      if (!article) return;
      const result = await index.addCustomRecord(searchRecord(article, article.body, names));
      if (result.errors.length > 0) throw new Error(`${file}: ${result.errors.join('; ')}`);
      added++;
    }));
  }
  const input = createInterface({ input: process.stdin });
  for await (const line of input) {
    const folder = /^write (.+)$/.exec(line)?.[1];
    if (!folder) continue;
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    console.log(`build: indexed ${added} pages`);
    break;
  }
  input.close();
  process.stdin.destroy();
  await pagefind.close();
}

main().catch((error: unknown) => {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
