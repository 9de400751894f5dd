/** Key figures, charts and /figures/ in the built site, checked against the ledger as /data/figures.json gives it. */
import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countryPath, figuresPath, homePath } from '../../src/lib/paths.ts';
import { attr, byTag, elements, loadPages, textOf, type Element, type Page } from './support.ts';

const siteDir = inject('siteDir');

/** The countries checked in detail: each has several comparable claims and figures that must be left out. */
const COUNTRIES = ['NP', 'IN'];

interface LedgerJson {
  id: string;
  value: number | null;
  min: number | null;
  max: number | null;
  measure: string;
  unit: string | null;
  country: string | null;
  claimant: string;
  as_of: string | null;
  basis: string;
  span: string;
  side: string;
  article_url: string;
}
interface MeasureJson {
  measure: string;
  latest: LedgerJson;
  highest: LedgerJson | null;
  low: number;
  high: number;
  claims: number;
  claimants: number;
  differ: LedgerJson[] | null;
}
interface KeyFiguresJson {
  country: string | null;
  country_name: string | null;
  page_url: string;
  measures: MeasureJson[];
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(join(siteDir, path), 'utf8')) as T;
}

const ledger = await readJson<LedgerJson[]>('data/figures.json');
const articleCountries = new Map(
  (await readJson<{ url: string; countries: string[] }[]>('data/articles.json')).map((a) => [a.url, a.countries]),
);
const keyFigures = await readJson<KeyFiguresJson[]>('data/key-figures.json');
const pages = new Map((await loadPages(siteDir)).map((p) => [p.path, p]));

// An independent reading of the rules, from the ledger's own columns.
const isComparable = (r: LedgerJson) =>
  r.span === 'total' && r.side === 'russia' && (r.unit === null || r.unit.trim().toLowerCase() === 'people');
const low = (r: LedgerJson) => r.value ?? r.min ?? r.max ?? 0;
const high = (r: LedgerJson) => r.value ?? r.max ?? r.min ?? 0;
function span(date: string): [number, number] {
  const [y = 0, m, d] = date.split('-').map(Number);
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
}
const middle = (date: string) => (span(date)[0] + span(date)[1]) / 2;
function threeMonthsAfter(time: number): number {
  const t = new Date(time);
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 4, 0)).getUTCDate();
  return Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 3, Math.min(t.getUTCDate(), last));
}
function differ(a: LedgerJson, b: LedgerJson): boolean {
  if (!a.as_of || !b.as_of) return false;
  const [x, y] = [span(a.as_of), span(b.as_of)];
  const [first, second] = x[0] <= y[0] ? [x, y] : [y, x];
  const near = second[0] < threeMonthsAfter(first[1]);
  return near && Math.max(low(a), low(b)) > 1.5 * Math.min(high(a), high(b));
}
const number = (n: number) => n.toLocaleString('en-GB');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The comparable claims for `code` on its page, by measure: figures for it in articles about it. */
function expectedClaims(code: string): Map<string, LedgerJson[]> {
  const byMeasure = new Map<string, LedgerJson[]>();
  for (const r of ledger) {
    if (r.country !== code || !articleCountries.get(r.article_url)?.includes(code) || !isComparable(r)) continue;
    byMeasure.set(r.measure, [...(byMeasure.get(r.measure) ?? []), r]);
  }
  return byMeasure;
}

/** The highest of `list` when it is higher than `latest` (a range by its higher end), else undefined. */
function higherThan(list: LedgerJson[], latest: LedgerJson): LedgerJson | undefined {
  const top = list.reduce<LedgerJson | undefined>((best, r) => (best && high(best) >= high(r) ? best : r), undefined);
  return top && high(top) > high(latest) ? top : undefined;
}

/** The claim a key-figure cell shows as most recent, and the highest claim it shows beside it, if any. */
function shownClaims(cell: Element): { latest: LedgerJson | undefined; highest: Element | undefined } {
  const link = byClass(cell, 'claim-value')[0] as Element;
  const latest = ledger.find((r) => r.id === linkedId(attr(link, 'href')));
  return { latest, highest: byClass(cell, 'claim-highest')[0] };
}

/** The ledger id a figure link points at: "/articles/<slug>/#figure-<n>" is "<slug>#<n>". */
function linkedId(href: string | undefined): string {
  const match = /^\/articles\/([^/]+)\/#figure-(\d+)$/.exec(href ?? '');
  return match ? `${match[1]}#${match[2]}` : `(not a figure link: ${href})`;
}

function page(path: string): Page {
  const found = pages.get(path);
  if (!found) throw new Error(`no page at ${path}`);
  return found;
}
const byId = (root: Page['doc'] | Element, id: string) => elements(root).find((e) => attr(e, 'id') === id);
const byClass = (root: Element, name: string) =>
  elements(root).filter((e) => (attr(e, 'class') ?? '').split(/\s+/).includes(name));
const text = (el: Element | undefined) => (el ? textOf(el).replace(/\s+/g, ' ').trim() : '');

describe.each(COUNTRIES)('the key figures of %s', (code) => {
  const claims = expectedClaims(code);
  const doc = page(countryPath(code)).doc;
  const section = byId(doc, 'key-figures');

  test('are computed from comparable claims only, and the country has figures that are left out', () => {
    expect(claims.size, 'measures with comparable claims').toBeGreaterThanOrEqual(2);
    expect(
      [...claims.values()].some((list) => list.length >= 3),
      'a measure with three claims or more',
    ).toBe(true);
    const all = ledger.filter((r) => r.country === code && articleCountries.get(r.article_url)?.includes(code));
    expect(all.length).toBeGreaterThan([...claims.values()].flat().length);
  });

  test('sit above the articles, one row per measure with a comparable claim', () => {
    expect(section, 'the page has #key-figures').toBeDefined();
    const order = elements(doc).map((e) => attr(e, 'id'));
    expect(order.indexOf('key-figures')).toBeLessThan(order.indexOf('articles-heading'));
    const rows = byTag(section as Element, 'tr').filter((tr) => attr(tr, 'id')?.startsWith('key-'));
    expect(rows.map((tr) => attr(tr, 'id')).sort()).toEqual([...claims.keys()].map((m) => `key-${m}`).sort());
  });

  test.each([...expectedClaims(code).keys()])('for %s: the latest claim, the range and the claimants', (measure) => {
    const list = claims.get(measure) ?? [];
    const row = byId(section as Element, `key-${measure}`) as Element;
    const [claimCell, rangeCell, countCell] = byTag(row, 'td');
    const link = byClass(claimCell as Element, 'claim-value')[0] as Element;
    const latest = ledger.find((r) => r.id === linkedId(attr(link, 'href')));
    expect(latest, 'the latest claim links to a comparable ledger row').toBeDefined();
    expect(list).toContain(latest);
    const dated = list.filter((r) => r.as_of !== null).map((r) => middle(r.as_of as string));
    if (dated.length) expect(middle(latest?.as_of ?? '')).toBe(Math.max(...dated));
    expect(text(claimCell)).toContain(latest?.claimant);
    const basis = latest?.basis === 'unknown' ? 'basis unknown' : latest?.basis.replace(/-/g, ' ');
    expect(text(claimCell)).toContain(`(${basis})`);
    if (latest?.as_of) expect(attr(byTag(claimCell as Element, 'time')[0] as Element, 'datetime')).toBe(latest.as_of);
    const [lo, hi] = [Math.min(...list.map(low)), Math.max(...list.map(high))];
    expect(text(rangeCell)).toBe(lo === hi ? number(lo) : `${number(lo)}–${number(hi)}`);
    const claimants = new Set(list.map((r) => r.claimant.trim().replace(/\s+/g, ' ').toLowerCase())).size;
    expect(text(countCell)).toBe(`${plural(list.length, 'claim')} by ${plural(claimants, 'claimant')}`);
  });

  test.each([...expectedClaims(code).keys()])('for %s: a note where claims of about one date differ', (measure) => {
    const list = claims.get(measure) ?? [];
    const differs = list.some((a, i) => list.slice(i + 1).some((b) => differ(a, b)));
    const note = byId(section as Element, `differ-${measure}`);
    expect(note !== undefined, `note for ${measure}`).toBe(differs);
    if (note) {
      const ids = byTag(note, 'a').map((a) => linkedId(attr(a, 'href')));
      const [a, b] = ids.map((id) => ledger.find((r) => r.id === id)) as [LedgerJson, LedgerJson];
      expect(differ(a, b)).toBe(true);
      expect(text(note)).toMatch(/claims differ: .+ \(.+\) and .+ \(.+\)\.$/);
    }
  });

  test.each([...expectedClaims(code).keys()])('for %s: the highest claim beside the latest when higher', (measure) => {
    const list = claims.get(measure) ?? [];
    const cell = byTag(byId(section as Element, `key-${measure}`) as Element, 'td')[0] as Element;
    const { latest, highest } = shownClaims(cell);
    const higher = higherThan(list, latest as LedgerJson);
    expect(highest !== undefined, `a highest claim for ${measure}`).toBe(higher !== undefined);
    if (!highest || !higher) return;
    const shown = ledger.find((r) => r.id === linkedId(attr(byClass(highest, 'claim-value')[0] as Element, 'href')));
    expect(list).toContain(shown);
    expect(high(shown as LedgerJson)).toBe(high(higher));
    expect(text(highest)).toContain(shown?.claimant);
    if (shown?.as_of) expect(attr(byTag(highest, 'time')[0] as Element, 'datetime')).toBe(shown.as_of);
    else expect(text(highest)).toContain('date unknown');
  });

  test.each([...expectedClaims(code).keys()])('for %s: a chart when three or more claims are dated', (measure) => {
    const dated = (claims.get(measure) ?? []).filter((r) => r.as_of !== null);
    const chart = byId(section as Element, `chart-${measure}`);
    expect(chart !== undefined, `chart for ${measure} (${dated.length} dated claims)`).toBe(dated.length >= 3);
    if (!chart) return;
    const svg = byTag(chart, 'svg').find((s) => attr(s, 'role') === 'group') as Element;
    const marks = byTag(svg, 'a');
    expect(marks.length).toBe(Math.min(dated.length, 24));
    for (const mark of marks) {
      const claim = ledger.find((r) => r.id === linkedId(attr(mark, 'href')));
      expect(dated).toContain(claim);
      expect(text(byTag(mark, 'title')[0])).toContain(claim?.claimant);
      expect(byTag(mark, 'path').length).toBe(1);
    }
    const table = byTag(chart, 'table')[0] as Element;
    expect(byTag(byTag(table, 'tbody')[0] as Element, 'tr').length, 'the table alternative').toBe(marks.length);
    const undated = (claims.get(measure) ?? []).filter((r) => r.as_of === null);
    const listed = byClass(chart, 'chart-undated')[0];
    expect(listed !== undefined, `undated claims listed for ${measure}`).toBe(undated.length > 0);
    if (!listed) return;
    const items = byTag(listed, 'li');
    expect(items.length).toBe(Math.min(undated.length, 24));
    for (const item of items) {
      const claim = ledger.find((r) => r.id === linkedId(attr(byTag(item, 'a')[0] as Element, 'href')));
      expect(undated).toContain(claim);
      expect(text(item)).toContain('date unknown');
    }
  });

  test('match /data/key-figures.json', () => {
    const entry = keyFigures.find((k) => k.country === code);
    expect(entry?.page_url).toMatch(new RegExp(`${countryPath(code)}#key-figures$`));
    expect(entry?.measures.map((m) => m.measure).sort()).toEqual([...claims.keys()].sort());
    for (const m of entry?.measures ?? []) {
      const list = claims.get(m.measure) ?? [];
      expect(list.map((r) => r.id)).toContain(m.latest.id);
      const [lo, hi] = [Math.min(...list.map(low)), Math.max(...list.map(high))];
      expect(m).toMatchObject({ low: lo, high: hi, claims: list.length });
      const higher = higherThan(list, m.latest);
      expect(m.highest === null, `highest for ${m.measure}`).toBe(higher === undefined);
      if (m.highest && higher) {
        expect(list.map((r) => r.id)).toContain(m.highest.id);
        expect(high(m.highest)).toBe(high(higher));
      }
      const shown = byTag(byId(section as Element, `key-${m.measure}`) as Element, 'a')[0];
      expect(linkedId(attr(shown as Element, 'href'))).toBe(m.latest.id);
    }
  });
});

describe("Nepal's key figure for killed", () => {
  const list = expectedClaims('NP').get('killed') ?? [];
  const section = byId(page(countryPath('NP')).doc, 'key-figures') as Element;
  const cell = byTag(byId(section, 'key-killed') as Element, 'td')[0] as Element;

  test('shows the highest claim held, with its claimant and its date or "date unknown"', () => {
    expect(list.length, 'comparable claims of Nepalis killed').toBeGreaterThanOrEqual(2);
    const top = Math.max(...list.map(high));
    const { latest, highest } = shownClaims(cell);
    expect(list).toContain(latest);
    const dated = list.filter((r) => r.as_of !== null).map((r) => middle(r.as_of as string));
    if (dated.length) expect(middle(latest?.as_of ?? '')).toBe(Math.max(...dated));
    const links = byClass(cell, 'claim-value').map((a) => ledger.find((r) => r.id === linkedId(attr(a, 'href'))));
    const held = links.find((r) => r !== undefined && high(r) === top);
    expect(held, `the cell shows a claim of ${top}`).toBeDefined();
    expect(text(cell)).toContain(number(top));
    expect(text(cell)).toContain(held?.claimant);
    if (high(latest as LedgerJson) === top) {
      expect(highest, 'no second claim when the latest is the highest').toBeUndefined();
      return;
    }
    expect(highest, 'the highest claim beside the latest').toBeDefined();
    const shown = links[1];
    expect(high(shown as LedgerJson)).toBe(top);
    expect(text(highest)).toContain(shown?.claimant);
    if (shown?.as_of) expect(attr(byTag(highest as Element, 'time')[0] as Element, 'datetime')).toBe(shown.as_of);
    else expect(text(highest)).toContain('date unknown');
  });
});

describe('/data/key-figures.json', () => {
  test('has an entry per country with a comparable claim, and one for global and regional claims', () => {
    const countries = new Set(
      ledger
        .filter(
          (r) => r.country !== null && isComparable(r) && articleCountries.get(r.article_url)?.includes(r.country),
        )
        .map((r) => r.country),
    );
    expect(
      keyFigures
        .filter((k) => k.country !== null)
        .map((k) => k.country)
        .sort(),
    ).toEqual([...countries].sort());
    const global = keyFigures.filter((k) => k.country === null);
    expect(global.length).toBe(1);
    const globalMeasures = new Set(ledger.filter((r) => r.country === null && isComparable(r)).map((r) => r.measure));
    expect(global[0]?.measures.map((m) => m.measure).sort()).toEqual([...globalMeasures].sort());
  });

  test('gives each latest claim and differing pair as full ledger rows', () => {
    const byLedgerId = new Map(ledger.map((r) => [r.id, r]));
    for (const entry of keyFigures) {
      for (const m of entry.measures) {
        expect(m.latest).toEqual(byLedgerId.get(m.latest.id));
        for (const r of m.differ ?? []) expect(r).toEqual(byLedgerId.get(r.id));
        if (m.highest) expect(m.highest).toEqual(byLedgerId.get(m.highest.id));
        if (m.highest) expect(high(m.highest)).toBeGreaterThan(high(m.latest));
        if (m.differ) expect(differ(m.differ[0] as LedgerJson, m.differ[1] as LedgerJson)).toBe(true);
      }
    }
  });
});

describe('/figures/', () => {
  const doc = page(figuresPath()).doc;
  const table = byTag(doc, 'table').find((t) => (attr(t, 'class') ?? '').includes('compare')) as Element;
  const MAIN = ['recruited', 'killed', 'captured', 'returned'];

  test('has one row per country with a main-measure claim, each cell its latest claim from the data', () => {
    const rows = byTag(byTag(table, 'tbody')[0] as Element, 'tr');
    const expected = keyFigures.filter((k) => k.country !== null && k.measures.some((m) => MAIN.includes(m.measure)));
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBeGreaterThanOrEqual(COUNTRIES.length);
    for (const row of rows) {
      const href = attr(byTag(byTag(row, 'th')[0] as Element, 'a')[0] as Element, 'href') ?? '';
      const entry = expected.find((k) => href === `${countryPath(k.country ?? '')}#key-figures`);
      expect(entry, href).toBeDefined();
      byTag(row, 'td').forEach((cell, i) => {
        const m = entry?.measures.find((x) => x.measure === MAIN[i]);
        const link = byClass(cell, 'claim-value')[0];
        expect(link ? linkedId(attr(link, 'href')) : undefined, `${href} ${MAIN[i]}`).toBe(m?.latest.id);
        if (m) expect(text(cell)).toContain(m.latest.claimant);
        else expect(text(cell)).toBe('No claim');
      });
    }
  });

  test('has the global and regional key figures, with charts, and a note on method that defines every basis', () => {
    const global = keyFigures.find((k) => k.country === null);
    const section = byId(doc, 'global-heading');
    expect(section).toBeDefined();
    for (const m of global?.measures ?? []) {
      const row = byId(doc, `key-${m.measure}`) as Element;
      expect(linkedId(attr(byTag(row, 'a')[0] as Element, 'href'))).toBe(m.latest.id);
    }
    const charts = elements(doc).filter((e) => attr(e, 'id')?.startsWith('global-') && e.tagName === 'figure');
    const dated = (m: string) =>
      ledger.filter((r) => r.country === null && isComparable(r) && r.measure === m && r.as_of !== null);
    const expected = MAIN.filter((m) => dated(m).length >= 3);
    expect(expected.length, 'global measures with three dated claims').toBeGreaterThan(0);
    expect(charts.map((c) => attr(c, 'id'))).toEqual(expected.map((m) => `global-${m}`));
    for (const chart of charts) {
      const marks = byTag(byTag(chart, 'svg').find((v) => attr(v, 'role') === 'group') as Element, 'a');
      expect(marks.length).toBe(Math.min(24, dated(attr(chart, 'id')?.replace('global-', '') ?? '').length));
    }
    const method = text(byId(doc, 'method')?.parentNode as Element);
    for (const basis of ['official', 'estimate', 'documented minimum', 'unverified', 'basis unknown']) {
      expect(method).toContain(basis);
    }
    expect(method).toContain('not verify');
  });

  test('is linked from the navigation, the home page and every country page', () => {
    const countryPages = [...pages.values()].filter((p) => /^\/countries\/[a-z]{2}\/(page\/\d+\/)?$/.test(p.path));
    expect(countryPages.length).toBeGreaterThan(COUNTRIES.length);
    for (const p of [page(homePath()), ...countryPages]) {
      const main = byTag(p.doc, 'main')[0] as Element;
      expect(
        byTag(main, 'a').some((a) => attr(a, 'href') === figuresPath()),
        p.path,
      ).toBe(true);
    }
    const nav = byTag(page(homePath()).doc, 'nav').find((n) => attr(n, 'aria-label') === 'Main') as Element;
    expect(byTag(nav, 'a').some((a) => attr(a, 'href') === figuresPath())).toBe(true);
  });

  test('stays well under the 200 KB page budget', () => {
    expect(Buffer.byteLength(page(figuresPath()).html)).toBeLessThan(200 * 1024);
  });
});
