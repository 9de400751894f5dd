/**
 * The search page's client: Pagefind's own search API, our result markup (headline, outlet, date, countries,
 * excerpt), an order by date, filters, and the address (`?q=`, `?sort=`, filters) kept in step with the form.
 * The index is in parts, one Pagefind bundle per year or quarter of the originals (src/lib/search.ts): the newest
 * is loaded and the others merged into it (`mergeIndex`), so one search covers them all.
 */
import {
  SEARCH_FILTERS,
  SEARCH_IDS,
  SEARCH_INDEX_BASE,
  SEARCH_PART_FILTER,
  SEARCH_PARTS_ATTRIBUTE,
  SEARCH_SORTS,
} from '../lib/dom-contract.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; outlet?: string; date?: string; datetime?: string; countries?: string };
}
type Filters = Record<string, string | { any: string[] }>;
interface Pagefind {
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options: { sort?: Record<string, 'asc' | 'desc'>; filters?: Filters },
  ): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> }>;
}
type PagefindResult = { data(): Promise<ResultData> };

/** Results shown per search; the rest are counted. */
const SHOWN = 50;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const el = (tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

/** Pagefind's excerpt as nodes: its text, with its `<mark>`s as real marks; nothing else is parsed. */
function excerptNodes(excerpt: string): Node[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
  const decode = (text: string) =>
    text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name] ?? '');
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const mark = /^<mark>(.*)<\/mark>$/.exec(part);
    return mark ? el('mark', {}, decode(mark[1] ?? '')) : document.createTextNode(decode(part));
  });
}

function resultItem(r: ResultData): HTMLElement {
  const { meta } = r;
  const date = meta.datetime
    ? el('time', { datetime: meta.datetime }, meta.date ?? '')
    : el('span', {}, meta.date ?? '');
  const details = [meta.outlet ?? '', ' · ', date, ...(meta.countries ? [' · ', meta.countries] : [])];
  return el(
    'li',
    {},
    el(
      'article',
      { class: 'card' },
      el('h2', { class: 'card-title' }, el('a', { href: r.url }, meta.title ?? r.url)),
      el('p', { class: 'meta' }, ...details),
      el('p', { class: 'card-summary' }, ...excerptNodes(r.excerpt)),
    ),
  );
}

/**
 * "12 results", or "340 results, the first 50 shown", in the page's language: the wording comes from the status
 * element's data-plural-<category> and data-first-shown attributes (src/components/views/SearchView.astro).
 */
function statusLine(status: HTMLElement, count: number): string {
  const lang = document.documentElement.lang || 'en';
  const tag = lang === 'en' ? 'en-GB' : lang === 'ar' ? 'ar-u-nu-latn' : lang;
  const number = (n: number) => new Intl.NumberFormat(tag).format(n);
  const form = new Intl.PluralRules(lang).select(count);
  const attribute = (name: string) => status.getAttribute(`data-${name}`);
  const results = (attribute(`plural-${form}`) ?? attribute('plural-other') ?? '{count}').replace(
    '{count}',
    number(count),
  );
  if (count <= SHOWN) return results;
  return (attribute('first-shown') ?? '{results}').replace('{results}', results).replace('{count}', number(SHOWN));
}

/** Starts the search page: runs the address's search, then follows the form as it is typed. */
export async function startSearch(): Promise<void> {
  const form = byId<HTMLFormElement>(SEARCH_IDS.form);
  const query = byId<HTMLInputElement>(SEARCH_IDS.query);
  const sort = byId<HTMLSelectElement>(SEARCH_IDS.sort);
  const status = byId(SEARCH_IDS.status);
  const list = byId(SEARCH_IDS.results);
  if (!form || !query || !sort || !status || !list) return;
  const params = new URLSearchParams(location.search);
  query.value ||= params.get('q') ?? '';
  const wanted = params.get('sort') ?? '';
  sort.value = wanted in SEARCH_SORTS ? wanted : '';
  const selects = Object.keys(SEARCH_FILTERS).map(
    (name) => [name, byId<HTMLSelectElement>(`${SEARCH_IDS.filterPrefix}${name}`)!] as const,
  );
  // The index's parts, newest first; the first is Pagefind's own, the others are merged into it.
  const parts = (form.getAttribute(SEARCH_PARTS_ATTRIBUTE) ?? '').split(' ').filter(Boolean);
  const bundle = (part: string) => `${SEARCH_INDEX_BASE}${part}/`;
  // The form follows typing at once; searches wait for Pagefind, which loads in the background.
  const ready = (async () => {
    const pagefind = (await import(
      /* @vite-ignore */ `${location.origin}${bundle(parts[0] ?? '')}pagefind.js`
    )) as Pagefind;
    await pagefind.init();
    await Promise.all(parts.slice(1).map((part) => pagefind.mergeIndex(bundle(part))));
    const available = await pagefind.filters();
    for (const [name, select] of selects) {
      const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, 'en'));
      select.append(...values.map((v) => el('option', { value: v }, v)));
      select.value = params.get(name) ?? '';
      select.parentElement?.removeAttribute('hidden');
    }
    return pagefind;
  })();
  // A part whose index lacks one of the words answers with partial matches of the others, which one index for all
  // would not give (a word in one article returned 60 results): the search is kept to the parts that index every word
  // that any part indexes. Which parts index a word is asked once, by an exact search (`"word"`) and its year counts.
  const partsWith = new Map<string, Promise<string[]>>();
  const indexing = (pagefind: Pagefind, word: string): Promise<string[]> => {
    let found = partsWith.get(word);
    if (!found) {
      found = pagefind
        .search(`"${word}"`, {})
        .then((r) =>
          Object.entries(r.filters?.[SEARCH_PART_FILTER] ?? {}).flatMap(([part, n]) => (n > 0 ? [part] : [])),
        );
      partsWith.set(word, found);
    }
    return found;
  };
  const partsFor = async (pagefind: Pagefind, term: string): Promise<string[]> => {
    let kept = parts;
    if (!term || /^\s*".+"\s*$/.test(term)) return kept;
    for (const word of term.replaceAll('"', ' ').split(/\s+/).filter(Boolean)) {
      const indexed = await indexing(pagefind, word);
      if (indexed.length > 0) kept = kept.filter((part) => indexed.includes(part));
    }
    return kept;
  };
  let run = 0;
  const search = async (): Promise<void> => {
    const token = ++run;
    const next = new URLSearchParams();
    const term = query.value.trim();
    if (term) next.set('q', term);
    if (sort.value) next.set('sort', sort.value);
    const filters: Record<string, string> = {};
    for (const [name, select] of selects) {
      // Until Pagefind has filled a filter's options, the address's value stands.
      const value = select.options.length > 1 ? select.value : (params.get(name) ?? '');
      if (value) next.set(name, (filters[name] = value));
    }
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      status.textContent = '';
      return;
    }
    // Busy until this search's results replace the last one's: readers of the list (and tests) can tell them apart.
    list.setAttribute('aria-busy', 'true');
    const pagefind = await ready;
    if (token !== run) return;
    const order = sort.value === 'newest' ? 'desc' : sort.value === 'oldest' ? 'asc' : undefined;
    const kept = await partsFor(pagefind, term);
    let found: PagefindResult[] = [];
    if (kept.length > 0 && !order) {
      const within: Filters =
        kept.length < parts.length ? { ...filters, [SEARCH_PART_FILTER]: { any: kept } } : filters;
      found = (await pagefind.search(term || null, { filters: within })).results;
    } else if (kept.length > 0 && order) {
      // Merged results come back by score, so a date order searches each part (its year, a filter) in turn.
      const inOrder = order === 'desc' ? kept : [...kept].reverse();
      const each = await Promise.all(
        inOrder.map((part) =>
          pagefind.search(term || null, { filters: { ...filters, [SEARCH_PART_FILTER]: part }, sort: { date: order } }),
        ),
      );
      found = each.flatMap((r) => r.results);
    }
    const data = await Promise.all(found.slice(0, SHOWN).map((r) => r.data()));
    if (token !== run) return;
    list.replaceChildren(...data.map(resultItem));
    list.setAttribute('aria-busy', 'false');
    status.textContent = statusLine(status, found.length);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 150);
  };
  query.addEventListener('input', soon);
  form.addEventListener('change', soon);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  await search();
}
