import { describe, expect, inject, test } from 'vitest';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../helpers/dist.ts';
import { attr, elements, loadPages, SITE, type Element, type Page } from './support.ts';

const siteDir = inject('siteDir');
const origin = new URL(SITE).origin;

/** Attributes that load or navigate to a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'formaction', 'xlink:href'];

/** Every URL a page refers to, with the element carrying it. */
function references(page: Page): { el: Element; name: string; value: string }[] {
  return elements(page.doc).flatMap((el) =>
    el.attrs.filter((a) => URL_ATTRIBUTES.includes(a.name)).map((a) => ({ el, name: a.name, value: a.value.trim() })),
  );
}

/** The site path a reference points to, or undefined when it leaves the site (another origin, mailto:, …). */
function internalPath(value: string, from: string): string | undefined {
  if (value.startsWith('#')) return undefined;
  const url = new URL(value, `${origin}${from}`);
  return url.origin === origin && /^https?:$/.test(url.protocol) ? decodeURIComponent(url.pathname) : undefined;
}

/** Whether a site path is served by a file: "/x/" by x/index.html, anything else by that exact file. */
async function resolves(path: string): Promise<boolean> {
  const file = join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(siteDir)) return false;
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

describe('internal links', () => {
  test('every internal href, src and action in every page resolves to a file of the site', async () => {
    const broken: string[] = [];
    const checked = new Map<string, boolean>();
    for (const page of await loadPages(siteDir)) {
      for (const ref of references(page)) {
        const path = internalPath(ref.value, page.path);
        if (path === undefined) continue;
        if (!checked.has(path)) checked.set(path, await resolves(path));
        if (!checked.get(path)) broken.push(`${page.file}: <${ref.el.tagName} ${ref.name}="${ref.value}">`);
      }
    }
    expect(checked.size).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });

  test('every in-page #fragment link names an id on its page', async () => {
    const broken: string[] = [];
    for (const page of await loadPages(siteDir)) {
      const ids = new Set(elements(page.doc).map((e) => attr(e, 'id')));
      for (const ref of references(page)) {
        if (ref.value.startsWith('#') && ref.value.length > 1 && !ids.has(decodeURIComponent(ref.value.slice(1))))
          broken.push(`${page.file}: ${ref.value}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every page can be reached from the home page by following links', async () => {
    const pages = await loadPages(siteDir);
    const byPath = new Map(pages.map((p) => [p.path, p]));
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const page = byPath.get(path);
      if (!page) continue;
      for (const ref of references(page)) {
        if (!['a', 'form'].includes(ref.el.tagName)) continue;
        const target = internalPath(ref.value, page.path);
        if (target !== undefined && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    const unreachable = pages.filter((p) => p.file !== '404.html' && !seen.has(p.path)).map((p) => p.file);
    expect(unreachable).toEqual([]);
  });
});

describe('external links', () => {
  test('every link to another host has rel="noopener noreferrer"', async () => {
    const bad: string[] = [];
    let external = 0;
    for (const page of await loadPages(siteDir)) {
      for (const ref of references(page)) {
        if (ref.el.tagName !== 'a' || !/^https?:\/\//i.test(ref.value) || new URL(ref.value).origin === origin)
          continue;
        external += 1;
        const rel = (attr(ref.el, 'rel') ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer'))
          bad.push(`${page.file}: ${ref.value} rel="${attr(ref.el, 'rel') ?? ''}"`);
      }
    }
    expect(external, 'the site links its sources').toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});

describe('mixed content', () => {
  test('no src attribute or stylesheet link loads over plain http://', async () => {
    const bad: string[] = [];
    for (const page of await loadPages(siteDir)) {
      for (const ref of references(page)) {
        const loads =
          ref.name === 'src' ||
          (ref.el.tagName === 'link' && /\bstylesheet\b|\bpreload\b|\bicon\b/.test(attr(ref.el, 'rel') ?? ''));
        if (loads && /^http:/i.test(ref.value))
          bad.push(`${page.file}: <${ref.el.tagName} ${ref.name}="${ref.value}">`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('no stylesheet imports or loads anything over http://', async () => {
    const sheets = (await listFiles(siteDir)).filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const css = await readFile(join(siteDir, sheet), 'utf8');
      expect(css, sheet).not.toMatch(/url\(\s*["']?\s*http:/i);
      expect(css, sheet).not.toMatch(/@import\s+(url\()?\s*["']?\s*http:/i);
    }
  });
});
