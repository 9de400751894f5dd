/**
 * `npm run near-copy -- <article.md> <source-text.txt>`: lists every stretch of the article's title, summary or body
 * that repeats the source text with at most two words changed, inserted or dropped (the README's "our own words"
 * rule), as `file: field: "…"`. Exits 1 when there is one. The source text is a plain file kept outside the repo.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { readContent } from '../content-files/index.ts';
import { findNearCopies } from '../lib/near-copy.ts';

const USAGE = `usage: npm run near-copy -- <article.md> <source-text.txt>

Prints each stretch of the article's title, summary or body that matches the source text with at most two words
changed, inserted or dropped, as file: field: "stretch". Text in quotation marks is skipped. Exits 1 if any.`;

/** The content folder an article file sits in: the folder above its `articles/`. */
function contentRootOf(file: string): string {
  const parts = resolve(file).split(sep);
  const at = parts.lastIndexOf('articles');
  return at > 0 ? parts.slice(0, at).join(sep) || sep : dirname(dirname(resolve(file)));
}

/** Runs the check and returns the exit code. */
async function main(args: readonly string[]): Promise<number> {
  const [articlePath, sourcePath] = args;
  if (args.includes('-h') || args.includes('--help') || articlePath === undefined || sourcePath === undefined) {
    console.log(USAGE);
    return articlePath === undefined || sourcePath === undefined ? 2 : 0;
  }
  const root = contentRootOf(articlePath);
  const wanted = relative(root, resolve(articlePath));
  const content = await readContent(root);
  const article = content.articles.find((a) => a.file === wanted || relative(root, resolve(root, a.file)) === wanted);
  if (article === undefined) {
    console.error(`${articlePath}: not an article file under ${root}`);
    return 2;
  }
  const source = await readFile(sourcePath, 'utf8');
  const raw = (article.frontmatter?.raw ?? {}) as { title?: unknown; summary?: unknown };
  const fields: [string, unknown][] = [
    ['title', raw.title],
    ['summary', raw.summary],
    ['body', article.body],
  ];
  let found = 0;
  for (const [field, text] of fields) {
    if (typeof text !== 'string') continue;
    for (const copy of findNearCopies(text, source)) {
      console.log(`${articlePath}: ${field}: "${copy.text.replace(/\s+/g, ' ')}"`);
      found++;
    }
  }
  return found > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
