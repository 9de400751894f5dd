/** Rules across files: duplicates, unknown ids, unused vocabulary, year folders. */
import { normaliseUrl } from '../../lib/urls.ts';
import type { ArticleFacts } from './facts.ts';
import { findKeyLine } from './locate.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

/** An article whose frontmatter could be read, valid or not, with what could be taken from it. */
export interface ReadArticle {
  file: string;
  slug: string;
  facts: ArticleFacts;
  yaml: string;
}

/** The vocabularies articles refer to: every id that has a file (valid or not), and the topics read. */
export interface Vocabularies {
  outlets: Set<string>;
  stories: Set<string>;
  topics: Set<string>;
}

/** What the cross-file rules may assume: `complete` is false when some article could not be read at all. */
export interface CrossOptions {
  complete: boolean;
  topicsRead: boolean;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Push = (file: string, line: number, field: string, message: string, severity?: Problem['severity']) => void;
type Cited = { article: ReadArticle; url: string; field: string };

/** `unknown outlet "x": did you mean "y"? Otherwise add content/outlets/x.yaml`, or the same without a suggestion. */
function unknownId(kind: 'outlet' | 'story', value: string, known: Set<string>): string {
  const hint = didYouMean(value, known);
  const folder = kind === 'outlet' ? 'outlets' : 'stories';
  const fix = `add content/${folder}/${value}.yaml`;
  return hint
    ? `unknown ${kind} "${value}":${hint} Otherwise ${fix}`
    : `unknown ${kind} "${value}": ${fix} or fix the id`;
}

/** Every cross-file problem, in file order. */
export function checkCrossFile(articles: ReadArticle[], vocab: Vocabularies, options: CrossOptions): Problem[] {
  const problems: Problem[] = [];
  const at = (a: ReadArticle, path: PropertyKey[]) => 1 + Math.max(findKeyLine(a.yaml, path), 1);
  const push: Push = (file, line, field, message, severity = 'error') =>
    problems.push({ file, line, field, message, severity });
  const sorted = [...articles].sort((a, b) => a.file.localeCompare(b.file));
  const byUrl = new Map<string, Cited>();
  const bySlug = new Map<string, ReadArticle>();
  const used = { outlets: new Set<string>(), topics: new Set<string>(), stories: new Map<string, number>() };

  for (const a of sorted) {
    const { facts } = a;
    checkUrls(a, byUrl, push, at);
    const twin = bySlug.get(a.slug);
    if (twin) push(a.file, 1, '(file)', `duplicate slug "${a.slug}": ${twin.file} has the same file name`);
    else bySlug.set(a.slug, a);
    if (!SLUG.test(a.slug)) {
      push(
        a.file,
        1,
        '(file)',
        `file name "${a.slug}" must be lower-case kebab-case, e.g. jordan-urges-russia-the-national.md`,
      );
    }
    checkYearFolder(a, push, at);

    const outlets = [
      { id: facts.outlet, path: ['source', 'outlet'], field: 'source.outlet' },
      ...facts.copies.map((c) => ({
        id: c.outlet,
        path: ['copies', c.index, 'outlet'],
        field: `copies.${c.index}.outlet`,
      })),
    ];
    for (const { id, path, field } of outlets) {
      if (id === undefined) continue;
      used.outlets.add(id);
      if (!vocab.outlets.has(id)) push(a.file, at(a, path), field, unknownId('outlet', id, vocab.outlets));
    }
    for (const { index, id } of facts.topics) {
      used.topics.add(id);
      if (!options.topicsRead || vocab.topics.has(id)) continue;
      const hint = didYouMean(id, vocab.topics);
      const known = `${hint ? ' Known' : ' known'} topics are ${[...vocab.topics].join(', ')}`;
      push(a.file, at(a, ['topics', index]), `topics.${index}`, `unknown topic "${id}":${hint}${known}`);
    }
    if (facts.story !== undefined) {
      used.stories.set(facts.story, (used.stories.get(facts.story) ?? 0) + 1);
      if (!vocab.stories.has(facts.story))
        push(a.file, at(a, ['story']), 'story', unknownId('story', facts.story, vocab.stories));
    }
  }
  // An article that could not be read may use any outlet, topic or story: warning that one is unused would be wrong.
  if (options.complete) warnUnused(vocab, used, push);
  return problems;
}

function warnUnused(
  vocab: Vocabularies,
  used: { outlets: Set<string>; topics: Set<string>; stories: Map<string, number> },
  push: Push,
): void {
  for (const id of vocab.outlets) {
    if (!used.outlets.has(id))
      push(`outlets/${id}.yaml`, 1, '(file)', `outlet "${id}" is not used by any article`, 'warning');
  }
  for (const id of vocab.topics) {
    if (!used.topics.has(id)) push('topics.yaml', 1, id, `topic "${id}" is not used by any article`, 'warning');
  }
  for (const id of vocab.stories) {
    const n = used.stories.get(id) ?? 0;
    const message = `story "${id}" has ${n} article${n === 1 ? '' : 's'}; a story groups two or more`;
    if (n < 2) push(`stories/${id}.yaml`, 1, '(file)', message, 'warning');
  }
}

/** A source or copy URL that another article or copy already cites, after normalisation, is a duplicate. */
function checkUrls(
  a: ReadArticle,
  byUrl: Map<string, Cited>,
  push: Push,
  at: (a: ReadArticle, p: PropertyKey[]) => number,
): void {
  const cited = [
    { url: a.facts.url, path: ['source', 'url'], field: 'source.url' },
    ...a.facts.copies.map((c) => ({ url: c.url, path: ['copies', c.index, 'url'], field: `copies.${c.index}.url` })),
  ];
  for (const { url, path, field } of cited) {
    if (url === undefined) continue;
    const key = normaliseUrl(url);
    const first = byUrl.get(key);
    if (!first) {
      byUrl.set(key, { article: a, url, field });
      continue;
    }
    const same =
      first.url === url
        ? ''
        : '; the two differ only by scheme, host case, www., a trailing slash, fragment or tracking parameters';
    push(
      a.file,
      at(a, path),
      field,
      `duplicate URL: ${first.article.file} already cites ${first.url} (${first.field})${same}`,
    );
  }
}

/** `articles/<yyyy>/` must match source.published; undated articles live in `articles/undated/`. */
function checkYearFolder(a: ReadArticle, push: Push, at: (a: ReadArticle, p: PropertyKey[]) => number): void {
  if (a.facts.published === undefined) return;
  const parts = a.file.split('/');
  const folder = parts.length === 3 ? parts[1] : undefined;
  const expected = a.facts.published?.slice(0, 4) ?? 'undated';
  if (folder !== expected) {
    const found = parts.slice(0, -1).join('/');
    push(
      a.file,
      at(a, ['source', 'published']),
      'source.published',
      `the file belongs in articles/${expected}/ (found in ${found}/)`,
    );
  }
}
