/** Reads a whole content folder: every file decoded, parsed and checked against its schema, with what went wrong. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { articleSchema, outletSchema, storySchema, topicSchema } from '../schema/index.ts';
import type { ArticleData, OutletData, StoryData, TopicData } from '../schema/index.ts';
import { collectFiles, type ContentFiles } from './files.ts';
import { articleIdFromPath, entryIdFromPath } from './layout.ts';
import { decodeText, parseYaml, readMarkdown } from './parse.ts';

/** A problem in a file that could not be read as content (path relative to the content folder). */
export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Schema issues, as zod reports them (with the input, for messages). */
export type Issues = z.core.$ZodIssue[];

/** One article file: its frontmatter (undefined when unreadable: see the problems) and body, and its data if valid. */
export interface ArticleFile {
  id: string;
  file: string;
  /** The decoded file (CRLF normalised); undefined when it could not be decoded. */
  text: string | undefined;
  /** The parsed frontmatter and its YAML text; undefined when the file could not be read as frontmatter. */
  frontmatter: { raw: unknown; yaml: string } | undefined;
  /** The Markdown body, also after a frontmatter error when it could be found; its first line in the file. */
  body: string | undefined;
  bodyLine: number;
  /** The schema-valid data, or undefined with `issues`. */
  data: ArticleData | undefined;
  issues: Issues;
}

/** One YAML entry (an outlet, a story or a topic) that parsed: its text, raw value and data if valid. */
export interface EntryFile<T> {
  id: string;
  file: string;
  text: string;
  raw: unknown;
  data: T | undefined;
  issues: Issues;
}

/** The topics file when it parsed as a map: its text, raw value and each topic. */
export interface TopicsFile {
  file: string;
  text: string;
  raw: Record<string, unknown>;
  entries: EntryFile<TopicData>[];
}

/** Everything in a content folder. */
export interface Content {
  files: ContentFiles;
  /** Every `.md` file under articles/, in file order. */
  articles: ArticleFile[];
  /** Every outlet and story file that parsed, in file order. */
  outlets: EntryFile<OutletData>[];
  stories: EntryFile<StoryData>[];
  topics: TopicsFile | undefined;
  /** Files that could not be read (wrong extension, not UTF-8, broken frontmatter or YAML, no topics), by file. */
  problems: ContentProblem[];
}

/** What to read: `articles: false` reads only the vocabularies (outlets, stories, topics). */
export interface ReadOptions {
  articles?: boolean;
}

/** Reads every content file under `root` once. Never throws on bad content: it is described in `problems`. */
export async function readContent(root: string, options: ReadOptions = {}): Promise<Content> {
  const files = await collectFiles(root);
  const problems: ContentProblem[] = [];
  const problem: AddProblem = (file, line, field, message, severity = 'error') =>
    void problems.push({ file, line, field, message, severity });
  const read = (file: string) => readFile(join(root, file));
  const [articles, outlets, stories, topics] = await Promise.all([
    options.articles === false ? [] : readArticles(files.articles, read, problem),
    readEntries(files.outlets, outletSchema, read, problem),
    readEntries(files.stories, storySchema, read, problem),
    readTopics(files.topics, read, problem),
  ]);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { files, articles, outlets, stories, topics, problems };
}

type Read = (file: string) => Promise<Uint8Array>;
type AddProblem = (file: string, line: number, field: string, message: string, severity?: 'error' | 'warning') => void;

async function readArticles(list: string[], read: Read, problem: AddProblem): Promise<ArticleFile[]> {
  const markdown = list.filter((file) => {
    if (!file.endsWith('.md')) problem(file, 1, '(file)', 'articles must be Markdown files ending in .md', 'warning');
    return file.endsWith('.md');
  });
  return Promise.all(
    markdown.map(async (file): Promise<ArticleFile> => {
      const result = readMarkdown(await read(file));
      const id = articleIdFromPath(file);
      if (!result.ok) {
        problem(file, result.line, result.field, result.message);
        const { body, bodyLine = 1 } = result;
        return { id, file, text: undefined, frontmatter: undefined, body, bodyLine, data: undefined, issues: [] };
      }
      const parsed = articleSchema.safeParse(result.data, { reportInput: true });
      return {
        id,
        file,
        text: result.text,
        frontmatter: { raw: result.data, yaml: result.yaml },
        body: result.body,
        bodyLine: result.bodyLine,
        data: parsed.data,
        issues: parsed.error?.issues ?? [],
      };
    }),
  );
}

/** Decodes and parses one YAML file; undefined (with a problem) when it cannot be read. */
async function readYamlFile(file: string, read: Read, problem: AddProblem): Promise<YamlFile | undefined> {
  const decoded = decodeText(await read(file));
  if (!decoded.ok) return void problem(file, 1, '(file)', decoded.message);
  const parsed = parseYaml(decoded.text);
  if (!parsed.ok) return void problem(file, parsed.line, '(file)', parsed.message);
  return { text: decoded.text, raw: parsed.data };
}

type YamlFile = { text: string; raw: unknown };

async function readEntries<T>(list: string[], schema: z.ZodType<T>, read: Read, problem: AddProblem) {
  const entries = await Promise.all(
    list.map(async (file) => {
      if (!file.endsWith('.yaml')) return void problem(file, 1, '(file)', 'expected a .yaml file', 'warning');
      const yaml = await readYamlFile(file, read, problem);
      if (!yaml) return undefined;
      const parsed = schema.safeParse(yaml.raw, { reportInput: true });
      return { id: entryIdFromPath(file), file, ...yaml, data: parsed.data, issues: parsed.error?.issues ?? [] };
    }),
  );
  return entries.filter((e): e is EntryFile<T> => e !== undefined);
}

async function readTopics(file: string | undefined, read: Read, problem: AddProblem): Promise<TopicsFile | undefined> {
  if (!file) return void problem('topics.yaml', 1, '(file)', 'topics.yaml is missing');
  const yaml = await readYamlFile(file, read, problem);
  if (!yaml) return undefined;
  const raw = yaml.raw;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return void problem(file, 1, '(file)', 'expected a map of topic ids to { title, description }');
  const entries = Object.entries(raw).map(([id, value]): EntryFile<TopicData> => {
    const parsed = topicSchema.safeParse(value, { reportInput: true });
    return { id, file, text: yaml.text, raw: value, data: parsed.data, issues: parsed.error?.issues ?? [] };
  });
  return { file, text: yaml.text, raw: raw as Record<string, unknown>, entries };
}
