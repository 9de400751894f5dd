/** Rules across files: duplicates, unknown ids, unused vocabulary, year folders. */
import type { ArticleData } from '../../schema/index.ts';
import { findKeyLine } from './locate.ts';
import type { Problem } from './problems.ts';

/** An article that passed the schema. */
export interface ParsedArticle { file: string; slug: string; data: ArticleData; yaml: string }

/** The vocabularies articles refer to, by id. */
export interface Vocabularies { outlets: Map<string, unknown>; stories: Map<string, unknown>; topics: Map<string, unknown> }

/** Compares URLs as editors mean them: scheme, `www.` and a trailing slash do not make a new article. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    return `${host}${u.port ? `:${u.port}` : ''}${path}${u.search}`;
  } catch {
    return url;
  }
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every cross-file problem, in file order. */
export function checkCrossFile(articles: ParsedArticle[], vocab: Vocabularies): Omit<Problem, never>[] {
  const problems: Problem[] = [];
  const at = (a: ParsedArticle, path: PropertyKey[]) => 1 + Math.max(findKeyLine(a.yaml, path), 1);
  const push = (file: string, line: number, field: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line, field, message, severity });
  const sorted = [...articles].sort((a, b) => a.file.localeCompare(b.file));
  const byUrl = new Map<string, { article: ParsedArticle; url: string; field: string }>();
  const bySlug = new Map<string, ParsedArticle>();
  const used = { outlets: new Set<string>(), topics: new Set<string>(), stories: new Map<string, number>() };

  for (const a of sorted) {
    const { data } = a;
    const cited: { url: string; path: PropertyKey[]; field: string }[] = [
      { url: data.source.url, path: ['source', 'url'], field: 'source.url' },
      ...(data.copies ?? []).map((copy, i) => ({ url: copy.url, path: ['copies', i, 'url'], field: `copies.${i}.url` })),
    ];
    for (const { url, path, field } of cited) {
      const key = normaliseUrl(url);
      const first = byUrl.get(key);
      if (first) push(a.file, at(a, path), field, `duplicate URL: ${first.article.file} already cites ${first.url} (${first.field})`);
      else byUrl.set(key, { article: a, url, field });
    }
    const twin = bySlug.get(a.slug);
    if (twin) push(a.file, 1, '(file)', `duplicate slug "${a.slug}": ${twin.file} has the same file name`);
    else bySlug.set(a.slug, a);
    if (!SLUG.test(a.slug)) push(a.file, 1, '(file)', `file name "${a.slug}" must be lower-case kebab-case, e.g. jordan-urges-russia-the-national.md`);
    checkYearFolder(a, push, at);

    used.outlets.add(data.source.outlet);
    if (!vocab.outlets.has(data.source.outlet)) push(a.file, at(a, ['source', 'outlet']), 'source.outlet', `unknown outlet "${data.source.outlet}": add content/outlets/${data.source.outlet}.yaml or fix the id`);
    (data.copies ?? []).forEach((copy, i) => {
      used.outlets.add(copy.outlet);
      if (!vocab.outlets.has(copy.outlet)) push(a.file, at(a, ['copies', i, 'outlet']), `copies.${i}.outlet`, `unknown outlet "${copy.outlet}": add content/outlets/${copy.outlet}.yaml or fix the id`);
    });
    data.topics.forEach((topic, i) => {
      used.topics.add(topic);
      if (!vocab.topics.has(topic)) push(a.file, at(a, ['topics', i]), `topics.${i}`, `unknown topic "${topic}": known topics are ${[...vocab.topics.keys()].join(', ')}`);
    });
    if (data.story !== undefined) {
      used.stories.set(data.story, (used.stories.get(data.story) ?? 0) + 1);
      if (!vocab.stories.has(data.story)) push(a.file, at(a, ['story']), 'story', `unknown story "${data.story}": add content/stories/${data.story}.yaml or fix the id`);
    }
  }
  for (const id of vocab.outlets.keys()) if (!used.outlets.has(id)) push(`outlets/${id}.yaml`, 1, '(file)', `outlet "${id}" is not used by any article`, 'warning');
  for (const id of vocab.topics.keys()) if (!used.topics.has(id)) push('topics.yaml', 1, id, `topic "${id}" is not used by any article`, 'warning');
  for (const id of vocab.stories.keys()) {
    const n = used.stories.get(id) ?? 0;
    if (n < 2) push(`stories/${id}.yaml`, 1, '(file)', `story "${id}" has ${n} article${n === 1 ? '' : 's'}; a story groups two or more`, 'warning');
  }
  return problems;
}

type Push = (file: string, line: number, field: string, message: string) => void;

/** `articles/<yyyy>/` must match source.published; undated articles live in `articles/undated/`. */
function checkYearFolder(a: ParsedArticle, push: Push, at: (a: ParsedArticle, p: PropertyKey[]) => number): void {
  const parts = a.file.split('/');
  const folder = parts.length === 3 ? parts[1] : undefined;
  const expected = a.data.source.published?.slice(0, 4) ?? 'undated';
  if (folder !== expected) {
    push(a.file, at(a, ['source', 'published']), 'source.published', `the file belongs in articles/${expected}/ (found in ${parts.slice(0, -1).join('/')}/)`);
  }
}
