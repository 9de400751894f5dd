/** Shared reading for the built-site tests: the content as the site should show it, parsed pages, CSV. */
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import config from '../../astro.config.mjs';
import { contentDir, publishedArticles, readContent, validEntries } from '../../src/content-files/index.ts';
import type { Content as Files } from '../../src/content-files/index.ts';
import type { OutletData, StoryData, TopicData } from '../../src/schema/index.ts';
import type { ArticleItem } from '../../src/lib/types.ts';
import { listPages, moduleGraph, pathOfPage, readPage } from '../helpers/dist.ts';

/** The content folder the build read. */
export const CONTENT = contentDir(process.env['CONTENT_DIR']);

/** The site's absolute base URL, as Astro's config gives it (canonical URLs, feeds, sitemap). */
export const SITE = String(config.site);

/** The absolute URL of a site path. */
export const absolute = (path: string): string => new URL(path, SITE).href;

/** The content, parsed with the project's own reader and schemas. */
export interface Content {
  /** Published articles, newest first (the site's order). */
  articles: ArticleItem[];
  outlets: Map<string, OutletData>;
  topics: Map<string, TopicData>;
  stories: Map<string, StoryData>;
  /** Each article's whole file (frontmatter and body), by id. */
  files: Map<string, string>;
}

let content: Promise<Content> | undefined;

/** Throws on anything the build would have refused: a file it could not read, or an entry its schema refuses. */
function assertValid(read: Files): void {
  const broken = read.problems.find((p) => p.severity === 'error');
  if (broken) throw new Error(`${broken.file}:${broken.line}: ${broken.message}`);
  const entries = [...read.articles, ...read.outlets, ...read.stories, ...(read.topics?.entries ?? [])];
  const invalid = entries.find((e) => e.data === undefined);
  if (invalid) throw new Error(`${invalid.file}: ${invalid.issues[0]?.message ?? 'invalid'}`);
}

/** Reads and parses every content file once (throws on invalid content: the build would have refused it). */
export function loadContent(): Promise<Content> {
  content ??= (async () => {
    const read = await readContent(CONTENT);
    assertValid(read);
    return {
      articles: publishedArticles(read).map(({ id, data }) => ({ id, data })),
      files: new Map(read.articles.map((a) => [a.id, a.text ?? ''])),
      outlets: validEntries(read.outlets),
      stories: validEntries(read.stories),
      topics: validEntries(read.topics?.entries ?? []),
    };
  })();
  return content;
}

/** Published articles concerning `code` (upper case), newest first. */
export function articlesOf(articles: readonly ArticleItem[], code: string): ArticleItem[] {
  return articles.filter((a) => a.data.countries.includes(code));
}

/** A parse5 element. */
export type Element = DefaultTreeAdapterMap['element'];
/** A parse5 document. */
export type Document = DefaultTreeAdapterMap['document'];

/** Parses HTML as a browser would (WHATWG algorithm). */
export function parseHtml(html: string): Document {
  return parse(html);
}

/** Every element under `node`, in document order (template contents included). */
export function elements(node: DefaultTreeAdapterMap['parentNode']): Element[] {
  const out: Element[] = [];
  const visit = (n: DefaultTreeAdapterMap['node']): void => {
    if ('tagName' in n) out.push(n);
    if ('childNodes' in n) n.childNodes.forEach(visit);
    if (n.nodeName === 'template' && 'content' in n) n.content.childNodes.forEach(visit);
  };
  node.childNodes.forEach(visit);
  return out;
}

/** Elements named `tag` under `node`. */
export function byTag(node: DefaultTreeAdapterMap['parentNode'], tag: string): Element[] {
  return elements(node).filter((e) => e.tagName === tag);
}

/** An attribute's (decoded) value, or undefined. */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text content of an element. */
export function textOf(node: DefaultTreeAdapterMap['node']): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** The `<section>` labelled by the heading with id `headingId`, or undefined. */
export function sectionOf(node: DefaultTreeAdapterMap['parentNode'], headingId: string): Element | undefined {
  return byTag(node, 'section').find((s) => attr(s, 'aria-labelledby') === headingId);
}

/** A built page: its file, URL path, HTML and parsed document. */
export interface Page {
  file: string;
  path: string;
  html: string;
  doc: Document;
}

const pageCache = new Map<string, Promise<Page[]>>();

/** Every HTML page of the built site, parsed once per test file. */
export function loadPages(siteDir: string): Promise<Page[]> {
  let pages = pageCache.get(siteDir);
  if (!pages) {
    pages = listPages(siteDir).then((files) =>
      Promise.all(
        files.map(async (file) => {
          const html = await readPage(siteDir, pathOfPage(file));
          return { file, path: pathOfPage(file), html, doc: parseHtml(html) };
        }),
      ),
    );
    pageCache.set(siteDir, pages);
  }
  return pages;
}

/** The JavaScript a page ships: its inline scripts (not JSON-LD) and the files its scripts load, as site paths. */
export async function pageScripts(siteDir: string, page: Page): Promise<{ inline: string[]; files: string[] }> {
  const scripts = byTag(page.doc, 'script').filter((s) => attr(s, 'type') !== 'application/ld+json');
  const files = new Set<string>();
  for (const s of scripts) {
    const src = attr(s, 'src');
    if (src) await moduleGraph(siteDir, new URL(src, `http://site${page.path}`).pathname, files);
    else
      for (const [, spec] of textOf(s).matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\/[^"']+\.m?js)["']/g))
        if (spec) await moduleGraph(siteDir, spec, files);
  }
  return { inline: scripts.filter((s) => !attr(s, 'src')).map(textOf), files: [...files] };
}

/** Gzipped size in bytes. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Parses RFC 4180 CSV: quoted fields may hold commas, CRLF and doubled quotes; rows end in CRLF (or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      const end = quotedEnd(text, i);
      field = text.slice(i + 1, end).replace(/""/g, '"');
      i = end + 1;
      if (i < text.length && !/[,\r\n]/.test(text[i] ?? '')) throw new Error(`CSV: text after a closing quote at ${i}`);
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (ch === '"') throw new Error(`CSV: stray quote at ${i}`);
    field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function quotedEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i += 1;
      continue;
    }
    return i;
  }
  throw new Error(`CSV: unclosed quote at ${start}`);
}
