/**
 * The content collections' loaders (in the spirit of Starlight's loaders.ts): the one reader of the content folder.
 * Each sync reads and parses every file once (gray-matter for the frontmatter, the schemas, remark's body rules: see
 * ./read.ts and ./validate/), runs the cross-file rules over the whole set, and then either fails once with every
 * problem as `file:line: field: message`, or fills the four collections. So `astro build`, `astro dev`, `astro check`
 * and `npm run validate` refuse exactly the same content. An article whose file is unchanged keeps its rendered body.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readContent, type Content } from './read.ts';
import { checkContent, formatProblem, summarise, type ValidationResult } from './validate/index.ts';

/** The collections these loaders fill. */
export type CollectionName = 'articles' | 'outlets' | 'stories' | 'topics';
const NAMES: readonly CollectionName[] = ['articles', 'outlets', 'stories', 'topics'];

/** Thrown once per sync when the content is invalid; its message holds every problem, one per line, and the count. */
export class InvalidContentError extends Error {
  override name = 'InvalidContentError';
}

/** The problems as `npm run validate` prints them, then its count line. */
export function describeResult(result: ValidationResult): string {
  return [...result.problems.map(formatProblem), summarise(result.problems, result.files)].join('\n');
}

/** One reading of the content folder and what the rules found in it. */
interface Checked {
  content: Content;
  result: ValidationResult;
}

/**
 * The four loaders of the content folder `root` (as editors name it, relative to the working directory). They share
 * one reading per sync: the first loader to run reads and checks the folder, the other three reuse that reading.
 * In `astro dev` a change under `root` reads it again and refills all four; invalid content is then logged, and the
 * last valid content stays on screen.
 */
export function contentLoaders(root: string): Record<CollectionName, Loader> {
  let reading: { checked: Promise<Checked>; pending: Set<CollectionName> } | undefined;
  const contexts = new Map<CollectionName, LoaderContext>();
  const check = (): Promise<Checked> =>
    readContent(root).then((content) => ({ content, result: checkContent(content, { label: root, now: new Date() }) }));
  const shared = (name: CollectionName): Promise<Checked> => {
    if (!reading?.pending.has(name)) reading = { checked: check(), pending: new Set(NAMES) };
    const { checked, pending } = reading;
    pending.delete(name);
    // Once all four have it, the reading is let go, so the build does not hold every file's text to the end.
    if (pending.size === 0) reading = undefined;
    return checked;
  };
  const fill = async (name: CollectionName, { content }: Checked, context: LoaderContext): Promise<void> => {
    if (name === 'articles') return fillArticles(root, content, context);
    const entries = name === 'topics' ? (content.topics?.entries ?? []) : content[name];
    replaceAll(context.store, entries);
  };
  const watch = (context: LoaderContext): void => {
    const folder = resolve(root);
    context.watcher?.add(folder);
    const reload = async (path: string): Promise<void> => {
      if (!resolve(path).startsWith(folder)) return;
      const checked = await check();
      if (checked.result.errors > 0)
        return context.logger.error(`the content is invalid:\n${describeResult(checked.result)}`);
      for (const [name, each] of contexts) await fill(name, checked, each);
    };
    for (const event of ['add', 'change', 'unlink'] as const) context.watcher?.on(event, (path) => void reload(path));
  };
  const loader = (name: CollectionName): Loader => ({
    name: `frm-${name}`,
    load: async (context) => {
      contexts.set(name, context);
      const checked = await shared(name);
      const { result } = checked;
      // The articles' loader speaks for all four, so that a sync reports the problems once.
      if (name === 'articles') {
        if (result.errors > 0) throw new InvalidContentError(`the content is invalid:\n${describeResult(result)}`);
        for (const problem of result.problems) context.logger.warn(formatProblem(problem));
        watch(context);
      }
      if (result.errors === 0) await fill(name, checked, context);
    },
  });
  return {
    articles: loader('articles'),
    outlets: loader('outlets'),
    stories: loader('stories'),
    topics: loader('topics'),
  };
}

/** Puts every valid entry of a YAML collection in the store, after dropping what was there. */
function replaceAll(store: LoaderContext['store'], entries: readonly { id: string; data: unknown }[]): void {
  store.clear();
  for (const { id, data } of entries) if (data !== undefined) store.set({ id, data: data as Record<string, unknown> });
}

/** Stores every article; one whose file is unchanged since the last sync keeps its entry and rendered body. */
async function fillArticles(root: string, content: Content, context: LoaderContext): Promise<void> {
  const { store, generateDigest, renderMarkdown, config } = context;
  const projectRoot = fileURLToPath(config.root);
  const kept = new Set<string>();
  for (const article of content.articles) {
    if (article.data === undefined || article.text === undefined) continue;
    kept.add(article.id);
    const digest = generateDigest(article.text);
    if (store.get(article.id)?.digest === digest) continue;
    const path = resolve(root, article.file);
    const rendered = await renderMarkdown(article.body ?? '', { fileURL: pathToFileURL(path) });
    const data = article.data as unknown as Record<string, unknown>;
    store.set({ id: article.id, data, filePath: relative(projectRoot, path), digest, rendered });
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
}
