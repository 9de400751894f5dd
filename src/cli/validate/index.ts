/** The content validator: every problem in every file, in one run. Shared by the CLI, the build and the tests. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { articleSchema, outletSchema, storySchema, topicSchema, type ArticleData } from '../../schema/index.ts';
import { articleIdFromPath } from '../../lib/paths.ts';
import { checkBody } from './body.ts';
import { collectFiles } from './collect.ts';
import { findKeyLine } from './locate.ts';
import { sortProblems, type Problem } from './problems.ts';
import { parseYaml, readMarkdown, decodeText } from './read.ts';
import { checkCrossFile, type ParsedArticle } from './cross.ts';

export { formatProblem, summarise, type Problem } from './problems.ts';

/** What a run found. */
export interface ValidationResult { problems: Problem[]; files: number; articles: number; errors: number }

/** Validates every file under `root` (a content folder). `label` prefixes paths in messages. */
export async function validateContent(root: string, label = root): Promise<ValidationResult> {
  const files = await collectFiles(root);
  const problems: Problem[] = [];
  const add = (file: string, line: number, field: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: join(label, file), line, field, message: oneLine(message), severity });

  const articles: ParsedArticle[] = [];
  await Promise.all(files.articles.map(async (file) => {
    if (!file.endsWith('.md')) {
      add(file, 1, '(file)', 'articles must be Markdown files ending in .md', 'warning');
      return;
    }
    const read = readMarkdown(await readFile(join(root, file)));
    if (!read.ok) {
      add(file, read.line, read.field, read.message);
      return;
    }
    const parsed = articleSchema.safeParse(read.data, { reportInput: true });
    if (!parsed.success) addIssues(add, file, read.yaml, 1, parsed.error.issues);
    for (const issue of checkBody(read.body)) add(file, read.bodyLine + issue.line - 1, '(body)', issue.message);
    if (parsed.success) articles.push({ file, slug: articleIdFromPath(file), data: parsed.data, yaml: read.yaml });
  }));

  const outlets = await readYamlEntries(root, files.outlets, outletSchema, add);
  const stories = await readYamlEntries(root, files.stories, storySchema, add);
  const topics = await readTopics(root, files.topics, add);

  for (const p of checkCrossFile(articles, { outlets, stories, topics })) add(p.file, p.line, p.field, p.message, p.severity);
  const all = files.articles.length + files.outlets.length + files.stories.length + (files.topics ? 1 : 0);
  const sorted = sortProblems(problems);
  return { problems: sorted, files: all, articles: articles.length, errors: sorted.filter((p) => p.severity === 'error').length };
}

/** Records one problem in a file. */
export type Add = (file: string, line: number, field: string, message: string, severity?: Problem['severity']) => void;

/** Turns zod issues into problems naming the field and its line; `offset` is the lines before the YAML. */
function addIssues(add: Add, file: string, yaml: string, offset: number, issues: z.core.$ZodIssue[], prefix: PropertyKey[] = []): void {
  for (const issue of issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = [...prefix, ...issue.path, ...(key === undefined ? [] : [key])];
      const field = path.length > 0 ? path.map(fieldSegment).join('.') : '(frontmatter)';
      const message = key === undefined ? describeIssue(issue) : `unknown field "${key}" (check its spelling)`;
      add(file, offset + Math.max(findKeyLine(yaml, path), 1), field, message);
    }
  }
}

/** A key as printed in a field: plain keys as they are; empty, dotted or multi-line keys quoted, so a field is never blank or ambiguous. */
function fieldSegment(key: PropertyKey): string {
  return typeof key === 'number' || /^[\w-]+$/.test(String(key)) ? String(key) : JSON.stringify(String(key));
}

/** Messages quote editors' values, which may hold line breaks; escape them so each problem prints on one line. */
function oneLine(text: string): string {
  return text.replace(/\r\n?|[\n\u2028\u2029]/g, '\\n');
}

/** A zod message, rephrased where zod's default is unclear to an editor. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required but missing';
  return issue.message;
}

/** Reads and checks each YAML entry file (outlets, stories); valid ones by id. */
export async function readYamlEntries<T>(root: string, list: string[], schema: z.ZodType<T>, add: Add): Promise<Map<string, T>> {
  const entries = new Map<string, T>();
  await Promise.all(list.map(async (file) => {
    if (!file.endsWith('.yaml')) {
      add(file, 1, '(file)', 'expected a .yaml file', 'warning');
      return;
    }
    const decoded = decodeText(await readFile(join(root, file)));
    if (!decoded.ok) {
      add(file, 1, '(file)', decoded.message);
      return;
    }
    const parsed = parseYaml(decoded.text);
    if (!parsed.ok) {
      add(file, parsed.line, '(file)', parsed.message);
      return;
    }
    const result = schema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      addIssues(add, file, decoded.text, 0, result.error.issues);
      return;
    }
    entries.set(articleIdFromPath(file).replace(/\.yaml$/, ''), result.data);
  }));
  return entries;
}

/** Reads topics.yaml: each topic's raw value by id (each checked against the topic schema). */
export async function readTopics(root: string, file: string | undefined, add: Add): Promise<Map<string, unknown>> {
  const topics = new Map<string, unknown>();
  if (!file) {
    add('topics.yaml', 1, '(file)', 'topics.yaml is missing');
    return topics;
  }
  const decoded = decodeText(await readFile(join(root, file)));
  const parsed = decoded.ok ? parseYaml(decoded.text) : { ok: false as const, line: 1, message: decoded.message };
  if (!parsed.ok) {
    add(file, parsed.line, '(file)', parsed.message);
    return topics;
  }
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    add(file, 1, '(file)', 'expected a map of topic ids to { title, description }');
    return topics;
  }
  const text = decoded.ok ? decoded.text : '';
  for (const [id, value] of Object.entries(parsed.data)) {
    const result = topicSchema.safeParse(value, { reportInput: true });
    if (!result.success) addIssues(add, file, text, 0, result.error.issues, [id]);
    topics.set(id, value);
  }
  return topics;
}

/** Exposed for tests: the typed data of a valid article. */
export type { ArticleData };
