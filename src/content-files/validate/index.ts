/**
 * The content contract beyond each schema: every problem in every file in one run. The content loaders
 * (../loaders.ts) run it on each sync, and `npm run validate` runs it on its own.
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { articleSchema, outletSchema, storySchema, topicSchema, type ArticleData } from '../../schema/index.ts';
import { partialDate } from '../../schema/fields.ts';
import { entryIdFromPath } from '../layout.ts';
import { readContent, type Content, type EntryFile } from '../read.ts';
import { isFutureDate, latestToday } from '../../lib/dates.ts';
import { checkBody, checkSummary } from './body.ts';
import { checkCrossFile, type ReadArticle } from './cross.ts';
import { findDateHints } from './dates.ts';
import { readFacts, type ArticleFacts, type DateFact } from './facts.ts';
import { describeInvisible, findInvisible } from './invisible.ts';
import { describeIssue, keyTypos } from './issues.ts';
import { findKeyLine } from './locate.ts';
import { sortProblems, type Problem } from './problems.ts';
import { checkSourceUrls } from './urls.ts';

export { formatProblem, summarise, type Problem } from './problems.ts';

/** What a run found. */
export interface ValidationResult {
  problems: Problem[];
  files: number;
  articles: number;
  errors: number;
}

/** How to run: `label` prefixes paths in messages; dates after `now` (anywhere on Earth) are refused. */
export interface ValidateOptions {
  label?: string;
  now: Date;
}

/** Records one problem in a file. */
export type Add = (file: string, line: number, field: string, message: string, severity?: Problem['severity']) => void;

/** Reads and validates every file under `root` (a content folder). */
export async function validateContent(root: string, options: ValidateOptions): Promise<ValidationResult> {
  return checkContent(await readContent(root), { ...options, label: options.label ?? root });
}

/** Every rule over a content folder already read: each file's, then the cross-file rules over the whole set. */
export function checkContent(content: Content, options: ValidateOptions): ValidationResult {
  const label = options.label ?? '';
  const today = latestToday(options.now);
  const { files } = content;
  const problems: Problem[] = [];
  const add: Add = (file, line, field, message, severity = 'error') =>
    problems.push({ file: join(label, file), line, field, message: oneLine(message), severity });
  for (const p of content.problems) add(p.file, p.line, p.field, p.message, p.severity);

  const articles: ReadArticle[] = [];
  let valid = 0;
  let unreadable = 0;
  for (const article of content.articles) {
    const { file, frontmatter } = article;
    if (!frontmatter) {
      if (article.body !== undefined) checkBodyAt(add, file, article.body, article.bodyLine);
      unreadable++;
      continue;
    }
    if (article.data) valid++;
    else addIssues(add, file, frontmatter.yaml, 1, articleSchema, article.issues);
    const facts = article.data ? readFacts(article.data, true) : readFacts(frontmatter.raw);
    checkText(add, file, frontmatter.yaml, 1, frontmatter.raw);
    checkArticleFacts(add, file, frontmatter.yaml, facts, today);
    for (const h of findDateHints(frontmatter.raw))
      add(file, 1 + Math.max(findKeyLine(frontmatter.yaml, h.path), 1), 'source.published', h.message, 'warning');
    checkBodyAt(add, file, article.body ?? '', article.bodyLine);
    articles.push({ file, slug: article.id, facts, yaml: frontmatter.yaml });
  }

  const inspect = (file: string, text: string, data: unknown): void => checkText(add, file, text, 0, data);
  checkEntries(content.outlets, outletSchema, add, inspect);
  checkEntries(content.stories, storySchema, add, (file, text, data) => {
    inspect(file, text, data);
    const date = partialDate.safeParse((data as { date?: unknown } | null)?.date).data;
    if (date !== undefined) checkDates(add, file, text, 0, [{ path: ['date'], value: date }], today);
  });
  const topics = content.topics;
  if (topics) {
    inspect(topics.file, topics.text, topics.raw);
    for (const t of topics.entries) addIssues(add, t.file, t.text, 0, topicSchema, t.issues, [t.id]);
  }

  const topicIds = new Set(topics?.entries.map((t) => t.id));
  const vocab = { outlets: idsOf(files.outlets), stories: idsOf(files.stories), topics: topicIds };
  const cross = { complete: unreadable === 0, topicsRead: topicIds.size > 0 };
  for (const p of checkCrossFile(articles, vocab, cross)) add(p.file, p.line, p.field, p.message, p.severity);
  const all = files.articles.length + files.outlets.length + files.stories.length + (files.topics ? 1 : 0);
  const sorted = sortProblems(problems);
  return { problems: sorted, files: all, articles: valid, errors: sorted.filter((p) => p.severity === 'error').length };
}

/** The ids of YAML entry files, valid or not: an outlet whose file has an error still exists. */
function idsOf(list: string[]): Set<string> {
  return new Set(list.filter((f) => f.endsWith('.yaml')).map(entryIdFromPath));
}

/** Body rules: safety (raw HTML, links, images) and editorial (placeholder, length), at file lines. */
function checkBodyAt(add: Add, file: string, body: string, bodyLine: number): void {
  for (const issue of [...checkBody(body), ...checkSummary(body)])
    add(file, bodyLine + issue.line - 1, '(body)', issue.message);
}

/** URL hygiene and dates in the future, on the fields that could be read. */
function checkArticleFacts(add: Add, file: string, yaml: string, facts: ArticleFacts, today: string): void {
  for (const p of checkSourceUrls(facts)) add(file, 1 + Math.max(findKeyLine(yaml, p.path), 1), p.field, p.message);
  checkDates(add, file, yaml, 1, facts.dates, today);
}

/** Refuses each date that no time zone has reached yet. */
function checkDates(add: Add, file: string, yaml: string, offset: number, dates: DateFact[], today: string): void {
  for (const { path, value } of dates) {
    if (!isFutureDate(value, today)) continue;
    const message = `"${value}" is in the future (it is not yet ${value} anywhere): check the date`;
    add(file, offset + Math.max(findKeyLine(yaml, path), 1), path.map(fieldSegment).join('.'), message);
  }
}

/** Refuses invisible and direction-changing characters in every text field, id and key. */
function checkText(
  add: Add,
  file: string,
  yaml: string,
  offset: number,
  data: unknown,
  prefix: PropertyKey[] = [],
): void {
  for (const c of findInvisible(data, prefix)) {
    const field = c.path.length > 0 ? c.path.map(fieldSegment).join('.') : '(frontmatter)';
    add(file, offset + Math.max(findKeyLine(yaml, c.path), 1), field, describeInvisible(c));
  }
}

/** Turns zod issues into problems naming the field and its line; `offset` is the lines before the YAML. */
function addIssues(
  add: Add,
  file: string,
  yaml: string,
  offset: number,
  schema: z.ZodType,
  issues: z.core.$ZodIssue[],
  prefix: PropertyKey[] = [],
): void {
  const lineOf = (path: PropertyKey[]) => offset + Math.max(findKeyLine(yaml, path), 1);
  const typos = keyTypos(schema, issues, (path) => lineOf([...prefix, ...path]));
  for (const issue of issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = [...prefix, ...issue.path, ...(key === undefined ? [] : [key])];
      const field = path.length > 0 ? path.map(fieldSegment).join('.') : '(frontmatter)';
      const message = key === undefined ? describeIssue(issue, typos) : typos.unknown(issue.path, key);
      add(file, lineOf(path), field, message);
    }
  }
}

/** A key as printed in a field: plain keys as they are; empty, dotted or multi-line keys quoted, never blank. */
function fieldSegment(key: PropertyKey): string {
  return typeof key === 'number' || /^[\w-]+$/.test(String(key)) ? String(key) : JSON.stringify(String(key));
}

/** Messages quote editors' values, which may hold line breaks; escape them so each problem prints on one line. */
function oneLine(text: string): string {
  return text.replace(/\r\n?|[\n\u2028\u2029]/g, '\\n');
}

/** Called with every YAML entry file that parses, valid or not, for checks beyond its schema. */
type Inspect = (file: string, text: string, data: unknown) => void;

/** Checks each YAML entry file that parsed (outlets, stories): its text, then its schema issues. */
function checkEntries<T>(entries: EntryFile<T>[], schema: z.ZodType<T>, add: Add, inspect: Inspect): void {
  for (const entry of entries) {
    inspect(entry.file, entry.text, entry.raw);
    addIssues(add, entry.file, entry.text, 0, schema, entry.issues);
  }
}

/** Exposed for tests: the typed data of a valid article. */
export type { ArticleData };
