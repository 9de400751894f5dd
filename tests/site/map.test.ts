import { describe, expect, inject, test } from 'vitest';
import { countryName } from '../../src/lib/names.ts';
import { countryPath, homePath } from '../../src/lib/paths.ts';
import { readPage } from '../helpers/dist.ts';
import { attr, byTag, elements, loadContent, parseHtml, textOf, type Element } from './support.ts';

const siteDir = inject('siteDir');

/** Articles per country code, from the content. */
async function countryCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const a of (await loadContent()).articles)
    for (const code of new Set(a.data.countries)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

/** The map figure of a page: its SVG and caption. */
async function mapOf(path: string): Promise<{ svg: Element; caption: string }> {
  const figures = byTag(parseHtml(await readPage(siteDir, path)), 'figure').filter((f) => byTag(f, 'svg').length > 0);
  expect(figures.length, `${path} has one map figure`).toBe(1);
  const figure = figures[0] as Element;
  const svg = byTag(figure, 'svg')[0] as Element;
  return { svg, caption: byTag(figure, 'figcaption').map(textOf).join(' ') };
}

/** Countries the map says are too small to draw (named in its caption). */
function undrawn(caption: string, counts: Map<string, number>): Set<string> {
  const list = /Too small to draw at this scale: ([^.]*)\./.exec(caption)?.[1] ?? '';
  return new Set([...counts.keys()].filter((code) => list.split(', ').includes(countryName(code))));
}

describe('the world map', () => {
  for (const path of [homePath(), countryPath()]) {
    test(`on ${path} has exactly one link per country with articles, labelled with its name and count`, async () => {
      const counts = await countryCounts();
      expect(counts.size).toBeGreaterThan(0);
      const { svg, caption } = await mapOf(path);
      expect(attr(svg, 'aria-labelledby') ?? attr(svg, 'aria-label'), 'the map is labelled').toBeTruthy();
      const links = byTag(svg, 'a');
      const missing = undrawn(caption, counts);
      const expected = [...counts.keys()]
        .filter((c) => !missing.has(c))
        .map((c) => countryPath(c))
        .sort();
      expect(links.map((a) => attr(a, 'href')).sort()).toEqual(expected);
      for (const link of links) {
        const code = (attr(link, 'href') ?? '').split('/')[2]?.toUpperCase() ?? '';
        const label = attr(link, 'aria-label') ?? '';
        expect(label, code).toContain(countryName(code));
        expect(label, code).toMatch(new RegExp(`\\b${counts.get(code)}\\b`));
      }
    });
  }

  test('shapes without articles are hidden from assistive technology', async () => {
    const { svg } = await mapOf(countryPath());
    const bare = elements(svg).filter(
      (e) => e.tagName === 'path' && !(e.parentNode && 'tagName' in e.parentNode && e.parentNode.tagName === 'a'),
    );
    expect(bare.length).toBeGreaterThan(0);
    for (const shape of bare) expect(attr(shape, 'aria-hidden')).toBe('true');
  });
});

describe('the countries table', () => {
  test('on /countries/ lists every country with articles once, with its count, linking its page', async () => {
    const counts = await countryCounts();
    const doc = parseHtml(await readPage(siteDir, countryPath()));
    const tables = byTag(doc, 'table').filter((t) =>
      byTag(t, 'a').some((a) => /^\/countries\/[a-z]{2}\/$/.test(attr(a, 'href') ?? '')),
    );
    expect(tables.length).toBe(1);
    const rows = byTag(tables[0] as Element, 'tbody').flatMap((b) => byTag(b, 'tr'));
    const seen = new Map<string, number>();
    for (const row of rows) {
      const link = byTag(row, 'a')[0];
      const href = link ? (attr(link, 'href') ?? '') : '';
      const code = href.split('/')[2]?.toUpperCase() ?? '';
      expect(textOf(link ?? row).trim(), href).toBe(countryName(code));
      seen.set(code, Number(textOf(byTag(row, 'td')[0] ?? row).trim()));
    }
    expect(rows.length).toBe(seen.size);
    expect(new Map([...seen].sort())).toEqual(new Map([...counts].sort()));
  });
});
