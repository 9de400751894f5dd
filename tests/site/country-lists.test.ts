import { describe, expect, inject, test } from 'vitest';
import { COUNTRY_LIST_LIMIT } from '../../src/lib/country-lists.ts';
import { countryPath, countrySourcesPath, countryStoriesPath, sourcePath, storyPath } from '../../src/lib/paths.ts';
import { articlesOf, attr, byTag, loadContent, loadPages, sectionOf, type Document, type Element } from './support.ts';

const siteDir = inject('siteDir');

/** Whether `node` links to `href`. */
const linksTo = (node: Element | undefined, href: string): boolean =>
  node !== undefined && byTag(node, 'a').some((a) => attr(a, 'href') === href);

/** The ids linked from `nodes` (pages or sections) as `<prefix><id>/`, where `prefix` is `/stories/` or `/sources/`. */
function linkedIds(nodes: readonly (Document | Element | undefined)[], prefix: string): Set<string> {
  const ids = new Set<string>();
  for (const node of nodes)
    for (const a of node ? byTag(node, 'a') : []) {
      const match = (attr(a, 'href') ?? '').match(new RegExp(`^${prefix}([^/]+)/$`));
      if (match?.[1]) ids.add(match[1]);
    }
  return ids;
}

describe('country pages', async () => {
  const pages = await loadPages(siteDir);
  const { articles, stories } = await loadContent();
  const page = (path: string) => pages.find((p) => p.path === path);
  const under = (base: string) => pages.filter((p) => p.path.startsWith(base)).map((p) => p.doc);
  const codes = [...new Set(articles.flatMap((a) => a.data.countries))];

  test('link every story of the country, from the page or its full list of stories', () => {
    let checked = 0;
    for (const code of codes) {
      const country = page(countryPath(code));
      expect(country, code).toBeDefined();
      const section = country && sectionOf(country.doc, 'stories-heading');
      const expected = new Set(
        articlesOf(articles, code).flatMap((a) => (a.data.story && stories.has(a.data.story) ? [a.data.story] : [])),
      );
      const full = under(countryStoriesPath(code));
      expect(full.length > 0, code).toBe(expected.size > COUNTRY_LIST_LIMIT);
      expect(linksTo(section, countryStoriesPath(code)), code).toBe(full.length > 0);
      const shown = linkedIds([section], storyPath());
      const all = new Set([...shown, ...linkedIds(full, storyPath())]);
      expect([...all].sort(), code).toEqual([...expected].sort());
      if (full.length > 0) expect([...linkedIds(full, storyPath())].sort(), code).toEqual([...expected].sort());
      checked += expected.size;
    }
    expect(checked, 'stories checked').toBeGreaterThan(0);
  });

  test('link every outlet that reported on the country, from the page or its full list of outlets', () => {
    let cut = 0;
    for (const code of codes) {
      const country = page(countryPath(code));
      const section = country && sectionOf(country.doc, 'coverage-heading');
      expect(section, code).toBeDefined();
      const expected = new Set(articlesOf(articles, code).map((a) => a.data.source.outlet));
      const full = under(countrySourcesPath(code));
      expect(linksTo(section, countrySourcesPath(code)), code).toBe(full.length > 0);
      const shown = linkedIds([section], sourcePath());
      const all = new Set([...shown, ...linkedIds(full, sourcePath())]);
      expect([...all].sort(), code).toEqual([...expected].sort());
      if (full.length > 0) {
        // The full list is whole on its own: every outlet, in pages, most reports first.
        expect([...linkedIds(full, sourcePath())].sort(), code).toEqual([...expected].sort());
        cut++;
      }
    }
    expect(cut, 'countries whose page cuts its outlets').toBeGreaterThan(0);
  });
});
